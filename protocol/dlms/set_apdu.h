#pragma once
// SET service APDUs (Blue Book 9.5): Set-Request (0xC1) and Set-Response (0xC5).
#include "protocol/dlms/cosem_descriptor.h"
#include "protocol/dlms/invoke_id.h"
#include "protocol/dlms/xdlms_fields.h"

namespace ims::dlms {

struct SetRequestNormal
{
    static constexpr quint8 Tag = 0xC1, Choice = 1;
    InvokeIdAndPriority invoke;
    CosemAttributeDescriptor attribute;
    std::optional<SelectiveAccess> access;
    axdr::Value value;
    bool operator==(const SetRequestNormal &) const = default;
};

struct SetRequestWithFirstDatablock
{
    static constexpr quint8 Tag = 0xC1, Choice = 2;
    InvokeIdAndPriority invoke;
    CosemAttributeDescriptor attribute;
    std::optional<SelectiveAccess> access;
    DataBlockSA block;
    bool operator==(const SetRequestWithFirstDatablock &) const = default;
};

struct SetRequestWithDatablock
{
    static constexpr quint8 Tag = 0xC1, Choice = 3;
    InvokeIdAndPriority invoke;
    DataBlockSA block;
    bool operator==(const SetRequestWithDatablock &) const = default;
};

struct SetRequestWithList
{
    static constexpr quint8 Tag = 0xC1, Choice = 4;
    InvokeIdAndPriority invoke;
    QList<AttributeWithSelection> attributes;
    QList<axdr::Value> values;
    bool operator==(const SetRequestWithList &) const = default;
};

struct SetRequestWithListAndFirstDatablock
{
    static constexpr quint8 Tag = 0xC1, Choice = 5;
    InvokeIdAndPriority invoke;
    QList<AttributeWithSelection> attributes;
    DataBlockSA block;
    bool operator==(const SetRequestWithListAndFirstDatablock &) const = default;
};

struct SetResponseNormal
{
    static constexpr quint8 Tag = 0xC5, Choice = 1;
    InvokeIdAndPriority invoke;
    DataAccessResult result = DataAccessResult::Success;
    bool operator==(const SetResponseNormal &) const = default;
};

// Acknowledges a block that was not the last.
struct SetResponseDatablock
{
    static constexpr quint8 Tag = 0xC5, Choice = 2;
    InvokeIdAndPriority invoke;
    quint32 blockNumber = 0;
    bool operator==(const SetResponseDatablock &) const = default;
};

struct SetResponseLastDatablock
{
    static constexpr quint8 Tag = 0xC5, Choice = 3;
    InvokeIdAndPriority invoke;
    DataAccessResult result = DataAccessResult::Success;
    quint32 blockNumber = 0;
    bool operator==(const SetResponseLastDatablock &) const = default;
};

struct SetResponseLastDatablockWithList
{
    static constexpr quint8 Tag = 0xC5, Choice = 4;
    InvokeIdAndPriority invoke;
    QList<DataAccessResult> results;
    quint32 blockNumber = 0;
    bool operator==(const SetResponseLastDatablockWithList &) const = default;
};

struct SetResponseWithList
{
    static constexpr quint8 Tag = 0xC5, Choice = 5;
    InvokeIdAndPriority invoke;
    QList<DataAccessResult> results;
    bool operator==(const SetResponseWithList &) const = default;
};

void encode(const SetRequestNormal &pdu, QByteArray &out);
void encode(const SetRequestWithFirstDatablock &pdu, QByteArray &out);
void encode(const SetRequestWithDatablock &pdu, QByteArray &out);
void encode(const SetRequestWithList &pdu, QByteArray &out);
void encode(const SetRequestWithListAndFirstDatablock &pdu, QByteArray &out);
void encode(const SetResponseNormal &pdu, QByteArray &out);
void encode(const SetResponseDatablock &pdu, QByteArray &out);
void encode(const SetResponseLastDatablock &pdu, QByteArray &out);
void encode(const SetResponseLastDatablockWithList &pdu, QByteArray &out);
void encode(const SetResponseWithList &pdu, QByteArray &out);

SetRequestNormal readSetRequestNormal(PduReader &r, const axdr::DecodeLimits &limits);
SetRequestWithFirstDatablock readSetRequestWithFirstDatablock(PduReader &r,
                                                              const axdr::DecodeLimits &limits);
SetRequestWithDatablock readSetRequestWithDatablock(PduReader &r);
SetRequestWithList readSetRequestWithList(PduReader &r, const axdr::DecodeLimits &limits);
SetRequestWithListAndFirstDatablock
readSetRequestWithListAndFirstDatablock(PduReader &r, const axdr::DecodeLimits &limits);
SetResponseNormal readSetResponseNormal(PduReader &r);
SetResponseDatablock readSetResponseDatablock(PduReader &r);
SetResponseLastDatablock readSetResponseLastDatablock(PduReader &r);
SetResponseLastDatablockWithList readSetResponseLastDatablockWithList(PduReader &r);
SetResponseWithList readSetResponseWithList(PduReader &r);

} // namespace ims::dlms
