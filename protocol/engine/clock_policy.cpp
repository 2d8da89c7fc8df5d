#include "protocol/engine/clock_policy.h"

#include <cstdlib>

namespace ims::engine {

qint64 localDay(qint64 utcMs, int utcOffsetSeconds)
{
    const qint64 local = utcMs + qint64(utcOffsetSeconds) * 1000;
    // Floor division: times before 1970 are not expected, but stay correct.
    return local >= 0 ? local / 86'400'000 : -((-local + 86'399'999) / 86'400'000);
}

ClockDecision decideClock(qint64 deltaMs, qint64 nowMs, qint64 lastCorrectionMs,
                          const ClockSettings &settings)
{
    ClockDecision d;
    const qint64 magnitude = std::llabs(deltaMs);
    d.alarm = magnitude > settings.alarmMs;
    if (magnitude <= settings.toleranceMs)
        return d;
    if (lastCorrectionMs > 0
        && localDay(lastCorrectionMs, settings.utcOffsetSeconds)
               == localDay(nowMs, settings.utcOffsetSeconds)) {
        d.alreadyCorrectedToday = true;
        return d;
    }
    if (magnitude <= settings.shiftLimitMs) {
        // shift_time takes whole seconds; round to the nearest.
        const qint64 seconds = (magnitude + 500) / 1000;
        d.correction = ClockCorrection::Shift;
        d.shiftSeconds = int(deltaMs > 0 ? -seconds : seconds);
        return d;
    }
    d.correction = ClockCorrection::Set;
    return d;
}

} // namespace ims::engine
