#include "sim_network_fixture.h"

#include "protocol/link/serial_link.h"
#include "protocol/link/tcp_link.h"
#include "sim_client_helpers.h"

namespace ims::simtest {

sim::NetworkConfig testNetwork(sim::Framing framing, int meters)
{
    sim::NetworkConfig c;
    c.routers = 1;
    c.metersPerRouter = meters;
    c.tcpPort = 0;
    c.framing = framing;
    c.baud = 4000;
    c.seed = 7;
    c.start = QDateTime(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
    c.timeScale = 0.0; // discrete: PLC transfers move the clock, not the test
    return c;
}

ClientEnd hdlcOverTcp(quint16 port, const client::AssociationSettings &settings, quint8 clientSap,
                      std::optional<quint16> physical)
{
    ClientEnd end;
    auto link
        = std::make_unique<link::TcpLink>(link::TcpSettings{QStringLiteral("127.0.0.1"), port});
    end.channel
        = std::make_unique<client::HdlcChannel>(std::move(link), hdlcSettings(clientSap, physical));
    end.client = std::make_unique<client::DlmsClient>(*end.channel, settings);
    return end;
}

ClientEnd wrapperOverTcp(quint16 port, const client::AssociationSettings &settings,
                         quint16 clientPort, quint16 serverPort)
{
    ClientEnd end;
    auto link
        = std::make_unique<link::TcpLink>(link::TcpSettings{QStringLiteral("127.0.0.1"), port});
    end.channel = std::make_unique<client::WrapperChannel>(
        std::move(link), client::WrapperChannelSettings{clientPort, serverPort});
    client::AssociationSettings s = settings;
    s.responseTimeoutMs = 5000;
    end.client = std::make_unique<client::DlmsClient>(*end.channel, s);
    return end;
}

ClientEnd hdlcOverSerial(const QString &device, const client::AssociationSettings &settings,
                         quint8 clientSap, std::optional<quint16> physical)
{
    ClientEnd end;
    link::SerialSettings serial;
    serial.device = device;
    serial.baud = 9600;
    auto link = std::make_unique<link::SerialLink>(serial);
    end.channel
        = std::make_unique<client::HdlcChannel>(std::move(link), hdlcSettings(clientSap, physical));
    end.client = std::make_unique<client::DlmsClient>(*end.channel, settings);
    return end;
}

} // namespace ims::simtest
