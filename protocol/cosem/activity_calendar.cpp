#include "protocol/cosem/activity_calendar.h"

#include "protocol/cosem/class_id.h"
#include "protocol/cosem/field_reader.h"

namespace ims::cosem {

using axdr::Value;
using Attr = ic::ActivityCalendar::Attr;

SeasonProfile SeasonProfile::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 3, field);
    SeasonProfile s;
    s.name = r.octetString(m[0], FieldReader::member(field, "season_profile_name"));
    s.start = r.dateTime(m[1], FieldReader::member(field, "season_start"));
    s.weekName = r.octetString(m[2], FieldReader::member(field, "week_name"));
    return s;
}

Value SeasonProfile::toValue() const
{
    return Value::structure(
        {Value::octetString(name), dateTimeValue(start), Value::octetString(weekName)});
}

WeekProfile WeekProfile::read(FieldReader &r, const Value &v, const QString &field)
{
    static const char *const dayNames[7]
        = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    const auto m = r.structure(v, 8, field);
    WeekProfile w;
    w.name = r.octetString(m[0], FieldReader::member(field, "week_profile_name"));
    for (int i = 0; i < 7; ++i)
        w.dayIds[i] = r.unsigned8(m[i + 1], FieldReader::member(field, dayNames[i]));
    return w;
}

Value WeekProfile::toValue() const
{
    QList<Value> members{Value::octetString(name)};
    for (quint8 id : dayIds)
        members.append(Value::unsigned8(id));
    return Value::structure(members);
}

DayAction DayAction::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 3, field);
    DayAction a;
    a.startTime = r.time(m[0], FieldReader::member(field, "start_time"));
    a.scriptLogicalName = r.logicalName(m[1], FieldReader::member(field, "script_logical_name"));
    a.scriptSelector = r.longUnsigned(m[2], FieldReader::member(field, "script_selector"));
    return a;
}

Value DayAction::toValue() const
{
    return Value::structure({timeValue(startTime), logicalNameValue(scriptLogicalName),
                             Value::longUnsigned(scriptSelector)});
}

DayProfile DayProfile::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 2, field);
    DayProfile d;
    d.dayId = r.unsigned8(m[0], FieldReader::member(field, "day_id"));
    d.schedule = readList<DayAction>(r, m[1], FieldReader::member(field, "day_schedule"));
    return d;
}

Value DayProfile::toValue() const
{
    return Value::structure({Value::unsigned8(dayId), listValue(schedule)});
}

Result<QList<SeasonProfile>> ActivityCalendar::seasonsFromValue(const Value &v,
                                                                const QString &field)
{
    return readWholeList<SeasonProfile>(v, field);
}

Result<QList<WeekProfile>> ActivityCalendar::weeksFromValue(const Value &v, const QString &field)
{
    return readWholeList<WeekProfile>(v, field);
}

Result<QList<DayProfile>> ActivityCalendar::daysFromValue(const Value &v, const QString &field)
{
    return readWholeList<DayProfile>(v, field);
}

Status ActivityCalendar::setAttribute(qint8 index, const Value &value)
{
    FieldReader r;
    const bool isActive = index >= Attr::CalendarNameActive && index <= Attr::DayProfileTableActive;
    CalendarPlan &plan = isActive ? active : passive;
    const char *suffix = isActive ? "_active" : "_passive";
    const auto name = [suffix](const char *base) {
        return QStringLiteral("activity_calendar.") + QLatin1String(base) + QLatin1String(suffix);
    };
    switch (index) {
    case Attr::CalendarNameActive:
    case Attr::CalendarNamePassive: {
        const QByteArray n = r.octetString(value, name("calendar_name"));
        if (r.ok())
            plan.name = n;
        break;
    }
    case Attr::SeasonProfileActive:
    case Attr::SeasonProfilePassive: {
        auto seasons = readList<SeasonProfile>(r, value, name("season_profile"));
        if (r.ok())
            plan.seasons = std::move(seasons);
        break;
    }
    case Attr::WeekProfileTableActive:
    case Attr::WeekProfileTablePassive: {
        auto weeks = readList<WeekProfile>(r, value, name("week_profile_table"));
        if (r.ok())
            plan.weeks = std::move(weeks);
        break;
    }
    case Attr::DayProfileTableActive:
    case Attr::DayProfileTablePassive: {
        auto days = readList<DayProfile>(r, value, name("day_profile_table"));
        if (r.ok())
            plan.days = std::move(days);
        break;
    }
    case Attr::ActivatePassiveCalendarTime: {
        const auto t
            = r.dateTime(value, QStringLiteral("activity_calendar.activate_passive_calendar_time"));
        if (r.ok())
            activatePassiveCalendarTime = t;
        break;
    }
    default:
        return Error(ErrorKind::NotFound,
                     tr("the activity calendar has no attribute %1").arg(index));
    }
    if (!r.ok())
        return r.error();
    return {};
}

Result<Value> ActivityCalendar::attribute(qint8 index) const
{
    const CalendarPlan &plan
        = index >= Attr::CalendarNameActive && index <= Attr::DayProfileTableActive ? active
                                                                                    : passive;
    switch (index) {
    case Attr::CalendarNameActive:
    case Attr::CalendarNamePassive:
        return Value::octetString(plan.name);
    case Attr::SeasonProfileActive:
    case Attr::SeasonProfilePassive:
        return listValue(plan.seasons);
    case Attr::WeekProfileTableActive:
    case Attr::WeekProfileTablePassive:
        return listValue(plan.weeks);
    case Attr::DayProfileTableActive:
    case Attr::DayProfileTablePassive:
        return listValue(plan.days);
    case Attr::ActivatePassiveCalendarTime:
        return dateTimeValue(activatePassiveCalendarTime);
    default:
        return Error(ErrorKind::NotFound,
                     tr("the activity calendar has no attribute %1").arg(index));
    }
}

} // namespace ims::cosem
