#pragma once
// What a transport session reaches at an address: a stand-alone meter
// answers its own logical device; a router answers its own and, by HDLC
// physical address, each meter behind it over the PLC channel.
#include "protocol/hdlc/hdlc_address.h"
#include "protocol/sim/server/logical_device.h"

#include <memory>
#include <optional>

namespace ims::sim {

class PlcChannel;

struct DeviceRoute
{
    std::shared_ptr<LogicalDevice> device;
    PlcChannel *channel = nullptr; // null: reached directly, no PLC in between
    int hops = 0;                  // repeaters + the final hop to the meter
};

class DeviceDirectory
{
public:
    virtual ~DeviceDirectory();
    // nullopt: nobody answers at that address (the frame is ignored, as on a real line).
    virtual std::optional<DeviceRoute> resolveHdlc(const hdlc::HdlcAddress &server) = 0;
    // WRAPPER destination wPort.
    virtual std::optional<DeviceRoute> resolveWrapper(quint16 serverPort) = 0;
};

// A directory of one logical device reached directly (a meter on its own
// port, a unit test): every server address and wPort with its upper
// address / port equal to the device's logical address.
class SingleDeviceDirectory : public DeviceDirectory
{
public:
    explicit SingleDeviceDirectory(std::shared_ptr<LogicalDevice> device)
        : m_device(std::move(device))
    {}
    std::optional<DeviceRoute> resolveHdlc(const hdlc::HdlcAddress &server) override;
    std::optional<DeviceRoute> resolveWrapper(quint16 serverPort) override;

private:
    std::shared_ptr<LogicalDevice> m_device;
};

} // namespace ims::sim
