#pragma once
// Seed 004's clock rule as a pure function: correct a device whose clock is
// off by more than the tolerance, at most once per local day, by shift_time
// when the error is small and by setting the time when it is large.
#include "protocol/engine/poll_settings.h"
#include "protocol/engine/readings.h"

namespace ims::engine {

struct ClockDecision
{
    ClockCorrection correction = ClockCorrection::None;
    int shiftSeconds = 0; // for Shift: add this to the device clock
    bool alarm = false;   // |delta| above the alarm threshold
    bool alreadyCorrectedToday = false;
};

// deltaMs = device time - workstation time (round trip accounted for).
ClockDecision decideClock(qint64 deltaMs, qint64 nowMs, qint64 lastCorrectionMs,
                          const ClockSettings &settings);

// Local day number (days since the epoch in the site's time) of a UTC time.
qint64 localDay(qint64 utcMs, int utcOffsetSeconds);

} // namespace ims::engine
