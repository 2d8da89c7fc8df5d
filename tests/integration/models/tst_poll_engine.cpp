// The polling engine end to end: a simulated router over real TCP, the
// database on a real SQLite file, the engine between them. What the meters
// hold must arrive in the database completely and once, through lost and
// damaged frames and dropped connections; clocks are corrected by the rule;
// operator work overtakes a running daily readout.
#include "models/fleet/commissioning.h"
#include "models/fleet/fleet_store.h"
#include "models/fleet/poll_planner.h"
#include "models/fleet/poll_service.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "models/storage/sql_util.h"
#include "models/storage/storage_writer.h"
#include "protocol/control/payment_control.h"
#include "protocol/cosem/profile_generic.h"
#include "protocol/cosem/spodes_objects.h"
#include "protocol/engine/router_inventory.h"
#include "protocol/hdlc/hdlc_parameters.h"
#include "protocol/link/tcp_link.h"
#include "protocol/sim/meter/meter_spec.h"
#include "protocol/sim/network/sim_network.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

namespace {

QString message(const Status &s)
{
    return s.ok() ? QString() : s.error().message;
}

template<typename T>
QString message(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().message;
}

constexpr quint16 kFirst = sim::kFirstMeterPhysical;

} // namespace

class TstPollEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimNetwork> m_network;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::StorageWriter> m_writer;
    link::LinkFactory m_factory;
    std::unique_ptr<fleet::PollService> m_service;
    qint64 m_routerId = 0;
    int m_testNumber = 0;

    QSqlDatabase sql() { return *m_db->connection(); }

    qint64 scalar(const QString &statement, const QVariantList &binds = {})
    {
        QSqlDatabase db = sql();
        const Result<qint64> v = storage::Sql::scalar(db, statement, binds);
        return v ? *v : -1;
    }

    // A network of `meters` meters, commissioned into a fresh database.
    void setUpNetwork(int meters, double loss = 0.0, int baud = 0,
                      std::optional<hdlc::HdlcParameters> meterHdlc = std::nullopt)
    {
        sim::NetworkConfig config;
        config.meterHdlcLimits = meterHdlc;
        config.routers = 1;
        config.metersPerRouter = meters;
        config.tcpPort = 0;
        config.baud = baud;
        config.loss = loss;
        config.seed = 11;
        config.start = QDateTime(QDate(2026, 3, 16), QTime(12, 1), Qt::UTC);
        config.timeScale = 0.0;
        m_network = std::make_unique<sim::SimNetwork>(config);
        QVERIFY2(m_network->start().ok(), "network");

        m_db = std::make_unique<storage::Database>(storage::DatabaseConfig{
            m_dir.filePath(QStringLiteral("poll%1.db").arg(++m_testNumber))});
        QVERIFY2(m_db->openAndMigrate().ok(), "database");
        QSqlDatabase db = sql();
        // Two days of profile keep the simulated PLC time short.
        QVERIFY(storage::Sql::exec(db, QStringLiteral("UPDATE settings SET value = '2'"
                                                      " WHERE key = 'profile_backfill_days'"))
                    .ok());
        // The discrete clock makes the PLC cost no real time: the frame timers
        // need no allowance for hops (fleet::PollPlanner reads these).
        QVERIFY(storage::Sql::putSetting(db, QStringLiteral("plc_baud"), QStringLiteral("0")).ok());
        QVERIFY(
            storage::Sql::putSetting(db, QStringLiteral("plc_hop_latency_ms"), QStringLiteral("0"))
                .ok());
        storage::DomainStore domainStore(db);
        domain::Site site;
        site.name = QStringLiteral("SNT Test");
        const auto siteId = domainStore.add(site);
        QVERIFY(siteId.ok());
        domain::Router router;
        router.name = QStringLiteral("TP-1");
        router.siteId = *siteId;
        router.host = QStringLiteral("127.0.0.1");
        router.port = m_network->tcpServer(1)->port();
        // The configurator: only it may correct clocks.
        router.clientAddress = 48;
        fleet::RouterAccess access;
        access.authentication = client::Authentication::Low;
        access.password = QByteArrayLiteral("1234567812345678");
        access.frameTimeoutMs = 200; // the simulator answers at once: a lost frame is soon known
        access.responseTimeoutMs = 8000;
        const auto routerId = fleet::FleetStore(db).addRouter(router, access);
        QVERIFY2(routerId.ok(), qPrintable(message(routerId)));
        m_routerId = *routerId;
        commissionAll();

        m_writer = std::make_unique<storage::StorageWriter>(*m_db);
        m_writer->start();
        engine::PollSettings overrides;
        sim::VirtualClock *clock = &m_network->clock();
        overrides.nowMs = [clock] {
            return clock->nowMs();
        };
        overrides.retryDelayMs = 10;
        m_service = std::make_unique<fleet::PollService>(*m_db, *m_writer, m_factory, overrides);
    }

    void commissionAll()
    {
        QSqlDatabase db = sql();
        const auto router = fleet::FleetStore(db).router(m_routerId);
        QVERIFY(router.ok());
        auto channel = client::makeChannel(m_factory, router->profile);
        client::DlmsClient client(*channel, router->profile.association);
        std::optional<Status> associated;
        client.associate([&](Status s) { associated = s; });
        QTRY_VERIFY_WITH_TIMEOUT(associated.has_value(), 20000);
        QVERIFY2(associated->ok(), qPrintable(message(*associated)));
        std::optional<Result<engine::RouterInventory>> inventory;
        engine::InventoryReader::read(
            client, [&](Result<engine::RouterInventory> r) { inventory.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(inventory.has_value(), 20000);
        QVERIFY2(inventory->ok(), qPrintable(message(*inventory)));
        fleet::CommissionOptions options;
        const auto report = fleet::Commissioning(db).apply(*router, **inventory, options,
                                                           m_network->clock().nowMs());
        QVERIFY2(report.ok(), qPrintable(message(report)));
        QVERIFY(report->added > 0);
        client.release([](Status) {});
    }

    engine::PollSummary pollAndWait(const fleet::PollTarget &target, quint32 what)
    {
        QSignalSpy finished(&m_service->engine(), &engine::PollEngine::finished);
        const Result<int> queued = m_service->poll(target, what);
        if (!queued) {
            qWarning() << queued.error().message;
            return {};
        }
        if (!finished.wait(300'000))
            qWarning() << "poll did not finish";
        if (const Status flushed = m_writer->flush(); !flushed)
            qWarning() << flushed.error().message;
        return finished.isEmpty() ? engine::PollSummary{}
                                  : finished.first().first().value<engine::PollSummary>();
    }

    // What the simulated meter holds in its load profile from `fromSec` to
    // `toSec`, read by a plain client of our own (A+ column only).
    QMap<qint64, qint64> simulatorProfile(quint16 physical, qint64 fromSec, qint64 toSec)
    {
        QMap<qint64, qint64> rows;
        QSqlDatabase db = sql();
        const auto router = fleet::FleetStore(db).router(m_routerId);
        domain::Meter m;
        m.physicalAddress = physical;
        const client::ConnectionProfile profile = fleet::FleetStore::meterProfile(*router, m);
        auto channel = client::makeChannel(m_factory, profile);
        client::DlmsClient client(*channel, profile.association);
        std::optional<Status> associated;
        client.associate([&](Status s) { associated = s; });
        if (!QTest::qWaitFor([&] { return associated.has_value(); }, 30000) || !*associated)
            return rows;
        auto dt = [](qint64 s) {
            return axdr::CosemDateTime::fromQDateTime(QDateTime::fromSecsSinceEpoch(s, Qt::UTC),
                                                      3 * 3600, 0);
        };
        std::optional<Result<axdr::Value>> buffer;
        client.get(
            {7, cosem::spodes::LoadProfile, 2},
            [&](Result<axdr::Value> r) { buffer.emplace(std::move(r)); },
            cosem::ProfileGeneric::byRange(dt(fromSec), dt(toSec)));
        if (!QTest::qWaitFor([&] { return buffer.has_value(); }, 60000) || !*buffer)
            return rows;
        for (const axdr::Value &row : (*buffer)->items()) {
            const auto time = row.items().value(0).asDateTime();
            if (!time)
                continue;
            rows.insert(time->toQDateTime().toSecsSinceEpoch(),
                        row.items().value(1).toInt64().value_or(-1));
        }
        std::optional<Status> released;
        client.release([&](Status s) { released = s; });
        if (!QTest::qWaitFor([&] { return released.has_value(); }, 10000))
            qWarning() << "release not answered";
        return rows;
    }

    // The meter's prepayment account as our own plain client reads it.
    Result<control::AccountState> accountOf(quint16 physical)
    {
        QSqlDatabase db = sql();
        const auto router = fleet::FleetStore(db).router(m_routerId);
        domain::Meter m;
        m.physicalAddress = physical;
        const client::ConnectionProfile profile = fleet::FleetStore::meterProfile(*router, m);
        auto channel = client::makeChannel(m_factory, profile);
        client::DlmsClient client(*channel, profile.association);
        std::optional<Status> associated;
        client.associate([&](Status s) { associated = s; });
        if (!QTest::qWaitFor([&] { return associated.has_value(); }, 30000) || !*associated)
            return Error(ErrorKind::LinkError, QStringLiteral("no association"));
        std::optional<Result<control::AccountState>> state;
        control::PaymentControl::read(
            client, [&](Result<control::AccountState> r) { state.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return state.has_value(); }, 30000))
            return Error(ErrorKind::Timeout, QStringLiteral("no account"));
        std::optional<Status> released;
        client.release([&](Status s) { released = s; });
        if (!QTest::qWaitFor([&] { return released.has_value(); }, 10000))
            qWarning() << "release not answered";
        return *state;
    }

    qint64 meterId(quint16 physical)
    {
        return scalar(QStringLiteral("SELECT id FROM meters WHERE physical_address = ?"),
                      {int(physical)});
    }

private slots:
    void cleanup()
    {
        m_service.reset();
        if (m_writer)
            m_writer->stop();
        m_writer.reset();
        m_db.reset();
        m_network.reset();
    }

    void dailyReadoutStoresEverythingOnce()
    {
        setUpNetwork(6);
        const engine::PollSummary summary
            = pollAndWait(fleet::PollTarget::all(), engine::PollItem::DailyReadout);
        const qint64 meters = scalar(QStringLiteral("SELECT COUNT(*) FROM meters"));
        QCOMPARE(summary.metersOk + summary.metersPartial, int(meters));
        QCOMPARE(summary.metersFailed, 0);
        QVERIFY(summary.intervals > 0);

        // Every interval of the window, compared with the meter's own profile.
        const quint16 physical = kFirst + 2;
        const qint64 id = meterId(physical);
        QVERIFY(id > 0);
        const qint64 lastEnd = scalar(QStringLiteral("SELECT MAX(interval_end) FROM"
                                                     " interval_values WHERE meter_id = ?"),
                                      {id});
        const qint64 firstEnd = scalar(QStringLiteral("SELECT MIN(interval_end) FROM"
                                                      " interval_values WHERE meter_id = ?"),
                                       {id});
        QVERIFY(lastEnd > firstEnd);
        const QMap<qint64, qint64> expected = simulatorProfile(physical, firstEnd, lastEnd);
        QVERIFY(!expected.isEmpty());
        QSqlQuery q(sql());
        q.prepare(QStringLiteral("SELECT interval_end, raw FROM interval_values WHERE"
                                 " meter_id = ? AND channel = 1 ORDER BY interval_end"));
        q.addBindValue(id);
        QVERIFY(q.exec());
        QMap<qint64, qint64> stored;
        while (q.next())
            stored.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        q.finish();
        QCOMPARE(stored, expected);
        // No gap: one interval every 30 minutes from the first to the last.
        QCOMPARE(qint64(stored.size()), (lastEnd - firstEnd) / 1800 + 1);

        // Daily and monthly registers, events and clock checks arrived too.
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM register_snapshots WHERE"
                                      " meter_id = ? AND kind = 1"),
                       {id})
                > 0);
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM register_snapshots WHERE"
                                      " meter_id = ? AND kind = 2"),
                       {id})
                > 0);
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM meter_events")) > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM clock_checks WHERE target = 0")),
                 meters);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM poll_sessions WHERE result <> 2")),
                 meters);

        // A second readout re-reads nothing already stored.
        const qint64 intervalsBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM"
                                                             " interval_values"));
        const qint64 eventsBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM meter_events"));
        const engine::PollSummary again = pollAndWait(
            fleet::PollTarget::all(), engine::PollItem::Profile | engine::PollItem::Events);
        QCOMPARE(again.metersFailed, 0);
        QCOMPARE(again.intervals, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM interval_values")), intervalsBefore);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM meter_events")), eventsBefore);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM reading_conflicts")), 0);

        // Half an hour later exactly one new interval per channel arrives.
        m_network->clock().advance(1800 * 1000);
        const engine::PollSummary later
            = pollAndWait(fleet::PollTarget::meter(id), engine::PollItem::Profile);
        // One interval more, with as many channels as the meter's profile has.
        const qint64 channels = scalar(QStringLiteral("SELECT COUNT(*) FROM interval_values"
                                                      " WHERE meter_id = ? AND interval_end = ?"),
                                       {id, lastEnd});
        QVERIFY(channels >= 2);
        QCOMPARE(qint64(later.intervals), channels);
        QCOMPARE(scalar(QStringLiteral("SELECT MAX(interval_end) FROM interval_values"
                                       " WHERE meter_id = ?"),
                        {id}),
                 lastEnd + 1800);

        // Unreachable for longer than the first read's two-day backfill: the
        // next read continues from the last stored interval, leaving no hole.
        m_network->clock().advance(4 * 86400 * 1000LL);
        const engine::PollSummary afterOutage
            = pollAndWait(fleet::PollTarget::meter(id), engine::PollItem::Profile);
        QCOMPARE(afterOutage.metersFailed, 0);
        const qint64 newLast = scalar(QStringLiteral("SELECT MAX(interval_end) FROM"
                                                     " interval_values WHERE meter_id = ?"),
                                      {id});
        QVERIFY(newLast >= lastEnd + 4 * 86400);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM interval_values WHERE"
                                       " meter_id = ? AND channel = 1"),
                        {id}),
                 (newLast - firstEnd) / 1800 + 1);
    }

    // Every stored reading of the round, in one comparable text.
    QString storedReadings()
    {
        QStringList rows;
        QSqlQuery q(sql());
        for (const QString &statement :
             {QStringLiteral("SELECT meter_id, channel, interval_end, raw, scaler, status"
                             " FROM interval_values ORDER BY 1, 2, 3"),
              QStringLiteral("SELECT meter_id, taken_at, kind, obis, tariff, raw, scaler, unit"
                             " FROM register_snapshots ORDER BY 1, 2, 3, 4, 5"),
              QStringLiteral("SELECT meter_id, journal, event_time, code FROM meter_events"
                             " ORDER BY 1, 2, 3, 4")}) {
            if (!q.exec(statement))
                return q.lastError().text();
            while (q.next()) {
                QStringList fields;
                for (int i = 0; i < q.record().count(); ++i)
                    fields << q.value(i).toString();
                rows << fields.join(u',');
            }
        }
        return rows.join(u'\n');
    }

    // The engine proposes the largest information field and window; a meter
    // that accepts them is read in far fewer frames, and the stored readings
    // are the same as at the default 128 bytes and window 1.
    void largerFramesAreUsedWhenTheMeterAcceptsThem()
    {
        setUpNetwork(3, 0.0, 0, hdlc::HdlcParameters{512, 512, 7, 7});
        const engine::PollSummary large
            = pollAndWait(fleet::PollTarget::all(), engine::PollItem::DailyReadout);
        QCOMPARE(large.metersFailed, 0);
        const quint64 largeFrames = m_network->router(1).plc().transfers();
        const QString largeReadings = storedReadings();
        cleanup();

        setUpNetwork(3);
        const engine::PollSummary small
            = pollAndWait(fleet::PollTarget::all(), engine::PollItem::DailyReadout);
        QCOMPARE(small.metersFailed, 0);
        const quint64 smallFrames = m_network->router(1).plc().transfers();
        QVERIFY(large.intervals > 0);
        QCOMPARE(large.intervals, small.intervals);
        QCOMPARE(largeReadings, storedReadings());
        QVERIFY2(largeFrames * 2 < smallFrames,
                 qPrintable(QStringLiteral("%1 frames at 512/7, %2 at 128/1")
                                .arg(largeFrames)
                                .arg(smallFrames)));
    }

    // One connection to the router visits every meter in turn. The
    // simulator lets each meter's endpoint (and so its object model) go after
    // the DISC: a 2,500-meter router must not hold them all (a 400-router
    // benchmark grew by 140 kB per visited meter before).
    void simulatorDropsEndpointsOfFinishedVisits()
    {
        setUpNetwork(6);
        int mostEndpoints = 0;
        int visitsSeen = 0;
        connect(&m_service->engine(), &engine::PollEngine::meterProgress, this,
                [&](const engine::MeterProgress &p) {
                    if (p.state != engine::MeterPollState::Done)
                        return;
                    ++visitsSeen;
                    for (const sim::ServerSession *session : m_network->tcpServer(1)->sessions())
                        mostEndpoints = std::max(mostEndpoints, session->endpointCount());
                });
        const engine::PollSummary summary
            = pollAndWait(fleet::PollTarget::all(), engine::PollItem::Profile);
        QCOMPARE(summary.metersFailed, 0);
        QCOMPARE(qint64(visitsSeen), scalar(QStringLiteral("SELECT COUNT(*) FROM meters")));
        QVERIFY2(mostEndpoints <= 1, qPrintable(QString::number(mostEndpoints)));
    }

    void lossyLinkAndDroppedConnectionsStillComplete()
    {
        setUpNetwork(6, 0.10);
        // The router hangs up twice in the middle of the round.
        int hangups = 0;
        connect(&m_service->engine(), &engine::PollEngine::meterProgress, this,
                [&](const engine::MeterProgress &p) {
                    if (p.state == engine::MeterPollState::Running
                        && p.step == engine::PollStep::Profile && hangups < 2) {
                        ++hangups;
                        m_network->tcpServer(1)->closeAllConnections();
                    }
                });
        const engine::PollSummary summary = pollAndWait(
            fleet::PollTarget::all(), engine::PollItem::Profile | engine::PollItem::Daily);
        QCOMPARE(hangups, 2);
        QVERIFY(summary.retries >= 2);
        QCOMPARE(summary.metersFailed, 0);
        // 100 % complete: every meter has every interval of the window.
        QSqlQuery q(sql());
        QVERIFY(q.exec(QStringLiteral("SELECT meter_id, COUNT(*), MIN(interval_end),"
                                      " MAX(interval_end) FROM interval_values WHERE channel = 1"
                                      " GROUP BY meter_id")));
        int meters = 0;
        while (q.next()) {
            ++meters;
            const qint64 count = q.value(1).toLongLong();
            QCOMPARE(count, (q.value(3).toLongLong() - q.value(2).toLongLong()) / 1800 + 1);
            QVERIFY(count >= 2 * 48 - 1);
        }
        QCOMPARE(qint64(meters), scalar(QStringLiteral("SELECT COUNT(*) FROM meters")));
    }

    void clockThreeSecondsOffIsCorrectedOncePerDay()
    {
        setUpNetwork(3);
        const quint16 physical = kFirst + 1;
        sim::SimMeter *meter = m_network->router(1).meter(physical);
        QVERIFY(meter);
        auto deviation = [&] {
            return meter->meterTimeMs() - m_network->clock().nowMs();
        };
        meter->state().clockOffsetMs = 3000;
        QVERIFY(std::abs(deviation() - 3000) < 50);
        const qint64 id = meterId(physical);
        const engine::PollSummary first
            = pollAndWait(fleet::PollTarget::meter(id), engine::PollItem::Clock);
        {
            // Scoped: an open statement would pin this connection's snapshot.
            QSqlQuery session(sql());
            QVERIFY(session.exec(QStringLiteral("SELECT message FROM poll_sessions")));
            QVERIFY(session.next());
            QVERIFY2(first.metersOk == 1, qPrintable(session.value(0).toString()));
        }
        QVERIFY2(std::abs(deviation()) <= 1000, qPrintable(QString::number(deviation())));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM clock_checks WHERE meter_id = ?"
                                       " AND correction = 1 AND correction_ok = 1"),
                        {id}),
                 1);
        // Drifted again the same day: recorded, not corrected.
        meter->state().clockOffsetMs = 3000;
        const engine::PollSummary second
            = pollAndWait(fleet::PollTarget::meter(id), engine::PollItem::Clock);
        QCOMPARE(second.metersOk, 1);
        QVERIFY(std::abs(deviation() - 3000) < 1000);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM clock_checks WHERE meter_id = ?"), {id}),
            2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM clock_checks WHERE meter_id = ?"
                                       " AND correction <> 0"),
                        {id}),
                 1);
        // The next day it is corrected again.
        m_network->clock().advance(24 * 3600 * 1000);
        pollAndWait(fleet::PollTarget::meter(id), engine::PollItem::Clock);
        QVERIFY(std::abs(deviation()) <= 1000);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM clock_checks WHERE meter_id = ?"
                                       " AND correction <> 0"),
                        {id}),
                 2);
    }

    void registersCarryThePrepaymentAccount()
    {
        setUpNetwork(4);
        const engine::PollSummary summary
            = pollAndWait(fleet::PollTarget::all(), engine::PollItem::Registers);
        QCOMPARE(summary.metersFailed, 0);
        // Every subscriber's meter: its balance as the meter holds it.
        const quint16 physical = kFirst + 1;
        const Result<control::AccountState> direct = accountOf(physical);
        QVERIFY2(direct.ok(), qPrintable(message(direct)));
        const qint64 id = meterId(physical);
        QCOMPARE(scalar(QStringLiteral("SELECT supported FROM meter_payment_state"
                                       " WHERE meter_id = ?"),
                        {id}),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT available_credit FROM meter_payment_state"
                                       " WHERE meter_id = ?"),
                        {id}),
                 direct->availableCredit);
        QCOMPARE(scalar(QStringLiteral("SELECT low_threshold FROM meter_payment_state"
                                       " WHERE meter_id = ?"),
                        {id}),
                 direct->lowCreditThreshold);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM meter_payment_state"
                                       " WHERE supported = 1 AND read_ms > 0")),
                 qint64(4));
        // The substation's head meter has no account: noted, and not asked again.
        const qint64 head = meterId(sim::kHeadMeterPhysical);
        QVERIFY(head > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT supported FROM meter_payment_state"
                                       " WHERE meter_id = ?"),
                        {head}),
                 0);
        fleet::PollPlanner planner(sql());
        const auto plans = planner.plan(fleet::PollTarget::all(), engine::PollItem::Registers);
        QVERIFY(plans.ok());
        int asked = 0;
        for (const engine::MeterJob &job : plans->first().meters) {
            QCOMPARE(job.readAccount, job.meter.id != head);
            asked += job.readAccount ? 1 : 0;
        }
        QCOMPARE(asked, 4);
    }

    void operatorWorkOvertakesDailyReadout()
    {
        setUpNetwork(8);
        const qint64 meters = scalar(QStringLiteral("SELECT COUNT(*) FROM meters"));
        const qint64 lastMeter = scalar(QStringLiteral("SELECT id FROM meters ORDER BY"
                                                       " physical_address DESC LIMIT 1"));
        QStringList finishedOrder;
        bool submitted = false;
        connect(&m_service->engine(), &engine::PollEngine::meterProgress, this,
                [&](const engine::MeterProgress &p) {
                    if (p.state != engine::MeterPollState::Done)
                        return;
                    finishedOrder << QString::number(p.meter.id);
                    if (!submitted) {
                        submitted = true;
                        const auto r = m_service->poll(fleet::PollTarget::meter(lastMeter),
                                                       engine::PollItem::Registers,
                                                       engine::Priority::Operator);
                        QVERIFY(r.ok());
                    }
                });
        pollAndWait(fleet::PollTarget::all(), engine::PollItem::DailyReadout);
        QCOMPARE(qint64(finishedOrder.size()), meters);
        // Queued behind everything, yet done right after the visit that was running.
        QVERIFY2(finishedOrder.indexOf(QString::number(lastMeter)) <= 2,
                 qPrintable(finishedOrder.join(u' ')));
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM register_snapshots WHERE"
                                      " meter_id = ? AND kind = 0"),
                       {lastMeter})
                > 0);
    }
};

QTEST_GUILESS_MAIN(TstPollEngine)
#include "tst_poll_engine.moc"
