// The stored poll schedules run by themselves: a daily readout at 01:00 on
// the wall clock of the workstation's zone and the head meter every half
// hour, each once per due time, missed ones caught up once at start, last
// runs kept in the database across restarts. A real SQLite file and the
// real PollService planning against it; the router is not reachable, which
// does not matter here: what is checked is what gets queued, and when.
#include "app/common/poll_scheduler.h"
#include "models/fleet/fleet_store.h"
#include "models/fleet/poll_service.h"
#include "models/fleet/schedule_store.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "models/storage/storage_writer.h"
#include "protocol/engine/poll_job.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

namespace {

const QTimeZone kMoscow("Europe/Moscow"); // UTC+3, no daylight saving

qint64 moscow(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), kMoscow).toMSecsSinceEpoch();
}

} // namespace

class TstPollScheduler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    qint64 m_siteId = 0;
    qint64 m_headId = 0;

    QSqlDatabase db() { return *m_database->connection(QStringLiteral("test")); }

private slots:
    void initTestCase()
    {
        QVERIFY(kMoscow.isValid());
        m_database = std::make_unique<storage::Database>(
            storage::DatabaseConfig{m_dir.filePath(QStringLiteral("schedules.db"))});
        QVERIFY(m_database->openAndMigrate().ok());
        QSqlDatabase sql = db();
        storage::DomainStore store(sql);
        domain::Site site;
        site.name = QStringLiteral("SNT Scheduled");
        m_siteId = *store.add(site);
        domain::Router router;
        router.name = QStringLiteral("TP-9");
        router.siteId = m_siteId;
        router.host = QStringLiteral("127.0.0.1");
        router.port = 1; // nobody listens: sessions fail, planning does not care
        const auto routerId = fleet::FleetStore(sql).addRouter(router, {});
        QVERIFY(routerId.ok());
        domain::BalanceGroup group;
        group.name = QStringLiteral("TP-9 balance");
        group.siteId = m_siteId;
        for (int i = 0; i < 3; ++i) {
            domain::Meter m;
            m.serial = QStringLiteral("S%1").arg(i);
            m.model = QStringLiteral("NP515");
            m.siteId = m_siteId;
            m.routerId = *routerId;
            m.physicalAddress = 16 + i;
            const auto id = store.add(m);
            QVERIFY(id.ok());
            if (i == 0)
                m_headId = *id;
            group.members << domain::BalanceMember{
                *id, i == 0 ? domain::BalanceRole::Head : domain::BalanceRole::Member, 1};
        }
        QVERIFY(store.add(group).ok());
    }

    void cleanupTestCase() { m_database.reset(); }

    void previousDueFollowsTheLocalWallClock()
    {
        // Daily at 01:00 Moscow: at 00:30 the last due time was yesterday's.
        QCOMPARE(app::PollScheduler::previousDue(moscow(16, 0, 30), 86400, 3600, kMoscow),
                 moscow(15, 1, 0));
        QCOMPARE(app::PollScheduler::previousDue(moscow(16, 1, 0), 86400, 3600, kMoscow),
                 moscow(16, 1, 0));
        QCOMPARE(app::PollScheduler::previousDue(moscow(16, 13, 45), 1800, 120, kMoscow),
                 moscow(16, 13, 32));
    }

    void timingTheEngineCannotHonourIsRefused()
    {
        QVERIFY(!fleet::validateTiming(420, 0));     // 7 min does not divide a day
        QVERIFY(!fleet::validateTiming(60, 0));      // a PLC network needs pauses
        QVERIFY(!fleet::validateTiming(1800, 1800)); // offset outside the period
        QVERIFY(fleet::validateTiming(900, 60));
        QVERIFY(fleet::validateTiming(2 * 86400, 3600));
    }

    void commissionedSiteGetsDailyAndHeadMeterSchedules()
    {
        QSqlDatabase sql = db();
        fleet::ScheduleStore store(sql);
        const Result<int> added = store.ensureDefaults(m_siteId);
        QVERIFY(added.ok());
        QCOMPARE(*added, 2);
        QCOMPARE(*store.ensureDefaults(m_siteId), 0); // only once
        const auto schedules = store.schedules();
        QVERIFY(schedules.ok());
        QCOMPARE(schedules->size(), 2);
        QCOMPARE(schedules->at(0).periodSeconds, 86400);
        QCOMPARE(schedules->at(0).what & engine::PollItem::DailyReadout,
                 quint32(engine::PollItem::DailyReadout));
        QCOMPARE(schedules->at(1).target, domain::PollTarget::Meter);
        QCOMPARE(schedules->at(1).targetId, m_headId);
    }

    void firesEachScheduleOncePerDueTimeAndRemembersIt()
    {
        storage::StorageWriter writer(*m_database);
        writer.start();
        link::LinkFactory factory;
        qint64 now = moscow(16, 0, 30);
        {
            fleet::PollService service(*m_database, writer, factory);
            app::PollScheduler scheduler(
                *m_database, service, [&now] { return now; }, kMoscow);
            QSignalSpy fired(&scheduler, &app::PollScheduler::scheduleFired);

            // Never run: both catch up at once, the daily one with every meter.
            QCOMPARE(*scheduler.runDue(), 2);
            QCOMPARE(fired.at(0).at(2).toInt(), 3);
            QCOMPARE(fired.at(1).at(2).toInt(), 1);
            QCOMPARE(*scheduler.runDue(), 0); // nothing new is due

            now = moscow(16, 0, 31);
            QCOMPARE(*scheduler.runDue(), 0);
            now = moscow(16, 0, 33); // 00:32 passed: the head meter again
            fired.clear();
            QCOMPARE(*scheduler.runDue(), 1);
            QCOMPARE(fired.at(0).at(0).toLongLong(), 2);
            service.cancel();
        }
        // A restart later: the last runs were stored; 01:00 was missed.
        now = moscow(16, 1, 20);
        {
            fleet::PollService service(*m_database, writer, factory);
            app::PollScheduler scheduler(
                *m_database, service, [&now] { return now; }, kMoscow);
            QSignalSpy fired(&scheduler, &app::PollScheduler::scheduleFired);
            QCOMPARE(*scheduler.runDue(), 2); // daily (due 01:00), head meter (due 01:02)
            service.cancel();
        }
        writer.stop();
    }

    void disabledScheduleDoesNotRun()
    {
        QSqlDatabase sql = db();
        fleet::ScheduleStore store(sql);
        const auto schedules = store.schedules();
        QVERIFY(schedules.ok());
        for (const domain::PollSchedule &s : *schedules)
            QVERIFY(store.setEnabled(s.id, false).ok());
        storage::StorageWriter writer(*m_database);
        writer.start();
        link::LinkFactory factory;
        fleet::PollService service(*m_database, writer, factory);
        app::PollScheduler scheduler(
            *m_database, service, [] { return moscow(20, 12, 0); }, kMoscow);
        QCOMPARE(*scheduler.runDue(), 0);
        writer.stop();
    }
};

QTEST_GUILESS_MAIN(TstPollScheduler)
#include "tst_poll_scheduler.moc"
