#include "protocol/hdlc/hdlc_parameters.h"

#include <QCoreApplication>

#include <algorithm>

namespace ims::hdlc {

namespace {

class ParametersText
{
    Q_DECLARE_TR_FUNCTIONS(HdlcParameters)
public:
    static QString badHeader() { return tr("HDLC parameters do not start with 81 80"); }
    static QString overrun() { return tr("HDLC parameter runs past the end of the field"); }
    static QString badLength(int n) { return tr("HDLC parameter value of %1 bytes").arg(n); }
};

void appendParameter(QByteArray &out, quint8 id, quint32 value, int size)
{
    out.append(char(id));
    out.append(char(size));
    for (int i = size - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

int maxInfoSize(quint32 v)
{
    return v <= 0xFF ? 1 : v <= 0xFFFF ? 2 : 4;
}

} // namespace

QByteArray encodeParameters(const HdlcParameters &p)
{
    QByteArray group;
    appendParameter(group, 0x05, p.maxInfoTx, maxInfoSize(p.maxInfoTx));
    appendParameter(group, 0x06, p.maxInfoRx, maxInfoSize(p.maxInfoRx));
    appendParameter(group, 0x07, p.windowTx, 4);
    appendParameter(group, 0x08, p.windowRx, 4);
    QByteArray out;
    out.append(char(0x81));
    out.append(char(0x80));
    out.append(char(group.size()));
    out.append(group);
    return out;
}

Result<HdlcParameters> decodeParameters(QByteArrayView info)
{
    HdlcParameters p;
    if (info.isEmpty())
        return p;
    if (info.size() < 3 || quint8(info[0]) != 0x81 || quint8(info[1]) != 0x80)
        return Error(ErrorKind::Malformed, ParametersText::badHeader());
    const qsizetype groupLength = quint8(info[2]);
    if (3 + groupLength > info.size())
        return Error(ErrorKind::Malformed, ParametersText::overrun());
    const QByteArrayView group = info.sliced(3, groupLength);
    qsizetype at = 0;
    while (at < group.size()) {
        if (at + 2 > group.size())
            return Error(ErrorKind::Malformed, ParametersText::overrun());
        const quint8 id = quint8(group[at]);
        const int size = quint8(group[at + 1]);
        at += 2;
        if (at + size > group.size())
            return Error(ErrorKind::Malformed, ParametersText::overrun());
        if (id >= 0x05 && id <= 0x08) {
            if (size != 1 && size != 2 && size != 4)
                return Error(ErrorKind::Malformed, ParametersText::badLength(size));
            quint32 value = 0;
            for (int i = 0; i < size; ++i)
                value = (value << 8) | quint8(group[at + i]);
            switch (id) {
            case 0x05:
                p.maxInfoTx = value;
                break;
            case 0x06:
                p.maxInfoRx = value;
                break;
            case 0x07:
                p.windowTx = value;
                break;
            default:
                p.windowRx = value;
                break;
            }
        }
        at += size;
    }
    return p;
}

HdlcParameters negotiate(const HdlcParameters &proposed, const HdlcParameters &offered)
{
    auto info = [](quint32 a, quint32 b) {
        return std::clamp(std::min(a, b), quint32(1), kMaxMaxInfo);
    };
    auto window = [](quint32 a, quint32 b) {
        return std::clamp(std::min(a, b), quint32(1), kMaxWindow);
    };
    HdlcParameters agreed;
    agreed.maxInfoTx = info(offered.maxInfoTx, proposed.maxInfoRx);
    agreed.maxInfoRx = info(offered.maxInfoRx, proposed.maxInfoTx);
    agreed.windowTx = window(offered.windowTx, proposed.windowRx);
    agreed.windowRx = window(offered.windowRx, proposed.windowTx);
    return agreed;
}

} // namespace ims::hdlc
