#include "protocol/client/trace_summary.h"

#include "protocol/dlms/xdlms_apdu.h"
#include "protocol/hdlc/hdlc_segmenter.h"

namespace ims::client {

namespace {

QString describeAttribute(const dlms::CosemAttributeDescriptor &a)
{
    return QStringLiteral("%1/%2/%3").arg(a.classId).arg(a.instance.toString()).arg(a.attributeId);
}

QString describeMethod(const dlms::CosemMethodDescriptor &m)
{
    return QStringLiteral("%1/%2/m%3").arg(m.classId).arg(m.instance.toString()).arg(m.methodId);
}

// The object a request addresses, where the APDU names one.
QString target(const dlms::Apdu &apdu)
{
    using namespace dlms;
    if (auto *g = std::get_if<GetRequestNormal>(&apdu))
        return describeAttribute(g->attribute)
               + (g->access ? QStringLiteral(" sel%1").arg(g->access->selector) : QString());
    if (auto *n = std::get_if<GetRequestNext>(&apdu))
        return QStringLiteral("block %1").arg(n->blockNumber);
    if (auto *b = std::get_if<GetResponseWithDatablock>(&apdu))
        return QStringLiteral("block %1%2")
            .arg(b->blockNumber)
            .arg(b->lastBlock ? QStringLiteral(" last") : QString());
    if (auto *s = std::get_if<SetRequestNormal>(&apdu))
        return describeAttribute(s->attribute);
    if (auto *a = std::get_if<ActionRequestNormal>(&apdu))
        return describeMethod(a->method);
    if (auto *r = std::get_if<GetResponseNormal>(&apdu)) {
        if (auto *v = std::get_if<axdr::Value>(&r->result))
            return axdr::dataTypeName(v->type());
        return dataAccessResultName(std::get<DataAccessResult>(r->result));
    }
    return {};
}

} // namespace

QString summarizeApdu(QByteArrayView apdu)
{
    if (apdu.isEmpty())
        return {};
    const auto parsed = dlms::parseApdu(apdu);
    if (!parsed)
        return QStringLiteral("apdu 0x%1 (%2)")
            .arg(quint8(apdu[0]), 2, 16, QLatin1Char('0'))
            .arg(parsed.error().message);
    const QString what = target(*parsed);
    return what.isEmpty() ? dlms::apduName(*parsed)
                          : dlms::apduName(*parsed) + QLatin1Char(' ') + what;
}

QString summarizeHdlcFrame(const hdlc::HdlcFrame &frame)
{
    QString line = hdlc::describeFrame(frame);
    // An unsegmented I-frame carries a whole LLC PDU: name the APDU inside.
    if (frame.kind == hdlc::FrameKind::I && !frame.segmented
        && frame.info.size() > hdlc::kLlcHeaderSize) {
        const QString apdu = summarizeApdu(QByteArrayView(frame.info).sliced(hdlc::kLlcHeaderSize));
        if (!apdu.isEmpty())
            line += QStringLiteral(" | ") + apdu;
    }
    return line;
}

} // namespace ims::client
