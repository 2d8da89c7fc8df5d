#include "protocol/client/connection_profile.h"

#include "protocol/client/wrapper_channel.h"

namespace ims::client {

std::unique_ptr<ApduChannel> makeChannel(link::LinkFactory &factory,
                                         const ConnectionProfile &profile, QObject *parent)
{
    std::unique_ptr<link::Link> link = factory.create(profile.link);
    if (profile.framing == Framing::Wrapper) {
        WrapperChannelSettings s;
        s.clientPort = profile.clientSap;
        s.serverPort = profile.logicalDevice;
        return std::make_unique<WrapperChannel>(std::move(link), s, parent);
    }
    HdlcChannelSettings s;
    s.clientSap = profile.clientSap;
    s.logicalDevice = profile.logicalDevice;
    s.physicalDevice = profile.physicalDevice;
    s.responseTimeoutMs = profile.frameTimeoutMs;
    return std::make_unique<HdlcChannel>(std::move(link), s, parent);
}

} // namespace ims::client
