#pragma once
// Security suite 0 protection of xDLMS APDUs (Blue Book 9.2.7.2.4):
//   IV  = system title (8) || invocation counter (4)
//   SC 0x10 authenticated:   AAD = SC || AK || plaintext; content = plaintext || tag
//   SC 0x20 encrypted:       no AAD;                   content = ciphertext
//   SC 0x30 both:            AAD = SC || AK;           content = ciphertext || tag
// wrap* take the next invocation counter from the context; unwrap rejects
// replayed counters and only commits a counter once the tag verified.
#include "protocol/core/result.h"
#include "protocol/dlms/ciphered_apdu.h"
#include "protocol/security/security_context.h"
#include "protocol/security/security_control.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ims::security {

// The "ciphered content" for one APDU under the given key (pure function).
Result<QByteArray> protect(SecurityControl sc, QByteArrayView encryptionKey,
                           QByteArrayView authenticationKey, QByteArrayView systemTitle,
                           quint32 invocationCounter, QByteArrayView plaintext);
// Inverse of protect(); SecurityFailure when the tag does not verify,
// Truncated when the content is shorter than the tag.
Result<QByteArray> unprotect(SecurityControl sc, QByteArrayView encryptionKey,
                             QByteArrayView authenticationKey, QByteArrayView systemTitle,
                             quint32 invocationCounter, QByteArrayView content);

enum class KeyChoice { Global, Dedicated };

// glo-xxx (or ded-xxx) form of a plain APDU, sent under our own system title.
// Unsupported when the APDU type has no ciphered form.
Result<QByteArray> wrapApdu(SecurityContext &context, SecurityControl sc, QByteArrayView plainApdu,
                            KeyChoice key = KeyChoice::Global);
// general-glo-ciphering (0xDB) with our system title; any APDU fits.
Result<QByteArray> wrapGeneralGlo(SecurityContext &context, SecurityControl sc,
                                  QByteArrayView plainApdu);

struct UnwrappedApdu
{
    QByteArray apdu; // the plain xDLMS APDU
    dlms::CipheredApdu envelope;
    QByteArray senderSystemTitle;
};

// Any ciphered form (glo-, ded-, general-glo/ded-ciphering). Uses the peer's
// system title (or the one in a general-ciphering APDU, which must match the
// peer's when that is known). Unsupported for security suites other than 0
// and compression; SecurityFailure for replay, wrong key or tampering.
Result<UnwrappedApdu> unwrapApdu(SecurityContext &context, QByteArrayView cipheredApdu);

} // namespace ims::security
