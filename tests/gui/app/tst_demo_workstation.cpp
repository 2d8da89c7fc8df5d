// The demo substation the README's run command opens, end to end: the
// simulated network in this process, commissioned into a real SQLite file
// by the engine on its own thread, polled over real TCP, and shown by the
// real main window. A second start on the same file finds the network on a
// new port, keeps every stored reading and reads only what is new.
#include "app/common/demo_session.h"
#include "app/common/engine_host.h"
#include "app/gui/engine_wiring.h"
#include "models/analytics/meter_card_query.h"
#include "models/fleet/fleet_store.h"
#include "models/fleet/schedule_store.h"
#include "models/itemmodels/alarm_list_model.h"
#include "models/itemmodels/balance_table_model.h"
#include "models/itemmodels/frame_trace_model.h"
#include "models/itemmodels/topology_model.h"
#include "models/storage/alarm_store.h"
#include "models/storage/database.h"
#include "models/storage/sql_util.h"
#include "ui/alarms/alarms_view.h"
#include "ui/balance/balance_view.h"
#include "ui/main_window.h"
#include "ui/meter_card/meter_card_view.h"
#include "ui/topology/topology_panel.h"
#include "ui/trace/frame_trace_view.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

namespace {

constexpr int kRoundTimeoutMs = 180000;
constexpr int kViewTimeoutMs = 30000;
constexpr int kDemoMeters = 121; // 120 subscribers and the head meter

// One start of the workstation in demo mode, torn down like main() does.
struct DemoStart
{
    std::unique_ptr<app::EngineHost> engine;
    std::unique_ptr<app::DemoSession> demo;
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<QSignalSpy> ready;
    std::unique_ptr<QSignalSpy> finished;

    explicit DemoStart(storage::Database &database)
    {
        engine = std::make_unique<app::EngineHost>(database);
        window = std::make_unique<ui::MainWindow>(&database);
        app::connectEngine(*window, *engine);
        engine->start(false);
        demo = std::make_unique<app::DemoSession>(*engine);
        QObject::connect(demo.get(), &app::DemoSession::ready, window.get(),
                         &ui::MainWindow::reloadInstallation);
        ready = std::make_unique<QSignalSpy>(demo.get(), &app::DemoSession::ready);
        finished = std::make_unique<QSignalSpy>(engine.get(), &app::EngineHost::roundFinished);
    }
    ~DemoStart()
    {
        window.reset();
        engine.reset(); // commits what it holds while the network still runs
        demo.reset();
    }

    engine::PollSummary firstRound()
    {
        if (!finished->wait(kRoundTimeoutMs) && finished->isEmpty())
            return {};
        return finished->first().first().value<engine::PollSummary>();
    }
};

qint64 scalar(storage::Database &database, const QString &statement, const QVariantList &binds = {})
{
    auto db = database.connection(QStringLiteral("test"));
    if (!db)
        return -1;
    const Result<qint64> v = storage::Sql::scalar(*db, statement, binds);
    return v ? *v : -1;
}

} // namespace

class TstDemoWorkstation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    qint64 m_firstIntervals = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<storage::Database>(
            storage::DatabaseConfig{m_dir.filePath(QStringLiteral("demo.db"))});
        QVERIFY(m_database->openAndMigrate().ok());
    }

    void cleanupTestCase() { m_database.reset(); }

    void firstStartCommissionsPollsAndShowsEverything()
    {
        DemoStart start(*m_database);
        QVERIFY(start.demo->start().ok());
        QVERIFY(start.ready->wait(60000) || !start.ready->isEmpty());
        QCOMPARE(start.ready->first().at(1).toBool(), true); // first start: commissioned

        const engine::PollSummary round = start.firstRound();
        QCOMPARE(round.metersOk + round.metersPartial, kDemoMeters);
        QCOMPARE(round.metersFailed, 0);
        QVERIFY(start.engine->flushReadings().ok());

        // Every meter has a load profile: the backfill of the first readout.
        QCOMPARE(scalar(*m_database,
                        QStringLiteral("SELECT COUNT(DISTINCT meter_id) FROM interval_values")),
                 qint64(kDemoMeters));
        m_firstIntervals
            = scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM interval_values"));
        // Half-hourly and daily schedules keep it running unattended.
        auto db = m_database->connection(QStringLiteral("test"));
        QVERIFY(db.ok());
        const auto schedules = fleet::ScheduleStore(*db).schedules(true);
        QVERIFY(schedules.ok());
        bool daily = false, halfHourly = false;
        for (const domain::PollSchedule &s : *schedules) {
            daily |= s.periodSeconds == 86400;
            halfHourly |= s.periodSeconds == 1800 && s.target == domain::PollTarget::Router;
        }
        QVERIFY(daily && halfHourly);

        ui::MainWindow &window = *start.window;
        window.refreshData();
        QVERIFY(window.waitForViews(kViewTimeoutMs));

        // The tree: site → substation → router → its 121 meters.
        auto *topology = window.topologyPanel()->model();
        const QModelIndex site = topology->index(0, 0);
        QVERIFY(site.isValid());
        const QModelIndex substation = topology->index(0, 0, site);
        const QModelIndex router = topology->index(0, 0, substation);
        QVERIFY(router.isValid());
        while (topology->canFetchMore(router))
            topology->fetchMore(router);
        QCOMPARE(topology->rowCount(router), kDemoMeters);

        // The head meter's card: registers, relay state and clock, all read.
        const qint64 head = scalar(*m_database, QStringLiteral("SELECT meter_id FROM"
                                                               " balance_group_members WHERE"
                                                               " role = 0"));
        QVERIFY(head > 0);
        window.showMeter(head);
        QVERIFY(window.waitForViews(kViewTimeoutMs));
        const analytics::MeterCard &card = window.meterCard()->card();
        QCOMPARE(card.meter.id, head);
        QVERIFY(!card.registers.isEmpty());
        QVERIFY2(card.relayClosed.has_value(), "the relay state was not read");
        QVERIFY(*card.relayClosed);
        QVERIFY(!card.lastIntervals.isEmpty());

        // The substation balance: days with head energy and losses.
        const qint64 group = scalar(*m_database, QStringLiteral("SELECT id FROM balance_groups"));
        window.showBalanceGroup(group);
        QVERIFY(window.waitForViews(kViewTimeoutMs));
        QVERIFY(window.balanceView()->daysModel()->rowCount() >= 7);

        // The demo's tamper case raised an alarm, described in words.
        QVERIFY(scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM alarms WHERE kind = ?"),
                       {QString(storage::AlarmKind::Tamper)})
                > 0);
        window.alarmsView()->reload();
        QVERIFY(window.waitForViews(kViewTimeoutMs));
        auto *alarms = window.alarmsView()->alarmModel();
        QVERIFY(alarms->rowCount() > 0);
        for (int row = 0; row < alarms->rowCount(); ++row) {
            const QString details
                = alarms->index(row, itemmodels::AlarmListModel::Details).data().toString();
            QVERIFY2(!details.contains(QStringLiteral("journal=")), qPrintable(details));
        }
        // Frames are summarised only while the trace is on screen; the
        // window was never shown, so the engine did not spend time on them.
        QCOMPARE(window.frameTraceView()->model()->rowCount(), 0);

        // The commissioning engineer opens the trace, then asks for "read
        // now" on the card: the engine reads that meter again at once.
        window.show();
        window.showFrameTrace();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isFrameTraceShown());
        start.finished->clear();
        QSignalSpy progress(start.engine.get(), &app::EngineHost::meterProgress);
        window.meterCard()->findChild<QPushButton *>(QStringLiteral("readNowButton"))->click();
        QVERIFY(start.finished->wait(kRoundTimeoutMs) || !start.finished->isEmpty());
        bool headDone = false;
        for (const QList<QVariant> &args : progress)
            for (const auto &p : args.first().value<QList<engine::MeterProgress>>())
                headDone |= p.meter.id == head && p.state == engine::MeterPollState::Done;
        QVERIFY(headDone);
        // ... and sees that conversation's frames.
        QTRY_VERIFY_WITH_TIMEOUT(window.frameTraceView()->model()->rowCount() > 0, 5000);
    }

    void secondStartKeepsReadingsAndReadsOnlyWhatIsNew()
    {
        QVERIFY(m_firstIntervals > 0);
        DemoStart start(*m_database);
        QVERIFY(start.demo->start().ok());
        QVERIFY(start.ready->wait(60000) || !start.ready->isEmpty());
        QCOMPARE(start.ready->first().at(1).toBool(), false); // already commissioned
        QCOMPARE(scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM meters")),
                 qint64(kDemoMeters));
        auto db = m_database->connection(QStringLiteral("test"));
        QVERIFY(db.ok());
        const auto routers = fleet::FleetStore(*db).routers();
        QVERIFY(routers.ok());
        QCOMPARE(routers->size(), 1);
        QCOMPARE(quint16(routers->first().router.port), start.demo->network().port());

        // The catch-up round fetches only the half-hours since the last one.
        const engine::PollSummary round = start.firstRound();
        QCOMPARE(round.metersFailed, 0);
        QVERIFY2(round.intervals < m_firstIntervals / 20,
                 qPrintable(QStringLiteral("%1 intervals read again").arg(round.intervals)));
        QVERIFY(start.engine->flushReadings().ok());
        QVERIFY(scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM interval_values"))
                >= m_firstIntervals);
        // The same network again: not one stored value is contradicted.
        QSqlQuery conflicts(*db);
        conflicts.prepare(QStringLiteral("SELECT details FROM alarms WHERE kind = ?"));
        conflicts.addBindValue(QString(storage::AlarmKind::ReadingConflict));
        QVERIFY(conflicts.exec());
        QStringList found;
        while (conflicts.next())
            found << conflicts.value(0).toString();
        conflicts.finish();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_MAIN(TstDemoWorkstation)
#include "tst_demo_workstation.moc"
