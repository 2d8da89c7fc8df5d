#include "protocol/sim/router/sim_router.h"

#include "protocol/core/logging.h"
#include "protocol/cosem/spodes_objects.h"
#include "protocol/sim/router/router_device.h"

namespace ims::sim {

SimRouter::SimRouter(RouterConfig config, VirtualClock &clock, const SimCredentials &credentials)
    : m_config(config)
    , m_clock(clock)
    , m_credentials(credentials)
    , m_topology(config.seed, config.number, config.meterCount)
    , m_plc(clock, config.plc, mix64(config.seed ^ config.number))
{
    // RTR512: clock error within 5 s.
    m_clockOffsetMs = qint64(mix64(config.seed ^ 0xC10Cull ^ config.number) % 9000) - 4500;
}

SimRouter::~SimRouter() = default;

QByteArray SimRouter::serial() const
{
    return QStringLiteral("512%1").arg(m_config.number, 5, 10, QLatin1Char('0')).toLatin1();
}

bool SimRouter::knows(quint16 physical) const
{
    if (m_config.headMeter && physical == kHeadMeterPhysical)
        return true;
    return physical >= kFirstMeterPhysical && physical < kFirstMeterPhysical + m_config.meterCount;
}

SimMeter *SimRouter::meter(quint16 physical)
{
    if (!knows(physical))
        return nullptr;
    auto it = m_meters.find(physical);
    if (it != m_meters.end())
        return it->second.get();
    std::unique_ptr<SimMeter> m;
    if (physical == kHeadMeterPhysical) {
        m = std::make_unique<SimMeter>(makeHeadMeterSpec(m_config.seed, m_config.number), m_clock,
                                       m_config.originMs, m_credentials,
                                       [this](qint64 interval) { return feederSum(interval); });
    } else {
        const MeterSpec spec = makeMeterSpec(m_config.seed, m_config.number,
                                             physical - kFirstMeterPhysical, m_config.startMs);
        m = std::make_unique<SimMeter>(spec, m_clock, m_config.originMs, m_credentials);
    }
    SimMeter *raw = m.get();
    m_meters.emplace(physical, std::move(m));
    return raw;
}

void SimRouter::touch(quint16 physical)
{
    m_live.remove(physical);
    m_live.push_front(physical);
    // Drop the object models of meters nobody talked to lately, unless a
    // session still uses one.
    for (auto it = m_live.end();
         int(m_live.size()) > m_config.maxLiveDevices && it != m_live.begin();) {
        --it;
        SimMeter *m = m_meters.at(*it).get();
        if (m->hasDevice() && m->device().use_count() <= 2) { // the meter's and this temporary
            m->releaseDevice();
            it = m_live.erase(it);
        }
    }
}

std::optional<DeviceRoute> SimRouter::meterRoute(quint16 physical)
{
    SimMeter *m = meter(physical);
    if (!m)
        return std::nullopt;
    std::shared_ptr<LogicalDevice> d = m->device();
    d->setOnline(!m_unpowered.value(physical, false));
    if (m_config.meterHdlcLimits)
        d->hdlcLimits() = *m_config.meterHdlcLimits;
    touch(physical);
    const int hops = physical == kHeadMeterPhysical
                         ? 1
                         : m_topology.route(physical - kFirstMeterPhysical).hops();
    return DeviceRoute{d, &m_plc, hops};
}

std::optional<DeviceRoute> SimRouter::resolveHdlc(const hdlc::HdlcAddress &server)
{
    if (server.upper != 1)
        return std::nullopt;
    if (server.size == 1 || server.lower == 0)
        return DeviceRoute{device(), nullptr, 0};
    return meterRoute(server.lower);
}

std::optional<DeviceRoute> SimRouter::resolveWrapper(quint16 serverPort)
{
    if (serverPort == 1)
        return DeviceRoute{device(), nullptr, 0};
    return meterRoute(serverPort);
}

std::shared_ptr<LogicalDevice> SimRouter::device()
{
    if (!m_device)
        m_device = buildRouterDevice(*this, m_clock, m_credentials);
    return m_device;
}

void SimRouter::setMeterPowered(quint16 physical, bool powered)
{
    m_unpowered.insert(physical, !powered);
    if (SimMeter *m = meter(physical); m && m->hasDevice())
        m->device()->setOnline(powered);
    if (SimMeter *m = meter(physical))
        m->recordEvent(quint8(cosem::spodes::Journal::PowerAndRelay),
                       powered ? eventcode::PowerOn : eventcode::PowerOff);
}

Energy SimRouter::feederSum(qint64 interval)
{
    if (auto it = m_feederCache.constFind(interval); it != m_feederCache.cend())
        return *it;
    if (m_feederSpecs.empty()) {
        m_feederSpecs.reserve(size_t(m_config.meterCount));
        for (int i = 0; i < m_config.meterCount; ++i)
            m_feederSpecs.push_back(
                makeMeterSpec(m_config.seed, m_config.number, quint32(i), m_config.startMs));
    }
    Energy sum;
    for (const MeterSpec &spec : m_feederSpecs)
        sum += ConsumptionModel::realInterval(spec, interval);
    if (m_feederCache.size() > 50'000)
        m_feederCache.clear();
    m_feederCache.insert(interval, sum);
    return sum;
}

} // namespace ims::sim
