#pragma once
// Every APDU of the LN-referencing DLMS/COSEM application layer as one typed
// value, both directions, and the generic entry points:
//   parseApdu(bytes)  -> the typed PDU (bounds-checked; unknown tags Unsupported)
//   encodeApdu(pdu)   -> bytes
// Ciphered APDUs parse to their envelope (CipheredApdu); security/ciphering.h
// turns them back into plain APDUs.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/dlms/acse.h"
#include "protocol/dlms/action_apdu.h"
#include "protocol/dlms/ciphered_apdu.h"
#include "protocol/dlms/error_apdu.h"
#include "protocol/dlms/get_apdu.h"
#include "protocol/dlms/initiate.h"
#include "protocol/dlms/notification_apdu.h"
#include "protocol/dlms/set_apdu.h"

#include <variant>

namespace ims::dlms {

using Apdu = std::variant<
    // ACSE
    Aarq, Aare, Rlrq, Rlre,
    // xDLMS initiate and errors
    InitiateRequest, InitiateResponse, ConfirmedServiceError, ExceptionResponse,
    // GET
    GetRequestNormal, GetRequestNext, GetRequestWithList, GetResponseNormal,
    GetResponseWithDatablock, GetResponseWithList,
    // SET
    SetRequestNormal, SetRequestWithFirstDatablock, SetRequestWithDatablock, SetRequestWithList,
    SetRequestWithListAndFirstDatablock, SetResponseNormal, SetResponseDatablock,
    SetResponseLastDatablock, SetResponseLastDatablockWithList, SetResponseWithList,
    // ACTION
    ActionRequestNormal, ActionRequestNextPblock, ActionRequestWithList,
    ActionRequestWithFirstPblock, ActionRequestWithListAndFirstPblock, ActionRequestWithPblock,
    ActionResponseNormal, ActionResponseWithPblock, ActionResponseWithList,
    ActionResponseNextPblock,
    // unsolicited
    EventNotification, DataNotification,
    // glo-/ded-/general-ciphering envelopes
    CipheredApdu>;

// The whole input must be one APDU: Truncated when it ends early, Malformed
// for trailing bytes or invalid fields, Unsupported for tags and CHOICE
// numbers this codec does not implement (SN referencing, access, general
// block transfer, ...). Data values are bounded by `limits`.
Result<Apdu> parseApdu(QByteArrayView apdu, const axdr::DecodeLimits &limits = {});

QByteArray encodeApdu(const Apdu &apdu);

// "get-request-normal", "aare", "glo-ciphered", ... for logs and traces.
QString apduName(const Apdu &apdu);

} // namespace ims::dlms
