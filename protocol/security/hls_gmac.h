#pragma once
// HLS authentication mechanism 5 (HLS-GMAC, Blue Book 9.2.7.4): after the
// AARE, each side proves it knows the keys by returning
//   f(challenge) = SC || IC || GMAC tag,  SC = 0x10 (authentication only),
//   tag over AAD = SC || AK || challenge, IV = own system title || IC.
// The client sends f(StoC) in ACTION reply_to_HLS_authentication (class 15,
// method 1) and checks the server's f(CtoS) in the ACTION response.
#include "protocol/core/result.h"
#include "protocol/security/security_context.h"
#include "protocol/security/security_control.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ims::security {

constexpr qsizetype MinChallengeSize = 8;
constexpr qsizetype MaxChallengeSize = 64;
constexpr qsizetype SpodesChallengeSize = 16;
// SC (1) + IC (4) + tag (12).
constexpr qsizetype GmacResponseSize = 17;

// Cryptographically random challenge (RAND_bytes); InvalidArgument outside 8..64.
Result<QByteArray> generateChallenge(qsizetype size = SpodesChallengeSize);

// f(challenge) under the given keys, title and counter (pure function).
Result<QByteArray> gmacResponse(QByteArrayView encryptionKey, QByteArrayView authenticationKey,
                                QByteArrayView systemTitle, quint32 invocationCounter,
                                QByteArrayView challenge,
                                SecurityControl sc = SecurityControl::authenticated());

// Our f(peer's challenge), consuming one of our invocation counters.
Result<QByteArray> respondToChallenge(SecurityContext &context, QByteArrayView peerChallenge);

// Checks the peer's f(our challenge) against its system title. The counter
// inside is not run through the replay check: it is older than the one of the
// ciphered APDU that carried it. SecurityFailure when it does not verify.
Status verifyChallengeResponse(const SecurityContext &context, QByteArrayView ourChallenge,
                               QByteArrayView peerResponse);

} // namespace ims::security
