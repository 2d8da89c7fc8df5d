#include "ui/alarms/alarms_view.h"

#include "models/itemmodels/alarm_list_model.h"
#include "protocol/cosem/spodes_events.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ims::ui {

using itemmodels::AlarmListModel;
using itemmodels::EventListModel;

namespace {

// Severity as a colour band, open alarms in bold.
class AlarmDecorator : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == AlarmListModel::Severity) {
            switch (index.data(AlarmListModel::SeverityRole).toInt()) {
            case 2:
                return QColor(0xc6, 0x28, 0x28);
            case 1:
                return QColor(0xb2, 0x6a, 0x00);
            default:
                return QColor(0x55, 0x55, 0x55);
            }
        }
        if (role == Qt::FontRole && index.data(AlarmListModel::OpenRole).toBool()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

AlarmsView::AlarmsView(const QSqlDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_operator(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")))
    , m_tabs(new QTabWidget(this))
    , m_severity(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_openOnly(new QCheckBox(tr("Only unacknowledged"), this))
    , m_acknowledge(new QPushButton(tr("Acknowledge"), this))
    , m_journal(new QComboBox(this))
    , m_eventScope(new QLabel(this))
    , m_alarms(new AlarmListModel(db, this))
    , m_events(new EventListModel(db, this))
    , m_alarmView(makeTable(this, QStringLiteral("alarmTable")))
    , m_eventView(makeTable(this, QStringLiteral("eventTable")))
{
    setObjectName(QStringLiteral("alarmsView"));
    m_tabs->setObjectName(QStringLiteral("alarmTabs"));
    m_severity->setObjectName(QStringLiteral("alarmSeverity"));
    m_openOnly->setObjectName(QStringLiteral("alarmOpenOnly"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_severity->addItem(tr("All severities"), 0);
    m_severity->addItem(tr("Warnings and critical"), 1);
    m_severity->addItem(tr("Critical only"), 2);
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last 24 hours"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_acknowledge->setToolTip(tr("Mark the selected alarms as seen, with your name and the time"));

    auto *alarmDecorator = new AlarmDecorator(this);
    alarmDecorator->setSourceModel(m_alarms);
    m_alarmView->setModel(alarmDecorator);
    m_alarmView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_eventView->setModel(m_events);

    auto *alarmPage = new QWidget(this);
    auto *alarmBar = new QHBoxLayout;
    alarmBar->addWidget(m_severity);
    alarmBar->addWidget(m_period);
    alarmBar->addWidget(m_openOnly);
    alarmBar->addStretch(1);
    alarmBar->addWidget(m_acknowledge);
    auto *alarmLayout = new QVBoxLayout(alarmPage);
    alarmLayout->addLayout(alarmBar);
    alarmLayout->addWidget(m_alarmView, 1);

    m_journal->addItem(tr("All journals"), -1);
    for (int j = 0; j <= int(cosem::EventCategory::ReactivePower); ++j)
        m_journal->addItem(cosem::SpodesEvents::categoryName(cosem::EventCategory(j)), j);
    auto *allMeters = new QPushButton(tr("All meters"), this);
    auto *eventPage = new QWidget(this);
    auto *eventBar = new QHBoxLayout;
    eventBar->addWidget(m_journal);
    eventBar->addWidget(m_eventScope, 1);
    eventBar->addWidget(allMeters);
    auto *eventLayout = new QVBoxLayout(eventPage);
    eventLayout->addLayout(eventBar);
    eventLayout->addWidget(m_eventView, 1);

    m_tabs->addTab(alarmPage, tr("Alarms"));
    m_tabs->addTab(eventPage, tr("Meter events"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_severity, &QComboBox::activated, this, &AlarmsView::applyAlarmFilter);
    connect(m_period, &QComboBox::activated, this, &AlarmsView::applyAlarmFilter);
    connect(m_openOnly, &QCheckBox::toggled, this, &AlarmsView::applyAlarmFilter);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlarmsView::acknowledgeSelected);
    connect(m_journal, &QComboBox::activated, this, &AlarmsView::applyEventFilter);
    connect(allMeters, &QPushButton::clicked, this, [this] {
        m_eventMeter.reset();
        applyEventFilter();
    });
    applyEventFilter();
    // Widths that show a date, a severity word, a serial and a sentence of
    // details without eliding; the operator's own widths are restored later.
    for (auto [column, width] : {std::pair{AlarmListModel::Time, 130},
                                 {AlarmListModel::Severity, 120},
                                 {AlarmListModel::Kind, 260},
                                 {AlarmListModel::Meter, 110},
                                 {AlarmListModel::Details, 420}})
        m_alarmView->setColumnWidth(column, width);
    for (auto [column, width] : {std::pair{EventListModel::Time, 130},
                                 {EventListModel::Meter, 110},
                                 {EventListModel::Journal, 220},
                                 {EventListModel::Code, 70}})
        m_eventView->setColumnWidth(column, width);
}

void AlarmsView::applyAlarmFilter()
{
    analytics::AlarmFilter filter;
    filter.minimumSeverity = m_severity->currentData().toInt();
    filter.openOnly = m_openOnly->isChecked();
    const int days = m_period->currentData().toInt();
    if (days > 0)
        filter.fromMs = QDateTime::currentMSecsSinceEpoch() - qint64(days) * 86400000;
    m_alarms->setFilter(filter);
}

void AlarmsView::applyEventFilter()
{
    analytics::EventFilter filter;
    filter.meterId = m_eventMeter;
    const int journal = m_journal->currentData().toInt();
    if (journal >= 0)
        filter.journal = journal;
    m_events->setFilter(filter);
    m_eventScope->setText(m_eventMeter ? tr("Events of one meter") : tr("Events of all meters"));
}

void AlarmsView::reload()
{
    applyAlarmFilter();
    applyEventFilter();
}

void AlarmsView::showMeterEvents(qint64 meterId)
{
    m_eventMeter = meterId;
    applyEventFilter();
    m_tabs->setCurrentIndex(1);
}

int AlarmsView::acknowledgeSelected()
{
    const QModelIndexList rows = m_alarmView->selectionModel()->selectedRows();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int done = 0;
    for (const QModelIndex &row : rows)
        done += m_alarms->acknowledge(row.row(), m_operator, now) ? 1 : 0;
    if (done > 0)
        emit alarmsAcknowledged();
    return done;
}

} // namespace ims::ui
