#include "ui/main_window.h"

#include "models/analytics/poll_history.h"
#include "models/storage/database.h"
#include "ui/alarms/alarm_banner.h"
#include "ui/alarms/alarm_watch.h"
#include "ui/alarms/alarms_view.h"
#include "ui/balance/balance_view.h"
#include "ui/commissioning/commissioning_dialog.h"
#include "ui/control/group_switch_flow.h"
#include "ui/control/switch_schedule_dialog.h"
#include "ui/core/logging.h"
#include "ui/core/query_runner.h"
#include "ui/load_profile/load_profile_view.h"
#include "ui/meter_card/meter_card_view.h"
#include "ui/network_map/network_map_panel.h"
#include "ui/optical/optical_read_dialog.h"
#include "ui/polling/polling_panel.h"
#include "ui/topology/topology_panel.h"
#include "ui/trace/frame_trace_view.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace ims::ui {

namespace {
const QString kGuiRole = QStringLiteral("ui");

// Column layouts worth remembering, by settings key.
QList<std::pair<QString, QHeaderView *>> persistedHeaders(QWidget *root)
{
    QList<std::pair<QString, QHeaderView *>> out;
    for (const char *name : {"topologyTree", "pollingTree"})
        if (auto *tree = root->findChild<QTreeView *>(QLatin1String(name)))
            out.append({QStringLiteral("ui/columns/") + QLatin1String(name), tree->header()});
    for (const char *name : {"alarmTable", "eventTable", "balanceMembers", "traceTable"})
        if (auto *table = root->findChild<QTableView *>(QLatin1String(name)))
            out.append(
                {QStringLiteral("ui/columns/") + QLatin1String(name), table->horizontalHeader()});
    return out;
}
} // namespace

MainWindow::MainWindow(storage::Database *database, QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ImsDesk — metering workstation"));
    // Without a database the window offers the demo substation: the
    // quickest way for a newcomer to see what ImsDesk does.
    auto *welcome = new QWidget(this);
    welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *welcomeLayout = new QVBoxLayout(welcome);
    auto *welcomeText = new QLabel(
        tr("No database is open. Start ImsDesk with --db FILE to open a workstation database,"
           " or try the demo substation: a simulated SNT network of 120 meters is commissioned"
           " and polled in seconds, and keeps running while the window is open."),
        welcome);
    welcomeText->setAlignment(Qt::AlignCenter);
    welcomeText->setWordWrap(true);
    welcomeText->setObjectName(QStringLiteral("welcomeLabel"));
    auto *demoButton = new QPushButton(tr("Start the demo substation"), welcome);
    demoButton->setObjectName(QStringLiteral("demoButton"));
    connect(demoButton, &QPushButton::clicked, this, &MainWindow::demoRequested);
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(welcomeText);
    welcomeLayout->addWidget(demoButton, 0, Qt::AlignHCenter);
    welcomeLayout->addStretch();
    m_stack->addWidget(welcome);
    setCentralWidget(m_stack);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    if (database)
        openDatabase(*database);
    else
        restoreLayout();
}

MainWindow::~MainWindow()
{
    // Views hold the GUI connection; the runner waits for its workers.
    delete m_runner;
    m_runner = nullptr;
}

void MainWindow::openDatabase(storage::Database &database)
{
    if (m_runner)
        return;
    m_database = &database;
    auto gui = database.connection(kGuiRole);
    if (!gui) {
        statusBar()->showMessage(gui.error().message);
        qCWarning(lcUi) << "cannot open the GUI connection:" << gui.error().message;
        return;
    }
    m_runner = new QueryRunner(database, this);
    createViews(*gui);
    createDocks(*gui);
    restoreLayout();
    loadInitialContent();
}

void MainWindow::createViews(const QSqlDatabase &gui)
{
    m_banner = new AlarmBanner(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_map = new NetworkMapPanel(m_runner, this);
    m_card = new MeterCardView(m_runner, this);
    m_profile = new LoadProfileView(m_runner, this);
    m_balance = new BalanceView(m_runner, this);
    m_alarms = new AlarmsView(gui, this);
    m_tabs->addTab(m_map, tr("Network map"));
    m_tabs->addTab(m_card, tr("Meter card"));
    m_tabs->addTab(m_profile, tr("Load profile"));
    m_tabs->addTab(m_balance, tr("Balance"));
    m_tabs->addTab(m_alarms, tr("Alarms and events"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(central);
    m_stack->setCurrentWidget(central);

    m_alarmLabel = new QLabel(this);
    m_alarmLabel->setObjectName(QStringLiteral("alarmCountLabel"));
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_alarmLabel);
    connect(m_runner, &QueryRunner::busyChanged, this,
            [this](bool busy) { m_busyLabel->setText(busy ? tr("Loading…") : QString()); });

    m_alarmWatch = new AlarmWatch(m_runner, this);
    connect(m_alarmWatch, &AlarmWatch::unacknowledgedChanged, this, &MainWindow::setUnacknowledged);
    connect(m_alarmWatch, &AlarmWatch::newCritical, m_banner, &AlarmBanner::notify);
    connect(m_alarmWatch, &AlarmWatch::newCritical, m_alarms, [this] { m_alarms->reload(); });
    connect(m_banner, &AlarmBanner::showAlarmsRequested, this,
            [this] { m_tabs->setCurrentWidget(m_alarms); });
    connect(m_alarms, &AlarmsView::alarmsAcknowledged, m_alarmWatch, &AlarmWatch::poll);

    connect(m_map, &NetworkMapPanel::meterActivated, this, &MainWindow::showMeter);
    connect(m_balance, &BalanceView::meterActivated, this, &MainWindow::showMeter);
    connect(m_card, &MeterCardView::readNowRequested, this, &MainWindow::readNowRequested);
    connect(m_card, &MeterCardView::loaded, this, [this] {
        const auto &meter = m_card->card().meter;
        m_polling->setCurrentMeter(meter.id);
        if (meter.id != m_profileMeter) {
            m_profileMeter = meter.id;
            m_profile->showMeter(meter.id, meter.serial);
        }
    });
}

void MainWindow::createDocks(const QSqlDatabase &gui)
{
    m_topology = new TopologyPanel(gui, m_runner, this);
    m_topologyDock = new QDockWidget(tr("Installation"), this);
    m_topologyDock->setObjectName(QStringLiteral("topologyDock"));
    m_topologyDock->setWidget(m_topology);
    addDockWidget(Qt::LeftDockWidgetArea, m_topologyDock);

    m_polling = new PollingPanel(this);
    m_pollingDock = new QDockWidget(tr("Polling"), this);
    m_pollingDock->setObjectName(QStringLiteral("pollingDock"));
    m_pollingDock->setWidget(m_polling);
    addDockWidget(Qt::BottomDockWidgetArea, m_pollingDock);

    m_trace = new FrameTraceView(this);
    m_traceDock = new QDockWidget(tr("Frame trace"), this);
    m_traceDock->setObjectName(QStringLiteral("traceDock"));
    m_traceDock->setWidget(m_trace);
    addDockWidget(Qt::BottomDockWidgetArea, m_traceDock);
    tabifyDockWidget(m_pollingDock, m_traceDock);
    connect(m_traceDock, &QDockWidget::visibilityChanged, this,
            &MainWindow::frameTraceShownChanged);
    m_pollingDock->raise();
    resizeDocks({m_topologyDock}, {300}, Qt::Horizontal);
    resizeDocks({m_pollingDock}, {220}, Qt::Vertical);

    for (QDockWidget *dock : {m_topologyDock, m_pollingDock, m_traceDock})
        m_viewMenu->addAction(dock->toggleViewAction());

    connect(m_topology, &TopologyPanel::meterActivated, this, &MainWindow::showMeter);
    connect(m_topology, &TopologyPanel::routerActivated, this, &MainWindow::showRouter);
    connect(m_topology, &TopologyPanel::substationActivated, this, [this](qint64 id) {
        m_balance->showSubstation(id);
        m_tabs->setCurrentWidget(m_balance);
    });
    m_groupSwitch = new GroupSwitchFlow(m_runner, this);
    m_groupSwitch->setCommands(m_groupSwitchCommands);
    connect(m_topology, &TopologyPanel::groupSwitchRequested, m_groupSwitch,
            &GroupSwitchFlow::request);
    connect(m_balance, &BalanceView::groupSwitchRequested, m_groupSwitch,
            &GroupSwitchFlow::request);
    connect(m_topology, &TopologyPanel::switchSchedulesRequested, this,
            &MainWindow::openSwitchSchedules);
    connect(m_balance, &BalanceView::switchSchedulesRequested, this,
            &MainWindow::openSwitchSchedules);
    connect(m_groupSwitch, &GroupSwitchFlow::abandoned, this,
            [this](const QString &why) { statusBar()->showMessage(why, 10000); });
    connect(
        m_groupSwitch, &GroupSwitchFlow::finished, this, [this](const QString &summary, bool ok) {
            statusBar()->showMessage(ok ? tr("Group switching: %1").arg(summary) : summary, 15000);
            if (ok)
                refreshData(); // relay states and the commands changed
        });
    connect(m_polling, &PollingPanel::startRequested, this, &MainWindow::pollStartRequested);
    connect(m_polling, &PollingPanel::stopRequested, this, &MainWindow::pollStopRequested);
    connect(m_polling, &PollingPanel::readNowRequested, this, &MainWindow::readNowRequested);
}

void MainWindow::openSwitchSchedules(const control::SwitchTarget &target)
{
    if (!m_runner)
        return;
    auto *dialog = new SwitchScheduleDialog(*m_runner, target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not exec(): the window goes on while it is open
}

void MainWindow::setGroupSwitchCommands(control::GroupSwitchCommands *commands)
{
    m_groupSwitchCommands = commands;
    if (m_groupSwitch)
        m_groupSwitch->setCommands(commands);
}

void MainWindow::loadInitialContent()
{
    m_topology->expandTop();
    m_map->reloadRouters();
    m_balance->reloadGroups();
    m_profile->reloadSources();
    m_alarmWatch->start();
    // How the last round went, until the engine reports a new one.
    m_runner->run<analytics::PollHistory>(
        this, [](QSqlDatabase &db) { return analytics::PollHistoryQuery(db).lastRound(); },
        [this](Result<analytics::PollHistory> history) {
            if (!history || m_engineReported)
                return;
            for (const engine::RouterProgress &r : history->routers)
                m_polling->onRouterProgress(r);
            for (const engine::MeterProgress &m : history->meters)
                m_polling->onMeterProgress(m);
            m_polling->applyPending();
        });
}

// The laptop workflow: a non-modal dialog, so the views stay usable; what it
// stores shows up in the meter card at once.
void MainWindow::openOpticalReadout()
{
    if (!m_database) {
        statusBar()->showMessage(tr("Open a database first: readings are stored in it."));
        return;
    }
    auto *dialog = new OpticalReadDialog(*m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpticalReadDialog::readingStored, this,
            [this](qint64 meterId, const QString &, bool) {
                refreshData();
                showMeter(meterId);
            });
    dialog->show();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *optical = file->addAction(tr("Read a meter through the &optical port..."), this,
                                       &MainWindow::openOpticalReadout);
    optical->setObjectName(QStringLiteral("opticalReadAction"));
    QAction *commissioning = file->addAction(tr("Commissioning…"), this, [this] {
        if (!m_runner) {
            statusBar()->showMessage(tr("Open a database first: commissioning binds its meters."));
            return;
        }
        auto *dialog = new CommissioningDialog(*m_runner, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CommissioningDialog::applied, this, &MainWindow::refreshData);
        dialog->show();
    });
    commissioning->setObjectName(QStringLiteral("commissioningAction"));
    QAction *tariffPlan = file->addAction(tr("&Tariff plan of the meter…"), this, [this] {
        if (!m_card || m_card->meterId() == 0) {
            statusBar()->showMessage(tr("Choose a meter first: the plan is written to it."));
            return;
        }
        m_tabs->setCurrentWidget(m_card);
        m_card->openTariffEditor();
    });
    tariffPlan->setObjectName(QStringLiteral("tariffPlanAction"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refreshData);
    m_viewMenu->addSeparator();
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    QMenu *language = settings->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    const std::pair<QString, QString> choices[] = {{QString(), tr("System default")},
                                                   {QStringLiteral("ru"), tr("Russian")},
                                                   {QStringLiteral("en"), tr("English")}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_")
                              + (code.isEmpty() ? QStringLiteral("system") : code));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ImsDesk"), this, [this] {
        QMessageBox::about(this, tr("About ImsDesk"),
                           tr("ImsDesk %1\nOperator workstation for automated electricity "
                              "metering (DLMS/COSEM, SPODES).")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings settings;
    if (settings.value(QStringLiteral("ui/language")).toString() == code)
        return;
    settings.setValue(QStringLiteral("ui/language"), code);
    statusBar()->showMessage(tr("The language changes when ImsDesk is started again."));
}

void MainWindow::showMeter(qint64 meterId)
{
    if (!m_card || meterId == 0)
        return;
    m_card->showMeter(meterId);
    m_tabs->setCurrentWidget(m_card);
    m_topology->selectMeter(meterId);
}

void MainWindow::showRouter(qint64 routerId)
{
    if (!m_map)
        return;
    m_map->showRouter(routerId);
    m_tabs->setCurrentWidget(m_map);
}

void MainWindow::showBalanceGroup(qint64 groupId)
{
    if (!m_balance)
        return;
    m_balance->showGroup(groupId);
    m_tabs->setCurrentWidget(m_balance);
}

void MainWindow::reloadInstallation()
{
    if (!m_runner)
        return;
    m_topology->reload();
    m_map->reloadRouters();
    m_balance->reloadGroups();
    m_profile->reloadSources();
}

void MainWindow::refreshData()
{
    if (!m_runner)
        return;
    m_topology->refreshStatuses();
    m_card->reload();
    m_profile->reload();
    m_balance->reload();
    if (m_map->routerId() != 0)
        m_map->showRouter(m_map->routerId());
    m_alarms->reload();
    m_alarmWatch->poll();
}

void MainWindow::setLinkState(const QString &link, bool up)
{
    auto known = m_links.find(link);
    if (known == m_links.end()) {
        m_links.insert(link, up);
        m_linksDown += up ? 0 : 1;
    } else if (*known != up) {
        m_linksDown += up ? -1 : 1;
        *known = up;
    }
    const auto dot = [](bool ok) {
        return QStringLiteral("<span style='color:%1'>&#9679;</span> ")
            .arg(ok ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"));
    };
    if (m_links.size() > kLinkLabels) {
        // Hundreds of routers: one label for all of them (a label each
        // would not fit, and the status bar would lay them all out at each
        // change); the polling panel has the details.
        if (!m_linkSummary) {
            for (QLabel *label : std::as_const(m_linkLabels)) {
                statusBar()->removeWidget(label);
                label->deleteLater();
            }
            m_linkLabels.clear();
            m_linkSummary = new QLabel(this);
            m_linkSummary->setObjectName(QStringLiteral("linkState"));
            statusBar()->insertPermanentWidget(0, m_linkSummary);
        }
        const QLocale locale;
        const qsizetype connected = m_links.size() - m_linksDown;
        m_linkSummary->setText(
            dot(m_linksDown == 0)
            + tr("%1 of %2 links connected")
                  .arg(locale.toString(connected), locale.toString(m_links.size())));
        return;
    }
    QLabel *&label = m_linkLabels[link];
    if (!label) {
        label = new QLabel(this);
        label->setObjectName(QStringLiteral("linkState"));
        statusBar()->insertPermanentWidget(0, label);
    }
    label->setText(
        dot(up) + (up ? tr("%1: connected") : tr("%1: no connection")).arg(link).toHtmlEscaped());
}

void MainWindow::onMeterProgress(const engine::MeterProgress &progress)
{
    if (!m_polling)
        return;
    if (!m_engineReported) {
        m_engineReported = true;
        m_polling->clear(); // the history gives way to the live round
    }
    m_polling->onMeterProgress(progress);
}

void MainWindow::onMeterProgressBatch(const QList<engine::MeterProgress> &batch)
{
    if (!m_polling || batch.isEmpty())
        return;
    if (!m_engineReported) {
        m_engineReported = true;
        m_polling->clear();
    }
    m_polling->onMeterProgressBatch(batch);
}

void MainWindow::onRouterProgress(const engine::RouterProgress &progress)
{
    if (!m_polling)
        return;
    if (!m_engineReported) {
        m_engineReported = true;
        m_polling->clear();
    }
    m_polling->onRouterProgress(progress);
}

void MainWindow::setUnacknowledged(int count)
{
    m_alarmLabel->setText(count == 0 ? tr("No open alarms")
                                     : tr("%n unacknowledged alarm(s)", nullptr, count));
    m_alarmLabel->setStyleSheet(count == 0 ? QString()
                                           : QStringLiteral("color: #c62828; font-weight: bold"));
}

bool MainWindow::waitForViews(int timeoutMs)
{
    return !m_runner || m_runner->waitForIdle(timeoutMs);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    if (!settings.contains(QStringLiteral("ui/geometry")))
        resize(1400, 900);
    for (const auto &[key, header] : persistedHeaders(this)) {
        const QByteArray state = settings.value(key).toByteArray();
        if (!state.isEmpty())
            header->restoreState(state);
    }
    if (m_tabs)
        m_tabs->setCurrentIndex(settings.value(QStringLiteral("ui/tab"), 0).toInt());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    for (const auto &[key, header] : persistedHeaders(this))
        settings.setValue(key, header->saveState());
    if (m_tabs)
        settings.setValue(QStringLiteral("ui/tab"), m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

bool MainWindow::isFrameTraceShown() const
{
    return m_traceDock->isVisible();
}

void MainWindow::showFrameTrace()
{
    m_traceDock->show();
    m_traceDock->raise();
}

} // namespace ims::ui
