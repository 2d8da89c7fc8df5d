#include "protocol/dlms/cosem_descriptor.h"

#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/bytes.h"

namespace ims::dlms {

SelectiveAccess accessByRange(const CaptureObjectDefinition &restrictingObject, axdr::Value from,
                              axdr::Value to, const QList<CaptureObjectDefinition> &selectedValues)
{
    return {AccessByRange,
            axdr::Value::structure({restrictingObject.toValue(), std::move(from), std::move(to),
                                    cosem::CaptureObject::listToValue(selectedValues)})};
}

SelectiveAccess accessByEntry(quint32 fromEntry, quint32 toEntry, quint16 fromSelectedValue,
                              quint16 toSelectedValue)
{
    return {AccessByEntry, axdr::Value::structure({axdr::Value::doubleLongUnsigned(fromEntry),
                                                   axdr::Value::doubleLongUnsigned(toEntry),
                                                   axdr::Value::longUnsigned(fromSelectedValue),
                                                   axdr::Value::longUnsigned(toSelectedValue)})};
}

void appendDescriptor(QByteArray &out, const CosemAttributeDescriptor &d)
{
    appendBe16(out, d.classId);
    out.append(d.instance.toBytes());
    out.append(char(d.attributeId));
}

void appendDescriptor(QByteArray &out, const CosemMethodDescriptor &d)
{
    appendBe16(out, d.classId);
    out.append(d.instance.toBytes());
    out.append(char(d.methodId));
}

void appendAccessSelection(QByteArray &out, const std::optional<SelectiveAccess> &access)
{
    if (!access) {
        out.append(char(0));
        return;
    }
    out.append(char(1));
    out.append(char(access->selector));
    axdr::encode(access->parameters, out);
}

void appendData(QByteArray &out, const axdr::Value &value)
{
    axdr::encode(value, out);
}

namespace {

cosem::Obis readObis(PduReader &r)
{
    const QByteArrayView bytes = r.bytes(cosem::Obis::Size);
    if (!r.ok())
        return {};
    return cosem::Obis(quint8(bytes[0]), quint8(bytes[1]), quint8(bytes[2]), quint8(bytes[3]),
                       quint8(bytes[4]), quint8(bytes[5]));
}

} // namespace

CosemAttributeDescriptor readAttributeDescriptor(PduReader &r)
{
    CosemAttributeDescriptor d;
    d.classId = r.u16();
    d.instance = readObis(r);
    d.attributeId = r.i8();
    return d;
}

CosemMethodDescriptor readMethodDescriptor(PduReader &r)
{
    CosemMethodDescriptor d;
    d.classId = r.u16();
    d.instance = readObis(r);
    d.methodId = r.i8();
    return d;
}

std::optional<SelectiveAccess> readAccessSelection(PduReader &r, const axdr::DecodeLimits &limits)
{
    if (!r.presence())
        return std::nullopt;
    SelectiveAccess access;
    access.selector = r.u8();
    access.parameters = readData(r, limits);
    return access;
}

AttributeWithSelection readAttributeWithSelection(PduReader &r, const axdr::DecodeLimits &limits)
{
    AttributeWithSelection a;
    a.attribute = readAttributeDescriptor(r);
    a.access = readAccessSelection(r, limits);
    return a;
}

axdr::Value readData(PduReader &r, const axdr::DecodeLimits &limits)
{
    if (!r.ok())
        return {};
    qsizetype pos = r.pos();
    auto value = axdr::decode(r.input(), pos, limits);
    if (!value) {
        r.fail(value.error().kind, value.error().message);
        return {};
    }
    r.setPos(pos);
    return std::move(value.value());
}

} // namespace ims::dlms
