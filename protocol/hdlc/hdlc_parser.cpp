#include "protocol/hdlc/hdlc_parser.h"

#include "protocol/hdlc/crc16.h"

#include <cstring>

namespace ims::hdlc {

namespace {

quint16 readLe16(const quint8 *p)
{
    return quint16(p[0] | (p[1] << 8));
}

} // namespace

HdlcParser::HdlcParser(HdlcParserLimits limits)
    : m_limits(limits)
{
    m_limits.maxFrameLength = qBound(7, m_limits.maxFrameLength, kMaxFrameLength);
    m_limits.maxBuffered = qMax<qsizetype>(m_limits.maxBuffered, kMaxFrameLength + 2);
}

void HdlcParser::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_afterFrame = false;
}

void HdlcParser::compact()
{
    if (m_pos == 0)
        return;
    if (m_pos >= m_buffer.size())
        m_buffer.clear();
    else
        m_buffer.remove(0, m_pos);
    m_pos = 0;
}

void HdlcParser::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    // Nothing pending and no flag in sight: none of these bytes can start a frame.
    if (bufferedBytes() == 0 && !std::memchr(bytes.data(), kFlag, size_t(bytes.size()))) {
        m_garbage += bytes.size();
        reset();
        return;
    }
    compact();
    m_buffer.append(bytes);
    const qsizetype excess = bufferedBytes() - m_limits.maxBuffered;
    if (excess > 0) {
        m_pos += excess;
        m_dropped += excess;
        m_afterFrame = false;
    }
}

bool HdlcParser::seekFlag()
{
    const char *begin = m_buffer.constData() + m_pos;
    const auto *flag
        = static_cast<const char *>(std::memchr(begin, kFlag, size_t(m_buffer.size() - m_pos)));
    if (!flag) {
        m_garbage += m_buffer.size() - m_pos;
        reset();
        return false;
    }
    if (flag != begin) {
        m_garbage += flag - begin;
        m_pos += flag - begin;
        m_afterFrame = false;
    }
    return true;
}

HdlcParseResult HdlcParser::fail(ErrorKind kind, const QString &message, qsizetype resumeAt)
{
    ++m_errors;
    if (resumeAt > m_pos + 1)
        m_garbage += resumeAt - m_pos - 1; // the rejected frame, skipped whole
    m_pos = resumeAt;
    m_afterFrame = false;
    HdlcParseResult r;
    r.kind = HdlcParseResult::Kind::Error;
    r.error = Error(kind, message);
    return r;
}

HdlcParseResult HdlcParser::abandonPartialFrame()
{
    if (!seekFlag())
        return {};
    const auto *data = reinterpret_cast<const quint8 *>(m_buffer.constData());
    qsizetype i = m_pos;
    while (i < m_buffer.size() && data[i] == kFlag)
        ++i;
    if (i == m_buffer.size())
        return {}; // only flags: nothing was started
    m_pos = i - 1;
    return fail(ErrorKind::Truncated, tr("HDLC frame cut short: the line fell silent"), m_pos + 1);
}

HdlcParseResult HdlcParser::next()
{
    while (true) {
        if (!seekFlag())
            return {};
        // A run of flags is inter-frame fill; the last one opens the frame.
        const auto *data = reinterpret_cast<const quint8 *>(m_buffer.constData());
        const qsizetype size = m_buffer.size();
        while (m_pos + 1 < size && data[m_pos + 1] == kFlag) {
            ++m_pos;
            m_afterFrame = false;
        }
        const qsizetype avail = size - m_pos; // flag included
        if (avail < 3)
            return {};
        const quint8 *p = data + m_pos;
        const quint8 *content = p + 1;
        const int format = (content[0] << 8) | content[1];
        if ((format & 0xF000) != 0xA000) {
            if (m_afterFrame) {
                // The closing flag of the previous frame followed by noise:
                // that is garbage between frames, not a broken frame.
                m_afterFrame = false;
                ++m_pos;
                continue;
            }
            return fail(ErrorKind::Malformed,
                        tr("HDLC frame format type %1 instead of 3 (0xA)").arg(format >> 12),
                        m_pos + 1);
        }
        const int length = format & 0x7FF;
        if (length > m_limits.maxFrameLength)
            return fail(ErrorKind::TooLarge,
                        tr("HDLC frame length %1 exceeds the limit of %2")
                            .arg(length)
                            .arg(m_limits.maxFrameLength),
                        m_pos + 1);
        // Bytes of this frame present so far (the length bounds every field).
        const qsizetype have = qMin<qsizetype>(avail - 1, length);
        const auto contentView = QByteArrayView(content, have);

        qsizetype at = 2;
        HdlcAddress addresses[2];
        for (HdlcAddress &address : addresses) {
            const Result<DecodedAddress> a = decodeAddress(contentView.sliced(qMin(at, have)));
            if (!a) {
                if (a.error().kind == ErrorKind::Truncated && have < length)
                    return {};
                return fail(ErrorKind::Malformed, a.error().message, m_pos + 1);
            }
            address = a->address;
            at += a->consumed;
        }
        const qsizetype headerLength = at + 1; // + control
        const qsizetype rest = length - headerLength - kFcsSize;
        if (rest < 0 || rest == 1)
            return fail(ErrorKind::Malformed,
                        tr("HDLC frame length %1 does not match its header").arg(length),
                        m_pos + 1);
        const bool hasHcs = rest >= kHcsSize;
        if (hasHcs) {
            if (have < headerLength + kHcsSize)
                return {};
            // Checked before waiting for the whole frame, so that a false
            // start in noise does not hold back the frames behind it.
            if (crc16X25(contentView.first(headerLength)) != readLe16(content + headerLength))
                return fail(ErrorKind::BadChecksum, tr("HDLC header checksum (HCS) mismatch"),
                            m_pos + 1);
        }
        if (avail < 1 + length + 1)
            return {};
        if (p[1 + length] != kFlag)
            return fail(ErrorKind::Malformed,
                        tr("HDLC frame of length %1 is not followed by a flag").arg(length),
                        m_pos + 1);
        const auto whole = QByteArrayView(content, length);
        if (crc16X25(whole.first(length - kFcsSize)) != readLe16(content + length - kFcsSize)) {
            // With a good HCS the length is trustworthy: skip the whole frame,
            // since its information field may contain 0x7E.
            return fail(ErrorKind::BadChecksum, tr("HDLC frame checksum (FCS) mismatch"),
                        hasHcs ? m_pos + 1 + length : m_pos + 1);
        }

        HdlcParseResult r;
        r.kind = HdlcParseResult::Kind::Frame;
        HdlcFrame &f = r.frame;
        f.segmented = (format & 0x0800) != 0;
        f.destination = addresses[0];
        f.source = addresses[1];
        f.control = content[headerLength - 1];
        const ControlFields c = decodeControl(f.control);
        f.kind = c.kind;
        f.ns = c.ns;
        f.nr = c.nr;
        f.pf = c.pf;
        if (hasHcs)
            f.info = whole.sliced(headerLength + kHcsSize, rest - kHcsSize).toByteArray();
        m_pos += 1 + length; // the closing flag may open the next frame
        m_afterFrame = true;
        ++m_frames;
        return r;
    }
}

} // namespace ims::hdlc
