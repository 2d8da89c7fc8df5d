#include "protocol/sim/router/plc_topology.h"

#include "protocol/sim/meter/meter_spec.h"

#include <algorithm>

namespace ims::sim {

namespace {

// Ring sizes: few meters hear the router, most are several repeaters away.
constexpr int kRingSizes[] = {40, 160, 400, 700, 700, 500};
constexpr int kRings = int(sizeof kRingSizes / sizeof kRingSizes[0]);

} // namespace

PlcTopology::PlcTopology(quint64 seed, quint32 router, int meterCount)
    : m_seed(seed)
    , m_router(router)
    , m_meterCount(meterCount)
{}

int PlcTopology::ringStart(int r) const
{
    int start = 0;
    for (int i = 0; i < r && i < kRings; ++i)
        start += kRingSizes[i];
    if (r >= kRings)
        start += (r - kRings) * kRingSizes[kRings - 1];
    return start;
}

int PlcTopology::ringSize(int r) const
{
    return r < kRings ? kRingSizes[r] : kRingSizes[kRings - 1];
}

int PlcTopology::ring(int index) const
{
    int r = 0;
    while (index >= ringStart(r + 1))
        ++r;
    return r;
}

int PlcTopology::parent(int index) const
{
    const int r = ring(index);
    const int start = ringStart(r - 1);
    const int size = std::min(ringSize(r - 1), m_meterCount - start);
    const quint64 h = mix64(m_seed ^ mix64((quint64(m_router) << 32) | quint64(index)) ^ 0x9A7Eull);
    return start + int(h % quint64(std::max(1, size)));
}

quint8 PlcTopology::quality(int index, int hop) const
{
    const quint64 h
        = mix64(m_seed ^ mix64((quint64(m_router) << 32) | quint64(index)) ^ quint64(hop + 1));
    return quint8(std::clamp(95 - 8 * hop - int(h % 30), 20, 100));
}

PlcRoute PlcTopology::route(int index) const
{
    PlcRoute r;
    for (int at = index; ring(at) > 0;) {
        at = parent(at);
        r.repeaters.prepend(quint16(kFirstMeterPhysical + at));
    }
    for (int hop = 0; hop < r.hops(); ++hop)
        r.quality.append(quality(index, hop));
    return r;
}

bool PlcTopology::commissioned(int index) const
{
    const quint64 h = mix64(m_seed ^ mix64((quint64(m_router) << 32) | quint64(index)) ^ 0xC0DEull);
    return unitFromHash(h) >= 0.03;
}

} // namespace ims::sim
