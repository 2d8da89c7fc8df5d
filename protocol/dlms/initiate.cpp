#include "protocol/dlms/initiate.h"

#include "protocol/core/bytes.h"

namespace ims::dlms {
namespace {

struct InitiateText
{
    Q_DECLARE_TR_FUNCTIONS(Initiate)
};

// [APPLICATION 31] IMPLICIT BIT STRING (SIZE(24)): tag 5F 1F, length 4, 0 unused bits.
constexpr char ConformanceHeader[] = {char(0x5F), char(0x1F), char(0x04), char(0x00)};

void appendConformance(QByteArray &out, Conformance c)
{
    out.append(ConformanceHeader, sizeof ConformanceHeader);
    out.append(c.toOctets());
}

Conformance readConformance(PduReader &r)
{
    const QByteArrayView header = r.bytes(4);
    const QByteArrayView bits = r.bytes(3);
    if (!r.ok())
        return {};
    if (header != QByteArrayView(ConformanceHeader, sizeof ConformanceHeader)) {
        r.fail(ErrorKind::Malformed,
               InitiateText::tr("conformance block header is %1, expected 5F 1F 04 00")
                   .arg(toSpacedHex(header)));
        return {};
    }
    return Conformance::fromOctets(bits).value_or(Conformance());
}

template<typename T, typename Body>
Result<T> decodeWhole(QByteArrayView apdu, quint8 tag, Body body)
{
    PduReader r(apdu);
    const quint8 actual = r.u8();
    if (r.ok() && actual != tag)
        return Error(ErrorKind::Malformed, InitiateText::tr("expected xDLMS tag 0x%1, found 0x%2")
                                               .arg(tag, 2, 16, QLatin1Char('0'))
                                               .arg(actual, 2, 16, QLatin1Char('0')));
    T pdu = body(r);
    if (auto st = r.finish(); !st)
        return st.error();
    return pdu;
}

} // namespace

void encode(const InitiateRequest &pdu, QByteArray &out)
{
    out.append(char(InitiateRequest::Tag));
    if (pdu.dedicatedKey) {
        out.append(char(1));
        appendOctetString(out, *pdu.dedicatedKey);
    } else {
        out.append(char(0));
    }
    // A-XDR DEFAULT: 0 means "the default value" (TRUE).
    if (pdu.responseAllowed) {
        out.append(char(0));
    } else {
        out.append(char(1));
        out.append(char(0));
    }
    if (pdu.proposedQualityOfService) {
        out.append(char(1));
        out.append(char(*pdu.proposedQualityOfService));
    } else {
        out.append(char(0));
    }
    out.append(char(pdu.dlmsVersion));
    appendConformance(out, pdu.proposedConformance);
    appendBe16(out, pdu.clientMaxReceivePduSize);
}

void encode(const InitiateResponse &pdu, QByteArray &out)
{
    out.append(char(InitiateResponse::Tag));
    if (pdu.negotiatedQualityOfService) {
        out.append(char(1));
        out.append(char(*pdu.negotiatedQualityOfService));
    } else {
        out.append(char(0));
    }
    out.append(char(pdu.dlmsVersion));
    appendConformance(out, pdu.negotiatedConformance);
    appendBe16(out, pdu.serverMaxReceivePduSize);
    appendBe16(out, pdu.vaaName);
}

InitiateRequest readInitiateRequest(PduReader &r)
{
    InitiateRequest pdu;
    if (r.presence())
        pdu.dedicatedKey = r.octetString().toByteArray();
    if (r.presence())
        pdu.responseAllowed = r.boolean();
    if (r.presence())
        pdu.proposedQualityOfService = r.i8();
    pdu.dlmsVersion = r.u8();
    pdu.proposedConformance = readConformance(r);
    pdu.clientMaxReceivePduSize = r.u16();
    return pdu;
}

InitiateResponse readInitiateResponse(PduReader &r)
{
    InitiateResponse pdu;
    if (r.presence())
        pdu.negotiatedQualityOfService = r.i8();
    pdu.dlmsVersion = r.u8();
    pdu.negotiatedConformance = readConformance(r);
    pdu.serverMaxReceivePduSize = r.u16();
    pdu.vaaName = r.u16();
    return pdu;
}

Result<InitiateRequest> decodeInitiateRequest(QByteArrayView apdu)
{
    return decodeWhole<InitiateRequest>(apdu, InitiateRequest::Tag, readInitiateRequest);
}

Result<InitiateResponse> decodeInitiateResponse(QByteArrayView apdu)
{
    return decodeWhole<InitiateResponse>(apdu, InitiateResponse::Tag, readInitiateResponse);
}

} // namespace ims::dlms
