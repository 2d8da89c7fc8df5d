#include "protocol/dlms/pdu_reader.h"

#include "protocol/core/bytes.h"

namespace ims::dlms {

quint8 PduReader::u8()
{
    if (remaining() < 1) {
        failTruncated();
        return 0;
    }
    return quint8(m_in[m_pos++]);
}

quint16 PduReader::u16()
{
    if (remaining() < 2) {
        failTruncated();
        return 0;
    }
    const quint16 v = readBe16(m_in, m_pos);
    m_pos += 2;
    return v;
}

quint32 PduReader::u32()
{
    if (remaining() < 4) {
        failTruncated();
        return 0;
    }
    const quint32 v = readBe32(m_in, m_pos);
    m_pos += 4;
    return v;
}

QByteArrayView PduReader::bytes(qsizetype count)
{
    if (count < 0 || remaining() < count) {
        failTruncated();
        return {};
    }
    const QByteArrayView v = m_in.sliced(m_pos, count);
    m_pos += count;
    return v;
}

quint32 PduReader::length()
{
    const quint8 first = u8();
    if (first < 0x80)
        return first;
    const int n = first & 0x7F;
    if (n == 0 || n > 4) {
        fail(ErrorKind::Malformed,
             tr("invalid A-XDR length prefix 0x%1").arg(first, 2, 16, QLatin1Char('0')));
        return 0;
    }
    quint32 v = 0;
    for (int i = 0; i < n; ++i)
        v = (v << 8) | u8();
    return ok() ? v : 0;
}

qsizetype PduReader::byteLength()
{
    const quint32 len = length();
    if (ok() && len > quint64(remaining())) {
        failTruncated();
        return 0;
    }
    return qsizetype(len);
}

qsizetype PduReader::count()
{
    return byteLength();
}

bool PduReader::presence()
{
    const quint8 flag = u8();
    if (flag > 1) {
        fail(
            ErrorKind::Malformed,
            tr("optional-field marker 0x%1 is neither 0 nor 1").arg(flag, 2, 16, QLatin1Char('0')));
        return false;
    }
    return flag == 1;
}

void PduReader::setPos(qsizetype pos)
{
    if (ok())
        m_pos = qBound(qsizetype(0), pos, m_in.size());
}

void PduReader::fail(ErrorKind kind, const QString &message)
{
    if (ok())
        m_error = Error(kind, message);
}

void PduReader::failTruncated()
{
    fail(ErrorKind::Truncated, tr("APDU ends after %1 bytes inside a field").arg(m_in.size()));
}

Status PduReader::finish()
{
    if (!ok())
        return m_error;
    if (m_pos != m_in.size())
        return Error(ErrorKind::Malformed,
                     tr("%1 unexpected bytes after the end of the APDU").arg(m_in.size() - m_pos));
    return {};
}

void appendAxdrLength(QByteArray &out, quint32 length)
{
    if (length < 0x80) {
        out.append(char(length));
    } else if (length <= 0xFF) {
        out.append(char(0x81));
        out.append(char(length));
    } else if (length <= 0xFFFF) {
        out.append(char(0x82));
        appendBe16(out, quint16(length));
    } else {
        out.append(char(0x84));
        appendBe32(out, length);
    }
}

void appendOctetString(QByteArray &out, QByteArrayView bytes)
{
    appendAxdrLength(out, quint32(bytes.size()));
    out.append(bytes.data(), bytes.size());
}

} // namespace ims::dlms
