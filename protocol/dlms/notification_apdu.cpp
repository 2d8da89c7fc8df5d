#include "protocol/dlms/notification_apdu.h"

#include "protocol/core/bytes.h"

namespace ims::dlms {

void encode(const EventNotification &pdu, QByteArray &out)
{
    out.append(char(EventNotification::Tag));
    if (pdu.time) {
        out.append(char(1));
        appendOctetString(out, *pdu.time);
    } else {
        out.append(char(0));
    }
    appendDescriptor(out, pdu.attribute);
    appendData(out, pdu.value);
}

void encode(const DataNotification &pdu, QByteArray &out)
{
    out.append(char(DataNotification::Tag));
    appendBe32(out, pdu.invoke.value);
    appendOctetString(out, pdu.dateTime);
    appendData(out, pdu.body);
}

EventNotification readEventNotification(PduReader &r, const axdr::DecodeLimits &limits)
{
    EventNotification pdu;
    if (r.presence())
        pdu.time = r.octetString().toByteArray();
    pdu.attribute = readAttributeDescriptor(r);
    pdu.value = readData(r, limits);
    return pdu;
}

DataNotification readDataNotification(PduReader &r, const axdr::DecodeLimits &limits)
{
    DataNotification pdu;
    pdu.invoke.value = r.u32();
    pdu.dateTime = r.octetString().toByteArray();
    pdu.body = readData(r, limits);
    return pdu;
}

} // namespace ims::dlms
