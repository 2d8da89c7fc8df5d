#include "protocol/hdlc/hdlc_address.h"

namespace ims::hdlc {

namespace {

class AddressText
{
    Q_DECLARE_TR_FUNCTIONS(HdlcAddress)
public:
    static QString tooLarge(const HdlcAddress &a)
    {
        return tr("HDLC address %1/%2 does not fit in %3 byte(s)")
            .arg(a.upper)
            .arg(a.lower)
            .arg(a.size);
    }
    static QString badSize(int size)
    {
        return tr("HDLC address size %1 is not 1, 2 or 4").arg(size);
    }
    static QString unterminated() { return tr("HDLC address does not end within 4 bytes"); }
    static QString threeBytes() { return tr("HDLC address of 3 bytes"); }
    static QString truncated() { return tr("HDLC address cut short"); }
};

} // namespace

quint32 HdlcAddress::value() const
{
    const int bytes = encodedAddressSize(*this);
    if (bytes == 2)
        return (quint32(upper) << 7) | lower;
    if (bytes == 4)
        return (quint32(upper) << 14) | lower;
    return upper;
}

bool sameStation(const HdlcAddress &a, const HdlcAddress &b)
{
    return a.upper == b.upper && a.lower == b.lower;
}

int encodedAddressSize(const HdlcAddress &address)
{
    switch (address.size) {
    case 0:
        if (address.upper < 0x80 && address.lower == 0)
            return 1;
        if (address.upper < 0x80 && address.lower < 0x80)
            return 2;
        if (address.upper < 0x4000 && address.lower < 0x4000)
            return 4;
        return 0;
    case 1:
        return address.upper < 0x80 && address.lower == 0 ? 1 : 0;
    case 2:
        return address.upper < 0x80 && address.lower < 0x80 ? 2 : 0;
    case 4:
        return address.upper < 0x4000 && address.lower < 0x4000 ? 4 : 0;
    default:
        return 0;
    }
}

Status appendAddress(QByteArray &out, const HdlcAddress &address)
{
    if (address.size != 0 && address.size != 1 && address.size != 2 && address.size != 4)
        return Error(ErrorKind::InvalidArgument, AddressText::badSize(address.size));
    switch (encodedAddressSize(address)) {
    case 1:
        out.append(char((address.upper << 1) | 1));
        return {};
    case 2:
        out.append(char(address.upper << 1));
        out.append(char((address.lower << 1) | 1));
        return {};
    case 4:
        out.append(char(((address.upper >> 7) & 0x7F) << 1));
        out.append(char((address.upper & 0x7F) << 1));
        out.append(char(((address.lower >> 7) & 0x7F) << 1));
        out.append(char(((address.lower & 0x7F) << 1) | 1));
        return {};
    default:
        return Error(ErrorKind::InvalidArgument, AddressText::tooLarge(address));
    }
}

Result<QByteArray> encodeAddress(const HdlcAddress &address)
{
    QByteArray out;
    if (Status s = appendAddress(out, address); !s)
        return s.error();
    return out;
}

Result<DecodedAddress> decodeAddress(QByteArrayView bytes)
{
    int length = 0;
    while (true) {
        if (length == 4)
            return Error(ErrorKind::Malformed, AddressText::unterminated());
        if (length >= bytes.size())
            return Error(ErrorKind::Truncated, AddressText::truncated());
        if (quint8(bytes[length++]) & 1)
            break;
    }
    auto seven = [&](int i) {
        return quint16(quint8(bytes[i]) >> 1);
    };
    DecodedAddress d;
    d.consumed = length;
    d.address.size = length;
    switch (length) {
    case 1:
        d.address.upper = seven(0);
        break;
    case 2:
        d.address.upper = seven(0);
        d.address.lower = seven(1);
        break;
    case 4:
        d.address.upper = quint16((seven(0) << 7) | seven(1));
        d.address.lower = quint16((seven(2) << 7) | seven(3));
        break;
    default:
        return Error(ErrorKind::Malformed, AddressText::threeBytes());
    }
    return d;
}

} // namespace ims::hdlc
