#pragma once
// The COSEM data model (IEC 62056-6-2 "Data" CHOICE) as a typed value that
// keeps the exact wire type, so that a value read from a meter and written
// back is encoded with the same tag and width.
#include "protocol/axdr/cosem_datetime.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <memory>
#include <variant>

namespace ims::axdr {

// Tags of the A-XDR Data CHOICE (IEC 62056-6-2, clause 4.1.5).
enum class DataType : quint8 {
    Null = 0,
    Array = 1,
    Structure = 2,
    Boolean = 3,
    BitString = 4,
    DoubleLong = 5,         // int32
    DoubleLongUnsigned = 6, // uint32
    OctetString = 9,
    VisibleString = 10,
    Utf8String = 12,
    Bcd = 13,
    Integer = 15,      // int8
    Long = 16,         // int16
    Unsigned = 17,     // uint8
    LongUnsigned = 18, // uint16
    CompactArray = 19,
    Long64 = 20,
    Long64Unsigned = 21,
    Enum = 22,
    Float32 = 23,
    Float64 = 24,
    DateTime = 25, // 12 octets, tagged form
    Date = 26,     // 5 octets
    Time = 27,     // 4 octets
    DontCare = 255,
};

// "double-long-unsigned", "octet-string", ... as the Blue Book names them.
QString dataTypeName(DataType type);
bool isKnownDataType(quint8 tag);

struct BitString
{
    QByteArray bytes; // most significant bit first, as on the wire
    quint32 bitCount = 0;
    bool operator==(const BitString &) const = default;
};

class Value;

// compact-array: a type description and the elements' contents without tags.
// Both the description and the decoded elements are kept; encoding uses the
// description, so a compact array read from a meter encodes back byte-exact.
struct TypeDescription
{
    DataType type = DataType::Null;
    // array: one element description and the element count;
    // structure: one description per member.
    quint16 arrayCount = 0;
    QList<TypeDescription> children;
    bool operator==(const TypeDescription &) const = default;
};

struct CompactArray
{
    TypeDescription elementType;
    QList<Value> elements; // each decoded according to elementType
    bool operator==(const CompactArray &) const;
};

class Value
{
public:
    using Storage
        = std::variant<std::monostate, // null, dont-care
                       bool,           // boolean
                       qint64,         // signed integers, enum stored unsigned below
                       quint64,        // unsigned integers, enum
                       float,          // float32, bit-exact
                       double,         // float64, bit-exact
                       QByteArray,     // octet/visible/utf8 string, bcd
                       BitString,
                       QList<Value>, // array, structure
                       std::shared_ptr<CompactArray>, CosemDateTime, CosemDate, CosemTime>;

    Value() = default; // null-data

    // Factories: one per wire type, so the caller always chooses the tag.
    static Value null() { return {}; }
    static Value dontCare();
    static Value boolean(bool v);
    static Value integer(qint8 v);
    static Value long16(qint16 v);
    static Value doubleLong(qint32 v);
    static Value long64(qint64 v);
    static Value unsigned8(quint8 v);
    static Value longUnsigned(quint16 v);
    static Value doubleLongUnsigned(quint32 v);
    static Value long64Unsigned(quint64 v);
    static Value enumValue(quint8 v);
    static Value float32(float v);
    static Value float64(double v);
    static Value octetString(QByteArray v);
    static Value visibleString(QByteArray v);
    static Value utf8String(QByteArray v);
    static Value bcd(QByteArray v);
    static Value bitString(BitString v);
    static Value array(QList<Value> items);
    static Value structure(QList<Value> members);
    static Value compactArray(CompactArray v);
    static Value dateTime(const CosemDateTime &v); // tagged date-time (0x19)
    static Value date(const CosemDate &v);
    static Value time(const CosemTime &v);

    DataType type() const { return m_type; }
    const Storage &storage() const { return m_storage; }

    bool isNull() const { return m_type == DataType::Null; }
    bool isInteger() const; // any signed/unsigned integer type or enum
    bool isList() const { return m_type == DataType::Array || m_type == DataType::Structure; }

    // Integer access; fails (nullopt) on non-integers or values out of range.
    std::optional<qint64> toInt64() const;
    std::optional<quint64> toUInt64() const;
    bool toBool() const;
    const QByteArray &bytes() const;     // strings, bcd; empty otherwise
    const QList<Value> &items() const;   // array/structure; empty otherwise
    const CompactArray *compact() const; // compact-array or nullptr
    // An octet-string of 12 bytes is how SPODES meters send date-time.
    std::optional<CosemDateTime> asDateTime() const;

    // Human/JSON friendly text: numbers in decimal, strings as text or hex,
    // date-time as ISO 8601; lists as "[a, b]" / "{a, b}".
    QString toDisplayString() const;

    bool operator==(const Value &other) const;
    bool operator!=(const Value &other) const { return !(*this == other); }

private:
    Value(DataType type, Storage storage)
        : m_type(type)
        , m_storage(std::move(storage))
    {}

    DataType m_type = DataType::Null;
    Storage m_storage;
};

} // namespace ims::axdr

// Every alternative of Value::Storage (implicitly shared Qt containers,
// shared_ptr, plain structs) may be moved in memory, so QList<Value> can grow
// by memmove instead of element-wise moves: profile buffers are lists of
// thousands of rows.
Q_DECLARE_TYPEINFO(ims::axdr::Value, Q_RELOCATABLE_TYPE);
