#include "protocol/security/sha256.h"

#include <openssl/evp.h>

namespace ims::security {

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(Sha256Size, Qt::Uninitialized);
    unsigned int length = 0;
    // EVP_Digest fails only when memory for the context cannot be had; a
    // digest of zeros would pass for a real one, so fail loudly instead.
    if (EVP_Digest(data.data(), size_t(data.size()),
                   reinterpret_cast<unsigned char *>(digest.data()), &length, EVP_sha256(), nullptr)
            != 1
        || length != unsigned(Sha256Size))
        qFatal("SHA-256: libcrypto could not compute a digest");
    return digest;
}

} // namespace ims::security
