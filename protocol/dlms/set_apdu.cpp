#include "protocol/dlms/set_apdu.h"

#include "protocol/core/bytes.h"

namespace ims::dlms {
namespace {

template<typename Pdu>
void header(QByteArray &out, const Pdu &pdu)
{
    out.append(char(Pdu::Tag));
    out.append(char(Pdu::Choice));
    out.append(char(pdu.invoke.byte));
}

void appendAttributeList(QByteArray &out, const QList<AttributeWithSelection> &attributes)
{
    appendAxdrLength(out, quint32(attributes.size()));
    for (const auto &a : attributes) {
        appendDescriptor(out, a.attribute);
        appendAccessSelection(out, a.access);
    }
}

QList<AttributeWithSelection> readAttributeList(PduReader &r, const axdr::DecodeLimits &limits)
{
    return readSequence<AttributeWithSelection>(
        r, [&](PduReader &in) { return readAttributeWithSelection(in, limits); });
}

} // namespace

void encode(const SetRequestNormal &pdu, QByteArray &out)
{
    header(out, pdu);
    appendDescriptor(out, pdu.attribute);
    appendAccessSelection(out, pdu.access);
    appendData(out, pdu.value);
}

void encode(const SetRequestWithFirstDatablock &pdu, QByteArray &out)
{
    header(out, pdu);
    appendDescriptor(out, pdu.attribute);
    appendAccessSelection(out, pdu.access);
    appendDataBlock(out, pdu.block);
}

void encode(const SetRequestWithDatablock &pdu, QByteArray &out)
{
    header(out, pdu);
    appendDataBlock(out, pdu.block);
}

void encode(const SetRequestWithList &pdu, QByteArray &out)
{
    header(out, pdu);
    appendAttributeList(out, pdu.attributes);
    appendAxdrLength(out, quint32(pdu.values.size()));
    for (const auto &v : pdu.values)
        appendData(out, v);
}

void encode(const SetRequestWithListAndFirstDatablock &pdu, QByteArray &out)
{
    header(out, pdu);
    appendAttributeList(out, pdu.attributes);
    appendDataBlock(out, pdu.block);
}

void encode(const SetResponseNormal &pdu, QByteArray &out)
{
    header(out, pdu);
    out.append(char(pdu.result));
}

void encode(const SetResponseDatablock &pdu, QByteArray &out)
{
    header(out, pdu);
    appendBe32(out, pdu.blockNumber);
}

void encode(const SetResponseLastDatablock &pdu, QByteArray &out)
{
    header(out, pdu);
    out.append(char(pdu.result));
    appendBe32(out, pdu.blockNumber);
}

void encode(const SetResponseLastDatablockWithList &pdu, QByteArray &out)
{
    header(out, pdu);
    appendDataAccessResults(out, pdu.results);
    appendBe32(out, pdu.blockNumber);
}

void encode(const SetResponseWithList &pdu, QByteArray &out)
{
    header(out, pdu);
    appendDataAccessResults(out, pdu.results);
}

SetRequestNormal readSetRequestNormal(PduReader &r, const axdr::DecodeLimits &limits)
{
    SetRequestNormal pdu;
    pdu.invoke.byte = r.u8();
    pdu.attribute = readAttributeDescriptor(r);
    pdu.access = readAccessSelection(r, limits);
    pdu.value = readData(r, limits);
    return pdu;
}

SetRequestWithFirstDatablock readSetRequestWithFirstDatablock(PduReader &r,
                                                              const axdr::DecodeLimits &limits)
{
    SetRequestWithFirstDatablock pdu;
    pdu.invoke.byte = r.u8();
    pdu.attribute = readAttributeDescriptor(r);
    pdu.access = readAccessSelection(r, limits);
    pdu.block = readDataBlock(r);
    return pdu;
}

SetRequestWithDatablock readSetRequestWithDatablock(PduReader &r)
{
    SetRequestWithDatablock pdu;
    pdu.invoke.byte = r.u8();
    pdu.block = readDataBlock(r);
    return pdu;
}

SetRequestWithList readSetRequestWithList(PduReader &r, const axdr::DecodeLimits &limits)
{
    SetRequestWithList pdu;
    pdu.invoke.byte = r.u8();
    pdu.attributes = readAttributeList(r, limits);
    pdu.values = readSequence<axdr::Value>(r, [&](PduReader &in) { return readData(in, limits); });
    return pdu;
}

SetRequestWithListAndFirstDatablock
readSetRequestWithListAndFirstDatablock(PduReader &r, const axdr::DecodeLimits &limits)
{
    SetRequestWithListAndFirstDatablock pdu;
    pdu.invoke.byte = r.u8();
    pdu.attributes = readAttributeList(r, limits);
    pdu.block = readDataBlock(r);
    return pdu;
}

SetResponseNormal readSetResponseNormal(PduReader &r)
{
    SetResponseNormal pdu;
    pdu.invoke.byte = r.u8();
    pdu.result = DataAccessResult(r.u8());
    return pdu;
}

SetResponseDatablock readSetResponseDatablock(PduReader &r)
{
    SetResponseDatablock pdu;
    pdu.invoke.byte = r.u8();
    pdu.blockNumber = r.u32();
    return pdu;
}

SetResponseLastDatablock readSetResponseLastDatablock(PduReader &r)
{
    SetResponseLastDatablock pdu;
    pdu.invoke.byte = r.u8();
    pdu.result = DataAccessResult(r.u8());
    pdu.blockNumber = r.u32();
    return pdu;
}

SetResponseLastDatablockWithList readSetResponseLastDatablockWithList(PduReader &r)
{
    SetResponseLastDatablockWithList pdu;
    pdu.invoke.byte = r.u8();
    pdu.results = readDataAccessResults(r);
    pdu.blockNumber = r.u32();
    return pdu;
}

SetResponseWithList readSetResponseWithList(PduReader &r)
{
    SetResponseWithList pdu;
    pdu.invoke.byte = r.u8();
    pdu.results = readDataAccessResults(r);
    return pdu;
}

} // namespace ims::dlms
