#pragma once
// SHA-256 (FIPS 180-4) through OpenSSL's libcrypto, which uses the CPU's SHA
// extensions where it has them: the readings' seals hash every stored value,
// so the digest is on the ingest's hot path.
#include <QByteArray>
#include <QByteArrayView>

namespace ims::security {

constexpr qsizetype Sha256Size = 32;

// The 32-byte digest of `data`.
QByteArray sha256(QByteArrayView data);

} // namespace ims::security
