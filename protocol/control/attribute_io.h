#pragma once
// Sequences of GET and SET over one DlmsClient for the control operations:
// one request at a time, in order, stopping at the first failure, so that
// an operation always knows exactly how far a write got.
#include "protocol/axdr/value.h"
#include "protocol/client/dlms_client.h"
#include "protocol/dlms/cosem_descriptor.h"

#include <functional>
#include <optional>

namespace ims::control {

using Attribute = dlms::CosemAttributeDescriptor;

struct AttributeWrite
{
    Attribute attribute;
    axdr::Value value;
};

// How far a sequence of writes got: `confirmed` writes were acknowledged by
// the meter; when `failure` is set, write number `confirmed` failed with it.
struct WriteProgress
{
    int confirmed = 0;
    std::optional<Error> failure;
    bool ok() const { return !failure; }
};

using ValuesDone = std::function<void(Result<QList<axdr::Value>>)>;
using WritesDone = std::function<void(WriteProgress)>;

// The client must outlive the sequence.
void readAttributes(client::DlmsClient &client, QList<Attribute> attributes, ValuesDone done);
void writeAttributes(client::DlmsClient &client, QList<AttributeWrite> writes, WritesDone done);

// True for "the meter does not have this object or attribute".
bool isObjectMissing(const Error &error);

} // namespace ims::control
