// The project's DlmsClient against a simulated router over real TCP, with
// HDLC and with the wrapper: the router's own objects, meters reached
// through it by physical address, each security level, and the faults a
// field installation shows (lost and damaged frames, a dropped connection,
// a meter losing power in the middle of a transfer).
#include "protocol/cosem/spodes_objects.h"
#include "protocol/sim/meter/meter_profiles.h"
#include "support/sim_client_helpers.h"
#include "support/sim_network_fixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace ims;
using namespace ims::sim;
namespace spodes = ims::cosem::spodes;

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

dlms::SelectiveAccess lastRows(qint64 nowMs, int rows)
{
    const qint64 lastEnd = (nowMs / kIntervalMs) * kIntervalMs;
    const qint64 firstEnd = lastEnd - qint64(rows - 1) * kIntervalMs;
    auto octets = [](qint64 ms) {
        return axdr::Value::octetString(
            axdr::CosemDateTime::fromQDateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), 10800)
                .toOctets());
    };
    return dlms::accessByRange({8, spodes::Clock, 2, 0}, octets(firstEnd), octets(lastEnd));
}

} // namespace

class TstSimRouterTcp : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimNetwork> m_network;

    quint16 port() { return m_network->tcpServer(1)->port(); }
    void startNetwork(NetworkConfig config)
    {
        m_network = std::make_unique<SimNetwork>(config);
        const Status started = m_network->start();
        QVERIFY2(started.ok(), qPrintable(message(started)));
    }

private slots:
    void cleanup() { m_network.reset(); }

    void routerListsMetersAndRoutes()
    {
        startNetwork(simtest::testNetwork(Framing::Hdlc, 30));
        simtest::ClientEnd end = simtest::hdlcOverTcp(port(), simtest::readerClient(), 32);
        QVERIFY2(simtest::associate(*end.client).ok(), "associate");
        Result<axdr::Value> type = simtest::get(*end.client, 1, spodes::MeterType, 2);
        QVERIFY(type.ok());
        QCOMPARE(type->bytes(), QByteArray("RTR512"));
        Result<axdr::Value> meters = simtest::get(*end.client, 1, routerobj::MeterList, 2);
        QVERIFY2(meters.ok(), qPrintable(message(meters)));
        Result<axdr::Value> discovered = simtest::get(*end.client, 1, routerobj::DiscoveredList, 2);
        QVERIFY(discovered.ok());
        // Every meter is either commissioned or discovered; the head meter is commissioned.
        QCOMPARE(meters->items().size() + discovered->items().size(), 30 + 1);
        const axdr::Value &first = meters->items().first();
        QCOMPARE(first.items().size(), 4);
        Result<axdr::Value> routes = simtest::get(*end.client, 1, routerobj::RouteTable, 2);
        QVERIFY(routes.ok());
        QCOMPARE(routes->items().size(), 31);
        const axdr::Value &route = routes->items().first();
        QCOMPARE(*route.items()[0].toUInt64(), quint64(kFirstMeterPhysical));
        QCOMPARE(route.items()[2].items().size(),
                 route.items()[1].items().size() + 1); // quality per hop
        QVERIFY(simtest::release(*end.client).ok());
    }

    void meterThroughRouterWithLoadProfile()
    {
        startNetwork(simtest::testNetwork(Framing::Hdlc, 30));
        const quint16 physical = kFirstMeterPhysical + 12;
        simtest::ClientEnd end
            = simtest::hdlcOverTcp(port(), simtest::readerClient(), 32, physical);
        QVERIFY(simtest::associate(*end.client).ok());
        Result<axdr::Value> serial = simtest::get(*end.client, 1, spodes::SerialNumber, 2);
        QVERIFY(serial.ok());
        QCOMPARE(serial->bytes(), m_network->router(1).meter(physical)->spec().serial);
        const qint64 before = m_network->clock().nowMs();
        Result<axdr::Value> rows = simtest::get(*end.client, 7, spodes::LoadProfile, 2,
                                                lastRows(m_network->clock().nowMs(), 10'000));
        QVERIFY2(rows.ok(), qPrintable(message(rows)));
        QCOMPARE(rows->items().size(), 10'000);
        // 10,000 rows are hundreds of kilobytes: minutes of PLC at 4000 baud, in simulated time.
        QVERIFY(m_network->clock().nowMs() - before > 10 * 60'000);
        QVERIFY(simtest::release(*end.client).ok());
    }

    void configuratorHlsThroughRouterSwitchesRelay()
    {
        startNetwork(simtest::testNetwork(Framing::Hdlc, 30));
        const quint16 physical = kFirstMeterPhysical + 2;
        simtest::ClientEnd end
            = simtest::hdlcOverTcp(port(), simtest::configuratorHls(), 48, physical);
        const Status associated = simtest::associate(*end.client);
        QVERIFY2(associated.ok(), qPrintable(message(associated)));
        QVERIFY(simtest::action(*end.client, 70, spodes::DisconnectControl, 1).ok());
        Result<axdr::Value> state = simtest::get(*end.client, 70, spodes::DisconnectControl, 2);
        QVERIFY(state.ok());
        QCOMPARE(state->toBool(), false);
        Result<axdr::Value> control = simtest::get(*end.client, 70, spodes::DisconnectControl, 3);
        QVERIFY(control.ok());
        QCOMPARE(*control->toUInt64(), quint64(cosem::ControlState::Disconnected));
        QVERIFY(simtest::action(*end.client, 70, spodes::DisconnectControl, 2).ok());
        QCOMPARE(simtest::get(*end.client, 70, spodes::DisconnectControl, 2)->toBool(), true);
    }

    void wrapperReachesRouterAndMeters()
    {
        startNetwork(simtest::testNetwork(Framing::Wrapper, 30));
        simtest::ClientEnd router
            = simtest::wrapperOverTcp(port(), simtest::configuratorHls(), 48, 1);
        const Status associated = simtest::associate(*router.client);
        QVERIFY2(associated.ok(), qPrintable(message(associated)));
        Result<axdr::Value> clock = simtest::get(*router.client, 8, spodes::Clock, 2);
        QVERIFY(clock.ok());
        QVERIFY(clock->asDateTime());
        QVERIFY(simtest::release(*router.client).ok());

        const quint16 physical = kFirstMeterPhysical + 5;
        simtest::ClientEnd meter
            = simtest::wrapperOverTcp(port(), simtest::readerClient(), 32, physical);
        QVERIFY(simtest::associate(*meter.client).ok());
        Result<axdr::Value> aPlus = simtest::get(
            *meter.client, 3, *spodes::energyRegister(spodes::EnergyChannel::ActiveImport), 2);
        QVERIFY2(aPlus.ok(), qPrintable(message(aPlus)));
        QVERIFY(*aPlus->toUInt64() > 0);
        Result<axdr::Value> wrong
            = simtest::get(*meter.client, 3, cosem::Obis(1, 0, 99, 99, 0, 255), 2);
        QCOMPARE(wrong.error().code, int(dlms::DataAccessResult::ObjectUndefined));
    }

    void wrongPasswordOverTcp()
    {
        startNetwork(simtest::testNetwork(Framing::Hdlc, 5));
        simtest::ClientEnd end
            = simtest::hdlcOverTcp(port(), simtest::readerClient("nope"), 32, kFirstMeterPhysical);
        const Status s = simtest::associate(*end.client);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::AssociationRejected);
        QCOMPARE(s.error().code, int(dlms::ServiceUserDiagnostic::AuthenticationFailure));
    }

    void droppedAndDamagedFramesAreRetransmitted()
    {
        startNetwork(simtest::testNetwork(Framing::Hdlc, 5));
        simtest::ClientEnd end = simtest::hdlcOverTcp(port(), simtest::readerClient(), 32);
        QVERIFY(simtest::associate(*end.client).ok());
        QCOMPARE(m_network->tcpServer(1)->sessionCount(), 1);
        ServerSession *session = m_network->tcpServer(1)->sessions().first();
        session->dropNextFrames(1);
        Result<axdr::Value> afterDrop = simtest::get(*end.client, 1, spodes::SerialNumber, 2);
        QVERIFY2(afterDrop.ok(), qPrintable(message(afterDrop)));
        QCOMPARE(session->framesDropped(), 1);
        session->corruptNextFrames(1);
        Result<axdr::Value> afterDamage = simtest::get(*end.client, 1, spodes::SerialNumber, 2);
        QVERIFY2(afterDamage.ok(), qPrintable(message(afterDamage)));
        QCOMPARE(afterDamage->bytes(), m_network->router(1).serial());
        QCOMPARE(session->framesCorrupted(), 1);
    }

    void closedConnectionFailsWithLinkClosed()
    {
        startNetwork(simtest::testNetwork(Framing::Hdlc, 5));
        simtest::ClientEnd end
            = simtest::hdlcOverTcp(port(), simtest::readerClient(), 32, kFirstMeterPhysical);
        QVERIFY(simtest::associate(*end.client).ok());
        std::optional<Result<axdr::Value>> outcome;
        // The router hangs up as soon as the first block of a long read arrives.
        connect(end.client.get(), &client::DlmsClient::blockProgress, this,
                [this] { m_network->tcpServer(1)->closeAllConnections(); });
        end.client->get(
            {7, spodes::LoadProfile, 2},
            [&](Result<axdr::Value> r) { outcome.emplace(std::move(r)); },
            lastRows(m_network->clock().nowMs(), 5000));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60'000);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ErrorKind::LinkClosed);
    }

    void meterLosesPowerMidTransfer()
    {
        startNetwork(simtest::testNetwork(Framing::Hdlc, 5));
        const quint16 physical = kFirstMeterPhysical + 1;
        simtest::ClientEnd end
            = simtest::hdlcOverTcp(port(), simtest::readerClient(), 32, physical);
        QVERIFY(simtest::associate(*end.client).ok());
        std::optional<Result<axdr::Value>> outcome;
        connect(end.client.get(), &client::DlmsClient::blockProgress, this,
                [this, physical] { m_network->router(1).setMeterPowered(physical, false); });
        end.client->get(
            {7, spodes::LoadProfile, 2},
            [&](Result<axdr::Value> r) { outcome.emplace(std::move(r)); },
            lastRows(m_network->clock().nowMs(), 5000));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60'000);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ErrorKind::Timeout);
    }

    void scaledClockDelaysFramesInRealTime()
    {
        NetworkConfig config = simtest::testNetwork(Framing::Hdlc, 60);
        config.timeScale = 20.0; // PLC delays are waited for, twenty times faster than real
        startNetwork(config);
        const quint16 physical = kFirstMeterPhysical + 50; // two hops away
        simtest::ClientEnd end
            = simtest::hdlcOverTcp(port(), simtest::readerClient(), 32, physical);
        QVERIFY(simtest::associate(*end.client).ok());
        const qint64 busyBefore = m_network->router(1).plc().busyUntilMs();
        Result<axdr::Value> serial = simtest::get(*end.client, 1, spodes::SerialNumber, 2);
        QVERIFY2(serial.ok(), qPrintable(message(serial)));
        // Request and answer each crossed both hops: at least 4 x 40 ms of latency on the line.
        QVERIFY(m_network->router(1).plc().busyUntilMs() - busyBefore >= 160);
        QVERIFY(m_network->clock().nowMs() >= m_network->router(1).plc().busyUntilMs());
    }

    void lossyPlcStillDeliversThroughRetransmission()
    {
        NetworkConfig config = simtest::testNetwork(Framing::Hdlc, 60);
        config.loss = 0.05;
        startNetwork(config);
        // A meter a few repeaters away: each hop may lose the frame.
        const quint16 physical = kFirstMeterPhysical + 55;
        QVERIFY(m_network->router(1).topology().route(55).hops() >= 2);
        simtest::ClientEnd end
            = simtest::hdlcOverTcp(port(), simtest::readerClient(), 32, physical);
        QVERIFY(simtest::associate(*end.client).ok());
        for (int i = 0; i < 5; ++i) {
            Result<axdr::Value> v = simtest::get(*end.client, 1, spodes::SerialNumber, 2);
            QVERIFY2(v.ok(), qPrintable(message(v)));
        }
        QVERIFY(m_network->router(1).plc().transfers() > 10);
    }
};

QTEST_GUILESS_MAIN(TstSimRouterTcp)
#include "tst_sim_router_tcp.moc"
