#include "protocol/sim/transport/device_directory.h"

namespace ims::sim {

DeviceDirectory::~DeviceDirectory() = default;

std::optional<DeviceRoute> SingleDeviceDirectory::resolveHdlc(const hdlc::HdlcAddress &server)
{
    if (server.upper != m_device->logicalAddress())
        return std::nullopt;
    return DeviceRoute{m_device, nullptr, 0};
}

std::optional<DeviceRoute> SingleDeviceDirectory::resolveWrapper(quint16 serverPort)
{
    if (serverPort != m_device->logicalAddress())
        return std::nullopt;
    return DeviceRoute{m_device, nullptr, 0};
}

} // namespace ims::sim
