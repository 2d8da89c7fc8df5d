#include "protocol/wrapper/wrapper_frame.h"

#include "protocol/core/bytes.h"

namespace ims::wrapper {

namespace {

class WrapperText
{
    Q_DECLARE_TR_FUNCTIONS(WrapperFrame)
public:
    static QString badVersion(int v) { return tr("WRAPPER version %1 instead of 1").arg(v); }
    static QString tooLarge(int n, qsizetype max)
    {
        return tr("WRAPPER APDU of %1 bytes exceeds the limit of %2").arg(n).arg(max);
    }
    static QString truncated(qsizetype have, int want)
    {
        return tr("WRAPPER datagram carries %1 APDU bytes, its header says %2").arg(have).arg(want);
    }
    static QString shortHeader() { return tr("WRAPPER datagram shorter than its header"); }
};

// Validates a complete header; the caller guarantees 8 bytes.
Result<int> checkHeader(QByteArrayView header, qsizetype maxApdu)
{
    const quint16 version = readBe16(header, 0);
    if (version != kWrapperVersion)
        return Error(ErrorKind::Malformed, WrapperText::badVersion(version));
    const int length = readBe16(header, 6);
    if (length > maxApdu)
        return Error(ErrorKind::TooLarge, WrapperText::tooLarge(length, maxApdu));
    return length;
}

WrapperFrame frameFrom(QByteArrayView header, QByteArrayView apdu)
{
    WrapperFrame f;
    f.version = readBe16(header, 0);
    f.sourcePort = readBe16(header, 2);
    f.destinationPort = readBe16(header, 4);
    f.apdu = apdu.toByteArray();
    return f;
}

} // namespace

QByteArray encodeWrapper(quint16 sourcePort, quint16 destinationPort, QByteArrayView apdu)
{
    if (apdu.size() > kMaxWrapperApdu)
        return {};
    QByteArray out;
    out.reserve(kWrapperHeaderSize + apdu.size());
    appendBe16(out, kWrapperVersion);
    appendBe16(out, sourcePort);
    appendBe16(out, destinationPort);
    appendBe16(out, quint16(apdu.size()));
    out.append(apdu);
    return out;
}

QByteArray encodeWrapper(const WrapperFrame &frame)
{
    QByteArray out = encodeWrapper(frame.sourcePort, frame.destinationPort, frame.apdu);
    if (!out.isEmpty() && frame.version != kWrapperVersion) {
        out[0] = char(frame.version >> 8);
        out[1] = char(frame.version & 0xFF);
    }
    return out;
}

Result<WrapperFrame> decodeWrapperDatagram(QByteArrayView datagram, qsizetype maxApdu)
{
    if (datagram.size() < kWrapperHeaderSize)
        return Error(ErrorKind::Truncated, WrapperText::shortHeader());
    const Result<int> length = checkHeader(datagram.first(kWrapperHeaderSize), maxApdu);
    if (!length)
        return length.error();
    const qsizetype have = datagram.size() - kWrapperHeaderSize;
    if (have != *length)
        return Error(have < *length ? ErrorKind::Truncated : ErrorKind::Malformed,
                     WrapperText::truncated(have, *length));
    return frameFrom(datagram.first(kWrapperHeaderSize), datagram.sliced(kWrapperHeaderSize));
}

WrapperParser::WrapperParser(qsizetype maxApdu)
    : m_maxApdu(qBound<qsizetype>(0, maxApdu, kMaxWrapperApdu))
{}

void WrapperParser::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_failed = false;
    m_error = {};
}

void WrapperParser::feed(QByteArrayView bytes)
{
    if (m_failed || bytes.isEmpty())
        return; // the stream is lost; keep nothing
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
}

WrapperParseResult WrapperParser::next()
{
    WrapperParseResult r;
    if (m_failed) {
        r.kind = WrapperParseResult::Kind::Error;
        r.error = m_error;
        return r;
    }
    const QByteArrayView pending = QByteArrayView(m_buffer).sliced(m_pos);
    if (pending.size() < kWrapperHeaderSize)
        return r;
    const Result<int> length = checkHeader(pending.first(kWrapperHeaderSize), m_maxApdu);
    if (!length) {
        m_failed = true;
        m_error = length.error();
        m_buffer.clear();
        m_pos = 0;
        r.kind = WrapperParseResult::Kind::Error;
        r.error = m_error;
        return r;
    }
    if (pending.size() < kWrapperHeaderSize + *length)
        return r;
    r.kind = WrapperParseResult::Kind::Frame;
    r.frame
        = frameFrom(pending.first(kWrapperHeaderSize), pending.sliced(kWrapperHeaderSize, *length));
    m_pos += kWrapperHeaderSize + *length;
    return r;
}

} // namespace ims::wrapper
