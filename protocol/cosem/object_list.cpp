#include "protocol/cosem/object_list.h"

#include "protocol/cosem/field_reader.h"

#include <QStringList>

namespace ims::cosem {

using axdr::DataType;
using axdr::Value;

namespace {

constexpr quint8 FirstBitMappedVersion = 3;

} // namespace

AttributeAccess AttributeAccess::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 3, field);
    AttributeAccess a;
    a.attributeId = r.integer(m[0], FieldReader::member(field, "attribute_id"));
    a.accessMode = r.enumeration(m[1], FieldReader::member(field, "access_mode"));
    if (r.ok() && !m[2].isNull()) {
        const QString selectorsField = FieldReader::member(field, "access_selectors");
        const QList<Value> items = r.array(m[2], selectorsField);
        QList<qint8> selectors;
        for (qsizetype i = 0; i < items.size() && r.ok(); ++i)
            selectors.append(r.integer(items[i], FieldReader::element(selectorsField, i)));
        a.accessSelectors = selectors;
    }
    return a;
}

Value AttributeAccess::toValue() const
{
    Value selectors;
    if (accessSelectors) {
        QList<Value> items;
        for (qint8 s : *accessSelectors)
            items.append(Value::integer(s));
        selectors = Value::array(items);
    }
    return Value::structure({Value::integer(attributeId), Value::enumValue(accessMode), selectors});
}

MethodAccess MethodAccess::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 2, field);
    MethodAccess a;
    a.methodId = r.integer(m[0], FieldReader::member(field, "method_id"));
    const QString modeField = FieldReader::member(field, "access_mode");
    if (r.ok() && m[1].type() == DataType::Boolean)
        a.accessMode = r.boolean(m[1], modeField) ? 1 : 0;
    else
        a.accessMode = r.enumeration(m[1], modeField);
    return a;
}

Value MethodAccess::toValue(quint8 associationVersion) const
{
    const Value mode
        = associationVersion < 2 ? Value::boolean(accessMode != 0) : Value::enumValue(accessMode);
    return Value::structure({Value::integer(methodId), mode});
}

ObjectListElement ObjectListElement::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 4, field);
    ObjectListElement e;
    e.classId = r.longUnsigned(m[0], FieldReader::member(field, "class_id"));
    e.version = r.unsigned8(m[1], FieldReader::member(field, "version"));
    e.logicalName = r.logicalName(m[2], FieldReader::member(field, "logical_name"));
    const QString rightsField = FieldReader::member(field, "access_rights");
    const auto rights = r.structure(m[3], 2, rightsField);
    e.attributeAccess = readList<AttributeAccess>(
        r, rights[0], FieldReader::member(rightsField, "attribute_access"));
    e.methodAccess
        = readList<MethodAccess>(r, rights[1], FieldReader::member(rightsField, "method_access"));
    return e;
}

Value ObjectListElement::toValue(quint8 associationVersion) const
{
    QList<Value> methods;
    for (const MethodAccess &m : methodAccess)
        methods.append(m.toValue(associationVersion));
    return Value::structure(
        {Value::longUnsigned(classId), Value::unsigned8(version), logicalNameValue(logicalName),
         Value::structure({listValue(attributeAccess), Value::array(methods)})});
}

const AttributeAccess *ObjectListElement::findAttribute(qint8 attributeId) const
{
    for (const AttributeAccess &a : attributeAccess) {
        if (a.attributeId == attributeId)
            return &a;
    }
    return nullptr;
}

bool ObjectListElement::canRead(qint8 attributeId, quint8 associationVersion) const
{
    const AttributeAccess *a = findAttribute(attributeId);
    if (!a)
        return false;
    if (associationVersion >= FirstBitMappedVersion)
        return a->accessMode & AccessBits::Read;
    switch (AttributeAccessMode(a->accessMode)) {
    case AttributeAccessMode::ReadOnly:
    case AttributeAccessMode::ReadAndWrite:
    case AttributeAccessMode::AuthenticatedReadOnly:
    case AttributeAccessMode::AuthenticatedReadAndWrite:
        return true;
    default:
        return false;
    }
}

bool ObjectListElement::canWrite(qint8 attributeId, quint8 associationVersion) const
{
    const AttributeAccess *a = findAttribute(attributeId);
    if (!a)
        return false;
    if (associationVersion >= FirstBitMappedVersion)
        return a->accessMode & AccessBits::Write;
    switch (AttributeAccessMode(a->accessMode)) {
    case AttributeAccessMode::WriteOnly:
    case AttributeAccessMode::ReadAndWrite:
    case AttributeAccessMode::AuthenticatedWriteOnly:
    case AttributeAccessMode::AuthenticatedReadAndWrite:
        return true;
    default:
        return false;
    }
}

bool ObjectListElement::canExecute(qint8 methodId) const
{
    // Every version: 0 means no access, any other value grants some access.
    for (const MethodAccess &m : methodAccess) {
        if (m.methodId == methodId)
            return m.accessMode != 0;
    }
    return false;
}

namespace {

QStringList bitNames(quint8 mode, const QString &lowBit, const QString &secondBit)
{
    QStringList out;
    if (mode & 0x01)
        out << lowBit;
    if ((mode & 0x02) && !secondBit.isEmpty())
        out << secondBit;
    if (mode & AccessBits::AuthenticatedRequest)
        out << ObjectListElement::tr("authenticated request");
    if (mode & AccessBits::EncryptedRequest)
        out << ObjectListElement::tr("encrypted request");
    if (mode & AccessBits::DigitallySignedRequest)
        out << ObjectListElement::tr("digitally signed request");
    if (mode & AccessBits::AuthenticatedResponse)
        out << ObjectListElement::tr("authenticated response");
    if (mode & AccessBits::EncryptedResponse)
        out << ObjectListElement::tr("encrypted response");
    if (mode & AccessBits::DigitallySignedResponse)
        out << ObjectListElement::tr("digitally signed response");
    return out;
}

} // namespace

QString ObjectListElement::attributeAccessModeName(quint8 mode, quint8 associationVersion)
{
    if (associationVersion >= FirstBitMappedVersion) {
        if (mode == 0)
            return tr("no-access");
        return bitNames(mode, tr("read"), tr("write")).join(QStringLiteral(", "));
    }
    switch (AttributeAccessMode(mode)) {
    case AttributeAccessMode::NoAccess:
        return tr("no-access");
    case AttributeAccessMode::ReadOnly:
        return tr("read-only");
    case AttributeAccessMode::WriteOnly:
        return tr("write-only");
    case AttributeAccessMode::ReadAndWrite:
        return tr("read-and-write");
    case AttributeAccessMode::AuthenticatedReadOnly:
        return tr("authenticated-read-only");
    case AttributeAccessMode::AuthenticatedWriteOnly:
        return tr("authenticated-write-only");
    case AttributeAccessMode::AuthenticatedReadAndWrite:
        return tr("authenticated-read-and-write");
    }
    return tr("access mode %1").arg(mode);
}

QString ObjectListElement::methodAccessModeName(quint8 mode, quint8 associationVersion)
{
    if (associationVersion >= FirstBitMappedVersion) {
        if (mode == 0)
            return tr("no-access");
        return bitNames(mode, tr("access"), QString()).join(QStringLiteral(", "));
    }
    switch (MethodAccessMode(mode)) {
    case MethodAccessMode::NoAccess:
        return tr("no-access");
    case MethodAccessMode::Access:
        return tr("access");
    case MethodAccessMode::AuthenticatedAccess:
        return tr("authenticated-access");
    }
    return tr("access mode %1").arg(mode);
}

Result<QList<ObjectListElement>> ObjectListElement::listFromValue(const Value &v,
                                                                  const QString &field)
{
    return readWholeList<ObjectListElement>(v, field);
}

Value ObjectListElement::listToValue(const QList<ObjectListElement> &list,
                                     quint8 associationVersion)
{
    QList<Value> items;
    items.reserve(list.size());
    for (const ObjectListElement &e : list)
        items.append(e.toValue(associationVersion));
    return Value::array(items);
}

} // namespace ims::cosem
