// The poll planner: which meters of which routers are visited, what is read
// and where each read starts. Every figure asserted here is a row written
// below: the cursor of a read is the newest stored value of exactly that
// kind (A+ intervals, daily or monthly snapshots, per event journal, the
// last successful clock correction), so a readout never re-reads what the
// database has.
#include "models/fleet/fleet_store.h"
#include "models/fleet/poll_planner.h"
#include "models/storage/sql_util.h"
#include "support/test_database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ims;

namespace {

// Stored instants (UTC seconds; clock checks in ms).
constexpr qint64 kProfileEnd = 1'773'619'200;    // the head meter's newest A+ interval
constexpr qint64 kDaily = 1'773'532'800;         // its newest daily snapshot
constexpr qint64 kMonthly = 1'772'323'200;       // its newest monthly snapshot
constexpr qint64 kCorrected = 1'773'600'000'000; // its last successful clock correction (ms)
constexpr qint64 kRouterCorrected = 1'773'500'000'000;
constexpr qint64 kJournal1 = 1'773'400'000;
constexpr qint64 kJournal13 = 1'773'450'000;
constexpr qint64 kMemberJournal0 = 1'773'300'000;
constexpr quint32 kWhat = engine::PollItem::DailyReadout | engine::PollItem::Registers;

} // namespace

class TstPollPlanner : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    test::SmallInstallation m_site;
    qint64 m_retiredId = 0;
    qint64 m_cipheredRouterId = 0;
    qint64 m_cipheredMeterId = 0;

    QSqlDatabase db() { return m_db->connection(); }

    void exec(const QString &statement, const QVariantList &binds)
    {
        QSqlQuery q(db());
        QVERIFY2(q.prepare(statement), qPrintable(statement));
        storage::Sql::bindAll(q, binds);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    qint64 addMeter(const QString &serial, qint64 routerId, int physical, int state = 0)
    {
        exec(QStringLiteral("INSERT INTO meters(serial, site_id, router_id, physical_address,"
                            " state) VALUES (?, ?, ?, ?, ?)"),
             {serial, m_site.siteId, routerId, physical, state});
        QSqlDatabase d = db();
        return storage::Sql::scalar(d, QStringLiteral("SELECT id FROM meters WHERE serial = ?"),
                                    {serial})
            .valueOr(0);
    }

    static std::array<qint64, engine::kEventJournals.size()>
    events(std::initializer_list<std::pair<quint8, qint64>> times)
    {
        std::array<qint64, engine::kEventJournals.size()> out{};
        for (const auto &[journal, time] : times)
            out[size_t(engine::journalSlot(journal))] = time;
        return out;
    }

    static std::array<qint64, engine::kEventJournals.size()> eventsOf(const engine::MeterJob &job)
    {
        std::array<qint64, engine::kEventJournals.size()> out{};
        for (size_t slot = 0; slot < out.size(); ++slot)
            out[slot] = job.cursor.eventTime(engine::kEventJournals[slot]);
        return out;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->ok());
        m_site = test::createSmallInstallation(db());
        QVERIFY(m_site.memberBId > 0);
        // Physical addresses out of id order: the plan follows the addresses.
        exec(QStringLiteral("UPDATE meters SET physical_address = 30 WHERE id = ?"),
             {m_site.headId});
        m_retiredId = addMeter(QStringLiteral("RETIRED1"), m_site.routerId, 5, 2);
        QVERIFY(m_retiredId > 0);
        exec(QStringLiteral("UPDATE meters SET state = 1 WHERE id = ?"), {m_site.memberBId});

        // The head meter's readings: only the newest of each kind counts.
        for (const auto &[channel, end] :
             {std::pair{1, kProfileEnd - 1800}, {1, kProfileEnd}, {2, kProfileEnd + 1800}})
            exec(QStringLiteral("INSERT INTO interval_values(meter_id, channel, interval_end, raw,"
                                " scaler, primary_mwh, status) VALUES (?, ?, ?, 1, 0, 1, 0)"),
                 {m_site.headId, channel, end});
        for (const auto &[kind, at] :
             {std::pair{1, kDaily - 86400}, {1, kDaily}, {2, kMonthly}, {0, kDaily + 86400}})
            exec(QStringLiteral("INSERT INTO register_snapshots(meter_id, taken_at, kind, obis,"
                                " tariff, raw, scaler, unit) VALUES (?, ?, ?, 1, 0, 1, 0, 30)"),
                 {m_site.headId, at, kind});
        struct Check
        {
            int target;
            qint64 meter;
            qint64 router;
            qint64 at;
            int correction;
            int ok;
        };
        const Check checks[] = {
            {0, m_site.headId, 0, kCorrected - 86'400'000, 1, 1},
            {0, m_site.headId, 0, kCorrected, 2, 1},
            {0, m_site.headId, 0, kCorrected + 1000, 1, 0},  // the correction failed
            {0, m_site.headId, 0, kCorrected + 2000, 0, 1},  // checked, nothing corrected
            {1, 0, m_site.routerId, kRouterCorrected, 1, 1}, // the router's own clock
            {1, 0, m_site.routerId, kRouterCorrected + 5, 0, 1},
        };
        for (const Check &c : checks)
            exec(QStringLiteral("INSERT INTO clock_checks(target, meter_id, router_id,"
                                " device_time_ms, workstation_time_ms, delta_ms, correction,"
                                " correction_ok) VALUES (?, ?, ?, 0, ?, 0, ?, ?)"),
                 {c.target, c.meter == 0 ? QVariant() : QVariant(c.meter),
                  c.router == 0 ? QVariant() : QVariant(c.router), c.at, c.correction, c.ok});
        for (const auto &[meter, journal, at] : {std::tuple{m_site.headId, 1, kJournal1 - 60},
                                                 {m_site.headId, 1, kJournal1},
                                                 {m_site.headId, 13, kJournal13},
                                                 {m_site.headId, 9, kJournal13 + 60},
                                                 {m_site.memberAId, 0, kMemberJournal0}})
            exec(QStringLiteral("INSERT INTO meter_events(meter_id, journal, event_time, code)"
                                " VALUES (?, ?, ?, 1)"),
                 {meter, journal, at});
        // Member B answered that it has no prepayment account.
        exec(QStringLiteral("INSERT INTO meter_payment_state(meter_id, supported) VALUES (?, 0)"),
             {m_site.memberBId});
        exec(QStringLiteral("INSERT INTO meter_payment_state(meter_id, supported) VALUES (?, 1)"),
             {m_site.memberAId});

        // A second router with ciphered associations: counters come from the table.
        domain::Router router;
        router.siteId = m_site.siteId;
        router.name = QStringLiteral("USPD-2");
        router.host = QStringLiteral("192.0.2.11");
        router.port = 4059;
        router.clientAddress = 48;
        fleet::RouterAccess access;
        access.authentication = client::Authentication::HighGmac;
        access.protection = client::Protection::AuthenticatedEncrypted;
        access.blockKey = QByteArray(16, '\x11');
        access.authKey = QByteArray(16, '\x22');
        access.systemTitle = QByteArray("IMS00001");
        const Result<qint64> id = fleet::FleetStore(db()).addRouter(router, access);
        QVERIFY(id.ok());
        m_cipheredRouterId = *id;
        m_cipheredMeterId = addMeter(QStringLiteral("CIPHER01"), m_cipheredRouterId, 40);
        addMeter(QStringLiteral("CIPHER02"), m_cipheredRouterId, 41);
        for (const auto &[scope, next] :
             {std::pair{QStringLiteral("meter:CIPHER01:48"), 7001},
              {QStringLiteral("router:%1:48").arg(m_cipheredRouterId), 12},
              {QStringLiteral("meter:HEAD0001:16"), 99}})
            exec(QStringLiteral("INSERT INTO invocation_counters(scope, next_value) VALUES (?, ?)"),
                 {scope, next});
    }

    void cleanup() { m_db.reset(); }

    void everyRouterEveryActiveMeterInAddressOrder()
    {
        fleet::PollPlanner planner(db());
        const auto plans = planner.plan(fleet::PollTarget::all(), kWhat);
        QVERIFY2(plans.ok(), qPrintable(plans.ok() ? QString() : plans.error().message));
        QCOMPARE(plans->size(), 2);
        const engine::RouterPlan &plain = plans->at(0);
        QCOMPARE(plain.routerId, m_site.routerId);
        QCOMPARE(plain.name, QStringLiteral("USPD-1"));
        QVERIFY(plain.checkRouterClock);
        QCOMPARE(plain.routerLastClockCorrectionMs, kRouterCorrected);
        QCOMPARE(plain.routerCounterScope, QStringLiteral("router:%1:16").arg(m_site.routerId));
        // The retired meter (state 2) is left out; B (state 1) is in.
        QCOMPARE(plain.meters.size(), 3);
        QCOMPARE(plain.meters[0].meter.id, m_site.memberAId);
        QCOMPARE(plain.meters[0].meter.serial, QStringLiteral("MEMBER01"));
        QCOMPARE(plain.meters[0].physical, quint16(18));
        QCOMPARE(plain.meters[1].meter.id, m_site.memberBId);
        QCOMPARE(plain.meters[1].physical, quint16(19));
        QCOMPARE(plain.meters[2].meter.id, m_site.headId);
        QCOMPARE(plain.meters[2].meter.serial, QStringLiteral("HEAD0001"));
        QCOMPARE(plain.meters[2].physical, quint16(30));
        for (const engine::MeterJob &job : plain.meters) {
            QCOMPARE(job.what, kWhat);
            QVERIFY(!job.operation);
            // Not ciphered: the counter table is not consulted, even where it has a row.
            QCOMPARE(job.invocationCounter, quint64(0));
            QCOMPARE(plain.counterScopeOf(job),
                     QStringLiteral("meter:%1:16").arg(job.meter.serial));
        }
        QVERIFY(plain.meters[0].readAccount);
        QVERIFY(!plain.meters[1].readAccount); // it said it has no account
        QVERIFY(plain.meters[2].readAccount);  // never asked: asked

        const engine::MeterCursor &head = plain.meters[2].cursor;
        QCOMPARE(head.profileEnd, kProfileEnd); // channel 1 only
        QCOMPARE(head.dailyTime, kDaily);
        QCOMPARE(head.monthlyTime, kMonthly);
        QCOMPARE(head.lastClockCorrectionMs, kCorrected); // failed and no-op checks ignored
        QCOMPARE(eventsOf(plain.meters[2]), events({{1, kJournal1}, {13, kJournal13}}));
        const engine::MeterCursor &a = plain.meters[0].cursor;
        QCOMPARE(a.profileEnd, 0);
        QCOMPARE(a.dailyTime, 0);
        QCOMPARE(a.monthlyTime, 0);
        QCOMPARE(a.lastClockCorrectionMs, 0);
        QCOMPARE(eventsOf(plain.meters[0]), events({{0, kMemberJournal0}}));
        QCOMPARE(eventsOf(plain.meters[1]), events({}));

        const engine::RouterPlan &ciphered = plans->at(1);
        QCOMPARE(ciphered.routerId, m_cipheredRouterId);
        QCOMPARE(ciphered.routerProfile.association.invocationCounter, quint64(12));
        QCOMPARE(ciphered.routerLastClockCorrectionMs, 0);
        QCOMPARE(ciphered.meters.size(), 2);
        QCOMPARE(ciphered.meters[0].meter.id, m_cipheredMeterId);
        QCOMPARE(ciphered.meters[0].invocationCounter, quint64(7001));
        QCOMPARE(ciphered.counterScopeOf(ciphered.meters[0]), QStringLiteral("meter:CIPHER01:48"));
        QCOMPARE(ciphered.meters[1].invocationCounter, quint64(0)); // new scope
        QCOMPARE(ciphered.counterScopeOf(ciphered.meters[1]), QStringLiteral("meter:CIPHER02:48"));
    }

    void oneRouterOrOneMeter()
    {
        fleet::PollPlanner planner(db());
        const auto router
            = planner.plan(fleet::PollTarget::router(m_cipheredRouterId), engine::PollItem::Clock);
        QVERIFY(router.ok());
        QCOMPARE(router->size(), 1);
        QCOMPARE(router->first().meters.size(), 2);
        QVERIFY(router->first().checkRouterClock);

        const auto meter = planner.plan(fleet::PollTarget::meter(m_site.headId),
                                        engine::PollItem::Profile | engine::PollItem::Instant);
        QVERIFY(meter.ok());
        QCOMPARE(meter->size(), 1);
        const engine::RouterPlan &plan = meter->first();
        QCOMPARE(plan.routerId, m_site.routerId);
        QVERIFY(!plan.checkRouterClock); // a meter's visit leaves the router's clock alone
        QCOMPARE(plan.meters.size(), 1);
        QCOMPARE(plan.meters[0].meter.id, m_site.headId);
        QCOMPARE(plan.meters[0].what,
                 quint32(engine::PollItem::Profile | engine::PollItem::Instant));
        QCOMPARE(plan.meters[0].cursor.profileEnd, kProfileEnd);
        QCOMPARE(plan.meters[0].cursor.lastClockCorrectionMs, kCorrected);
        QCOMPARE(eventsOf(plan.meters[0]), events({{1, kJournal1}, {13, kJournal13}}));

        const auto retired = planner.plan(fleet::PollTarget::meter(m_retiredId), kWhat);
        QVERIFY(!retired.ok());
        QCOMPARE(retired.error().kind, ErrorKind::NotFound);
        const auto missing = planner.plan(fleet::PollTarget::router(9999), kWhat);
        QVERIFY(!missing.ok());
    }

    // Each meter's hop count comes from its stored PLC route (repeaters + 1),
    // 0 when none was stored; the line speed from the settings, the PLC
    // model's figures when they are absent. Together they set the meter's
    // HDLC response timeout (engine::meterFrameTimeoutMs).
    void hopsComeFromTheStoredRoute()
    {
        exec(QStringLiteral("DELETE FROM meter_routes"), {});
        exec(QStringLiteral("INSERT INTO meter_routes(meter_id, repeaters) VALUES (?, ?)"),
             {m_site.headId, QString()}); // heard by the router directly
        exec(QStringLiteral("INSERT INTO meter_routes(meter_id, repeaters) VALUES (?, ?)"),
             {m_site.memberAId, QStringLiteral("17 40 212")});
        fleet::PollPlanner planner(db());
        auto hopsOf = [](const engine::RouterPlan &plan) {
            QMap<qint64, int> hops;
            for (const engine::MeterJob &job : plan.meters)
                hops.insert(job.meter.id, job.hops);
            return hops;
        };
        const auto plain = planner.plan(fleet::PollTarget::router(m_site.routerId), kWhat);
        QVERIFY(plain.ok());
        const QMap<qint64, int> hops = hopsOf(plain->first());
        QCOMPARE(hops.value(m_site.headId), 1);
        QCOMPARE(hops.value(m_site.memberAId), 4);
        QCOMPARE(hops.value(m_site.memberBId, -1), 0); // no route stored
        QCOMPARE(plain->first().plc.baud, 4000);
        QCOMPARE(plain->first().plc.perHopLatencyMs, 40);

        QSqlDatabase d = db();
        QVERIFY(
            storage::Sql::putSetting(d, QStringLiteral("plc_baud"), QStringLiteral("300")).ok());
        QVERIFY(
            storage::Sql::putSetting(d, QStringLiteral("plc_hop_latency_ms"), QStringLiteral("60"))
                .ok());
        const auto slow = planner.plan(fleet::PollTarget::meter(m_site.memberAId), kWhat);
        QVERIFY(slow.ok());
        QCOMPARE(slow->first().plc.baud, 300);
        QCOMPARE(slow->first().plc.perHopLatencyMs, 60);
        QCOMPARE(slow->first().meters.first().hops, 4);
        engine::RouterPlan fast = slow->first();
        fast.plc = engine::PlcLineSpeed{};
        QVERIFY(engine::meterFrameTimeoutMs(slow->first(), slow->first().meters.first())
                > engine::meterFrameTimeoutMs(fast, fast.meters.first()));
    }

    void planningLeavesNoTransactionOpen()
    {
        // The planner reads in one transaction per pass; the connection is
        // free for writes afterwards (the engine thread shares it).
        QSqlDatabase d = db();
        fleet::PollPlanner planner(d);
        QVERIFY(planner.plan(fleet::PollTarget::all(), kWhat).ok());
        QVERIFY(d.transaction());
        QVERIFY(d.commit());
        // And inside a caller's transaction it plans as well.
        QVERIFY(d.transaction());
        const auto inside = planner.plan(fleet::PollTarget::all(), kWhat);
        QVERIFY(inside.ok());
        QCOMPARE(inside->size(), 2);
        QVERIFY(d.commit());
    }
};

QTEST_GUILESS_MAIN(TstPollPlanner)
#include "tst_poll_planner.moc"
