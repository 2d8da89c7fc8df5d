// A meter four PLC hops behind its router, read by the real engine through
// the simulator's PLC model (4,000 baud, 40 ms per hop, store and forward)
// with the clock at 10x: a full 128-byte answer needs about 160 ms of real
// time, longer than the router's 120 ms frame timeout.
//
// Route unknown: the timer is the router's and answers come late. The visit
// must still complete with every interval, without a retransmission storm:
// each timeout costs at most a poll and one repeated answer.
// Route known (meter_routes): the timer allows for four hops and no
// answer is late at all.
#include "models/fleet/fleet_store.h"
#include "models/fleet/poll_service.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "models/storage/sql_util.h"
#include "models/storage/storage_writer.h"
#include "protocol/sim/meter/sim_meter.h"
#include "protocol/sim/network/sim_network.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

namespace {

constexpr int kMeterIndex = 600; // the first meter of ring 3: four hops
constexpr int kRouterFrameTimeoutMs = 120;

} // namespace

class TstDeepMeterReadout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

private slots:
    void dailyReadoutCompletesWithoutStorm_data()
    {
        QTest::addColumn<bool>("routeKnown");
        QTest::newRow("route unknown: answers later than the timer") << false;
        QTest::newRow("route known: the timer allows for the hops") << true;
    }

    void dailyReadoutCompletesWithoutStorm()
    {
        QFETCH(bool, routeKnown);
        QVERIFY(m_dir.isValid());
        sim::NetworkConfig c;
        c.routers = 1;
        c.metersPerRouter = kMeterIndex + 1;
        c.headMeters = false;
        c.tcpPort = 0;
        c.baud = 4000;
        c.hopLatencyMs = 40;
        c.seed = 7;
        c.start = QDateTime(QDate(2026, 3, 16), QTime(12, 1), Qt::UTC);
        c.timeScale = 10.0;
        c.historyDays = 3;
        sim::SimNetwork network(c);
        QVERIFY(network.start().ok());
        const quint16 physical = quint16(sim::kFirstMeterPhysical + kMeterIndex);
        const sim::PlcRoute route = network.router(1).topology().route(kMeterIndex);
        QCOMPARE(route.hops(), 4);

        storage::Database database(
            storage::DatabaseConfig{m_dir.filePath(QStringLiteral("deep%1.sqlite").arg(++m_run))});
        QVERIFY(database.openAndMigrate().ok());
        QSqlDatabase db = *database.connection();
        QVERIFY(storage::Sql::putSetting(db, QStringLiteral("profile_backfill_days"),
                                         QStringLiteral("1"))
                    .ok());
        storage::DomainStore domain(db);
        const qint64 siteId = *domain.add(domain::Site{0, QStringLiteral("SNT Far"), {}, {}, {}});
        domain::Router r;
        r.siteId = siteId;
        r.name = QStringLiteral("R1");
        r.host = QStringLiteral("127.0.0.1");
        r.port = network.tcpServer(1)->port();
        r.clientAddress = 48;
        fleet::RouterAccess access;
        access.authentication = client::Authentication::Low;
        access.password = network.credentials().configuratorPassword;
        access.frameTimeoutMs = kRouterFrameTimeoutMs; // real milliseconds
        access.responseTimeoutMs = 20000;
        const Result<qint64> routerId = fleet::FleetStore(db).addRouter(r, access);
        QVERIFY2(routerId.ok(), qPrintable(routerId.error().message));
        domain::Meter m;
        m.serial = QString::fromLatin1(network.router(1).meter(physical)->spec().serial);
        m.siteId = siteId;
        m.routerId = *routerId;
        m.physicalAddress = physical;
        const Result<qint64> meterId = domain.add(m);
        QVERIFY(meterId.ok());
        if (routeKnown) {
            QStringList repeaters;
            for (quint16 p : route.repeaters)
                repeaters << QString::number(p);
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO meter_routes(meter_id, repeaters)"
                                             " VALUES (?, ?)")));
            q.addBindValue(*meterId);
            q.addBindValue(repeaters.join(u' '));
            QVERIFY(q.exec());
        }

        storage::StorageWriter writer(database);
        writer.start();
        engine::PollSettings overrides;
        sim::VirtualClock *clock = &network.clock();
        overrides.nowMs = [clock] {
            return clock->nowMs();
        };
        overrides.retryDelayMs = 10;
        overrides.billingBackfillSeconds = 3 * 86400;
        overrides.eventBackfillSeconds = 3 * 86400;
        link::LinkFactory factory;
        fleet::PollService service(database, writer, factory, overrides);
        QSignalSpy finished(&service.engine(), &engine::PollEngine::finished);
        const Result<int> queued
            = service.poll(fleet::PollTarget::all(), engine::PollItem::DailyReadout);
        QVERIFY2(queued.ok(), qPrintable(queued.error().message));
        QCOMPARE(*queued, 1);
        QVERIFY(finished.wait(240'000));
        QVERIFY(writer.flush().ok());
        const auto summary = finished.first().first().value<engine::PollSummary>();

        QCOMPARE(summary.metersFailed, 0);
        QCOMPARE(summary.metersOk + summary.metersPartial, 1);
        QCOMPARE(summary.retries, 0); // the visit never had to start again

        // Every interval of the day, none missing.
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("SELECT COUNT(*), MIN(interval_end), MAX(interval_end)"
                                         " FROM interval_values WHERE meter_id = ?"
                                         " AND channel = 1")));
        q.addBindValue(*meterId);
        QVERIFY(q.exec() && q.next());
        const qint64 count = q.value(0).toLongLong();
        QVERIFY2(count >= 47, qPrintable(QString::number(count)));
        QCOMPARE(count, (q.value(2).toLongLong() - q.value(1).toLongLong()) / 1800 + 1);
        q.finish();
        QVERIFY(*storage::Sql::scalar(db,
                                      QStringLiteral("SELECT COUNT(*) FROM clock_checks WHERE"
                                                     " meter_id = ?"),
                                      {*meterId})
                == 1);

        const hdlc::HdlcLinkStats &link = summary.link;
        qInfo() << "timeouts" << link.responseTimeouts << "repeats" << link.repeatsDiscarded
                << "stale finals" << link.staleFinalsIgnored << "retransmitted"
                << link.retransmittedFrames;
        if (routeKnown) {
            QCOMPARE(link.responseTimeouts, 0);
        } else {
            QVERIFY(link.responseTimeouts > 0); // the scenario really had late answers
            // Nothing was lost, so nothing needed sending twice; each timeout drew at
            // most one repeat; and the timer learnt the line instead of timing out
            // on every exchange (a visit is about 70 frames).
            QVERIFY(link.repeatsDiscarded + link.staleFinalsIgnored <= link.responseTimeouts);
            QVERIFY2(link.responseTimeouts <= 12,
                     qPrintable(QString::number(link.responseTimeouts)));
        }
        QCOMPARE(link.retransmittedFrames, 0);
        writer.stop();
    }
};

QTEST_GUILESS_MAIN(TstDeepMeterReadout)
#include "tst_deep_meter_readout.moc"
