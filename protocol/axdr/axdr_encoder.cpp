#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/bytes.h"

#include <bit>

namespace ims::axdr {

namespace {

void appendBe64(QByteArray &out, quint64 v)
{
    appendBe32(out, quint32(v >> 32));
    appendBe32(out, quint32(v & 0xFFFFFFFFu));
}

// Fixed wire size of the simple types; -1 for variable or constructed ones.
void encodeDescription(const TypeDescription &d, QByteArray &out)
{
    out.append(char(d.type));
    if (d.type == DataType::Array) {
        appendBe16(out, d.arrayCount);
        if (!d.children.isEmpty())
            encodeDescription(d.children.first(), out);
        else
            out.append(char(DataType::Null));
    } else if (d.type == DataType::Structure) {
        encodeLength(quint32(d.children.size()), out);
        for (const auto &child : d.children)
            encodeDescription(child, out);
    }
}

void encodeBody(const Value &value, QByteArray &out);

// A compact-array element: the description decides the layout, so the
// values go without tags and lists without counts.
void encodeUntagged(const TypeDescription &d, const Value &value, QByteArray &out)
{
    if (value.isList() && (d.type == DataType::Array || d.type == DataType::Structure)) {
        const auto &items = value.items();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const qsizetype child = d.type == DataType::Array ? 0 : i;
            if (child < d.children.size())
                encodeUntagged(d.children[child], items[i], out);
            else
                encode(items[i], out);
        }
        return;
    }
    encodeBody(value, out);
}

void encodeBytes(const QByteArray &bytes, QByteArray &out)
{
    encodeLength(quint32(bytes.size()), out);
    out.append(bytes);
}

// Two's complement bits of any integer value, for the fixed-width fields.
quint64 integerBits(const Value &value)
{
    if (const auto *s = std::get_if<qint64>(&value.storage()))
        return quint64(*s);
    if (const auto *u = std::get_if<quint64>(&value.storage()))
        return *u;
    return 0;
}

void encodeBody(const Value &value, QByteArray &out)
{
    const auto &s = value.storage();
    switch (value.type()) {
    case DataType::Null:
    case DataType::DontCare:
        break;
    case DataType::Boolean:
        out.append(char(value.toBool() ? 1 : 0));
        break;
    case DataType::Integer:
    case DataType::Unsigned:
    case DataType::Enum:
        out.append(char(integerBits(value)));
        break;
    case DataType::Long:
    case DataType::LongUnsigned:
        appendBe16(out, quint16(integerBits(value)));
        break;
    case DataType::DoubleLong:
    case DataType::DoubleLongUnsigned:
        appendBe32(out, quint32(integerBits(value)));
        break;
    case DataType::Long64:
    case DataType::Long64Unsigned:
        appendBe64(out, integerBits(value));
        break;
    case DataType::Float32:
        appendBe32(out, std::bit_cast<quint32>(std::get<float>(s)));
        break;
    case DataType::Float64:
        appendBe64(out, std::bit_cast<quint64>(std::get<double>(s)));
        break;
    case DataType::Bcd:
        // The Blue Book's bcd is one octet.
        out.append(value.bytes().isEmpty() ? char(0) : value.bytes().front());
        break;
    case DataType::OctetString:
    case DataType::VisibleString:
    case DataType::Utf8String:
        encodeBytes(value.bytes(), out);
        break;
    case DataType::BitString: {
        const auto &b = std::get<BitString>(s);
        const qsizetype size = (qsizetype(b.bitCount) + 7) / 8;
        encodeLength(b.bitCount, out);
        out.append(b.bytes.left(size));
        if (b.bytes.size() < size)
            out.append(size - b.bytes.size(), char(0));
        break;
    }
    case DataType::Array:
    case DataType::Structure: {
        const auto &items = value.items();
        encodeLength(quint32(items.size()), out);
        for (const auto &item : items)
            encode(item, out);
        break;
    }
    case DataType::CompactArray: {
        const CompactArray *c = value.compact();
        encodeDescription(c->elementType, out);
        QByteArray content;
        for (const auto &element : c->elements)
            encodeUntagged(c->elementType, element, content);
        encodeBytes(content, out);
        break;
    }
    case DataType::DateTime:
        out.append(std::get<CosemDateTime>(s).toOctets());
        break;
    case DataType::Date: {
        const auto &d = std::get<CosemDate>(s);
        appendBe16(out, d.year);
        out.append(char(d.month));
        out.append(char(d.day));
        out.append(char(d.dayOfWeek));
        break;
    }
    case DataType::Time: {
        const auto &t = std::get<CosemTime>(s);
        out.append(char(t.hour));
        out.append(char(t.minute));
        out.append(char(t.second));
        out.append(char(t.hundredths));
        break;
    }
    }
}

} // namespace

void encodeLength(quint32 length, QByteArray &out)
{
    if (length < 0x80) {
        out.append(char(length));
        return;
    }
    const int n = length <= 0xFF ? 1 : length <= 0xFFFF ? 2 : length <= 0xFFFFFF ? 3 : 4;
    out.append(char(0x80 | n));
    for (int i = n - 1; i >= 0; --i)
        out.append(char((length >> (8 * i)) & 0xFF));
}
void encode(const Value &value, QByteArray &out)
{
    out.append(char(value.type()));
    encodeBody(value, out);
}

QByteArray encode(const Value &value)
{
    QByteArray out;
    encode(value, out);
    return out;
}

} // namespace ims::axdr
