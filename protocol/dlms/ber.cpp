#include "protocol/dlms/ber.h"

namespace ims::dlms::ber {

Result<Tlv> Reader::next()
{
    const qsizetype left = m_in.size() - m_pos;
    if (left < 2)
        return Error(ErrorKind::Truncated, tr("BER field cut short"));
    const quint8 tag = quint8(m_in[m_pos]);
    if ((tag & 0x1F) == 0x1F)
        return Error(ErrorKind::Unsupported,
                     tr("multi-byte BER tag 0x%1").arg(tag, 2, 16, QLatin1Char('0')));
    qsizetype at = m_pos + 1;
    const quint8 first = quint8(m_in[at++]);
    qsizetype length = 0;
    if (first < 0x80) {
        length = first;
    } else {
        const int n = first & 0x7F;
        if (n == 0)
            return Error(ErrorKind::Unsupported, tr("indefinite BER length"));
        if (n > 3)
            return Error(ErrorKind::TooLarge, tr("BER length of %1 octets").arg(n));
        if (m_in.size() - at < n)
            return Error(ErrorKind::Truncated, tr("BER length cut short"));
        for (int i = 0; i < n; ++i)
            length = (length << 8) | quint8(m_in[at++]);
    }
    if (m_in.size() - at < length)
        return Error(ErrorKind::Truncated, tr("BER field 0x%1 declares %2 bytes, %3 remain")
                                               .arg(tag, 2, 16, QLatin1Char('0'))
                                               .arg(length)
                                               .arg(m_in.size() - at));
    m_pos = at + length;
    return Tlv{tag, m_in.sliced(at, length)};
}

Result<Tlv> Reader::whole(QByteArrayView in, quint8 expectedTag)
{
    Reader r(in);
    auto tlv = r.next();
    if (!tlv)
        return tlv.error();
    if (tlv->tag != expectedTag)
        return Error(ErrorKind::Malformed, tr("expected BER tag 0x%1, found 0x%2")
                                               .arg(expectedTag, 2, 16, QLatin1Char('0'))
                                               .arg(tlv->tag, 2, 16, QLatin1Char('0')));
    if (!r.atEnd())
        return Error(
            ErrorKind::Malformed,
            tr("bytes after the end of BER value 0x%1").arg(expectedTag, 2, 16, QLatin1Char('0')));
    return tlv;
}

void appendLength(QByteArray &out, qsizetype length)
{
    if (length < 0x80) {
        out.append(char(length));
    } else if (length <= 0xFF) {
        out.append(char(0x81));
        out.append(char(length));
    } else if (length <= 0xFFFF) {
        out.append(char(0x82));
        out.append(char(length >> 8));
        out.append(char(length & 0xFF));
    } else {
        out.append(char(0x83));
        out.append(char((length >> 16) & 0xFF));
        out.append(char((length >> 8) & 0xFF));
        out.append(char(length & 0xFF));
    }
}

void appendTlv(QByteArray &out, quint8 tag, QByteArrayView content)
{
    out.append(char(tag));
    appendLength(out, content.size());
    out.append(content.data(), content.size());
}

Result<quint32> decodeSmallInteger(QByteArrayView content)
{
    if (content.isEmpty() || content.size() > 4 || (quint8(content[0]) & 0x80))
        return Error(ErrorKind::Malformed,
                     Reader::tr("unexpected INTEGER of %1 bytes").arg(content.size()));
    quint32 v = 0;
    for (char c : content)
        v = (v << 8) | quint8(c);
    return v;
}

QByteArray encodeSmallInteger(quint32 value)
{
    QByteArray out;
    do {
        out.prepend(char(value & 0xFF));
        value >>= 8;
    } while (value != 0);
    if (quint8(out[0]) & 0x80)
        out.prepend('\0');
    return out;
}

} // namespace ims::dlms::ber
