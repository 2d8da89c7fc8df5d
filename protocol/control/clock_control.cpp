#include "protocol/control/clock_control.h"

#include "protocol/cosem/clock.h"
#include "protocol/cosem/spodes_objects.h"

#include <QElapsedTimer>

#include <memory>

namespace ims::control {

namespace {

constexpr quint16 kClockClass = 8;

dlms::CosemAttributeDescriptor timeAttribute()
{
    return {kClockClass, cosem::spodes::Clock, 2};
}

ControlReport startReport(const QString &command, const QString &parameters)
{
    ControlReport r;
    r.command = command;
    r.parameters = parameters;
    r.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    return r;
}

// After a confirmed write: read the clock back and compare with what it
// should show, allowing for the time the exchange took.
void verify(client::DlmsClient &client, ClockReport report,
            std::shared_ptr<QElapsedTimer> sinceWrite, qint64 expectedAtWriteMs,
            ClockControl::ReportDone done)
{
    ClockControl::read(
        client, [report, sinceWrite, expectedAtWriteMs, done](Result<ClockReading> after) mutable {
            if (!after) {
                report.report.unknown(after.error(),
                                      ClockControl::tr("the meter accepted the time but the clock"
                                                       " could not be read back: %1")
                                          .arg(after.error().message));
                done(std::move(report));
                return;
            }
            const qint64 elapsed = sinceWrite->elapsed();
            report.after = *after;
            report.expectedMs = expectedAtWriteMs;
            // The read-back happened between 0 and `elapsed` ms after the write.
            const qint64 shown = after->time.toMSecsSinceEpoch();
            report.residualMs = shown - expectedAtWriteMs;
            if (report.residualMs >= -ClockControl::kToleranceMs
                && report.residualMs <= elapsed + ClockControl::kToleranceMs)
                report.report.applied(
                    ClockControl::tr("the clock reads %1").arg(after->time.toString(Qt::ISODate)));
            else
                report.report.notApplied(
                    Error(ErrorKind::DataAccess,
                          ClockControl::tr("the meter accepted the time but its clock reads %1,"
                                           " %2 s away from what was asked")
                              .arg(after->time.toString(Qt::ISODate))
                              .arg(double(report.residualMs) / 1000.0, 0, 'f', 1)));
            done(std::move(report));
        });
}

void classifyWriteFailure(ClockReport &report, const Error &error)
{
    if (fateOf(error) == WriteFate::Refused)
        report.report.notApplied(error,
                                 ClockControl::tr("the meter refused: %1").arg(error.message));
    else
        report.report.unknown(error, ClockControl::tr("the command may have reached the meter but"
                                                      " no answer came (%1); read the clock"
                                                      " before retrying")
                                         .arg(error.message));
}

} // namespace

Result<ClockReading> ClockControl::readingFromValue(const axdr::Value &value)
{
    std::optional<axdr::CosemDateTime> dt = value.asDateTime();
    if (!dt)
        return Error(ErrorKind::Malformed, tr("the clock is not a date-time"));
    const QDateTime t = dt->toQDateTime();
    if (!t.isValid())
        return Error(ErrorKind::Malformed,
                     tr("the clock reads %1, which is not a complete time").arg(dt->toIsoString()));
    ClockReading r;
    r.time = t.toUTC();
    r.deviation = dt->deviation == axdr::CosemDateTime::DeviationNotSpecified ? 0 : dt->deviation;
    r.status = dt->clockStatus == 0xFF ? 0 : dt->clockStatus;
    return r;
}

void ClockControl::read(client::DlmsClient &client, ReadingDone done)
{
    client.get(timeAttribute(), [done](Result<axdr::Value> v) {
        if (!v) {
            done(v.error());
            return;
        }
        done(readingFromValue(*v));
    });
}

void ClockControl::set(client::DlmsClient &client, TimeSource targetSource, ReportDone done)
{
    ClockReport report;
    const QDateTime planned = targetSource ? targetSource() : QDateTime();
    report.report = startReport(QStringLiteral("clock-set"), planned.toString(Qt::ISODate));
    if (!planned.isValid()) {
        report.report.refuse(Error(ErrorKind::InvalidArgument, tr("no valid time to set")));
        done(std::move(report));
        return;
    }
    client::DlmsClient *c = &client;
    read(client, [c, report, targetSource, done](Result<ClockReading> before) mutable {
        if (!before) {
            report.report.notApplied(
                before.error(),
                tr("could not read the clock before setting it: %1").arg(before.error().message));
            done(std::move(report));
            return;
        }
        report.before = *before;
        const QDateTime target = targetSource();
        // The device's own local time: UTC = local + deviation.
        const int offsetSeconds = -int(before->deviation) * 60;
        const axdr::CosemDateTime value
            = axdr::CosemDateTime::fromQDateTime(target.toUTC(), offsetSeconds, 0);
        auto sinceWrite = std::make_shared<QElapsedTimer>();
        sinceWrite->start();
        c->set(timeAttribute(), axdr::Value::octetString(value.toOctets()),
               [c, report, target, sinceWrite, done](Status s) mutable {
                   if (!s) {
                       classifyWriteFailure(report, s.error());
                       done(std::move(report));
                       return;
                   }
                   verify(*c, std::move(report), sinceWrite, target.toMSecsSinceEpoch(), done);
               });
    });
}

void ClockControl::shift(client::DlmsClient &client, int seconds, ReportDone done)
{
    ClockReport report;
    report.report = startReport(QStringLiteral("clock-shift"), QString::number(seconds));
    const Result<axdr::Value> parameter = cosem::Clock::shiftTimeParameter(seconds);
    if (!parameter) {
        report.report.refuse(Error(ErrorKind::InvalidArgument,
                                   tr("a shift of %1 s is outside -%2..%2 s; set the time instead")
                                       .arg(seconds)
                                       .arg(cosem::Clock::MaxShiftSeconds)));
        done(std::move(report));
        return;
    }
    client::DlmsClient *c = &client;
    auto sinceBefore = std::make_shared<QElapsedTimer>();
    sinceBefore->start();
    read(client, [c, report, seconds, value = *parameter, sinceBefore,
                  done](Result<ClockReading> before) mutable {
        if (!before) {
            report.report.notApplied(
                before.error(),
                tr("could not read the clock before shifting it: %1").arg(before.error().message));
            done(std::move(report));
            return;
        }
        report.before = *before;
        // The shift applies to the clock as it runs: what it showed at the
        // read, plus the time since, plus the shift.
        sinceBefore->restart();
        const qint64 expected = before->time.toMSecsSinceEpoch() + qint64(seconds) * 1000;
        c->action({kClockClass, cosem::spodes::Clock, 6}, value,
                  [c, report, expected, sinceBefore, done](Result<axdr::Value> r) mutable {
                      if (!r) {
                          classifyWriteFailure(report, r.error());
                          done(std::move(report));
                          return;
                      }
                      verify(*c, std::move(report), sinceBefore, expected, done);
                  });
    });
}

} // namespace ims::control
