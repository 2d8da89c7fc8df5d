#include "protocol/dlms/action_apdu.h"

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

void appendMethodList(QByteArray &out, const QList<CosemMethodDescriptor> &methods)
{
    appendAxdrLength(out, quint32(methods.size()));
    for (const auto &m : methods)
        appendDescriptor(out, m);
}

void appendOutcome(QByteArray &out, const ActionOutcome &outcome)
{
    out.append(char(outcome.result));
    if (outcome.returnParameters) {
        out.append(char(1));
        appendGetDataResult(out, *outcome.returnParameters);
    } else {
        out.append(char(0));
    }
}

QList<CosemMethodDescriptor> readMethodList(PduReader &r)
{
    return readSequence<CosemMethodDescriptor>(
        r, [](PduReader &in) { return readMethodDescriptor(in); });
}

ActionOutcome readOutcome(PduReader &r, const axdr::DecodeLimits &limits)
{
    ActionOutcome outcome;
    outcome.result = ActionResult(r.u8());
    if (r.presence())
        outcome.returnParameters = readGetDataResult(r, limits);
    return outcome;
}

} // namespace

Result<axdr::Value> toResult(const ActionOutcome &outcome)
{
    if (outcome.result != ActionResult::Success)
        return actionError(outcome.result);
    if (!outcome.returnParameters)
        return axdr::Value();
    return toResult(*outcome.returnParameters);
}

void encode(const ActionRequestNormal &pdu, QByteArray &out)
{
    header(out, pdu);
    appendDescriptor(out, pdu.method);
    if (pdu.parameters) {
        out.append(char(1));
        appendData(out, *pdu.parameters);
    } else {
        out.append(char(0));
    }
}

void encode(const ActionRequestNextPblock &pdu, QByteArray &out)
{
    header(out, pdu);
    appendBe32(out, pdu.blockNumber);
}

void encode(const ActionRequestWithList &pdu, QByteArray &out)
{
    header(out, pdu);
    appendMethodList(out, pdu.methods);
    appendAxdrLength(out, quint32(pdu.parameters.size()));
    for (const auto &p : pdu.parameters)
        appendData(out, p);
}

void encode(const ActionRequestWithFirstPblock &pdu, QByteArray &out)
{
    header(out, pdu);
    appendDescriptor(out, pdu.method);
    appendDataBlock(out, pdu.block);
}

void encode(const ActionRequestWithListAndFirstPblock &pdu, QByteArray &out)
{
    header(out, pdu);
    appendMethodList(out, pdu.methods);
    appendDataBlock(out, pdu.block);
}

void encode(const ActionRequestWithPblock &pdu, QByteArray &out)
{
    header(out, pdu);
    appendDataBlock(out, pdu.block);
}

void encode(const ActionResponseNormal &pdu, QByteArray &out)
{
    header(out, pdu);
    appendOutcome(out, pdu.outcome);
}

void encode(const ActionResponseWithPblock &pdu, QByteArray &out)
{
    header(out, pdu);
    appendDataBlock(out, pdu.block);
}

void encode(const ActionResponseWithList &pdu, QByteArray &out)
{
    header(out, pdu);
    appendAxdrLength(out, quint32(pdu.outcomes.size()));
    for (const auto &o : pdu.outcomes)
        appendOutcome(out, o);
}

void encode(const ActionResponseNextPblock &pdu, QByteArray &out)
{
    header(out, pdu);
    appendBe32(out, pdu.blockNumber);
}

ActionRequestNormal readActionRequestNormal(PduReader &r, const axdr::DecodeLimits &limits)
{
    ActionRequestNormal pdu;
    pdu.invoke.byte = r.u8();
    pdu.method = readMethodDescriptor(r);
    if (r.presence())
        pdu.parameters = readData(r, limits);
    return pdu;
}

ActionRequestNextPblock readActionRequestNextPblock(PduReader &r)
{
    ActionRequestNextPblock pdu;
    pdu.invoke.byte = r.u8();
    pdu.blockNumber = r.u32();
    return pdu;
}

ActionRequestWithList readActionRequestWithList(PduReader &r, const axdr::DecodeLimits &limits)
{
    ActionRequestWithList pdu;
    pdu.invoke.byte = r.u8();
    pdu.methods = readMethodList(r);
    pdu.parameters
        = readSequence<axdr::Value>(r, [&](PduReader &in) { return readData(in, limits); });
    return pdu;
}

ActionRequestWithFirstPblock readActionRequestWithFirstPblock(PduReader &r)
{
    ActionRequestWithFirstPblock pdu;
    pdu.invoke.byte = r.u8();
    pdu.method = readMethodDescriptor(r);
    pdu.block = readDataBlock(r);
    return pdu;
}

ActionRequestWithListAndFirstPblock readActionRequestWithListAndFirstPblock(PduReader &r)
{
    ActionRequestWithListAndFirstPblock pdu;
    pdu.invoke.byte = r.u8();
    pdu.methods = readMethodList(r);
    pdu.block = readDataBlock(r);
    return pdu;
}

ActionRequestWithPblock readActionRequestWithPblock(PduReader &r)
{
    ActionRequestWithPblock pdu;
    pdu.invoke.byte = r.u8();
    pdu.block = readDataBlock(r);
    return pdu;
}

ActionResponseNormal readActionResponseNormal(PduReader &r, const axdr::DecodeLimits &limits)
{
    ActionResponseNormal pdu;
    pdu.invoke.byte = r.u8();
    pdu.outcome = readOutcome(r, limits);
    return pdu;
}

ActionResponseWithPblock readActionResponseWithPblock(PduReader &r)
{
    ActionResponseWithPblock pdu;
    pdu.invoke.byte = r.u8();
    pdu.block = readDataBlock(r);
    return pdu;
}

ActionResponseWithList readActionResponseWithList(PduReader &r, const axdr::DecodeLimits &limits)
{
    ActionResponseWithList pdu;
    pdu.invoke.byte = r.u8();
    pdu.outcomes
        = readSequence<ActionOutcome>(r, [&](PduReader &in) { return readOutcome(in, limits); });
    return pdu;
}

ActionResponseNextPblock readActionResponseNextPblock(PduReader &r)
{
    ActionResponseNextPblock pdu;
    pdu.invoke.byte = r.u8();
    pdu.blockNumber = r.u32();
    return pdu;
}

} // namespace ims::dlms
