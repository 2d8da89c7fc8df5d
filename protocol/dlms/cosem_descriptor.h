#pragma once
// What a GET/SET/ACTION addresses (Blue Book 9.5, LN referencing):
//   Cosem-Attribute-Descriptor = class-id (u16) | instance-id (6 octets) | attribute-id (int8)
//   Cosem-Method-Descriptor    = class-id (u16) | instance-id (6 octets) | method-id (int8)
//   Selective-Access-Descriptor = access-selector (u8) | access-parameters (Data)
// and builders for the two profile-generic selective accesses (IEC 62056-6-2
// class 7, attribute 2): by range (selector 1) and by entry (selector 2).
#include "protocol/axdr/value.h"
#include "protocol/cosem/capture_object.h"
#include "protocol/cosem/obis.h"
#include "protocol/dlms/pdu_reader.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace ims::axdr {
struct DecodeLimits;
}

namespace ims::dlms {

struct CosemAttributeDescriptor
{
    quint16 classId = 0;
    cosem::Obis instance;
    qint8 attributeId = 0;
    bool operator==(const CosemAttributeDescriptor &) const = default;
};

struct CosemMethodDescriptor
{
    quint16 classId = 0;
    cosem::Obis instance;
    qint8 methodId = 0;
    bool operator==(const CosemMethodDescriptor &) const = default;
};

struct SelectiveAccess
{
    quint8 selector = 0;
    axdr::Value parameters;
    bool operator==(const SelectiveAccess &) const = default;
};

// Cosem-Attribute-Descriptor-With-Selection (GET/SET with-list).
struct AttributeWithSelection
{
    CosemAttributeDescriptor attribute;
    std::optional<SelectiveAccess> access;
    bool operator==(const AttributeWithSelection &) const = default;
};

// A capture object definition as profile generic lists it in capture_objects,
// also the restricting object of a range access (cosem/capture_object.h).
using CaptureObjectDefinition = cosem::CaptureObject;

constexpr quint8 AccessByRange = 1;
constexpr quint8 AccessByEntry = 2;

// Selector 1: structure{restricting object, from value, to value, array of
// selected columns (empty array = all columns)}. For the usual time range the
// restricting object is the clock {8, 0.0.1.0.0.255, 2, 0} and from/to are
// date-times (octet-string(12) on SPODES meters).
SelectiveAccess accessByRange(const CaptureObjectDefinition &restrictingObject, axdr::Value from,
                              axdr::Value to,
                              const QList<CaptureObjectDefinition> &selectedValues = {});
// Selector 2: structure{from entry, to entry (0 = last), from selected value
// (1 = first column), to selected value (0 = last column)}.
SelectiveAccess accessByEntry(quint32 fromEntry, quint32 toEntry, quint16 fromSelectedValue = 1,
                              quint16 toSelectedValue = 0);

void appendDescriptor(QByteArray &out, const CosemAttributeDescriptor &d);
void appendDescriptor(QByteArray &out, const CosemMethodDescriptor &d);
// The OPTIONAL access-selection: 00, or 01 selector parameters.
void appendAccessSelection(QByteArray &out, const std::optional<SelectiveAccess> &access);
void appendData(QByteArray &out, const axdr::Value &value);

CosemAttributeDescriptor readAttributeDescriptor(PduReader &r);
CosemMethodDescriptor readMethodDescriptor(PduReader &r);
std::optional<SelectiveAccess> readAccessSelection(PduReader &r, const axdr::DecodeLimits &limits);
AttributeWithSelection readAttributeWithSelection(PduReader &r, const axdr::DecodeLimits &limits);
// One A-XDR Data value; failures (Truncated, Malformed, TooDeep, ...) go into the reader.
axdr::Value readData(PduReader &r, const axdr::DecodeLimits &limits);

} // namespace ims::dlms
