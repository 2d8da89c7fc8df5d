#pragma once
// The engine's policy knobs, with the defaults of seed 004 (clock) and of
// a PLC network at 4000 baud.
#include <QDateTime>

#include <functional>

namespace ims::engine {

struct ClockSettings
{
    qint64 toleranceMs = 1000;       // correct when |delta| is above this
    qint64 alarmMs = 5000;           // drift above this raises an alarm (storage)
    qint64 shiftLimitMs = 900'000;   // shift_time up to this (Clock class limit), set beyond
    int utcOffsetSeconds = 3 * 3600; // the site's local time (days, date-times sent)
};

struct PollSettings
{
    int maxAttempts = 3;                        // per meter and round
    int retryDelayMs = 2000;                    // first retry; doubles each time
    int linkRetryLimit = 3;                     // connection attempts to a router in a row
    qint64 profileBackfillSeconds = 30 * 86400; // first read of a meter's profile
    // After a stored interval the read continues from it, however long the
    // meter was unreachable, up to this far back (beyond any meter's depth:
    // SPODES asks for at least 113 days), so that no hole is left.
    qint64 profileCatchUpSeconds = 400 * 86400;
    qint64 billingBackfillSeconds = 400 * 86400;
    qint64 eventBackfillSeconds = 90 * 86400;
    int profileChunkIntervals = 96;        // intervals per by-range read (resume granularity)
    int sessionTimeoutMs = 30 * 60 * 1000; // a whole meter visit
    ClockSettings clock;
    // The workstation clock; tests use the simulator's virtual clock.
    std::function<qint64()> nowMs;

    qint64 now() const { return nowMs ? nowMs() : QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace ims::engine
