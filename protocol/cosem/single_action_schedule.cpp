#include "protocol/cosem/single_action_schedule.h"

#include "protocol/cosem/class_id.h"
#include "protocol/cosem/field_reader.h"

namespace ims::cosem {

using axdr::Value;
using Attr = ic::SingleActionSchedule::Attr;

ExecutionTime ExecutionTime::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 2, field);
    ExecutionTime e;
    e.time = r.time(m[0], FieldReader::member(field, "time"));
    e.date = r.date(m[1], FieldReader::member(field, "date"));
    return e;
}

Value ExecutionTime::toValue() const
{
    return Value::structure({timeValue(time), dateValue(date)});
}

Status SingleActionSchedule::setAttribute(qint8 index, const Value &value)
{
    FieldReader r;
    switch (index) {
    case Attr::ExecutedScript: {
        const auto s = ScriptReference::read(
            r, value, QStringLiteral("single_action_schedule.executed_script"));
        if (r.ok())
            executedScript = s;
        break;
    }
    case Attr::Type: {
        const QString field = QStringLiteral("single_action_schedule.type");
        const quint8 t = r.enumeration(value, field);
        if (r.ok()
            && (t < quint8(ScheduleType::SingleTime)
                || t > quint8(ScheduleType::AnyTimeWildcardsAllowed)))
            r.fail(field, tr("schedule type %1 is not defined (1..5)").arg(t));
        if (r.ok())
            type = t;
        break;
    }
    case Attr::ExecutionTime: {
        auto times = readList<ExecutionTime>(
            r, value, QStringLiteral("single_action_schedule.execution_time"));
        if (r.ok())
            executionTime = std::move(times);
        break;
    }
    default:
        return Error(ErrorKind::NotFound,
                     tr("the single action schedule has no attribute %1").arg(index));
    }
    if (!r.ok())
        return r.error();
    return {};
}

Result<Value> SingleActionSchedule::attribute(qint8 index) const
{
    switch (index) {
    case Attr::ExecutedScript:
        return executedScript.toValue();
    case Attr::Type:
        return Value::enumValue(type);
    case Attr::ExecutionTime:
        return listValue(executionTime);
    default:
        return Error(ErrorKind::NotFound,
                     tr("the single action schedule has no attribute %1").arg(index));
    }
}

} // namespace ims::cosem
