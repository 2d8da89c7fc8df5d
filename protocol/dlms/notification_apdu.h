#pragma once
// Unsolicited APDUs from a server (Blue Book 9.5):
//   event-notification-request (0xC2): time OCTET STRING OPTIONAL,
//     cosem-attribute-descriptor, attribute-value Data
//   data-notification (0x0F): long-invoke-id-and-priority, date-time OCTET
//     STRING (empty when absent), notification-body Data
#include "protocol/dlms/cosem_descriptor.h"
#include "protocol/dlms/invoke_id.h"

namespace ims::dlms {

struct EventNotification
{
    static constexpr quint8 Tag = 0xC2;
    std::optional<QByteArray> time; // 12-octet date-time when present
    CosemAttributeDescriptor attribute;
    axdr::Value value;
    bool operator==(const EventNotification &) const = default;
};

struct DataNotification
{
    static constexpr quint8 Tag = 0x0F;
    LongInvokeIdAndPriority invoke;
    QByteArray dateTime; // 12-octet date-time, or empty
    axdr::Value body;
    bool operator==(const DataNotification &) const = default;
};

void encode(const EventNotification &pdu, QByteArray &out);
void encode(const DataNotification &pdu, QByteArray &out);
EventNotification readEventNotification(PduReader &r, const axdr::DecodeLimits &limits);
DataNotification readDataNotification(PduReader &r, const axdr::DecodeLimits &limits);

} // namespace ims::dlms
