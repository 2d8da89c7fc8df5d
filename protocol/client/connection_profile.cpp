#include "protocol/client/connection_profile.h"

#include "protocol/client/optical_dlms_channel.h"
#include "protocol/client/wrapper_channel.h"

namespace ims::client {

namespace {

HdlcChannelSettings hdlcSettings(const ConnectionProfile &profile)
{
    HdlcChannelSettings s;
    s.clientSap = profile.clientSap;
    s.logicalDevice = profile.logicalDevice;
    s.physicalDevice = profile.physicalDevice;
    s.responseTimeoutMs = profile.frameTimeoutMs;
    return s;
}

} // namespace

std::unique_ptr<ApduChannel> makeChannel(link::LinkFactory &factory,
                                         const ConnectionProfile &profile, QObject *parent)
{
    const auto *optical = profile.link.get<link::OpticalSettings>();
    if (optical && profile.framing == Framing::Hdlc) {
        OpticalChannelSettings o;
        o.signOn.device = optical->device;
        o.signOn.maxBaud = optical->maxBaud;
        o.signOn.address = profile.opticalAddress;
        o.hdlc = hdlcSettings(profile);
        o.hdlc.responseTimeoutMs
            = std::min(o.hdlc.responseTimeoutMs, kOpticalHdlcResponseTimeoutMs);
        return std::make_unique<OpticalDlmsChannel>(factory, o, parent);
    }
    std::unique_ptr<link::Link> link = factory.create(profile.link);
    if (profile.framing == Framing::Wrapper) {
        WrapperChannelSettings s;
        s.clientPort = profile.clientSap;
        s.serverPort = profile.logicalDevice;
        return std::make_unique<WrapperChannel>(std::move(link), s, parent);
    }
    return std::make_unique<HdlcChannel>(std::move(link), hdlcSettings(profile), parent);
}

} // namespace ims::client
