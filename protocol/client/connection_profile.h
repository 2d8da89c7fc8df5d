#pragma once
// Everything needed to reach one logical device: the link, the framing, the
// addressing and the association. Routers in the database, the CLI and the
// engine all describe a device this way.
#include "protocol/client/apdu_channel.h"
#include "protocol/client/association_settings.h"
#include "protocol/client/hdlc_channel.h"
#include "protocol/link/link_factory.h"
#include "protocol/link/link_settings.h"

#include <memory>

namespace ims::client {

enum class Framing { Hdlc, Wrapper };

struct ConnectionProfile
{
    link::LinkSettings link;
    Framing framing = Framing::Hdlc;
    quint8 clientSap = 16;
    quint16 logicalDevice = 1;
    std::optional<quint16> physicalDevice; // a meter behind a router
    int frameTimeoutMs = 3000;             // HDLC response timeout per frame
    // An optical link (IEC 62056-21 mode E): the sign-on address ("/?ADDRESS!",
    // usually the serial number); empty: "/?!".
    QByteArray opticalAddress;
    AssociationSettings association;
};

// The channel for a profile, on a link made by `factory`. An optical link
// with HDLC framing gives an OpticalDlmsChannel: the mode E sign-on first,
// then HDLC on the same port, with a frame timeout of at most
// kOpticalHdlcResponseTimeoutMs (the meter is right there).
std::unique_ptr<ApduChannel> makeChannel(link::LinkFactory &factory,
                                         const ConnectionProfile &profile,
                                         QObject *parent = nullptr);

} // namespace ims::client
