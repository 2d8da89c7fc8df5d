#include "protocol/cosem/special_days.h"

#include "protocol/cosem/field_reader.h"

namespace ims::cosem {

using axdr::Value;

SpecialDay SpecialDay::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 3, field);
    SpecialDay d;
    d.index = r.longUnsigned(m[0], FieldReader::member(field, "index"));
    d.date = r.date(m[1], FieldReader::member(field, "specialday_date"));
    d.dayId = r.unsigned8(m[2], FieldReader::member(field, "day_id"));
    return d;
}

Result<SpecialDay> SpecialDay::fromValue(const Value &v, const QString &field)
{
    return readWhole<SpecialDay>(v, field);
}

Value SpecialDay::toValue() const
{
    return Value::structure({Value::longUnsigned(index), dateValue(date), Value::unsigned8(dayId)});
}

Result<QList<SpecialDay>> SpecialDaysTable::entriesFromValue(const Value &v, const QString &field)
{
    return readWholeList<SpecialDay>(v, field);
}

Value SpecialDaysTable::entriesToValue(const QList<SpecialDay> &entries)
{
    return listValue(entries);
}

Result<quint16> SpecialDaysTable::deleteParameterFromValue(const Value &v)
{
    FieldReader r;
    const quint16 index = r.longUnsigned(v, QStringLiteral("delete"));
    if (!r.ok())
        return r.error();
    return index;
}

} // namespace ims::cosem
