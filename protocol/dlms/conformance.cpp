#include "protocol/dlms/conformance.h"

namespace ims::dlms {

QString conformanceBitName(ConformanceBit bit)
{
    switch (bit) {
    case ConformanceBit::ReservedZero:
        return QStringLiteral("reserved-zero");
    case ConformanceBit::GeneralProtection:
        return QStringLiteral("general-protection");
    case ConformanceBit::GeneralBlockTransfer:
        return QStringLiteral("general-block-transfer");
    case ConformanceBit::Read:
        return QStringLiteral("read");
    case ConformanceBit::Write:
        return QStringLiteral("write");
    case ConformanceBit::UnconfirmedWrite:
        return QStringLiteral("unconfirmed-write");
    case ConformanceBit::DeltaValueEncoding:
        return QStringLiteral("delta-value-encoding");
    case ConformanceBit::ReservedSeven:
        return QStringLiteral("reserved-seven");
    case ConformanceBit::Attribute0SupportedWithSet:
        return QStringLiteral("attribute0-supported-with-set");
    case ConformanceBit::PriorityMgmtSupported:
        return QStringLiteral("priority-mgmt-supported");
    case ConformanceBit::Attribute0SupportedWithGet:
        return QStringLiteral("attribute0-supported-with-get");
    case ConformanceBit::BlockTransferWithGetOrRead:
        return QStringLiteral("block-transfer-with-get-or-read");
    case ConformanceBit::BlockTransferWithSetOrWrite:
        return QStringLiteral("block-transfer-with-set-or-write");
    case ConformanceBit::BlockTransferWithAction:
        return QStringLiteral("block-transfer-with-action");
    case ConformanceBit::MultipleReferences:
        return QStringLiteral("multiple-references");
    case ConformanceBit::InformationReport:
        return QStringLiteral("information-report");
    case ConformanceBit::DataNotification:
        return QStringLiteral("data-notification");
    case ConformanceBit::Access:
        return QStringLiteral("access");
    case ConformanceBit::ParameterizedAccess:
        return QStringLiteral("parameterized-access");
    case ConformanceBit::Get:
        return QStringLiteral("get");
    case ConformanceBit::Set:
        return QStringLiteral("set");
    case ConformanceBit::SelectiveAccess:
        return QStringLiteral("selective-access");
    case ConformanceBit::EventNotification:
        return QStringLiteral("event-notification");
    case ConformanceBit::Action:
        return QStringLiteral("action");
    }
    return QStringLiteral("bit-%1").arg(quint8(bit));
}

Conformance Conformance::of(std::initializer_list<ConformanceBit> bits)
{
    Conformance c;
    for (ConformanceBit b : bits)
        c.set(b);
    return c;
}

std::optional<Conformance> Conformance::fromOctets(QByteArrayView threeBytes)
{
    if (threeBytes.size() != 3)
        return std::nullopt;
    return fromValue((quint32(quint8(threeBytes[0])) << 16) | (quint32(quint8(threeBytes[1])) << 8)
                     | quint8(threeBytes[2]));
}

QByteArray Conformance::toOctets() const
{
    QByteArray out(3, '\0');
    out[0] = char((m_value >> 16) & 0xFF);
    out[1] = char((m_value >> 8) & 0xFF);
    out[2] = char(m_value & 0xFF);
    return out;
}

Conformance &Conformance::set(ConformanceBit bit, bool on)
{
    if (on)
        m_value |= mask(bit);
    else
        m_value &= ~mask(bit);
    return *this;
}

QList<ConformanceBit> Conformance::bits() const
{
    QList<ConformanceBit> out;
    for (quint8 n = 0; n < 24; ++n) {
        if (has(ConformanceBit(n)))
            out << ConformanceBit(n);
    }
    return out;
}

QStringList Conformance::names() const
{
    QStringList out;
    for (ConformanceBit b : bits())
        out << conformanceBitName(b);
    return out;
}

} // namespace ims::dlms
