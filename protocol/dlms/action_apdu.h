#pragma once
// ACTION service APDUs (Blue Book 9.5): Action-Request (0xC3) and
// Action-Response (0xC7).
#include "protocol/dlms/cosem_descriptor.h"
#include "protocol/dlms/invoke_id.h"
#include "protocol/dlms/xdlms_fields.h"

namespace ims::dlms {

struct ActionRequestNormal
{
    static constexpr quint8 Tag = 0xC3, Choice = 1;
    InvokeIdAndPriority invoke;
    CosemMethodDescriptor method;
    std::optional<axdr::Value> parameters;
    bool operator==(const ActionRequestNormal &) const = default;
};

struct ActionRequestNextPblock
{
    static constexpr quint8 Tag = 0xC3, Choice = 2;
    InvokeIdAndPriority invoke;
    quint32 blockNumber = 0;
    bool operator==(const ActionRequestNextPblock &) const = default;
};

struct ActionRequestWithList
{
    static constexpr quint8 Tag = 0xC3, Choice = 3;
    InvokeIdAndPriority invoke;
    QList<CosemMethodDescriptor> methods;
    QList<axdr::Value> parameters;
    bool operator==(const ActionRequestWithList &) const = default;
};

struct ActionRequestWithFirstPblock
{
    static constexpr quint8 Tag = 0xC3, Choice = 4;
    InvokeIdAndPriority invoke;
    CosemMethodDescriptor method;
    DataBlockSA block;
    bool operator==(const ActionRequestWithFirstPblock &) const = default;
};

struct ActionRequestWithListAndFirstPblock
{
    static constexpr quint8 Tag = 0xC3, Choice = 5;
    InvokeIdAndPriority invoke;
    QList<CosemMethodDescriptor> methods;
    DataBlockSA block;
    bool operator==(const ActionRequestWithListAndFirstPblock &) const = default;
};

struct ActionRequestWithPblock
{
    static constexpr quint8 Tag = 0xC3, Choice = 6;
    InvokeIdAndPriority invoke;
    DataBlockSA block;
    bool operator==(const ActionRequestWithPblock &) const = default;
};

// Action-Response-With-Optional-Data.
struct ActionOutcome
{
    ActionResult result = ActionResult::Success;
    std::optional<GetDataResult> returnParameters;
    bool operator==(const ActionOutcome &) const = default;
};

struct ActionResponseNormal
{
    static constexpr quint8 Tag = 0xC7, Choice = 1;
    InvokeIdAndPriority invoke;
    ActionOutcome outcome;
    bool operator==(const ActionResponseNormal &) const = default;
};

struct ActionResponseWithPblock
{
    static constexpr quint8 Tag = 0xC7, Choice = 2;
    InvokeIdAndPriority invoke;
    DataBlockSA block;
    bool operator==(const ActionResponseWithPblock &) const = default;
};

struct ActionResponseWithList
{
    static constexpr quint8 Tag = 0xC7, Choice = 3;
    InvokeIdAndPriority invoke;
    QList<ActionOutcome> outcomes;
    bool operator==(const ActionResponseWithList &) const = default;
};

struct ActionResponseNextPblock
{
    static constexpr quint8 Tag = 0xC7, Choice = 4;
    InvokeIdAndPriority invoke;
    quint32 blockNumber = 0;
    bool operator==(const ActionResponseNextPblock &) const = default;
};

// The return data of a successful action (null when none was sent), or
// Error{DataAccess} for a failed result or refused return data.
Result<axdr::Value> toResult(const ActionOutcome &outcome);

void encode(const ActionRequestNormal &pdu, QByteArray &out);
void encode(const ActionRequestNextPblock &pdu, QByteArray &out);
void encode(const ActionRequestWithList &pdu, QByteArray &out);
void encode(const ActionRequestWithFirstPblock &pdu, QByteArray &out);
void encode(const ActionRequestWithListAndFirstPblock &pdu, QByteArray &out);
void encode(const ActionRequestWithPblock &pdu, QByteArray &out);
void encode(const ActionResponseNormal &pdu, QByteArray &out);
void encode(const ActionResponseWithPblock &pdu, QByteArray &out);
void encode(const ActionResponseWithList &pdu, QByteArray &out);
void encode(const ActionResponseNextPblock &pdu, QByteArray &out);

ActionRequestNormal readActionRequestNormal(PduReader &r, const axdr::DecodeLimits &limits);
ActionRequestNextPblock readActionRequestNextPblock(PduReader &r);
ActionRequestWithList readActionRequestWithList(PduReader &r, const axdr::DecodeLimits &limits);
ActionRequestWithFirstPblock readActionRequestWithFirstPblock(PduReader &r);
ActionRequestWithListAndFirstPblock readActionRequestWithListAndFirstPblock(PduReader &r);
ActionRequestWithPblock readActionRequestWithPblock(PduReader &r);
ActionResponseNormal readActionResponseNormal(PduReader &r, const axdr::DecodeLimits &limits);
ActionResponseWithPblock readActionResponseWithPblock(PduReader &r);
ActionResponseWithList readActionResponseWithList(PduReader &r, const axdr::DecodeLimits &limits);
ActionResponseNextPblock readActionResponseNextPblock(PduReader &r);

} // namespace ims::dlms
