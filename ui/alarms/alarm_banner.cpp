#include "ui/alarms/alarm_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ims::ui {

AlarmBanner::AlarmBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("alarmBanner"));
    setStyleSheet(QStringLiteral("#alarmBanner { background: #c62828; }"
                                 " #alarmBanner QLabel { color: white; font-weight: bold; }"));
    m_text->setObjectName(QStringLiteral("alarmBannerText"));
    m_text->setWordWrap(true);
    auto *show = new QPushButton(tr("Show alarms"), this);
    auto *dismissButton = new QPushButton(tr("Dismiss"), this);
    show->setObjectName(QStringLiteral("alarmBannerShow"));
    dismissButton->setObjectName(QStringLiteral("alarmBannerDismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(show);
    layout->addWidget(dismissButton);
    connect(show, &QPushButton::clicked, this, [this] {
        emit showAlarmsRequested();
        dismiss();
    });
    connect(dismissButton, &QPushButton::clicked, this, &AlarmBanner::dismiss);
    hide();
}

void AlarmBanner::notify(int count, const QString &latest)
{
    m_count += count;
    m_text->setText(tr("%n new critical alarm(s). Latest: %1", nullptr, m_count).arg(latest));
    show();
}

QString AlarmBanner::text() const
{
    return m_text->text();
}

void AlarmBanner::dismiss()
{
    m_count = 0;
    hide();
}

} // namespace ims::ui
