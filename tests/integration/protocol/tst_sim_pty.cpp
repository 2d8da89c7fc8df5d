// The simulator's routers on a serial line: a pty the client opens with
// QSerialPort (through the project's SerialLink), HDLC to the router and
// through it to a meter, and a fault on the line recovered by HDLC.
#include "protocol/cosem/spodes_objects.h"
#include "protocol/sim/meter/meter_spec.h"
#include "support/sim_client_helpers.h"
#include "support/sim_network_fixture.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;
using namespace ims::sim;
namespace spodes = ims::cosem::spodes;

class TstSimPty : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimNetwork> m_network;
    QTemporaryDir m_dir;

    QString ptyPath() const
    {
        for (const RouterEndpoint &e : m_network->endpoints()) {
            if (e.kind == QLatin1String("pty"))
                return e.link;
        }
        return {};
    }

private slots:
    void init()
    {
        NetworkConfig config = simtest::testNetwork(Framing::Hdlc, 10);
        config.tcpPort = -1;
        config.ptyDir = m_dir.path();
        m_network = std::make_unique<SimNetwork>(config);
        const Status started = m_network->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        QVERIFY(QFileInfo(ptyPath()).isSymLink());
    }

    void cleanup() { m_network.reset(); }

    void publicClientReadsRouterClock()
    {
        simtest::ClientEnd end = simtest::hdlcOverSerial(ptyPath(), simtest::publicClient(), 16);
        const Status associated = simtest::associate(*end.client);
        QVERIFY2(associated.ok(),
                 qPrintable(associated.ok() ? QString() : associated.error().message));
        Result<axdr::Value> clock = simtest::get(*end.client, 8, spodes::Clock, 2);
        QVERIFY(clock.ok());
        const qint64 routerTime = clock->asDateTime()->toQDateTime().toMSecsSinceEpoch();
        QVERIFY(qAbs(routerTime - m_network->clock().nowMs()) <= 5000); // RTR512: within 5 s
        QVERIFY(simtest::release(*end.client).ok());
    }

    void meterBehindRouterOnSerialLine()
    {
        const quint16 physical = kFirstMeterPhysical + 4;
        simtest::ClientEnd end
            = simtest::hdlcOverSerial(ptyPath(), simtest::configuratorLow(), 48, physical);
        QVERIFY(simtest::associate(*end.client).ok());
        Result<axdr::Value> serial = simtest::get(*end.client, 1, spodes::SerialNumber, 2);
        QVERIFY(serial.ok());
        QCOMPARE(serial->bytes(), m_network->router(1).meter(physical)->spec().serial);
        QVERIFY(simtest::action(*end.client, 70, spodes::DisconnectControl, 1).ok());
        QCOMPARE(simtest::get(*end.client, 70, spodes::DisconnectControl, 2)->toBool(), false);
        QVERIFY(simtest::release(*end.client).ok());
        // The port can be opened again: the pty outlives the client.
        simtest::ClientEnd again = simtest::hdlcOverSerial(ptyPath(), simtest::publicClient(), 16);
        QVERIFY(simtest::associate(*again.client).ok());
    }
};

QTEST_GUILESS_MAIN(TstSimPty)
#include "tst_sim_pty.moc"
