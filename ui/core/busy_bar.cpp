#include "ui/core/busy_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace ims::ui {

BusyBar::BusyBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("busyBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, 0); // indeterminate
    m_bar->setMaximumHeight(12);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    hide();
}

void BusyBar::start(const QString &what)
{
    m_busy = true;
    m_label->setText(what);
    m_label->setStyleSheet(QString());
    m_bar->show();
    show();
}

void BusyBar::stop()
{
    m_busy = false;
    hide();
}

void BusyBar::fail(const QString &message)
{
    m_busy = false;
    m_bar->hide();
    m_label->setText(message);
    m_label->setStyleSheet(QStringLiteral("color: #b02020"));
    show();
}

} // namespace ims::ui
