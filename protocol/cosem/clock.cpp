#include "protocol/cosem/clock.h"

#include "protocol/cosem/class_id.h"
#include "protocol/cosem/field_reader.h"

namespace ims::cosem {

using axdr::Value;
using Attr = ic::Clock::Attr;

QStringList ClockStatus::names() const
{
    QStringList out;
    if (has(InvalidValue))
        out << Clock::tr("invalid value");
    if (has(DoubtfulValue))
        out << Clock::tr("doubtful value");
    if (has(DifferentClockBase))
        out << Clock::tr("different clock base");
    if (has(InvalidClockStatus))
        out << Clock::tr("invalid clock status");
    if (has(DaylightSavingActive))
        out << Clock::tr("daylight saving active");
    return out;
}

Status Clock::setAttribute(qint8 index, const Value &value)
{
    FieldReader r;
    switch (index) {
    case Attr::Time: {
        const auto t = r.dateTime(value, QStringLiteral("clock.time"));
        if (r.ok())
            time = t;
        break;
    }
    case Attr::TimeZone: {
        const qint16 tz = r.long16(value, QStringLiteral("clock.time_zone"));
        if (r.ok())
            timeZone = tz;
        break;
    }
    case Attr::Status: {
        const quint8 s = r.unsigned8(value, QStringLiteral("clock.status"));
        if (r.ok())
            status.bits = s;
        break;
    }
    case Attr::DaylightSavingsBegin: {
        const auto t = r.dateTime(value, QStringLiteral("clock.daylight_savings_begin"));
        if (r.ok())
            daylightSavingsBegin = t;
        break;
    }
    case Attr::DaylightSavingsEnd: {
        const auto t = r.dateTime(value, QStringLiteral("clock.daylight_savings_end"));
        if (r.ok())
            daylightSavingsEnd = t;
        break;
    }
    case Attr::DaylightSavingsDeviation: {
        const qint8 d = r.integer(value, QStringLiteral("clock.daylight_savings_deviation"));
        if (r.ok())
            daylightSavingsDeviation = d;
        break;
    }
    case Attr::DaylightSavingsEnabled: {
        const bool e = r.boolean(value, QStringLiteral("clock.daylight_savings_enabled"));
        if (r.ok())
            daylightSavingsEnabled = e;
        break;
    }
    case Attr::ClockBase: {
        const QString field = QStringLiteral("clock.clock_base");
        const quint8 b = r.enumeration(value, field);
        if (r.ok() && b > quint8(ClockBase::RadioControlled))
            r.fail(field, tr("clock base %1 is not defined (0..5)").arg(b));
        if (r.ok())
            clockBase = b;
        break;
    }
    default:
        return Error(ErrorKind::NotFound, tr("the clock has no attribute %1").arg(index));
    }
    if (!r.ok())
        return r.error();
    return {};
}

Result<Value> Clock::attribute(qint8 index) const
{
    switch (index) {
    case Attr::Time:
        return dateTimeValue(time);
    case Attr::TimeZone:
        return Value::long16(timeZone);
    case Attr::Status:
        return Value::unsigned8(status.bits);
    case Attr::DaylightSavingsBegin:
        return dateTimeValue(daylightSavingsBegin);
    case Attr::DaylightSavingsEnd:
        return dateTimeValue(daylightSavingsEnd);
    case Attr::DaylightSavingsDeviation:
        return Value::integer(daylightSavingsDeviation);
    case Attr::DaylightSavingsEnabled:
        return Value::boolean(daylightSavingsEnabled);
    case Attr::ClockBase:
        return Value::enumValue(clockBase);
    default:
        return Error(ErrorKind::NotFound, tr("the clock has no attribute %1").arg(index));
    }
}

Result<Value> Clock::shiftTimeParameter(int seconds, int maxSeconds)
{
    if (seconds < -maxSeconds || seconds > maxSeconds || seconds < -32768 || seconds > 32767)
        return Error(ErrorKind::InvalidArgument,
                     tr("a clock shift of %1 s exceeds the allowed %2 s; set the time instead")
                         .arg(seconds)
                         .arg(maxSeconds));
    return Value::long16(qint16(seconds));
}

Result<qint16> Clock::shiftTimeFromParameter(const Value &v, int maxSeconds)
{
    FieldReader r;
    const QString field = QStringLiteral("shift_time");
    const qint16 s = r.long16(v, field);
    if (r.ok() && (s < -maxSeconds || s > maxSeconds))
        r.fail(field, tr("a clock shift of %1 s exceeds the allowed %2 s").arg(s).arg(maxSeconds));
    if (!r.ok())
        return r.error();
    return s;
}

QString Clock::clockBaseName(quint8 base)
{
    switch (ClockBase(base)) {
    case ClockBase::NotDefined:
        return tr("not defined");
    case ClockBase::InternalCrystal:
        return tr("internal crystal");
    case ClockBase::Mains50Hz:
        return tr("mains frequency 50 Hz");
    case ClockBase::Mains60Hz:
        return tr("mains frequency 60 Hz");
    case ClockBase::Gps:
        return tr("GPS");
    case ClockBase::RadioControlled:
        return tr("radio controlled");
    }
    return tr("clock base %1").arg(base);
}

} // namespace ims::cosem
