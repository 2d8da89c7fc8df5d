#pragma once
// The envelope of a ciphered xDLMS APDU, without any cryptography (see
// security/ciphering.h for that):
//   glo-/ded-xxx:          tag | length | SC | IC(4) | ciphered content
//   general-glo-ciphering: DB | length | system-title | length | SC | IC(4) | content
// The ciphered content is ciphertext and/or plaintext followed by the tag,
// depending on the security control byte.
#include "protocol/core/result.h"
#include "protocol/dlms/pdu_reader.h"

#include <QByteArray>

#include <optional>

namespace ims::dlms {

namespace cipheredtag {
constexpr quint8 GloInitiateRequest = 0x21;
constexpr quint8 GloInitiateResponse = 0x28;
constexpr quint8 GloConfirmedServiceError = 0x2E;
constexpr quint8 GloGetRequest = 0xC8;
constexpr quint8 GloSetRequest = 0xC9;
constexpr quint8 GloEventNotification = 0xCA;
constexpr quint8 GloActionRequest = 0xCB;
constexpr quint8 GloGetResponse = 0xCC;
constexpr quint8 GloSetResponse = 0xCD;
constexpr quint8 GloActionResponse = 0xCF;
constexpr quint8 DedGetRequest = 0xD0;
constexpr quint8 DedActionResponse = 0xD7;
constexpr quint8 GeneralGloCiphering = 0xDB;
constexpr quint8 GeneralDedCiphering = 0xDC;
} // namespace cipheredtag

enum class CipheringKind {
    Global,           // glo-xxx, global unicast (or broadcast) key
    Dedicated,        // ded-xxx, the association's dedicated key
    GeneralGlobal,    // general-glo-ciphering, carries the sender's system title
    GeneralDedicated, // general-ded-ciphering
};

// glo-/ded- tag for a plain APDU tag (Blue Book 9.5 xDLMS-APDU CHOICE), or nullopt
// for APDUs that have no such form (data-notification, exception-response, ...).
std::optional<quint8> gloTagFor(quint8 plainTag);
std::optional<quint8> dedTagFor(quint8 plainTag);
// The plain tag a glo-/ded- APDU must decrypt to.
std::optional<quint8> plainTagFor(quint8 cipheredTag);
bool isCipheredTag(quint8 tag);
CipheringKind cipheringKind(quint8 cipheredTag);

struct CipheredApdu
{
    quint8 tag = cipheredtag::GloGetRequest;
    QByteArray systemTitle; // general-glo/ded-ciphering only
    quint8 securityControl = 0x30;
    quint32 invocationCounter = 0;
    QByteArray content; // ciphertext and/or plaintext, then the tag

    bool operator==(const CipheredApdu &) const = default;
};

void encode(const CipheredApdu &pdu, QByteArray &out);
Result<CipheredApdu> decodeCipheredApdu(QByteArrayView apdu);
// Body decoder for parseApdu: the reader stands after the tag.
CipheredApdu readCipheredApdu(PduReader &r, quint8 tag);

} // namespace ims::dlms
