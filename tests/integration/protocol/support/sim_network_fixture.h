#pragma once
// A small simulated network for the integration tests: routers on TCP
// ports chosen by the system, a discrete virtual clock (nothing waits in
// real time for the PLC), and clients built on the project's own links.
#include "protocol/client/dlms_client.h"
#include "protocol/client/hdlc_channel.h"
#include "protocol/client/wrapper_channel.h"
#include "protocol/sim/network/sim_network.h"

#include <memory>

namespace ims::simtest {

sim::NetworkConfig testNetwork(sim::Framing framing = sim::Framing::Hdlc, int meters = 30);

// A client end: the channel and the DLMS client on top of it.
struct ClientEnd
{
    std::unique_ptr<client::ApduChannel> channel;
    std::unique_ptr<client::DlmsClient> client;
};

ClientEnd hdlcOverTcp(quint16 port, const client::AssociationSettings &settings, quint8 clientSap,
                      std::optional<quint16> physical = std::nullopt);
ClientEnd wrapperOverTcp(quint16 port, const client::AssociationSettings &settings,
                         quint16 clientPort, quint16 serverPort);
ClientEnd hdlcOverSerial(const QString &device, const client::AssociationSettings &settings,
                         quint8 clientSap, std::optional<quint16> physical = std::nullopt);

} // namespace ims::simtest
