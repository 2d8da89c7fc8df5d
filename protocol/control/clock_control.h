#pragma once
// Setting and shifting a meter's (or router's) clock by hand, verified by
// reading the clock back. Times travel as the device's local time with its
// own deviation, read from the device before writing.
#include "protocol/client/dlms_client.h"
#include "protocol/control/control_outcome.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

namespace ims::control {

struct ClockReading
{
    QDateTime time;       // the device's time, UTC
    qint16 deviation = 0; // minutes, Blue Book sign (UTC = local + deviation)
    quint8 status = 0;
};

struct ClockReport
{
    ControlReport report;
    std::optional<ClockReading> before;
    std::optional<ClockReading> after;
    qint64 expectedMs = 0; // what the clock should read at `after`
    qint64 residualMs = 0; // after - expected
};

class ClockControl
{
    Q_DECLARE_TR_FUNCTIONS(ClockControl)

public:
    using ReadingDone = std::function<void(Result<ClockReading>)>;
    using ReportDone = std::function<void(ClockReport)>;

    // Read-back tolerance on top of the time the exchange itself took: the
    // clock has whole seconds.
    static constexpr qint64 kToleranceMs = 2000;

    static void read(client::DlmsClient &client, ReadingDone done);
    // The time to set, asked for at the moment the request is built, so
    // "now" is now and not when the command started (a test passes the
    // simulator's clock, a fixed time returns itself).
    using TimeSource = std::function<QDateTime()>;
    static void set(client::DlmsClient &client, TimeSource target, ReportDone done);
    // shift_time (method 6) by -900..900 s; beyond that the command is refused.
    static void shift(client::DlmsClient &client, int seconds, ReportDone done);

    static Result<ClockReading> readingFromValue(const axdr::Value &value);
};

} // namespace ims::control
