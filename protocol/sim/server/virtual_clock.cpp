#include "protocol/sim/server/virtual_clock.h"

#include <cmath>

namespace ims::sim {

VirtualClock::VirtualClock(QDateTime start, double timeScale)
    : m_startMs(start.toMSecsSinceEpoch())
    , m_scale(timeScale < 0 ? 0.0 : timeScale)
{
    m_elapsed.start();
}

qint64 VirtualClock::nowMs() const
{
    const qint64 running
        = isDiscrete() ? 0 : qint64(std::llround(double(m_elapsed.elapsed()) * m_scale));
    return m_startMs + running + m_offsetMs;
}

void VirtualClock::advanceTo(qint64 ms)
{
    const qint64 now = nowMs();
    if (ms > now)
        m_offsetMs += ms - now;
}

int VirtualClock::realDelayMs(qint64 simulatedMs) const
{
    if (isDiscrete() || simulatedMs <= 0)
        return 0;
    const double real = double(simulatedMs) / m_scale;
    return real > 3'600'000.0 ? 3'600'000 : int(std::ceil(real));
}

} // namespace ims::sim
