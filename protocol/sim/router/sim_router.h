#pragma once
// A simulated RTR512-class router (УСПД) on a 6(10)/0.4 kV substation: its
// own logical device (clock, identity, the meters it knows, the meters it
// discovered but nobody commissioned yet, and every meter's PLC route), and
// transparent access to each meter by HDLC physical address over a shared,
// half-duplex PLC channel.
//
// Meters are materialised on first contact; their object models are kept
// for the most recently used ones only (the state of every touched meter
// is kept), so a router of 2,500 meters costs little until it is read.
#include "protocol/hdlc/hdlc_parameters.h"
#include "protocol/sim/meter/credentials.h"
#include "protocol/sim/meter/sim_meter.h"
#include "protocol/sim/router/plc_topology.h"
#include "protocol/sim/transport/device_directory.h"
#include "protocol/sim/transport/plc_channel.h"

#include <QCoreApplication>
#include <QHash>

#include <list>
#include <memory>
#include <optional>
#include <unordered_map>

namespace ims::sim {

struct RouterConfig
{
    quint32 number = 1; // 1-based
    quint64 seed = 1;
    int meterCount = 100;
    bool headMeter = true;
    qint64 originMs = 0; // commissioning of the meters: start of their history
    qint64 startMs = 0;  // simulation start: scenario times (theft, tamper) are placed around it
    PlcChannelSettings plc;
    int maxLiveDevices = 64;                             // meter object models kept at once
    std::optional<hdlc::HdlcParameters> meterHdlcLimits; // unset: the device's defaults
};

// Router objects (SPODUS concentrator objects; see docs/simulator.md).
namespace routerobj {
inline constexpr cosem::Obis MeterList{0, 0, 94, 7, 128, 255};      // commissioned meters
inline constexpr cosem::Obis RouteTable{0, 0, 94, 7, 130, 255};     // PLC route of every meter
inline constexpr cosem::Obis DiscoveredList{0, 0, 94, 7, 131, 255}; // discovered, not commissioned
} // namespace routerobj

class SimRouter : public DeviceDirectory
{
    Q_DECLARE_TR_FUNCTIONS(SimRouter)
public:
    SimRouter(RouterConfig config, VirtualClock &clock, const SimCredentials &credentials);
    ~SimRouter() override;

    const RouterConfig &config() const { return m_config; }
    QByteArray serial() const;
    const PlcTopology &topology() const { return m_topology; }
    PlcChannel &plc() { return m_plc; }

    // DeviceDirectory: 1-byte address 1 (or lower 0) is the router itself,
    // lower = physical address a meter; wPort 1 the router, wPort = physical a meter.
    std::optional<DeviceRoute> resolveHdlc(const hdlc::HdlcAddress &server) override;
    std::optional<DeviceRoute> resolveWrapper(quint16 serverPort) override;

    std::shared_ptr<LogicalDevice> device();
    // The meter at a physical address (materialised now), or null.
    SimMeter *meter(quint16 physical);
    bool knows(quint16 physical) const;
    int materialisedMeters() const { return int(m_meters.size()); }
    int liveDevices() const { return int(m_live.size()); }

    // Fault injection: a meter without power answers nothing.
    void setMeterPowered(quint16 physical, bool powered);
    // The router's own clock error.
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }

private:
    std::optional<DeviceRoute> meterRoute(quint16 physical);
    void touch(quint16 physical);
    Energy feederSum(qint64 interval);
    std::shared_ptr<LogicalDevice> buildDevice();

    RouterConfig m_config;
    VirtualClock &m_clock;
    const SimCredentials &m_credentials;
    PlcTopology m_topology;
    PlcChannel m_plc;
    qint64 m_clockOffsetMs = 0;
    std::shared_ptr<LogicalDevice> m_device;
    std::unordered_map<quint16, std::unique_ptr<SimMeter>> m_meters;
    std::list<quint16> m_live; // meters with an object model, most recent first
    QHash<quint16, bool> m_unpowered;
    QHash<qint64, Energy> m_feederCache;
    std::vector<MeterSpec> m_feederSpecs; // built when the head meter is first read
};

} // namespace ims::sim
