#include "protocol/cosem/field_reader.h"

#include "protocol/cosem/date_time_octets.h"

namespace ims::cosem {

using axdr::DataType;
using axdr::Value;

bool FieldReader::expectType(const Value &v, DataType type, const QString &field)
{
    if (!ok())
        return false;
    if (v.type() == type)
        return true;
    fail(field,
         tr("expected %1, got %2").arg(axdr::dataTypeName(type), axdr::dataTypeName(v.type())));
    return false;
}

void FieldReader::fail(const QString &field, const QString &problem)
{
    if (ok())
        m_error = Error(ErrorKind::Malformed, field + QStringLiteral(": ") + problem);
}

void FieldReader::adopt(const Error &error)
{
    if (ok())
        m_error = error;
}

QString FieldReader::member(const QString &parent, const char *name)
{
    return parent + QLatin1Char('.') + QLatin1String(name);
}

QString FieldReader::element(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QList<Value> FieldReader::structure(const Value &v, qsizetype count, const QString &field)
{
    if (expectType(v, DataType::Structure, field)) {
        if (v.items().size() == count)
            return v.items();
        fail(field,
             tr("expected a structure of %1 members, got %2").arg(count).arg(v.items().size()));
    }
    return QList<Value>(count);
}

QList<Value> FieldReader::array(const Value &v, const QString &field, qsizetype maxCount)
{
    if (!ok())
        return {};
    const QList<Value> *items = nullptr;
    if (v.type() == DataType::Array)
        items = &v.items();
    else if (v.type() == DataType::CompactArray && v.compact())
        items = &v.compact()->elements;
    if (!items) {
        fail(field, tr("expected array, got %1").arg(axdr::dataTypeName(v.type())));
        return {};
    }
    if (items->size() > maxCount) {
        fail(field, tr("%1 elements, at most %2 allowed").arg(items->size()).arg(maxCount));
        return {};
    }
    return *items;
}

bool FieldReader::boolean(const Value &v, const QString &field)
{
    return expectType(v, DataType::Boolean, field) ? v.toBool() : false;
}

qint8 FieldReader::integer(const Value &v, const QString &field)
{
    return expectType(v, DataType::Integer, field) ? qint8(v.toInt64().value_or(0)) : 0;
}

qint16 FieldReader::long16(const Value &v, const QString &field)
{
    return expectType(v, DataType::Long, field) ? qint16(v.toInt64().value_or(0)) : 0;
}

qint32 FieldReader::doubleLong(const Value &v, const QString &field)
{
    return expectType(v, DataType::DoubleLong, field) ? qint32(v.toInt64().value_or(0)) : 0;
}

quint8 FieldReader::unsigned8(const Value &v, const QString &field)
{
    return expectType(v, DataType::Unsigned, field) ? quint8(v.toUInt64().value_or(0)) : 0;
}

quint16 FieldReader::longUnsigned(const Value &v, const QString &field)
{
    return expectType(v, DataType::LongUnsigned, field) ? quint16(v.toUInt64().value_or(0)) : 0;
}

quint32 FieldReader::doubleLongUnsigned(const Value &v, const QString &field)
{
    return expectType(v, DataType::DoubleLongUnsigned, field) ? quint32(v.toUInt64().value_or(0))
                                                              : 0;
}

quint8 FieldReader::enumeration(const Value &v, const QString &field)
{
    return expectType(v, DataType::Enum, field) ? quint8(v.toUInt64().value_or(0)) : 0;
}

QByteArray FieldReader::octetString(const Value &v, const QString &field, qsizetype exactSize)
{
    if (!expectType(v, DataType::OctetString, field))
        return {};
    if (exactSize >= 0 && v.bytes().size() != exactSize) {
        fail(field, tr("expected an octet-string of %1 octets, got %2")
                        .arg(exactSize)
                        .arg(v.bytes().size()));
        return {};
    }
    return v.bytes();
}

Obis FieldReader::logicalName(const Value &v, const QString &field)
{
    const QByteArray bytes = octetString(v, field, Obis::Size);
    if (!ok())
        return {};
    return Obis::fromBytes(bytes).valueOr(Obis{});
}

axdr::CosemDateTime FieldReader::dateTime(const Value &v, const QString &field)
{
    if (!ok())
        return {};
    if (v.type() == DataType::DateTime)
        return *v.asDateTime();
    const QByteArray bytes = octetString(v, field, axdr::CosemDateTime::OctetSize);
    if (!ok())
        return {};
    if (const auto dt = axdr::CosemDateTime::fromOctets(bytes))
        return *dt;
    fail(field,
         tr("octets %1 are not a valid date-time").arg(QString::fromLatin1(bytes.toHex(' '))));
    return {};
}

axdr::CosemDate FieldReader::date(const Value &v, const QString &field)
{
    if (!ok())
        return {};
    if (v.type() == DataType::Date)
        return std::get<axdr::CosemDate>(v.storage());
    const QByteArray bytes = octetString(v, field, DateOctetSize);
    if (!ok())
        return {};
    if (const auto d = dateFromOctets(bytes))
        return *d;
    fail(field, tr("octets %1 are not a valid date").arg(QString::fromLatin1(bytes.toHex(' '))));
    return {};
}

axdr::CosemTime FieldReader::time(const Value &v, const QString &field)
{
    if (!ok())
        return {};
    if (v.type() == DataType::Time)
        return std::get<axdr::CosemTime>(v.storage());
    const QByteArray bytes = octetString(v, field, TimeOctetSize);
    if (!ok())
        return {};
    if (const auto t = timeFromOctets(bytes))
        return *t;
    fail(field, tr("octets %1 are not a valid time").arg(QString::fromLatin1(bytes.toHex(' '))));
    return {};
}

Value logicalNameValue(const Obis &obis)
{
    return Value::octetString(obis.toBytes());
}

Value dateTimeValue(const axdr::CosemDateTime &dateTime)
{
    return Value::octetString(dateTime.toOctets());
}

Value dateValue(const axdr::CosemDate &date)
{
    return Value::octetString(dateToOctets(date));
}

Value timeValue(const axdr::CosemTime &time)
{
    return Value::octetString(timeToOctets(time));
}

} // namespace ims::cosem
