// The optical port of a meter of a simulated network (issue 4), on a real
// pty: SimNetwork::openOpticalPort finds the meter by the serial number its
// router reports, and the port (IEC 62056-21 mode C readout, mode E into
// HDLC) shows the very state the router reaches: the same identity and
// energy registers, a relay opened over the router reads back open through
// the probe, and a limiter written through the probe reads back over the
// router. The PLC takes no simulated time here (baud 0, no hop latency), so
// both ways look at the same instant and the values must be equal.
#include "protocol/client/connection_profile.h"
#include "protocol/client/dlms_client.h"
#include "protocol/client/optical_dlms_channel.h"
#include "protocol/cosem/scaler_unit.h"
#include "protocol/cosem/spodes_objects.h"
#include "protocol/iec62056_21/optical_reader.h"
#include "protocol/link/link_factory.h"
#include "support/sim_client_helpers.h"
#include "support/sim_network_fixture.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ims;
using namespace ims::iec21;
using namespace ims::sim;
namespace spodes = ims::cosem::spodes;

namespace {

constexpr quint16 kPhysical = kFirstMeterPhysical + 4; // index 4: a household NP515/NP523

QString message(const Status &s)
{
    return s.ok() ? QString() : s.error().message;
}
template<typename T>
QString message(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().message;
}

const cosem::Obis kSerial(0, 0, 96, 1, 0, 255);
cosem::Obis aPlus(int tariff)
{
    return cosem::Obis(1, 0, 1, 8, quint8(tariff), 255);
}

// A readout through the port (mode C), or the error it ended with.
Result<OpticalReading> readout(const QString &device)
{
    OpticalReader reader;
    OpticalReadOptions o;
    o.device = device;
    o.mode = ReadoutMode::DataReadout;
    o.responseTimeoutMs = 2000;
    o.interCharacterTimeoutMs = 1000;
    o.retries = 0;
    std::optional<Result<OpticalReading>> out;
    QEventLoop loop;
    QObject::connect(&reader, &OpticalReader::finished, &loop, [&](const OpticalReading &r) {
        out = r;
        loop.quit();
    });
    QObject::connect(&reader, &OpticalReader::failed, &loop, [&](const Error &e) {
        out = e;
        loop.quit();
    });
    if (!reader.start(o))
        return Error(ErrorKind::InvalidArgument, QStringLiteral("the reader did not start"));
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!out)
        return Error(ErrorKind::Timeout, QStringLiteral("the test gave up waiting"));
    return *out;
}

QString valueOf(const OpticalReading &r, const QString &code)
{
    for (const DataSetValue &v : r.result.values) {
        if (v.code == code)
            return v.value;
    }
    return {};
}

// A DLMS client through the probe (mode E sign-on with the meter's serial,
// then HDLC on the same port).
struct OpticalDlms
{
    std::unique_ptr<client::ApduChannel> channel;
    std::unique_ptr<client::DlmsClient> client;
    link::LinkFactory factory;

    OpticalDlms(const QString &device, const QByteArray &serial, quint8 clientSap,
                const client::AssociationSettings &association)
    {
        client::ConnectionProfile profile;
        profile.link = link::OpticalSettings{device, 300, 9600};
        profile.opticalAddress = serial;
        profile.clientSap = clientSap;
        profile.association = association;
        profile.association.responseTimeoutMs = 10000;
        channel = client::makeChannel(factory, profile);
        client = std::make_unique<client::DlmsClient>(*channel, profile.association);
    }
};

} // namespace

class TstSimNetworkOptical : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimNetwork> m_network;
    QTemporaryDir m_dir;

    quint16 port() { return m_network->tcpServer(1)->port(); }

    // What the router reaches over TCP: serial and A+ total/T1/T2 of the meter.
    struct RouterView
    {
        QByteArray serial;
        std::array<qint64, 3> aPlus{};
    };
    std::optional<RouterView> readThroughRouter(quint16 physical)
    {
        simtest::ClientEnd end
            = simtest::hdlcOverTcp(port(), simtest::readerClient(), 32, physical);
        if (!simtest::associate(*end.client))
            return std::nullopt;
        RouterView v;
        Result<axdr::Value> serial = simtest::get(*end.client, 1, kSerial, 2);
        if (!serial)
            return std::nullopt;
        v.serial = serial->bytes();
        for (int t = 0; t <= 2; ++t) {
            Result<axdr::Value> e = simtest::get(*end.client, 3, aPlus(t), 2);
            if (!e || !e->toInt64())
                return std::nullopt;
            v.aPlus[size_t(t)] = *e->toInt64();
        }
        (void)simtest::release(*end.client);
        return v;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        NetworkConfig c = simtest::testNetwork(Framing::Hdlc, 12);
        c.baud = 0; // the PLC takes no simulated time: both ways see the same instant
        c.hopLatencyMs = 0;
        c.ptyDir = m_dir.path(); // the routers' ptys too; the optical ports are linked here
        m_network = std::make_unique<SimNetwork>(c);
        const Status started = m_network->start();
        QVERIFY2(started.ok(), qPrintable(message(started)));
    }

    void cleanup() { m_network.reset(); }

    void theMeterIsFoundByTheSerialItsRouterReports()
    {
        const std::optional<RouterView> seen = readThroughRouter(kPhysical);
        QVERIFY(seen);
        QCOMPARE(seen->serial.size(), 10);
        QVERIFY(m_network->findMeter(seen->serial) == MeterLocation({1, kPhysical}));
        // The head meter, and serials the network does not have.
        const QByteArray head = m_network->router(1).meter(kHeadMeterPhysical)->spec().serial;
        QVERIFY(m_network->findMeter(head) == MeterLocation({1, kHeadMeterPhysical}));
        QVERIFY(!m_network->findMeter("5100100012")); // index 12 of 12 meters: beyond the last
        QVERIFY(!m_network->findMeter("5100200004")); // router 2 of 1
        QVERIFY(!m_network->findMeter("5400100004")); // index 4 is a household (51), not 54
        QVERIFY(!m_network->findMeter("51001000x4"));
        const Result<SimOpticalPort *> missing = m_network->openOpticalPort("5199999999");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QVERIFY(m_network->opticalEndpoints().isEmpty());
    }

    void readoutAndRouterShowTheSameIdentityAndEnergy()
    {
        const std::optional<RouterView> router = readThroughRouter(kPhysical);
        QVERIFY(router);
        Result<SimOpticalPort *> opened = m_network->openOpticalPort(router->serial);
        QVERIFY2(opened.ok(), qPrintable(message(opened)));
        SimOpticalPort *optical = *opened;
        QCOMPARE(m_network->openOpticalPort(MeterLocation{1, kPhysical}).value(), optical); // once
        QCOMPARE(m_network->opticalEndpoints().size(), 1);
        const OpticalEndpoint &e = m_network->opticalEndpoints().first();
        QCOMPARE(e.address, optical->slavePath());
        QCOMPARE(e.link,
                 m_dir.filePath(QStringLiteral("optical-") + QString::fromLatin1(router->serial)));
        QCOMPARE(QFileInfo(e.link).symLinkTarget(), optical->slavePath());
        QCOMPARE(e.describe(), QStringLiteral("meter %1 router 1 physical %2 optical %3 %4")
                                   .arg(QString::fromLatin1(router->serial))
                                   .arg(kPhysical)
                                   .arg(optical->slavePath(), e.link));

        const Result<OpticalReading> r = readout(optical->slavePath());
        QVERIFY2(r.ok(), qPrintable(message(r)));
        // Identification: the mode E marker and the meter's model.
        QCOMPARE(r->result.identification.manufacturer, QStringLiteral("MTX"));
        QVERIFY(r->result.identification.supportsModeE());
        const QString model = meterModelName(m_network->router(1).meter(kPhysical)->spec().model);
        QVERIFY2(r->result.identification.identification.contains(model),
                 qPrintable(r->result.identification.identification));
        QCOMPARE(valueOf(*r, QStringLiteral("C.1.0")), QString::fromLatin1(router->serial));
        for (int t = 0; t <= 2; ++t) {
            // Wh over DLMS, kWh with three decimals in the readout: the same count.
            QCOMPARE(valueOf(*r, QStringLiteral("1.8.%1").arg(t)),
                     (cosem::ScaledValue{router->aPlus[size_t(t)], -3}).toString());
        }
        QVERIFY(router->aPlus[0] > 1'000'000); // a meter with history: not a trivial zero
    }

    void dlmsThroughTheProbeShowsTheSameMeter()
    {
        const std::optional<RouterView> router = readThroughRouter(kPhysical);
        QVERIFY(router);
        Result<SimOpticalPort *> opened = m_network->openOpticalPort(router->serial);
        QVERIFY2(opened.ok(), qPrintable(message(opened)));
        OpticalDlms probe((*opened)->slavePath(), router->serial, 32, simtest::readerClient());
        QVERIFY(qobject_cast<client::OpticalDlmsChannel *>(probe.channel.get()));
        const Status associated = simtest::associate(*probe.client);
        QVERIFY2(associated.ok(), qPrintable(message(associated)));
        QVERIFY2(probe.channel->description().contains(QStringLiteral("mode E")),
                 qPrintable(probe.channel->description()));
        Result<axdr::Value> serial = simtest::get(*probe.client, 1, kSerial, 2);
        QVERIFY2(serial.ok(), qPrintable(message(serial)));
        QCOMPARE(serial->bytes(), router->serial);
        for (int t = 0; t <= 2; ++t) {
            Result<axdr::Value> e = simtest::get(*probe.client, 3, aPlus(t), 2);
            QVERIFY2(e.ok(), qPrintable(message(e)));
            QCOMPARE(e->toInt64().value_or(-1), router->aPlus[size_t(t)]);
        }
        QVERIFY(simtest::release(*probe.client).ok());
    }

    void relayOpenedOverTheRouterReadsOpenThroughTheProbe()
    {
        const std::optional<RouterView> router = readThroughRouter(kPhysical);
        QVERIFY(router);
        Result<SimOpticalPort *> opened = m_network->openOpticalPort(router->serial);
        QVERIFY2(opened.ok(), qPrintable(message(opened)));

        // Before: closed, seen through the probe.
        auto relayThroughProbe = [&]() -> std::pair<Result<axdr::Value>, Result<axdr::Value>> {
            OpticalDlms probe((*opened)->slavePath(), router->serial, 32, simtest::readerClient());
            if (const Status s = simtest::associate(*probe.client); !s)
                return {s.error(), s.error()};
            Result<axdr::Value> output
                = simtest::get(*probe.client, 70, spodes::DisconnectControl, 2);
            Result<axdr::Value> state
                = simtest::get(*probe.client, 70, spodes::DisconnectControl, 3);
            (void)simtest::release(*probe.client);
            return {output, state};
        };
        const auto [before, beforeState] = relayThroughProbe();
        QVERIFY2(before.ok(), qPrintable(message(before)));
        QCOMPARE(*before, axdr::Value::boolean(true));

        // remote_disconnect over the router (PLC).
        simtest::ClientEnd end
            = simtest::hdlcOverTcp(port(), simtest::configuratorLow(), 48, kPhysical);
        QVERIFY2(simtest::associate(*end.client).ok(), "associate over the router");
        Result<axdr::Value> done = simtest::action(*end.client, 70, spodes::DisconnectControl, 1);
        QVERIFY2(done.ok(), qPrintable(message(done)));
        QVERIFY(simtest::release(*end.client).ok());

        const auto [after, afterState] = relayThroughProbe();
        QVERIFY2(after.ok(), qPrintable(message(after)));
        QCOMPARE(*after, axdr::Value::boolean(false)); // open
        QVERIFY2(afterState.ok(), qPrintable(message(afterState)));
        QCOMPARE(afterState->toInt64().value_or(-1), qint64(cosem::ControlState::Disconnected));
    }

    void limiterWrittenThroughTheProbeReadsBackOverTheRouter()
    {
        const QByteArray serial = m_network->router(1).meter(kPhysical)->spec().serial;
        Result<SimOpticalPort *> opened = m_network->openOpticalPort(serial);
        QVERIFY2(opened.ok(), qPrintable(message(opened)));
        const cosem::Obis power = spodes::limiter(spodes::LimiterKind::Power);
        {
            OpticalDlms probe((*opened)->slavePath(), serial, 48, simtest::configuratorLow());
            const Status associated = simtest::associate(*probe.client);
            QVERIFY2(associated.ok(), qPrintable(message(associated)));
            const Status written
                = simtest::set(*probe.client, 71, power, 3, axdr::Value::doubleLongUnsigned(7500));
            QVERIFY2(written.ok(), qPrintable(message(written)));
            QVERIFY(simtest::release(*probe.client).ok());
        }
        simtest::ClientEnd end
            = simtest::hdlcOverTcp(port(), simtest::readerClient(), 32, kPhysical);
        QVERIFY2(simtest::associate(*end.client).ok(), "associate over the router");
        Result<axdr::Value> threshold = simtest::get(*end.client, 71, power, 3);
        QVERIFY2(threshold.ok(), qPrintable(message(threshold)));
        QCOMPARE(*threshold, axdr::Value::doubleLongUnsigned(7500));
        // Its neighbour behind the same router was not touched.
        QVERIFY(simtest::release(*end.client).ok());
        simtest::ClientEnd other
            = simtest::hdlcOverTcp(port(), simtest::readerClient(), 32, kPhysical + 1);
        QVERIFY2(simtest::associate(*other.client).ok(), "associate over the router");
        Result<axdr::Value> otherThreshold = simtest::get(*other.client, 71, power, 3);
        QVERIFY(otherThreshold.ok());
        QCOMPARE(*otherThreshold, axdr::Value::doubleLongUnsigned(0));
        QVERIFY(simtest::release(*other.client).ok());
    }

    void theLinksGoWhenTheNetworkStops()
    {
        const QByteArray serial = m_network->router(1).meter(kPhysical)->spec().serial;
        Result<SimOpticalPort *> opened = m_network->openOpticalPort(serial);
        QVERIFY2(opened.ok(), qPrintable(message(opened)));
        const QString link = m_network->opticalEndpoints().first().link;
        QVERIFY(QFileInfo(link).isSymLink());
        m_network->stop();
        QVERIFY(!QFileInfo(link).isSymLink());
    }
};

QTEST_GUILESS_MAIN(TstSimNetworkOptical)
#include "tst_sim_network_optical.moc"
