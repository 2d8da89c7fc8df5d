#pragma once
// GET service APDUs (Blue Book 9.5): Get-Request (0xC0) and Get-Response (0xC4).
#include "protocol/dlms/cosem_descriptor.h"
#include "protocol/dlms/invoke_id.h"
#include "protocol/dlms/xdlms_fields.h"

namespace ims::dlms {

struct GetRequestNormal
{
    static constexpr quint8 Tag = 0xC0, Choice = 1;
    InvokeIdAndPriority invoke;
    CosemAttributeDescriptor attribute;
    std::optional<SelectiveAccess> access;
    bool operator==(const GetRequestNormal &) const = default;
};

// Acknowledges block `blockNumber` and asks for the next one.
struct GetRequestNext
{
    static constexpr quint8 Tag = 0xC0, Choice = 2;
    InvokeIdAndPriority invoke;
    quint32 blockNumber = 0;
    bool operator==(const GetRequestNext &) const = default;
};

struct GetRequestWithList
{
    static constexpr quint8 Tag = 0xC0, Choice = 3;
    InvokeIdAndPriority invoke;
    QList<AttributeWithSelection> attributes;
    bool operator==(const GetRequestWithList &) const = default;
};

struct GetResponseNormal
{
    static constexpr quint8 Tag = 0xC4, Choice = 1;
    InvokeIdAndPriority invoke;
    GetDataResult result;
    bool operator==(const GetResponseNormal &) const = default;
};

// DataBlock-G: raw-data holds a slice of the encoded Data; the slices of all
// blocks concatenated decode as one value.
struct GetResponseWithDatablock
{
    static constexpr quint8 Tag = 0xC4, Choice = 2;
    InvokeIdAndPriority invoke;
    bool lastBlock = false;
    quint32 blockNumber = 0;
    std::variant<QByteArray, DataAccessResult> result;
    bool operator==(const GetResponseWithDatablock &) const = default;
};

struct GetResponseWithList
{
    static constexpr quint8 Tag = 0xC4, Choice = 3;
    InvokeIdAndPriority invoke;
    QList<GetDataResult> results;
    bool operator==(const GetResponseWithList &) const = default;
};

void encode(const GetRequestNormal &pdu, QByteArray &out);
void encode(const GetRequestNext &pdu, QByteArray &out);
void encode(const GetRequestWithList &pdu, QByteArray &out);
void encode(const GetResponseNormal &pdu, QByteArray &out);
void encode(const GetResponseWithDatablock &pdu, QByteArray &out);
void encode(const GetResponseWithList &pdu, QByteArray &out);

// Bodies after tag and choice byte (used by parseApdu).
GetRequestNormal readGetRequestNormal(PduReader &r, const axdr::DecodeLimits &limits);
GetRequestNext readGetRequestNext(PduReader &r);
GetRequestWithList readGetRequestWithList(PduReader &r, const axdr::DecodeLimits &limits);
GetResponseNormal readGetResponseNormal(PduReader &r, const axdr::DecodeLimits &limits);
GetResponseWithDatablock readGetResponseWithDatablock(PduReader &r);
GetResponseWithList readGetResponseWithList(PduReader &r, const axdr::DecodeLimits &limits);

} // namespace ims::dlms
