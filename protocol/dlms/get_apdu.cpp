#include "protocol/dlms/get_apdu.h"

#include "protocol/core/bytes.h"

namespace ims::dlms {
namespace {

struct GetText
{
    Q_DECLARE_TR_FUNCTIONS(GetApdu)
};

template<typename Pdu>
void header(QByteArray &out, const Pdu &pdu)
{
    out.append(char(Pdu::Tag));
    out.append(char(Pdu::Choice));
    out.append(char(pdu.invoke.byte));
}

} // namespace

void encode(const GetRequestNormal &pdu, QByteArray &out)
{
    header(out, pdu);
    appendDescriptor(out, pdu.attribute);
    appendAccessSelection(out, pdu.access);
}

void encode(const GetRequestNext &pdu, QByteArray &out)
{
    header(out, pdu);
    appendBe32(out, pdu.blockNumber);
}

void encode(const GetRequestWithList &pdu, QByteArray &out)
{
    header(out, pdu);
    appendAxdrLength(out, quint32(pdu.attributes.size()));
    for (const auto &a : pdu.attributes) {
        appendDescriptor(out, a.attribute);
        appendAccessSelection(out, a.access);
    }
}

void encode(const GetResponseNormal &pdu, QByteArray &out)
{
    header(out, pdu);
    appendGetDataResult(out, pdu.result);
}

void encode(const GetResponseWithDatablock &pdu, QByteArray &out)
{
    header(out, pdu);
    out.append(char(pdu.lastBlock ? 1 : 0));
    appendBe32(out, pdu.blockNumber);
    if (const auto *raw = std::get_if<QByteArray>(&pdu.result)) {
        out.append(char(0));
        appendOctetString(out, *raw);
    } else {
        out.append(char(1));
        out.append(char(std::get<DataAccessResult>(pdu.result)));
    }
}

void encode(const GetResponseWithList &pdu, QByteArray &out)
{
    header(out, pdu);
    appendAxdrLength(out, quint32(pdu.results.size()));
    for (const auto &r : pdu.results)
        appendGetDataResult(out, r);
}

GetRequestNormal readGetRequestNormal(PduReader &r, const axdr::DecodeLimits &limits)
{
    GetRequestNormal pdu;
    pdu.invoke.byte = r.u8();
    pdu.attribute = readAttributeDescriptor(r);
    pdu.access = readAccessSelection(r, limits);
    return pdu;
}

GetRequestNext readGetRequestNext(PduReader &r)
{
    GetRequestNext pdu;
    pdu.invoke.byte = r.u8();
    pdu.blockNumber = r.u32();
    return pdu;
}

GetRequestWithList readGetRequestWithList(PduReader &r, const axdr::DecodeLimits &limits)
{
    GetRequestWithList pdu;
    pdu.invoke.byte = r.u8();
    pdu.attributes = readSequence<AttributeWithSelection>(
        r, [&](PduReader &in) { return readAttributeWithSelection(in, limits); });
    return pdu;
}

GetResponseNormal readGetResponseNormal(PduReader &r, const axdr::DecodeLimits &limits)
{
    GetResponseNormal pdu;
    pdu.invoke.byte = r.u8();
    pdu.result = readGetDataResult(r, limits);
    return pdu;
}

GetResponseWithDatablock readGetResponseWithDatablock(PduReader &r)
{
    GetResponseWithDatablock pdu;
    pdu.invoke.byte = r.u8();
    pdu.lastBlock = r.boolean();
    pdu.blockNumber = r.u32();
    const quint8 choice = r.u8();
    if (!r.ok())
        return pdu;
    if (choice == 0)
        pdu.result = r.octetString().toByteArray();
    else if (choice == 1)
        pdu.result = DataAccessResult(r.u8());
    else
        r.fail(
            ErrorKind::Malformed,
            GetText::tr("DataBlock-G result choice %1 is neither raw-data nor result").arg(choice));
    return pdu;
}

GetResponseWithList readGetResponseWithList(PduReader &r, const axdr::DecodeLimits &limits)
{
    GetResponseWithList pdu;
    pdu.invoke.byte = r.u8();
    pdu.results = readSequence<GetDataResult>(
        r, [&](PduReader &in) { return readGetDataResult(in, limits); });
    return pdu;
}

} // namespace ims::dlms
