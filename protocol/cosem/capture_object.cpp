#include "protocol/cosem/capture_object.h"

#include "protocol/cosem/field_reader.h"

namespace ims::cosem {

using axdr::Value;

CaptureObject CaptureObject::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 4, field);
    CaptureObject c;
    c.classId = r.longUnsigned(m[0], FieldReader::member(field, "class_id"));
    c.logicalName = r.logicalName(m[1], FieldReader::member(field, "logical_name"));
    c.attributeIndex = r.integer(m[2], FieldReader::member(field, "attribute_index"));
    c.dataIndex = r.longUnsigned(m[3], FieldReader::member(field, "data_index"));
    return c;
}

Result<CaptureObject> CaptureObject::fromValue(const Value &v, const QString &field)
{
    return readWhole<CaptureObject>(v, field);
}

Value CaptureObject::toValue() const
{
    return Value::structure({Value::longUnsigned(classId), logicalNameValue(logicalName),
                             Value::integer(attributeIndex), Value::longUnsigned(dataIndex)});
}

Result<QList<CaptureObject>> CaptureObject::listFromValue(const Value &v, const QString &field)
{
    return readWholeList<CaptureObject>(v, field);
}

Value CaptureObject::listToValue(const QList<CaptureObject> &list)
{
    return listValue(list);
}

QString CaptureObject::toString() const
{
    QString s
        = QStringLiteral("%1 %2 %3").arg(classId).arg(logicalName.toString()).arg(attributeIndex);
    if (dataIndex != 0)
        s += QLatin1Char('/') + QString::number(dataIndex);
    return s;
}

ValueDefinition ValueDefinition::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 3, field);
    ValueDefinition d;
    d.classId = r.longUnsigned(m[0], FieldReader::member(field, "class_id"));
    d.logicalName = r.logicalName(m[1], FieldReader::member(field, "logical_name"));
    d.attributeIndex = r.integer(m[2], FieldReader::member(field, "attribute_index"));
    return d;
}

Result<ValueDefinition> ValueDefinition::fromValue(const Value &v, const QString &field)
{
    return readWhole<ValueDefinition>(v, field);
}

Value ValueDefinition::toValue() const
{
    return Value::structure({Value::longUnsigned(classId), logicalNameValue(logicalName),
                             Value::integer(attributeIndex)});
}

} // namespace ims::cosem
