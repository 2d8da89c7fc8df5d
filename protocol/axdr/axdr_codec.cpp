#include "protocol/axdr/axdr_codec.h"

#include "protocol/core/bytes.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <optional>

namespace ims::axdr {

namespace {

struct AxdrCodec
{
    Q_DECLARE_TR_FUNCTIONS(AxdrCodec)
};

quint64 readBe64(QByteArrayView b, qsizetype at)
{
    return (quint64(readBe32(b, at)) << 32) | readBe32(b, at + 4);
}

qsizetype fixedSize(DataType type)
{
    switch (type) {
    case DataType::Null:
    case DataType::DontCare:
        return 0;
    case DataType::Boolean:
    case DataType::Bcd:
    case DataType::Integer:
    case DataType::Unsigned:
    case DataType::Enum:
        return 1;
    case DataType::Long:
    case DataType::LongUnsigned:
        return 2;
    case DataType::DoubleLong:
    case DataType::DoubleLongUnsigned:
    case DataType::Float32:
    case DataType::Time:
        return 4;
    case DataType::Date:
        return 5;
    case DataType::Long64:
    case DataType::Long64Unsigned:
    case DataType::Float64:
        return 8;
    case DataType::DateTime:
        return 12;
    default:
        return -1;
    }
}

// The smallest number of content bytes one compact-array element of this
// description can take. Zero means an element could be "decoded" forever
// without consuming input.
qsizetype minimumSize(const TypeDescription &d)
{
    switch (d.type) {
    case DataType::Array:
        return d.children.isEmpty() ? 0 : qsizetype(d.arrayCount) * minimumSize(d.children.first());
    case DataType::Structure: {
        qsizetype sum = 0;
        for (const auto &child : d.children)
            sum += minimumSize(child);
        return sum;
    }
    default: {
        const qsizetype fixed = fixedSize(d.type);
        return fixed >= 0 ? fixed : 1; // a length prefix at least
    }
    }
}

// The exact wire size of one element when the description has no
// variable-length part, else nullopt.
std::optional<qsizetype> exactSize(const TypeDescription &d)
{
    switch (d.type) {
    case DataType::Array: {
        if (d.children.isEmpty())
            return 0;
        const auto child = exactSize(d.children.first());
        return child ? std::optional<qsizetype>(*child * d.arrayCount) : std::nullopt;
    }
    case DataType::Structure: {
        qsizetype sum = 0;
        for (const auto &child : d.children) {
            const auto size = exactSize(child);
            if (!size)
                return std::nullopt;
            sum += *size;
        }
        return sum;
    }
    default: {
        const qsizetype fixed = fixedSize(d.type);
        return fixed >= 0 ? std::optional<qsizetype>(fixed) : std::nullopt;
    }
    }
}

// How many values one element of this description decodes to, lists included.
qint64 valuesPerElement(const TypeDescription &d)
{
    if (d.type == DataType::Array)
        return 1
               + (d.children.isEmpty()
                      ? 0
                      : qint64(d.arrayCount) * valuesPerElement(d.children.first()));
    if (d.type == DataType::Structure) {
        qint64 sum = 1;
        for (const auto &child : d.children)
            sum += valuesPerElement(child);
        return sum;
    }
    return 1;
}

CosemDate rawDate(QByteArrayView b, qsizetype at)
{
    return CosemDate{readBe16(b, at), quint8(b[at + 2]), quint8(b[at + 3]), quint8(b[at + 4])};
}

CosemTime rawTime(QByteArrayView b, qsizetype at)
{
    return CosemTime{quint8(b[at]), quint8(b[at + 1]), quint8(b[at + 2]), quint8(b[at + 3])};
}

class Decoder
{
public:
    Decoder(QByteArrayView in, qsizetype pos, const DecodeLimits &limits)
        : m_in(in)
        , m_pos(pos)
        , m_start(pos)
        , m_end(in.size())
        , m_limits(limits)
    {}

    qsizetype pos() const { return m_pos; }
    Error takeError() { return std::move(m_error); }

    bool value(Value &out, int depth)
    {
        if (!need(1) || !countElement())
            return false;
        const quint8 tag = quint8(m_in[m_pos]);
        if (!isKnownDataType(tag))
            return fail(ErrorKind::Malformed,
                        AxdrCodec::tr("unknown A-XDR data tag 0x%1 at offset %2")
                            .arg(tag, 2, 16, QLatin1Char('0'))
                            .arg(m_pos));
        ++m_pos;
        const auto type = DataType(tag);
        switch (type) {
        case DataType::Array:
        case DataType::Structure:
            return list(type, out, depth);
        case DataType::CompactArray:
            return compactArray(out, depth);
        default:
            return simple(type, out);
        }
    }

private:
    bool fail(ErrorKind kind, QString message)
    {
        m_error = Error(kind, std::move(message));
        return false;
    }

    bool need(qsizetype n)
    {
        if (m_end - m_pos >= n)
            return true;
        return fail(ErrorKind::Truncated,
                    AxdrCodec::tr("A-XDR input ends at offset %1, %2 more byte(s) needed")
                        .arg(m_end)
                        .arg(n - (m_end - m_pos)));
    }

    bool countElement()
    {
        if (++m_elements <= m_limits.maxElements)
            return true;
        return fail(
            ErrorKind::TooLarge,
            AxdrCodec::tr("A-XDR value has more than %1 elements").arg(m_limits.maxElements));
    }

    bool enter(int depth)
    {
        if (depth < m_limits.maxDepth)
            return true;
        return fail(ErrorKind::TooDeep, AxdrCodec::tr("A-XDR nesting deeper than %1 at offset %2")
                                            .arg(m_limits.maxDepth)
                                            .arg(m_pos));
    }

    bool length(quint32 &out)
    {
        auto result = decodeLength(m_in.first(m_end), m_pos, m_limits.canonicalOnly);
        if (!result)
            return fail(result.error().kind, result.error().message);
        out = *result;
        return true;
    }

    // A declared byte count: bounded by the configured size before it is
    // compared with what is present, so a huge length is TooLarge, not a
    // reason to wait for gigabytes.
    bool declaredBytes(qint64 n)
    {
        if (n > m_limits.maxBytes - (m_pos - m_start))
            return fail(ErrorKind::TooLarge,
                        AxdrCodec::tr("A-XDR length %1 at offset %2 exceeds the limit of %3 bytes")
                            .arg(n)
                            .arg(m_pos)
                            .arg(m_limits.maxBytes));
        return need(n);
    }

    bool bytes(qint64 n, QByteArray &out)
    {
        if (!declaredBytes(n))
            return false;
        out = QByteArray(m_in.data() + m_pos, qsizetype(n));
        m_pos += n;
        return true;
    }

    bool list(DataType type, Value &out, int depth)
    {
        quint32 count = 0;
        if (!enter(depth) || !length(count))
            return false;
        if (qint64(count) > m_limits.maxElements - m_elements)
            return fail(ErrorKind::TooLarge,
                        AxdrCodec::tr("A-XDR %1 declares %2 elements, more than the limit of %3")
                            .arg(dataTypeName(type))
                            .arg(count)
                            .arg(m_limits.maxElements));
        QList<Value> items;
        // Every element takes at least one byte: never reserve more than is present.
        items.reserve(qsizetype(std::min<qint64>(count, m_end - m_pos)));
        for (quint32 i = 0; i < count; ++i) {
            if (!value(items.emplaceBack(), depth + 1))
                return false;
        }
        out = type == DataType::Array ? Value::array(std::move(items))
                                      : Value::structure(std::move(items));
        return true;
    }

    // The body of a simple type: what follows the tag, and all that a
    // compact-array element of that type carries.
    bool simple(DataType type, Value &out)
    {
        if (const qsizetype size = fixedSize(type); size >= 0 && !need(size))
            return false;
        const qsizetype at = m_pos;
        const auto byte = [&] {
            return quint8(m_in[at]);
        };
        switch (type) {
        case DataType::Null:
            out = Value::null();
            break;
        case DataType::DontCare:
            out = Value::dontCare();
            break;
        case DataType::Boolean:
            if (m_limits.canonicalOnly && byte() > 1)
                return fail(ErrorKind::Malformed,
                            AxdrCodec::tr("boolean 0x%1 at offset %2 is not 0x00 or 0x01")
                                .arg(byte(), 2, 16, QLatin1Char('0'))
                                .arg(at));
            out = Value::boolean(byte() != 0);
            break;
        case DataType::Integer:
            out = Value::integer(qint8(byte()));
            break;
        case DataType::Unsigned:
            out = Value::unsigned8(byte());
            break;
        case DataType::Enum:
            out = Value::enumValue(byte());
            break;
        case DataType::Bcd:
            out = Value::bcd(QByteArray(1, char(byte())));
            break;
        case DataType::Long:
            out = Value::long16(qint16(readBe16(m_in, at)));
            break;
        case DataType::LongUnsigned:
            out = Value::longUnsigned(readBe16(m_in, at));
            break;
        case DataType::DoubleLong:
            out = Value::doubleLong(qint32(readBe32(m_in, at)));
            break;
        case DataType::DoubleLongUnsigned:
            out = Value::doubleLongUnsigned(readBe32(m_in, at));
            break;
        case DataType::Long64:
            out = Value::long64(qint64(readBe64(m_in, at)));
            break;
        case DataType::Long64Unsigned:
            out = Value::long64Unsigned(readBe64(m_in, at));
            break;
        case DataType::Float32:
            out = Value::float32(std::bit_cast<float>(readBe32(m_in, at)));
            break;
        case DataType::Float64:
            out = Value::float64(std::bit_cast<double>(readBe64(m_in, at)));
            break;
        case DataType::DateTime: {
            CosemDateTime dt;
            dt.date = rawDate(m_in, at);
            dt.time = rawTime(m_in, at + 5);
            dt.deviation = qint16(readBe16(m_in, at + 9));
            dt.clockStatus = quint8(m_in[at + 11]);
            out = Value::dateTime(dt);
            break;
        }
        case DataType::Date:
            out = Value::date(rawDate(m_in, at));
            break;
        case DataType::Time:
            out = Value::time(rawTime(m_in, at));
            break;
        case DataType::OctetString:
        case DataType::VisibleString:
        case DataType::Utf8String: {
            quint32 n = 0;
            QByteArray data;
            if (!length(n) || !bytes(n, data))
                return false;
            out = type == DataType::OctetString     ? Value::octetString(std::move(data))
                  : type == DataType::VisibleString ? Value::visibleString(std::move(data))
                                                    : Value::utf8String(std::move(data));
            return true;
        }
        case DataType::BitString: {
            quint32 bits = 0;
            BitString b;
            if (!length(bits) || !bytes((qint64(bits) + 7) / 8, b.bytes))
                return false;
            b.bitCount = bits;
            out = Value::bitString(std::move(b));
            return true;
        }
        default:
            return fail(ErrorKind::Malformed,
                        AxdrCodec::tr("A-XDR type %1 cannot appear here (offset %2)")
                            .arg(dataTypeName(type))
                            .arg(at - 1));
        }
        m_pos += fixedSize(type);
        return true;
    }

    bool typeDescription(TypeDescription &out, int depth)
    {
        if (!enter(depth) || !need(1))
            return false;
        const quint8 tag = quint8(m_in[m_pos]);
        if (!isKnownDataType(tag) || DataType(tag) == DataType::CompactArray)
            return fail(
                ErrorKind::Malformed,
                AxdrCodec::tr("invalid type 0x%1 in a compact-array description at offset %2")
                    .arg(tag, 2, 16, QLatin1Char('0'))
                    .arg(m_pos));
        ++m_pos;
        out.type = DataType(tag);
        if (out.type == DataType::Array) {
            if (!need(2))
                return false;
            out.arrayCount = readBe16(m_in, m_pos);
            m_pos += 2;
            return typeDescription(out.children.emplaceBack(), depth + 1);
        }
        if (out.type == DataType::Structure) {
            quint32 members = 0;
            if (!length(members))
                return false;
            // Each member description takes at least one byte.
            if (qint64(members) > m_limits.maxBytes - (m_pos - m_start)
                || qint64(members) > m_limits.maxElements)
                return fail(
                    ErrorKind::TooLarge,
                    AxdrCodec::tr("compact-array description declares %1 members").arg(members));
            out.children.reserve(qsizetype(std::min<qint64>(members, m_end - m_pos)));
            for (quint32 i = 0; i < members; ++i) {
                if (!typeDescription(out.children.emplaceBack(), depth + 1))
                    return false;
            }
        }
        return true;
    }

    bool compactElement(const TypeDescription &d, Value &out, int depth)
    {
        if (!countElement())
            return false;
        if (d.type != DataType::Array && d.type != DataType::Structure)
            return simple(d.type, out);
        if (!enter(depth))
            return false;
        QList<Value> items;
        if (d.type == DataType::Array) {
            items.reserve(std::min<qsizetype>(d.arrayCount, m_end - m_pos + 1));
            for (quint16 i = 0; i < d.arrayCount; ++i) {
                if (!compactElement(d.children.first(), items.emplaceBack(), depth + 1))
                    return false;
            }
            out = Value::array(std::move(items));
        } else {
            items.reserve(d.children.size());
            for (const auto &child : d.children) {
                if (!compactElement(child, items.emplaceBack(), depth + 1))
                    return false;
            }
            out = Value::structure(std::move(items));
        }
        return true;
    }

    bool compactArray(Value &out, int depth)
    {
        CompactArray result;
        quint32 contentLength = 0;
        if (!enter(depth) || !typeDescription(result.elementType, depth + 1)
            || !length(contentLength) || !declaredBytes(contentLength))
            return false;
        const qsizetype contentEnd = m_pos + qsizetype(contentLength);
        const qsizetype elementSize = minimumSize(result.elementType);
        if (elementSize == 0 && contentLength > 0)
            return fail(ErrorKind::Malformed,
                        AxdrCodec::tr(
                            "compact-array at offset %1 has content but its elements take no bytes")
                            .arg(m_pos));
        // With a fixed element size the element count is known before any
        // element is decoded: check it against the limits up front.
        if (const auto size = exactSize(result.elementType); size && *size > 0) {
            if (contentLength % *size != 0)
                return fail(ErrorKind::Malformed,
                            AxdrCodec::tr("compact-array contents of %1 bytes at offset %2 are not "
                                          "a whole number of %3-byte elements")
                                .arg(contentLength)
                                .arg(m_pos)
                                .arg(*size));
            const qint64 values
                = qint64(contentLength / *size) * valuesPerElement(result.elementType);
            if (values > m_limits.maxElements - m_elements)
                return fail(
                    ErrorKind::TooLarge,
                    AxdrCodec::tr(
                        "compact-array at offset %1 holds %2 values, more than the limit of %3")
                        .arg(m_pos)
                        .arg(values)
                        .arg(m_limits.maxElements));
        }
        result.elements.reserve(elementSize > 0 ? contentLength / elementSize : 0);
        // The content block is complete (checked above): an element running
        // past its end is a wrong description, not a short read.
        const qsizetype outerEnd = m_end;
        m_end = contentEnd;
        while (m_pos < contentEnd) {
            if (!compactElement(result.elementType, result.elements.emplaceBack(), depth + 1)) {
                m_end = outerEnd;
                if (m_error.kind == ErrorKind::Truncated)
                    m_error = Error(
                        ErrorKind::Malformed,
                        AxdrCodec::tr(
                            "compact-array element crosses the end of its contents at offset %1")
                            .arg(contentEnd));
                return false;
            }
        }
        m_end = outerEnd;
        out = Value::compactArray(std::move(result));
        return true;
    }

    QByteArrayView m_in;
    qsizetype m_pos;
    qsizetype m_start;
    qsizetype m_end;
    const DecodeLimits &m_limits;
    qsizetype m_elements = 0;
    Error m_error;
};

} // namespace

Result<quint32> decodeLength(QByteArrayView in, qsizetype &pos, bool canonicalOnly)
{
    if (pos >= in.size())
        return Error(ErrorKind::Truncated,
                     AxdrCodec::tr("A-XDR length missing at offset %1").arg(pos));
    const quint8 first = quint8(in[pos]);
    if (first < 0x80) {
        ++pos;
        return quint32(first);
    }
    const int n = first & 0x7F;
    if (n == 0 || n > 4)
        return Error(ErrorKind::Malformed,
                     AxdrCodec::tr("A-XDR length form 0x%1 at offset %2 is not supported")
                         .arg(first, 2, 16, QLatin1Char('0'))
                         .arg(pos));
    if (in.size() - pos - 1 < n)
        return Error(ErrorKind::Truncated,
                     AxdrCodec::tr("A-XDR length truncated at offset %1").arg(pos));
    quint32 length = 0;
    for (int i = 1; i <= n; ++i)
        length = (length << 8) | quint8(in[pos + i]);
    if (canonicalOnly && (length < 0x80 || (n > 1 && (length >> (8 * (n - 1))) == 0)))
        return Error(ErrorKind::Malformed,
                     AxdrCodec::tr("A-XDR length %1 at offset %2 is not in its shortest form")
                         .arg(length)
                         .arg(pos));
    pos += 1 + n;
    return length;
}

Result<Value> decode(QByteArrayView in, qsizetype &pos, const DecodeLimits &limits)
{
    if (pos < 0 || pos > in.size())
        return Error(ErrorKind::InvalidArgument,
                     AxdrCodec::tr("A-XDR decode position %1 outside the input").arg(pos));
    Decoder decoder(in, pos, limits);
    Value value;
    if (!decoder.value(value, 0))
        return decoder.takeError();
    pos = decoder.pos();
    return value;
}

Result<Value> decodeAll(QByteArrayView in, const DecodeLimits &limits)
{
    qsizetype pos = 0;
    auto result = decode(in, pos, limits);
    if (result && pos != in.size())
        return Error(ErrorKind::Malformed,
                     AxdrCodec::tr("%1 byte(s) after the A-XDR value at offset %2")
                         .arg(in.size() - pos)
                         .arg(pos));
    return result;
}

} // namespace ims::axdr
