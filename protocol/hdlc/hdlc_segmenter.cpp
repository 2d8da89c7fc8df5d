#include "protocol/hdlc/hdlc_segmenter.h"

namespace ims::hdlc {

namespace {

class LlcText
{
    Q_DECLARE_TR_FUNCTIONS(HdlcLlc)
public:
    static QString missing() { return tr("I-frame without the LLC header E6 E6/E7 00"); }
};

} // namespace

QByteArray llcHeader(LlcDirection direction)
{
    QByteArray h(kLlcHeaderSize, '\0');
    h[0] = char(0xE6);
    h[1] = char(direction == LlcDirection::ClientToServer ? 0xE6 : 0xE7);
    return h;
}

QByteArray addLlcHeader(QByteArrayView apdu, LlcDirection direction)
{
    QByteArray out = llcHeader(direction);
    out.append(apdu);
    return out;
}

Result<QByteArray> stripLlcHeader(QByteArrayView llcPdu)
{
    if (llcPdu.size() < kLlcHeaderSize || quint8(llcPdu[0]) != 0xE6
        || (quint8(llcPdu[1]) != 0xE6 && quint8(llcPdu[1]) != 0xE7) || llcPdu[2] != 0)
        return Error(ErrorKind::Malformed, LlcText::missing());
    return llcPdu.sliced(kLlcHeaderSize).toByteArray();
}

QList<Segment> splitIntoSegments(QByteArrayView data, qsizetype maxInfo)
{
    maxInfo = qMax<qsizetype>(maxInfo, 1);
    QList<Segment> out;
    out.reserve(data.size() / maxInfo + 1);
    qsizetype at = 0;
    do {
        const qsizetype n = qMin(maxInfo, data.size() - at);
        at += n;
        out.append({data.sliced(at - n, n).toByteArray(), at < data.size()});
    } while (at < data.size());
    return out;
}

Status HdlcReassembler::add(QByteArrayView info, bool segmented)
{
    if (m_complete)
        reset();
    if (m_data.size() + info.size() > m_maxSize) {
        const qsizetype total = m_data.size() + info.size();
        reset();
        return Error(ErrorKind::TooLarge,
                     tr("segmented HDLC data of %1+ bytes exceeds the limit of %2")
                         .arg(total)
                         .arg(m_maxSize));
    }
    m_data.append(info);
    m_started = true;
    m_complete = !segmented;
    return {};
}

QByteArray HdlcReassembler::take()
{
    QByteArray out = std::move(m_data);
    reset();
    return out;
}

void HdlcReassembler::reset()
{
    m_data.clear();
    m_complete = false;
    m_started = false;
}

} // namespace ims::hdlc
