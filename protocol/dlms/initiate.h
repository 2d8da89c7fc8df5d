#pragma once
// xDLMS InitiateRequest (tag 0x01) and InitiateResponse (tag 0x08), the
// payload of the AARQ/AARE user-information field (Blue Book 9.5, A-XDR):
//   01 | dedicated-key OPTIONAL | response-allowed DEFAULT TRUE |
//        proposed-quality-of-service OPTIONAL | dlms-version |
//        5F 1F 04 00 <conformance> | client-max-receive-pdu-size
//   08 | negotiated-quality-of-service OPTIONAL | dlms-version |
//        5F 1F 04 00 <conformance> | server-max-receive-pdu-size | vaa-name
#include "protocol/core/result.h"
#include "protocol/dlms/conformance.h"
#include "protocol/dlms/pdu_reader.h"

#include <QByteArray>

#include <optional>

namespace ims::dlms {

// Logical-name referencing uses the VAA name 0x0007; short names 0xFA00.
constexpr quint16 LogicalNameVaaName = 0x0007;

struct InitiateRequest
{
    static constexpr quint8 Tag = 0x01;

    std::optional<QByteArray> dedicatedKey;
    bool responseAllowed = true;
    std::optional<qint8> proposedQualityOfService;
    quint8 dlmsVersion = 6;
    Conformance proposedConformance;
    quint16 clientMaxReceivePduSize = 0xFFFF;

    bool operator==(const InitiateRequest &) const = default;
};

struct InitiateResponse
{
    static constexpr quint8 Tag = 0x08;

    std::optional<qint8> negotiatedQualityOfService;
    quint8 dlmsVersion = 6;
    Conformance negotiatedConformance;
    quint16 serverMaxReceivePduSize = 0;
    quint16 vaaName = LogicalNameVaaName;

    bool operator==(const InitiateResponse &) const = default;
};

void encode(const InitiateRequest &pdu, QByteArray &out);
void encode(const InitiateResponse &pdu, QByteArray &out);

// Whole APDUs, tag included, nothing after them.
Result<InitiateRequest> decodeInitiateRequest(QByteArrayView apdu);
Result<InitiateResponse> decodeInitiateResponse(QByteArrayView apdu);

// Body decoders for parseApdu: the reader stands after the tag.
InitiateRequest readInitiateRequest(PduReader &r);
InitiateResponse readInitiateResponse(PduReader &r);

} // namespace ims::dlms
