#include "protocol/cosem/script_table.h"

#include "protocol/cosem/field_reader.h"

namespace ims::cosem {

using axdr::Value;

ScriptAction ScriptAction::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 5, field);
    ScriptAction a;
    const QString serviceField = FieldReader::member(field, "service_id");
    a.serviceId = r.enumeration(m[0], serviceField);
    if (r.ok() && a.serviceId != quint8(ScriptService::WriteAttribute)
        && a.serviceId != quint8(ScriptService::ExecuteMethod))
        r.fail(serviceField,
               ScriptTable::tr("service %1 is neither write attribute (1) nor execute method (2)")
                   .arg(a.serviceId));
    a.classId = r.longUnsigned(m[1], FieldReader::member(field, "class_id"));
    a.logicalName = r.logicalName(m[2], FieldReader::member(field, "logical_name"));
    a.index = r.integer(m[3], FieldReader::member(field, "index"));
    a.parameter = m[4];
    return a;
}

Value ScriptAction::toValue() const
{
    return Value::structure({Value::enumValue(serviceId), Value::longUnsigned(classId),
                             logicalNameValue(logicalName), Value::integer(index), parameter});
}

Script Script::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 2, field);
    Script s;
    s.id = r.longUnsigned(m[0], FieldReader::member(field, "script_identifier"));
    s.actions = readList<ScriptAction>(r, m[1], FieldReader::member(field, "actions"));
    return s;
}

Result<Script> Script::fromValue(const Value &v, const QString &field)
{
    return readWhole<Script>(v, field);
}

Value Script::toValue() const
{
    return Value::structure({Value::longUnsigned(id), listValue(actions)});
}

Result<QList<Script>> ScriptTable::scriptsFromValue(const Value &v, const QString &field)
{
    return readWholeList<Script>(v, field);
}

Value ScriptTable::scriptsToValue(const QList<Script> &scripts)
{
    return listValue(scripts);
}

Result<quint16> ScriptTable::executeParameterFromValue(const Value &v)
{
    FieldReader r;
    const quint16 id = r.longUnsigned(v, QStringLiteral("execute"));
    if (!r.ok())
        return r.error();
    return id;
}

ScriptReference ScriptReference::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 2, field);
    ScriptReference s;
    s.scriptLogicalName = r.logicalName(m[0], FieldReader::member(field, "script_logical_name"));
    s.scriptSelector = r.longUnsigned(m[1], FieldReader::member(field, "script_selector"));
    return s;
}

Result<ScriptReference> ScriptReference::fromValue(const Value &v, const QString &field)
{
    return readWhole<ScriptReference>(v, field);
}

Value ScriptReference::toValue() const
{
    return Value::structure(
        {logicalNameValue(scriptLogicalName), Value::longUnsigned(scriptSelector)});
}

} // namespace ims::cosem
