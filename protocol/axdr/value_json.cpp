#include "protocol/axdr/value_json.h"

#include "protocol/axdr/datetime_text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <bit>
#include <cctype>
#include <cmath>
#include <limits>

namespace ims::axdr {

namespace {

struct ValueJson
{
    Q_DECLARE_TR_FUNCTIONS(ValueJson)
};

constexpr qint64 MaxExactDouble = qint64(1) << 53;
constexpr int MaxJsonDepth = 64;

constexpr QLatin1String TypeKey("type");
constexpr QLatin1String ValueKey("value");
constexpr QLatin1String HexKey("hex");
constexpr QLatin1String StatusKey("status");
constexpr QLatin1String DayOfWeekKey("dayOfWeek");
constexpr QLatin1String HundredthsKey("hundredths");
constexpr QLatin1String DescriptionKey("description");
constexpr QLatin1String CountKey("count");
constexpr QLatin1String ElementKey("element");
constexpr QLatin1String MembersKey("members");

Error invalid(QString message)
{
    return Error(ErrorKind::InvalidArgument, std::move(message));
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex().toUpper());
}

std::optional<QByteArray> parseHex(const QString &text)
{
    QByteArray digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        if (!std::isxdigit(c.unicode() < 128 ? c.unicode() : 0))
            return std::nullopt;
        digits.append(char(c.unicode()));
    }
    if (digits.size() % 2 != 0)
        return std::nullopt;
    return QByteArray::fromHex(digits);
}

QJsonValue int64Json(qint64 v)
{
    if (v >= -MaxExactDouble && v <= MaxExactDouble)
        return QJsonValue(double(v));
    return QJsonValue(QString::number(v));
}

QJsonValue uint64Json(quint64 v)
{
    if (v <= quint64(MaxExactDouble))
        return QJsonValue(double(v));
    return QJsonValue(QString::number(v));
}

template<typename Float, typename Bits>
QJsonValue floatJson(Float v)
{
    // QJsonValue keeps an integral double as an integer, which has no -0.
    if (v == 0 && std::signbit(v))
        return QJsonValue(QStringLiteral("-0"));
    if (std::isfinite(v))
        return QJsonValue(double(v));
    if (std::isinf(v))
        return QJsonValue(v > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity"));
    const Bits bits = std::bit_cast<Bits>(v);
    if (bits == std::bit_cast<Bits>(std::numeric_limits<Float>::quiet_NaN()))
        return QJsonValue(QStringLiteral("NaN"));
    // A NaN with a payload: keep its exact bits.
    return QJsonValue(
        QStringLiteral("0x")
        + QStringLiteral("%1").arg(bits, int(sizeof(Bits) * 2), 16, QLatin1Char('0')).toUpper());
}

QString bitText(const BitString &bits)
{
    QString text;
    text.reserve(bits.bitCount);
    for (quint32 i = 0; i < bits.bitCount; ++i) {
        const bool set = qsizetype(i / 8) < bits.bytes.size()
                         && (quint8(bits.bytes[i / 8]) & (0x80 >> (i % 8)));
        text += set ? QLatin1Char('1') : QLatin1Char('0');
    }
    return text;
}

BitString bitsFromText(const QString &text, bool *ok)
{
    BitString bits;
    bits.bitCount = quint32(text.size());
    bits.bytes = QByteArray((text.size() + 7) / 8, char(0));
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('1'))
            bits.bytes[i / 8] = char(quint8(bits.bytes[i / 8]) | (0x80 >> (i % 8)));
        else if (text[i] != QLatin1Char('0'))
            *ok = false;
    }
    return bits;
}

QJsonValue descriptionJson(const TypeDescription &d)
{
    if (d.type == DataType::Array) {
        QJsonObject o{{TypeKey, dataTypeName(d.type)}, {CountKey, int(d.arrayCount)}};
        o.insert(ElementKey, d.children.isEmpty() ? QJsonValue(dataTypeName(DataType::Null))
                                                  : descriptionJson(d.children.first()));
        return o;
    }
    if (d.type == DataType::Structure) {
        QJsonArray members;
        for (const auto &child : d.children)
            members.append(descriptionJson(child));
        return QJsonObject{{TypeKey, dataTypeName(d.type)}, {MembersKey, members}};
    }
    return QJsonValue(dataTypeName(d.type));
}

void addDateTimeExtras(QJsonObject &o, const CosemDate &date, const CosemTime *time)
{
    if (date.dayOfWeek != inferredDayOfWeek(date))
        o.insert(DayOfWeekKey, int(date.dayOfWeek));
    // The text leaves out both 0 and 0xFF hundredths and reads back as 0.
    if (time && time->hundredths == 0xFF)
        o.insert(HundredthsKey, int(time->hundredths));
}

std::optional<DataType> typeFromName(const QString &name)
{
    for (int tag = 0; tag <= 0xFF; ++tag) {
        if (isKnownDataType(quint8(tag)) && dataTypeName(DataType(tag)) == name)
            return DataType(tag);
    }
    return std::nullopt;
}

std::optional<qint64> jsonInt(const QJsonValue &v, qint64 min, qint64 max)
{
    qint64 result = 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != std::floor(d) || d < -9223372036854775808.0 || d >= 9223372036854775808.0)
            return std::nullopt;
        result = qint64(d);
    } else if (v.isString()) {
        bool ok = false;
        result = v.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (result < min || result > max)
        return std::nullopt;
    return result;
}

std::optional<quint64> jsonUInt(const QJsonValue &v, quint64 max)
{
    quint64 result = 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != std::floor(d) || d < 0 || d >= 18446744073709551616.0)
            return std::nullopt;
        result = quint64(d);
    } else if (v.isString()) {
        const QString text = v.toString().trimmed();
        if (text.startsWith(QLatin1Char('-')))
            return std::nullopt;
        bool ok = false;
        result = text.toULongLong(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (result > max)
        return std::nullopt;
    return result;
}

template<typename Float, typename Bits>
std::optional<Float> jsonFloat(const QJsonValue &v)
{
    // A finite number beyond the type's range has no value of that type.
    const auto inRange = [](double d) {
        return !std::isfinite(d) || std::fabs(d) <= double(std::numeric_limits<Float>::max());
    };
    if (v.isDouble()) {
        if (!inRange(v.toDouble()))
            return std::nullopt;
        return Float(v.toDouble());
    }
    if (!v.isString())
        return std::nullopt;
    const QString text = v.toString().trimmed();
    if (text == QLatin1String("Infinity"))
        return std::numeric_limits<Float>::infinity();
    if (text == QLatin1String("-Infinity"))
        return -std::numeric_limits<Float>::infinity();
    if (text == QLatin1String("NaN"))
        return std::numeric_limits<Float>::quiet_NaN();
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)
        && text.size() == 2 + qsizetype(sizeof(Bits) * 2)) {
        bool ok = false;
        const quint64 bits = text.mid(2).toULongLong(&ok, 16);
        if (ok)
            return std::bit_cast<Float>(Bits(bits));
    }
    bool ok = false;
    const double d = text.toDouble(&ok);
    return ok && inRange(d) ? std::optional<Float>(Float(d)) : std::nullopt;
}

class JsonReader
{
public:
    Result<Value> value(const QJsonValue &json, int depth);
    Result<TypeDescription> description(const QJsonValue &json, int depth);

private:
    Result<Value> dateTime(const QJsonObject &o);
};

bool conforms(const TypeDescription &d, const Value &v)
{
    if (d.type != v.type())
        return false;
    const auto &items = v.items();
    if (d.type == DataType::Array) {
        if (items.size() != d.arrayCount || d.children.isEmpty())
            return d.arrayCount == 0 && items.isEmpty();
        for (const auto &item : items) {
            if (!conforms(d.children.first(), item))
                return false;
        }
    } else if (d.type == DataType::Structure) {
        if (items.size() != d.children.size())
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!conforms(d.children[i], items[i]))
                return false;
        }
    }
    return true;
}

std::optional<quint8> optionalByte(const QJsonObject &o, QLatin1String key, bool *ok)
{
    if (!o.contains(key))
        return std::nullopt;
    const auto v = jsonUInt(o.value(key), 0xFF);
    if (!v)
        *ok = false;
    return v ? std::optional<quint8>(quint8(*v)) : std::nullopt;
}

Result<TypeDescription> JsonReader::description(const QJsonValue &json, int depth)
{
    if (depth > MaxJsonDepth)
        return invalid(ValueJson::tr("compact-array description nested too deep"));
    const QJsonObject o = json.toObject();
    const QString name = json.isString() ? json.toString() : o.value(TypeKey).toString();
    const auto type = typeFromName(name);
    if (!type || *type == DataType::CompactArray)
        return invalid(ValueJson::tr("invalid compact-array element type \"%1\"").arg(name));
    TypeDescription d;
    d.type = *type;
    if (d.type == DataType::Array) {
        const auto count = jsonUInt(o.value(CountKey), 0xFFFF);
        if (!count)
            return invalid(
                ValueJson::tr("compact-array description: array needs a count 0..65535"));
        d.arrayCount = quint16(*count);
        auto element = description(o.value(ElementKey), depth + 1);
        if (!element)
            return element;
        d.children.append(std::move(element).value());
    } else if (d.type == DataType::Structure) {
        const QJsonArray members = o.value(MembersKey).toArray();
        for (const auto &member : members) {
            auto child = description(member, depth + 1);
            if (!child)
                return child;
            d.children.append(std::move(child).value());
        }
    }
    return d;
}

Result<Value> JsonReader::dateTime(const QJsonObject &o)
{
    const auto dt = parseCosemDateTime(o.value(ValueKey).toString());
    if (!dt)
        return invalid(ValueJson::tr("invalid date-time \"%1\"").arg(o.value(ValueKey).toString()));
    CosemDateTime result = *dt;
    bool ok = true;
    if (const auto status = optionalByte(o, StatusKey, &ok))
        result.clockStatus = *status;
    if (const auto dow = optionalByte(o, DayOfWeekKey, &ok))
        result.date.dayOfWeek = *dow;
    if (const auto hundredths = optionalByte(o, HundredthsKey, &ok))
        result.time.hundredths = *hundredths;
    if (!ok)
        return invalid(ValueJson::tr("date-time status, dayOfWeek and hundredths must be 0..255"));
    return Value::dateTime(result);
}

Result<Value> JsonReader::value(const QJsonValue &json, int depth)
{
    if (depth > MaxJsonDepth)
        return invalid(ValueJson::tr("JSON value nested deeper than %1").arg(MaxJsonDepth));
    if (!json.isObject())
        return invalid(ValueJson::tr("a typed COSEM value must be a JSON object with \"type\""));
    const QJsonObject o = json.toObject();
    const QString name = o.value(TypeKey).toString();
    const auto type = typeFromName(name);
    if (!type)
        return invalid(ValueJson::tr("unknown COSEM data type \"%1\"").arg(name));
    const QJsonValue v = o.value(ValueKey);
    const auto badValue = [&] {
        return invalid(ValueJson::tr("invalid value for %1").arg(name));
    };
    const auto signedOf = [&](qint64 min, qint64 max) {
        return jsonInt(v, min, max);
    };
    switch (*type) {
    case DataType::Null:
        return Value::null();
    case DataType::DontCare:
        return Value::dontCare();
    case DataType::Boolean:
        if (v.isBool())
            return Value::boolean(v.toBool());
        if (const auto n = jsonUInt(v, 1))
            return Value::boolean(*n != 0);
        return badValue();
    case DataType::Integer:
        if (const auto n = signedOf(-128, 127))
            return Value::integer(qint8(*n));
        return badValue();
    case DataType::Long:
        if (const auto n = signedOf(-32768, 32767))
            return Value::long16(qint16(*n));
        return badValue();
    case DataType::DoubleLong:
        if (const auto n
            = signedOf(std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max()))
            return Value::doubleLong(qint32(*n));
        return badValue();
    case DataType::Long64:
        if (const auto n
            = signedOf(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()))
            return Value::long64(*n);
        return badValue();
    case DataType::Unsigned:
        if (const auto n = jsonUInt(v, 0xFF))
            return Value::unsigned8(quint8(*n));
        return badValue();
    case DataType::Enum:
        if (const auto n = jsonUInt(v, 0xFF))
            return Value::enumValue(quint8(*n));
        return badValue();
    case DataType::LongUnsigned:
        if (const auto n = jsonUInt(v, 0xFFFF))
            return Value::longUnsigned(quint16(*n));
        return badValue();
    case DataType::DoubleLongUnsigned:
        if (const auto n = jsonUInt(v, 0xFFFFFFFFu))
            return Value::doubleLongUnsigned(quint32(*n));
        return badValue();
    case DataType::Long64Unsigned:
        if (const auto n = jsonUInt(v, std::numeric_limits<quint64>::max()))
            return Value::long64Unsigned(*n);
        return badValue();
    case DataType::Float32:
        if (const auto f = jsonFloat<float, quint32>(v))
            return Value::float32(*f);
        return badValue();
    case DataType::Float64:
        if (const auto f = jsonFloat<double, quint64>(v))
            return Value::float64(*f);
        return badValue();
    case DataType::OctetString:
    case DataType::Bcd: {
        const auto bytes = parseHex(v.toString());
        if (!v.isString() || !bytes || (*type == DataType::Bcd && bytes->size() != 1))
            return badValue();
        return *type == DataType::Bcd ? Value::bcd(*bytes) : Value::octetString(*bytes);
    }
    case DataType::VisibleString:
    case DataType::Utf8String: {
        QByteArray bytes;
        if (o.contains(HexKey)) {
            const auto raw = parseHex(o.value(HexKey).toString());
            if (!raw)
                return badValue();
            bytes = *raw;
        } else if (v.isString()) {
            const QString text = v.toString();
            if (*type == DataType::Utf8String) {
                bytes = text.toUtf8();
            } else {
                for (QChar c : text) {
                    if (c.unicode() > 0xFF)
                        return invalid(
                            ValueJson::tr("visible-string holds a character beyond Latin-1"));
                }
                bytes = text.toLatin1();
            }
        } else {
            return badValue();
        }
        return *type == DataType::Utf8String ? Value::utf8String(bytes)
                                             : Value::visibleString(bytes);
    }
    case DataType::BitString: {
        bool ok = false;
        BitString bits = bitsFromText(v.toString(), &ok);
        if (!v.isString() || !ok)
            return badValue();
        if (o.contains(HexKey)) {
            const auto raw = parseHex(o.value(HexKey).toString());
            if (!raw || raw->size() != bits.bytes.size())
                return badValue();
            BitString exact{*raw, bits.bitCount};
            if (bitText(exact) != v.toString())
                return invalid(ValueJson::tr("bit-string \"hex\" does not match its \"value\""));
            bits = std::move(exact);
        }
        return Value::bitString(std::move(bits));
    }
    case DataType::Array:
    case DataType::Structure: {
        if (!v.isArray())
            return badValue();
        const QJsonArray array = v.toArray();
        QList<Value> items;
        items.reserve(array.size());
        for (const auto &item : array) {
            auto decoded = value(item, depth + 1);
            if (!decoded)
                return decoded;
            items.append(std::move(decoded).value());
        }
        return *type == DataType::Array ? Value::array(std::move(items))
                                        : Value::structure(std::move(items));
    }
    case DataType::CompactArray: {
        auto d = description(o.value(DescriptionKey), depth + 1);
        if (!d)
            return d.error();
        if (!v.isArray())
            return badValue();
        CompactArray compact{std::move(d).value(), {}};
        for (const auto &item : v.toArray()) {
            auto element = value(item, depth + 1);
            if (!element)
                return element;
            if (!conforms(compact.elementType, *element))
                return invalid(
                    ValueJson::tr("compact-array element does not match the description"));
            compact.elements.append(std::move(element).value());
        }
        return Value::compactArray(std::move(compact));
    }
    case DataType::DateTime:
        return dateTime(o);
    case DataType::Date: {
        const auto date = parseCosemDate(v.toString());
        bool ok = true;
        if (!date)
            return badValue();
        CosemDate result = *date;
        if (const auto dow = optionalByte(o, DayOfWeekKey, &ok))
            result.dayOfWeek = *dow;
        if (!ok)
            return badValue();
        return Value::date(result);
    }
    case DataType::Time: {
        const auto time = parseCosemTime(v.toString());
        bool ok = true;
        if (!time)
            return badValue();
        CosemTime result = *time;
        if (const auto hundredths = optionalByte(o, HundredthsKey, &ok))
            result.hundredths = *hundredths;
        if (!ok)
            return badValue();
        return Value::time(result);
    }
    }
    return badValue();
}

QJsonArray listJson(const QList<Value> &items, QJsonValue (*convert)(const Value &))
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(convert(item));
    return array;
}

} // namespace

QJsonValue toJson(const Value &value)
{
    QJsonObject o{{TypeKey, dataTypeName(value.type())}};
    const auto &s = value.storage();
    switch (value.type()) {
    case DataType::Null:
    case DataType::DontCare:
        o.insert(ValueKey, QJsonValue::Null);
        break;
    case DataType::Boolean:
        o.insert(ValueKey, value.toBool());
        break;
    case DataType::Integer:
    case DataType::Long:
    case DataType::DoubleLong:
    case DataType::Long64:
        o.insert(ValueKey, int64Json(std::get<qint64>(s)));
        break;
    case DataType::Unsigned:
    case DataType::LongUnsigned:
    case DataType::DoubleLongUnsigned:
    case DataType::Long64Unsigned:
    case DataType::Enum:
        o.insert(ValueKey, uint64Json(std::get<quint64>(s)));
        break;
    case DataType::Float32:
        o.insert(ValueKey, floatJson<float, quint32>(std::get<float>(s)));
        break;
    case DataType::Float64:
        o.insert(ValueKey, floatJson<double, quint64>(std::get<double>(s)));
        break;
    case DataType::OctetString:
    case DataType::Bcd:
        o.insert(ValueKey, hex(value.bytes()));
        break;
    case DataType::VisibleString:
        o.insert(ValueKey, QString::fromLatin1(value.bytes()));
        break;
    case DataType::Utf8String: {
        const QString text = QString::fromUtf8(value.bytes());
        if (text.toUtf8() == value.bytes())
            o.insert(ValueKey, text);
        else
            o.insert(HexKey, hex(value.bytes()));
        break;
    }
    case DataType::BitString: {
        const auto &bits = std::get<BitString>(s);
        const QString text = bitText(bits);
        o.insert(ValueKey, text);
        bool ok = false;
        if (bitsFromText(text, &ok).bytes != bits.bytes)
            o.insert(HexKey, hex(bits.bytes));
        break;
    }
    case DataType::Array:
    case DataType::Structure:
        o.insert(ValueKey, listJson(value.items(), &toJson));
        break;
    case DataType::CompactArray:
        o.insert(DescriptionKey, descriptionJson(value.compact()->elementType));
        o.insert(ValueKey, listJson(value.compact()->elements, &toJson));
        break;
    case DataType::DateTime: {
        const auto &dt = std::get<CosemDateTime>(s);
        o.insert(ValueKey, dt.toIsoString());
        if (dt.clockStatus != 0xFF)
            o.insert(StatusKey, int(dt.clockStatus));
        addDateTimeExtras(o, dt.date, &dt.time);
        break;
    }
    case DataType::Date: {
        const auto &d = std::get<CosemDate>(s);
        o.insert(ValueKey, cosemDateText(d));
        addDateTimeExtras(o, d, nullptr);
        break;
    }
    case DataType::Time: {
        const auto &t = std::get<CosemTime>(s);
        o.insert(ValueKey, cosemTimeText(t));
        if (t.hundredths == 0xFF)
            o.insert(HundredthsKey, int(t.hundredths));
        break;
    }
    }
    return o;
}

Result<Value> fromJson(const QJsonValue &json)
{
    return JsonReader().value(json, 0);
}

QJsonValue toPlainJson(const Value &value)
{
    const auto &s = value.storage();
    switch (value.type()) {
    case DataType::Null:
    case DataType::DontCare:
        return QJsonValue::Null;
    case DataType::Boolean:
        return value.toBool();
    case DataType::Integer:
    case DataType::Long:
    case DataType::DoubleLong:
    case DataType::Long64:
        return int64Json(std::get<qint64>(s));
    case DataType::Unsigned:
    case DataType::LongUnsigned:
    case DataType::DoubleLongUnsigned:
    case DataType::Long64Unsigned:
    case DataType::Enum:
        return uint64Json(std::get<quint64>(s));
    case DataType::Float32:
        return floatJson<float, quint32>(std::get<float>(s));
    case DataType::Float64:
        return floatJson<double, quint64>(std::get<double>(s));
    case DataType::OctetString:
        if (const auto dt = value.asDateTime())
            return dt->toIsoString();
        return hex(value.bytes());
    case DataType::Bcd:
        return hex(value.bytes());
    case DataType::VisibleString:
    case DataType::Utf8String:
    case DataType::BitString:
    case DataType::DateTime:
    case DataType::Date:
    case DataType::Time:
        return value.toDisplayString();
    case DataType::Array:
    case DataType::Structure:
        return listJson(value.items(), &toPlainJson);
    case DataType::CompactArray:
        return listJson(value.compact()->elements, &toPlainJson);
    }
    return QJsonValue::Null;
}

QString displayTypeName(const Value &value)
{
    if (value.type() == DataType::OctetString && value.asDateTime())
        return dataTypeName(DataType::DateTime);
    return dataTypeName(value.type());
}

} // namespace ims::axdr
