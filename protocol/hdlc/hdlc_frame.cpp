#include "protocol/hdlc/hdlc_frame.h"

#include "protocol/hdlc/crc16.h"

namespace ims::hdlc {

namespace {

void appendCrc(QByteArray &out, qsizetype from)
{
    const quint16 crc = crc16X25(QByteArrayView(out).sliced(from));
    out.append(char(crc & 0xFF));
    out.append(char(crc >> 8));
}

} // namespace

QString frameKindName(FrameKind kind)
{
    switch (kind) {
    case FrameKind::I:
        return QStringLiteral("I");
    case FrameKind::RR:
        return QStringLiteral("RR");
    case FrameKind::RNR:
        return QStringLiteral("RNR");
    case FrameKind::SNRM:
        return QStringLiteral("SNRM");
    case FrameKind::UA:
        return QStringLiteral("UA");
    case FrameKind::DISC:
        return QStringLiteral("DISC");
    case FrameKind::DM:
        return QStringLiteral("DM");
    case FrameKind::FRMR:
        return QStringLiteral("FRMR");
    case FrameKind::UI:
        return QStringLiteral("UI");
    case FrameKind::Unknown:
        break;
    }
    return QStringLiteral("?");
}

HdlcFrame HdlcFrame::command(FrameKind kind, const HdlcAddress &destination,
                             const HdlcAddress &source, bool pf, QByteArray info)
{
    HdlcFrame f;
    f.kind = kind;
    f.destination = destination;
    f.source = source;
    f.pf = pf;
    f.info = std::move(info);
    f.control = controlByte(kind, 0, 0, pf);
    return f;
}

quint8 controlByte(FrameKind kind, int ns, int nr, bool pf)
{
    const quint8 p = pf ? 0x10 : 0x00;
    const quint8 r = quint8((nr & 7) << 5);
    switch (kind) {
    case FrameKind::I:
        return quint8(((ns & 7) << 1) | r | p);
    case FrameKind::RR:
        return quint8(0x01 | r | p);
    case FrameKind::RNR:
        return quint8(0x05 | r | p);
    case FrameKind::SNRM:
        return quint8(0x83 | p);
    case FrameKind::UA:
        return quint8(0x63 | p);
    case FrameKind::DISC:
        return quint8(0x43 | p);
    case FrameKind::DM:
        return quint8(0x0F | p);
    case FrameKind::FRMR:
        return quint8(0x87 | p);
    case FrameKind::UI:
        return quint8(0x03 | p);
    case FrameKind::Unknown:
        break;
    }
    return 0;
}

ControlFields decodeControl(quint8 control)
{
    ControlFields c;
    c.pf = (control & 0x10) != 0;
    if ((control & 0x01) == 0) {
        c.kind = FrameKind::I;
        c.ns = (control >> 1) & 7;
        c.nr = (control >> 5) & 7;
        return c;
    }
    if ((control & 0x03) == 0x01) { // supervisory
        c.nr = (control >> 5) & 7;
        switch (control & 0x0F) {
        case 0x01:
            c.kind = FrameKind::RR;
            break;
        case 0x05:
            c.kind = FrameKind::RNR;
            break;
        default:
            c.kind = FrameKind::Unknown;
            break; // REJ/SREJ are not used by 62056-46
        }
        return c;
    }
    switch (control & ~0x10 & 0xFF) { // unnumbered
    case 0x83:
        c.kind = FrameKind::SNRM;
        break;
    case 0x63:
        c.kind = FrameKind::UA;
        break;
    case 0x43:
        c.kind = FrameKind::DISC;
        break;
    case 0x0F:
        c.kind = FrameKind::DM;
        break;
    case 0x87:
        c.kind = FrameKind::FRMR;
        break;
    case 0x03:
        c.kind = FrameKind::UI;
        break;
    default:
        c.kind = FrameKind::Unknown;
        break;
    }
    return c;
}

Result<int> frameLength(const HdlcFrame &frame)
{
    class Text
    {
        Q_DECLARE_TR_FUNCTIONS(HdlcFrame)
    public:
        static QString tooLong(qsizetype n)
        {
            return tr("HDLC frame of %1 bytes exceeds 2047").arg(n);
        }
        static QString badAddress() { return tr("HDLC address out of range"); }
    };
    const int dst = encodedAddressSize(frame.destination);
    const int src = encodedAddressSize(frame.source);
    if (dst == 0 || src == 0)
        return Error(ErrorKind::InvalidArgument, Text::badAddress());
    qsizetype n = 2 + dst + src + 1 + kFcsSize;
    if (!frame.info.isEmpty())
        n += kHcsSize + frame.info.size();
    if (n > kMaxFrameLength)
        return Error(ErrorKind::TooLarge, Text::tooLong(n));
    return int(n);
}

QByteArray encodeFrame(const HdlcFrame &frame)
{
    const Result<int> length = frameLength(frame);
    if (!length)
        return {};
    QByteArray out;
    out.reserve(*length + 2);
    out.append(char(kFlag));
    const quint16 format = quint16(0xA000 | (frame.segmented ? 0x0800 : 0) | *length);
    out.append(char(format >> 8));
    out.append(char(format & 0xFF));
    // Cannot fail: frameLength() has validated both addresses.
    (void)appendAddress(out, frame.destination);
    (void)appendAddress(out, frame.source);
    out.append(char(frame.kind == FrameKind::Unknown
                        ? frame.control
                        : controlByte(frame.kind, frame.ns, frame.nr, frame.pf)));
    if (!frame.info.isEmpty()) {
        appendCrc(out, 1);
        out.append(frame.info);
    }
    appendCrc(out, 1);
    out.append(char(kFlag));
    return out;
}

QString describeFrame(const HdlcFrame &frame)
{
    QString s = frameKindName(frame.kind);
    if (frame.kind == FrameKind::I)
        s += QStringLiteral("(ns=%1 nr=%2%3)")
                 .arg(frame.ns)
                 .arg(frame.nr)
                 .arg(frame.pf ? QStringLiteral(" P/F") : QString());
    else if (frame.kind == FrameKind::RR || frame.kind == FrameKind::RNR)
        s += QStringLiteral("(nr=%1%2)")
                 .arg(frame.nr)
                 .arg(frame.pf ? QStringLiteral(" P/F") : QString());
    else if (frame.kind == FrameKind::Unknown)
        s += QStringLiteral("(0x%1)").arg(frame.control, 2, 16, QLatin1Char('0'));
    else if (frame.pf)
        s += QStringLiteral("(P/F)");
    s += QStringLiteral(" %1->%2").arg(frame.source.value()).arg(frame.destination.value());
    if (frame.segmented)
        s += QStringLiteral(" seg");
    if (!frame.info.isEmpty())
        s += QStringLiteral(" %1B").arg(frame.info.size());
    return s;
}

} // namespace ims::hdlc
