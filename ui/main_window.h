#pragma once
// The workstation's main window: the installation tree in a dock, the views
// in tabs (network map, meter card, load profile, balance, alarms), polling
// progress and the frame trace in bottom docks, link states and open alarms
// in the status bar. Views load through a QueryRunner, off the GUI thread.
//
// The engine is wired from outside (app/gui): connect pollStartRequested(),
// pollStopRequested() and readNowRequested() to it, its progress signals to
// onMeterProgress() / onRouterProgress(), link changes to setLinkState(),
// its FrameTrace through app::showTrace() (app/gui/trace_bridge.h) into
// frameTraceView(), and call refreshData() after new readings are stored.
#include "protocol/core/result.h"
#include "protocol/engine/poll_progress.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QSqlDatabase;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace ims::storage {
class Database;
}
namespace ims::control {
class GroupSwitchCommands;
struct SwitchTarget;
} // namespace ims::control

namespace ims::ui {

class AlarmBanner;
class AlarmWatch;
class AlarmsView;
class BalanceView;
class FrameTraceView;
class GroupSwitchFlow;
class LoadProfileView;
class MeterCardView;
class NetworkMapPanel;
class PollingPanel;
class QueryRunner;
class TopologyPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Without a database the window shows how to get one (views stay empty).
    explicit MainWindow(storage::Database *database = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Builds the views on `database` (when the window was opened without one).
    void openDatabase(storage::Database &database);
    bool hasDatabase() const { return m_runner != nullptr; }

    // One PNG per main view into `dir`: topology.png, network-map.png,
    // meter-card.png, load-profile.png, balance.png, alarms.png, polling.png.
    // Picks meaningful content (a meter with data, the first balance group)
    // and waits for the loads to finish before each grab.
    Status captureViews(const QString &dir, int timeoutMs = 60000);

    // Views, for the engine wiring and for tests.
    TopologyPanel *topologyPanel() const { return m_topology; }
    NetworkMapPanel *networkMap() const { return m_map; }
    MeterCardView *meterCard() const { return m_card; }
    LoadProfileView *loadProfile() const { return m_profile; }
    BalanceView *balanceView() const { return m_balance; }
    AlarmsView *alarmsView() const { return m_alarms; }
    PollingPanel *pollingPanel() const { return m_polling; }
    FrameTraceView *frameTraceView() const { return m_trace; }
    // The trace dock is on screen (not closed, not a hidden tab): frames are
    // worth recording only then.
    bool isFrameTraceShown() const;
    void showFrameTrace();
    AlarmBanner *alarmBanner() const { return m_banner; }
    QueryRunner *queryRunner() const { return m_runner; }
    QTabWidget *tabs() const { return m_tabs; }
    // Whoever runs the engine switches relays of whole routers and balance
    // groups for the tree's and the balance view's "Disconnect all meters…".
    void setGroupSwitchCommands(control::GroupSwitchCommands *commands);
    GroupSwitchFlow *groupSwitchFlow() const { return m_groupSwitch; }
    // Waits (processing events) until every view's data has arrived.
    bool waitForViews(int timeoutMs);

public slots:
    void showMeter(qint64 meterId);
    void showRouter(qint64 routerId);
    void showBalanceGroup(qint64 groupId);
    // IEC 62056-21 readout with a probe on this computer (no router needed).
    void openOpticalReadout();
    // The stored relay switching schedules, adding for `target`.
    void openSwitchSchedules(const ims::control::SwitchTarget &target);
    // After new readings: statuses, the open card, charts and lists again.
    void refreshData();
    // After routers or meters were added: the tree, the map and the lists.
    void reloadInstallation();
    void setLinkState(const QString &link, bool up);
    void onMeterProgress(const ims::engine::MeterProgress &progress);
    // The engine's gathered reports, handed to the polling panel as they are.
    void onMeterProgressBatch(const QList<ims::engine::MeterProgress> &batch);
    void onRouterProgress(const ims::engine::RouterProgress &progress);

signals:
    void readNowRequested(qint64 meterId);
    void pollStartRequested();
    void pollStopRequested();
    // The welcome page's "Start the demo substation".
    void demoRequested();
    void frameTraceShownChanged(bool shown);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    // `gui` is the GUI thread's connection, for the lists that page lazily.
    void createViews(const QSqlDatabase &gui);
    void createDocks(const QSqlDatabase &gui);
    void chooseLanguage(const QString &code);
    void restoreLayout();
    void saveLayout();
    void loadInitialContent();
    void setUnacknowledged(int count);

    QueryRunner *m_runner = nullptr;
    storage::Database *m_database = nullptr;
    AlarmWatch *m_alarmWatch = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    AlarmBanner *m_banner = nullptr;
    TopologyPanel *m_topology = nullptr;
    NetworkMapPanel *m_map = nullptr;
    MeterCardView *m_card = nullptr;
    LoadProfileView *m_profile = nullptr;
    BalanceView *m_balance = nullptr;
    AlarmsView *m_alarms = nullptr;
    PollingPanel *m_polling = nullptr;
    FrameTraceView *m_trace = nullptr;
    GroupSwitchFlow *m_groupSwitch = nullptr;
    QPointer<control::GroupSwitchCommands> m_groupSwitchCommands;
    QDockWidget *m_topologyDock = nullptr;
    QDockWidget *m_pollingDock = nullptr;
    QDockWidget *m_traceDock = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_alarmLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    // A label per link while there are few (kLinkLabels), then one for all.
    static constexpr qsizetype kLinkLabels = 4;
    QHash<QString, QLabel *> m_linkLabels;
    QHash<QString, bool> m_links; // link name -> up
    qsizetype m_linksDown = 0;
    QLabel *m_linkSummary = nullptr;
    qint64 m_profileMeter = 0;
    bool m_engineReported = false;
};

} // namespace ims::ui
