#pragma once
// AES-128-GCM through OpenSSL's EVP interface (NIST SP 800-38D), as DLMS
// security suite 0 uses it: 16-byte key, 12-byte IV, 12-byte tag.
// Nothing here knows about DLMS framing; see ciphering.h for that.
#include "protocol/core/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ims::security {

constexpr qsizetype AesKeySize = 16;
constexpr qsizetype GcmIvSize = 12;
constexpr qsizetype GcmTagSize = 12;

struct GcmSealed
{
    QByteArray ciphertext;
    QByteArray tag; // GcmTagSize bytes
};

// Encrypts `plaintext` (may be empty: then only the tag over `aad`, i.e.
// GMAC) and authenticates `aad`. InvalidArgument for wrong key/IV sizes.
Result<GcmSealed> gcmSeal(QByteArrayView key, QByteArrayView iv, QByteArrayView aad,
                          QByteArrayView plaintext);

// Decrypts and checks the tag; SecurityFailure when the tag does not match
// (wrong key, wrong IV, tampered data). No plaintext is returned then.
Result<QByteArray> gcmOpen(QByteArrayView key, QByteArrayView iv, QByteArrayView aad,
                           QByteArrayView ciphertext, QByteArrayView tag);

// The GCM keystream alone (encryption-only protection, no tag): applying it
// twice gives the input back, so it both encrypts and decrypts.
Result<QByteArray> gcmKeystreamXor(QByteArrayView key, QByteArrayView iv, QByteArrayView data);

} // namespace ims::security
