#pragma once
// ACSE APDUs as DLMS uses them (Blue Book 9.4.2, BER): AARQ (0x60), AARE
// (0x61), RLRQ (0x62), RLRE (0x63). Both directions are encoded and decoded:
// the client sends AARQ/RLRQ, the simulator answers with AARE/RLRE.
//
// user-information carries one xDLMS APDU as bytes: a plain InitiateRequest
// (0x01) / InitiateResponse (0x08), their ciphered forms glo-initiateRequest
// (0x21) / glo-initiateResponse (0x28), or a confirmed-service-error (0x0E)
// in a rejecting AARE. See initiate.h, parseApdu() and security/ciphering.h.
#include "protocol/core/result.h"
#include "protocol/dlms/acse_types.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace ims::dlms {

struct Aarq
{
    static constexpr quint8 Tag = 0x60;

    // protocol-version [0] BIT STRING content (e.g. 07 80); normally absent (default version1).
    std::optional<QByteArray> protocolVersion;
    ApplicationContext applicationContext = ApplicationContext::LogicalName;
    std::optional<QByteArray> calledApTitle;
    // calling-AP-title: the client's system title (8 bytes) when ciphering.
    std::optional<QByteArray> callingApTitle;
    // calling-AE-qualifier: the client's certificate for suites 1 and 2.
    std::optional<QByteArray> callingAeQualifier;
    // sender-acse-requirements with the authentication functional unit.
    bool authenticationFunctionalUnit = false;
    std::optional<AuthenticationMechanism> mechanism;
    // LLS password, or the HLS challenge CtoS (charstring form).
    std::optional<QByteArray> callingAuthenticationValue;
    std::optional<QByteArray> implementationInformation;
    std::optional<QByteArray> userInformation; // the xDLMS APDU bytes

    bool operator==(const Aarq &) const = default;
};

struct Aare
{
    static constexpr quint8 Tag = 0x61;

    std::optional<QByteArray> protocolVersion;
    ApplicationContext applicationContext = ApplicationContext::LogicalName;
    AssociationResult result = AssociationResult::Accepted;
    SourceDiagnostic diagnostic;
    // responding-AP-title: the server's system title when ciphering.
    std::optional<QByteArray> respondingApTitle;
    std::optional<QByteArray> respondingAeQualifier;
    bool authenticationFunctionalUnit = false; // responder-acse-requirements
    std::optional<AuthenticationMechanism> mechanism;
    // HLS challenge StoC.
    std::optional<QByteArray> respondingAuthenticationValue;
    std::optional<QByteArray> implementationInformation;
    std::optional<QByteArray> userInformation; // the xDLMS APDU bytes

    // AssociationRejected (code = diagnostic value) unless the result is accepted.
    Status toStatus() const;

    bool operator==(const Aare &) const = default;
};

struct Rlrq
{
    static constexpr quint8 Tag = 0x62;
    std::optional<ReleaseRequestReason> reason;
    std::optional<QByteArray> userInformation;
    bool operator==(const Rlrq &) const = default;
};

struct Rlre
{
    static constexpr quint8 Tag = 0x63;
    std::optional<ReleaseResponseReason> reason;
    std::optional<QByteArray> userInformation;
    bool operator==(const Rlre &) const = default;
};

QByteArray encode(const Aarq &pdu);
QByteArray encode(const Aare &pdu);
QByteArray encode(const Rlrq &pdu);
QByteArray encode(const Rlre &pdu);
// Appending forms, for symmetry with the xDLMS encoders.
inline void encode(const Aarq &pdu, QByteArray &out)
{
    out.append(encode(pdu));
}
inline void encode(const Aare &pdu, QByteArray &out)
{
    out.append(encode(pdu));
}
inline void encode(const Rlrq &pdu, QByteArray &out)
{
    out.append(encode(pdu));
}
inline void encode(const Rlre &pdu, QByteArray &out)
{
    out.append(encode(pdu));
}

// Whole APDUs (tag included, nothing after). Unknown optional fields are
// skipped; a missing mandatory field is Malformed, a short input Truncated.
Result<Aarq> decodeAarq(QByteArrayView apdu);
Result<Aare> decodeAare(QByteArrayView apdu);
Result<Rlrq> decodeRlrq(QByteArrayView apdu);
Result<Rlre> decodeRlre(QByteArrayView apdu);

} // namespace ims::dlms
