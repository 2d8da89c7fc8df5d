#include "protocol/axdr/value.h"

#include "protocol/axdr/datetime_text.h"

#include <bit>
#include <limits>

namespace ims::axdr {

QString dataTypeName(DataType type)
{
    switch (type) {
    case DataType::Null:
        return QStringLiteral("null-data");
    case DataType::Array:
        return QStringLiteral("array");
    case DataType::Structure:
        return QStringLiteral("structure");
    case DataType::Boolean:
        return QStringLiteral("boolean");
    case DataType::BitString:
        return QStringLiteral("bit-string");
    case DataType::DoubleLong:
        return QStringLiteral("double-long");
    case DataType::DoubleLongUnsigned:
        return QStringLiteral("double-long-unsigned");
    case DataType::OctetString:
        return QStringLiteral("octet-string");
    case DataType::VisibleString:
        return QStringLiteral("visible-string");
    case DataType::Utf8String:
        return QStringLiteral("utf8-string");
    case DataType::Bcd:
        return QStringLiteral("bcd");
    case DataType::Integer:
        return QStringLiteral("integer");
    case DataType::Long:
        return QStringLiteral("long");
    case DataType::Unsigned:
        return QStringLiteral("unsigned");
    case DataType::LongUnsigned:
        return QStringLiteral("long-unsigned");
    case DataType::CompactArray:
        return QStringLiteral("compact-array");
    case DataType::Long64:
        return QStringLiteral("long64");
    case DataType::Long64Unsigned:
        return QStringLiteral("long64-unsigned");
    case DataType::Enum:
        return QStringLiteral("enum");
    case DataType::Float32:
        return QStringLiteral("float32");
    case DataType::Float64:
        return QStringLiteral("float64");
    case DataType::DateTime:
        return QStringLiteral("date-time");
    case DataType::Date:
        return QStringLiteral("date");
    case DataType::Time:
        return QStringLiteral("time");
    case DataType::DontCare:
        return QStringLiteral("dont-care");
    }
    return QStringLiteral("unknown-0x%1").arg(quint8(type), 2, 16, QLatin1Char('0'));
}

bool isKnownDataType(quint8 tag)
{
    switch (DataType(tag)) {
    case DataType::Null:
    case DataType::Array:
    case DataType::Structure:
    case DataType::Boolean:
    case DataType::BitString:
    case DataType::DoubleLong:
    case DataType::DoubleLongUnsigned:
    case DataType::OctetString:
    case DataType::VisibleString:
    case DataType::Utf8String:
    case DataType::Bcd:
    case DataType::Integer:
    case DataType::Long:
    case DataType::Unsigned:
    case DataType::LongUnsigned:
    case DataType::CompactArray:
    case DataType::Long64:
    case DataType::Long64Unsigned:
    case DataType::Enum:
    case DataType::Float32:
    case DataType::Float64:
    case DataType::DateTime:
    case DataType::Date:
    case DataType::Time:
    case DataType::DontCare:
        return true;
    }
    return false;
}

bool CompactArray::operator==(const CompactArray &other) const
{
    return elementType == other.elementType && elements == other.elements;
}

Value Value::dontCare()
{
    return Value(DataType::DontCare, std::monostate{});
}
Value Value::boolean(bool v)
{
    return Value(DataType::Boolean, v);
}
Value Value::integer(qint8 v)
{
    return Value(DataType::Integer, qint64(v));
}
Value Value::long16(qint16 v)
{
    return Value(DataType::Long, qint64(v));
}
Value Value::doubleLong(qint32 v)
{
    return Value(DataType::DoubleLong, qint64(v));
}
Value Value::long64(qint64 v)
{
    return Value(DataType::Long64, v);
}
Value Value::unsigned8(quint8 v)
{
    return Value(DataType::Unsigned, quint64(v));
}
Value Value::longUnsigned(quint16 v)
{
    return Value(DataType::LongUnsigned, quint64(v));
}
Value Value::doubleLongUnsigned(quint32 v)
{
    return Value(DataType::DoubleLongUnsigned, quint64(v));
}
Value Value::long64Unsigned(quint64 v)
{
    return Value(DataType::Long64Unsigned, v);
}
Value Value::enumValue(quint8 v)
{
    return Value(DataType::Enum, quint64(v));
}
Value Value::float32(float v)
{
    return Value(DataType::Float32, v);
}
Value Value::float64(double v)
{
    return Value(DataType::Float64, v);
}
Value Value::octetString(QByteArray v)
{
    return Value(DataType::OctetString, std::move(v));
}
Value Value::visibleString(QByteArray v)
{
    return Value(DataType::VisibleString, std::move(v));
}
Value Value::utf8String(QByteArray v)
{
    return Value(DataType::Utf8String, std::move(v));
}
Value Value::bcd(QByteArray v)
{
    return Value(DataType::Bcd, std::move(v));
}
Value Value::bitString(BitString v)
{
    return Value(DataType::BitString, std::move(v));
}
Value Value::array(QList<Value> items)
{
    return Value(DataType::Array, std::move(items));
}
Value Value::structure(QList<Value> members)
{
    return Value(DataType::Structure, std::move(members));
}
Value Value::compactArray(CompactArray v)
{
    return Value(DataType::CompactArray, std::make_shared<CompactArray>(std::move(v)));
}
Value Value::dateTime(const CosemDateTime &v)
{
    return Value(DataType::DateTime, v);
}
Value Value::date(const CosemDate &v)
{
    return Value(DataType::Date, v);
}
Value Value::time(const CosemTime &v)
{
    return Value(DataType::Time, v);
}

bool Value::isInteger() const
{
    return std::holds_alternative<qint64>(m_storage) || std::holds_alternative<quint64>(m_storage);
}

std::optional<qint64> Value::toInt64() const
{
    if (const auto *s = std::get_if<qint64>(&m_storage))
        return *s;
    if (const auto *u = std::get_if<quint64>(&m_storage)) {
        if (*u <= quint64(std::numeric_limits<qint64>::max()))
            return qint64(*u);
    }
    return std::nullopt;
}

std::optional<quint64> Value::toUInt64() const
{
    if (const auto *u = std::get_if<quint64>(&m_storage))
        return *u;
    if (const auto *s = std::get_if<qint64>(&m_storage)) {
        if (*s >= 0)
            return quint64(*s);
    }
    return std::nullopt;
}

bool Value::toBool() const
{
    if (const auto *b = std::get_if<bool>(&m_storage))
        return *b;
    if (const auto *s = std::get_if<qint64>(&m_storage))
        return *s != 0;
    if (const auto *u = std::get_if<quint64>(&m_storage))
        return *u != 0;
    return false;
}

const QByteArray &Value::bytes() const
{
    static const QByteArray empty;
    const auto *b = std::get_if<QByteArray>(&m_storage);
    return b ? *b : empty;
}

const QList<Value> &Value::items() const
{
    static const QList<Value> empty;
    const auto *l = std::get_if<QList<Value>>(&m_storage);
    return l ? *l : empty;
}

const CompactArray *Value::compact() const
{
    const auto *c = std::get_if<std::shared_ptr<CompactArray>>(&m_storage);
    return c ? c->get() : nullptr;
}

std::optional<CosemDateTime> Value::asDateTime() const
{
    if (const auto *dt = std::get_if<CosemDateTime>(&m_storage))
        return *dt;
    if (m_type == DataType::OctetString)
        return CosemDateTime::fromOctets(bytes());
    return std::nullopt;
}

namespace {

QString joined(const QList<Value> &items, QChar open, QChar close)
{
    QString text(open);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += QLatin1String(", ");
        text += items[i].toDisplayString();
    }
    return text + close;
}

QString bitText(const BitString &bits)
{
    QString text;
    text.reserve(bits.bitCount);
    for (quint32 i = 0; i < bits.bitCount && qsizetype(i / 8) < bits.bytes.size(); ++i)
        text += (quint8(bits.bytes[i / 8]) & (0x80 >> (i % 8))) ? QLatin1Char('1')
                                                                : QLatin1Char('0');
    return text;
}

} // namespace

QString Value::toDisplayString() const
{
    switch (m_type) {
    case DataType::Null:
        return QStringLiteral("null");
    case DataType::DontCare:
        return QStringLiteral("dont-care");
    case DataType::Boolean:
        return toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case DataType::Integer:
    case DataType::Long:
    case DataType::DoubleLong:
    case DataType::Long64:
        return QString::number(std::get<qint64>(m_storage));
    case DataType::Unsigned:
    case DataType::LongUnsigned:
    case DataType::DoubleLongUnsigned:
    case DataType::Long64Unsigned:
    case DataType::Enum:
        return QString::number(std::get<quint64>(m_storage));
    case DataType::Float32:
        return QString::number(std::get<float>(m_storage), 'g',
                               std::numeric_limits<float>::max_digits10);
    case DataType::Float64:
        return QString::number(std::get<double>(m_storage), 'g',
                               std::numeric_limits<double>::max_digits10);
    case DataType::OctetString:
        if (const auto dt = asDateTime())
            return dt->toIsoString();
        return QString::fromLatin1(bytes().toHex().toUpper());
    case DataType::Bcd:
        return QString::fromLatin1(bytes().toHex().toUpper());
    case DataType::VisibleString:
        return QString::fromLatin1(bytes());
    case DataType::Utf8String:
        return QString::fromUtf8(bytes());
    case DataType::BitString:
        return bitText(std::get<BitString>(m_storage));
    case DataType::Array:
        return joined(items(), QLatin1Char('['), QLatin1Char(']'));
    case DataType::Structure:
        return joined(items(), QLatin1Char('{'), QLatin1Char('}'));
    case DataType::CompactArray:
        return joined(compact()->elements, QLatin1Char('['), QLatin1Char(']'));
    case DataType::DateTime:
        return std::get<CosemDateTime>(m_storage).toIsoString();
    case DataType::Date:
        return cosemDateText(std::get<CosemDate>(m_storage));
    case DataType::Time:
        return cosemTimeText(std::get<CosemTime>(m_storage));
    }
    return {};
}

bool Value::operator==(const Value &other) const
{
    if (m_type != other.m_type || m_storage.index() != other.m_storage.index())
        return false;
    // Floats compare by their bits: a value read from a meter must equal
    // itself even when it is NaN, and -0 is not +0 on the wire.
    if (const auto *f = std::get_if<float>(&m_storage))
        return std::bit_cast<quint32>(*f)
               == std::bit_cast<quint32>(std::get<float>(other.m_storage));
    if (const auto *d = std::get_if<double>(&m_storage))
        return std::bit_cast<quint64>(*d)
               == std::bit_cast<quint64>(std::get<double>(other.m_storage));
    if (const auto *c = std::get_if<std::shared_ptr<CompactArray>>(&m_storage)) {
        const auto &o = std::get<std::shared_ptr<CompactArray>>(other.m_storage);
        if (!*c || !o)
            return *c == o;
        return **c == *o;
    }
    return m_storage == other.m_storage;
}

} // namespace ims::axdr
