#include "protocol/sim/transport/plc_channel.h"

#include <algorithm>
#include <cmath>

namespace ims::sim {

PlcChannel::PlcChannel(VirtualClock &clock, PlcChannelSettings settings, quint64 seed)
    : m_clock(clock)
    , m_settings(settings)
    , m_random(seed)
{}

qint64 PlcChannel::transferTimeMs(qsizetype bytes, int hops) const
{
    const int n = std::max(1, hops);
    const qint64 wire = m_settings.baud > 0
                            ? (qint64(bytes) * 10 * 1000 + m_settings.baud - 1) / m_settings.baud
                            : 0;
    return qint64(n) * (wire + m_settings.perHopLatencyMs);
}

PlcTransfer PlcChannel::transfer(qsizetype bytes, int hops)
{
    PlcTransfer t;
    t.startMs = std::max(m_clock.nowMs(), m_busyUntilMs);
    t.endMs = t.startMs + transferTimeMs(bytes, hops);
    m_busyUntilMs = t.endMs;
    ++m_transfers;
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    for (int h = 0; h < std::max(1, hops) && !t.lost; ++h) {
        if (m_settings.lossPerHop > 0 && chance(m_random) < m_settings.lossPerHop)
            t.lost = true;
        else if (m_settings.corruptionPerHop > 0 && chance(m_random) < m_settings.corruptionPerHop)
            t.corrupted = true;
    }
    if (m_clock.isDiscrete())
        m_clock.advanceTo(t.endMs);
    return t;
}

} // namespace ims::sim
