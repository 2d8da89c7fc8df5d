#pragma once
// The xDLMS conformance block (IEC 62056-5-3 / Blue Book 9.5): a BER BIT
// STRING of 24 bits, bit 0 first on the wire. Bit n of the standard is bit
// (23 - n) of the 24-bit number carried in the three content octets.
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace ims::dlms {

enum class ConformanceBit : quint8 {
    ReservedZero = 0,
    GeneralProtection = 1,
    GeneralBlockTransfer = 2,
    Read = 3,
    Write = 4,
    UnconfirmedWrite = 5,
    DeltaValueEncoding = 6,
    ReservedSeven = 7,
    Attribute0SupportedWithSet = 8,
    PriorityMgmtSupported = 9,
    Attribute0SupportedWithGet = 10,
    BlockTransferWithGetOrRead = 11,
    BlockTransferWithSetOrWrite = 12,
    BlockTransferWithAction = 13,
    MultipleReferences = 14,
    InformationReport = 15,
    DataNotification = 16,
    Access = 17,
    ParameterizedAccess = 18,
    Get = 19,
    Set = 20,
    SelectiveAccess = 21,
    EventNotification = 22,
    Action = 23,
};

// "block-transfer-with-get-or-read" etc., as the ASN.1 names them.
QString conformanceBitName(ConformanceBit bit);

class Conformance
{
public:
    constexpr Conformance() = default;
    // The 24-bit number as written in traces: 0x001E1D.
    static constexpr Conformance fromValue(quint32 value) { return Conformance(value & 0xFFFFFF); }
    static Conformance of(std::initializer_list<ConformanceBit> bits);
    // The three content octets after "5F 1F 04 00".
    static std::optional<Conformance> fromOctets(QByteArrayView threeBytes);

    constexpr quint32 value() const { return m_value; }
    QByteArray toOctets() const;

    bool has(ConformanceBit bit) const { return m_value & mask(bit); }
    Conformance &set(ConformanceBit bit, bool on = true);
    QList<ConformanceBit> bits() const;
    QStringList names() const;
    // Bits offered by both sides, as a server negotiates them.
    Conformance intersected(Conformance other) const
    {
        return Conformance(m_value & other.m_value);
    }

    bool operator==(const Conformance &) const = default;

private:
    constexpr explicit Conformance(quint32 v)
        : m_value(v)
    {}
    static constexpr quint32 mask(ConformanceBit bit) { return 1u << (23 - quint8(bit)); }
    quint32 m_value = 0;
};

} // namespace ims::dlms
