#include "protocol/security/gcm.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <memory>

namespace ims::security {
namespace {

struct GcmText
{
    Q_DECLARE_TR_FUNCTIONS(Gcm)
};

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherCtx newContext()
{
    return CipherCtx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
}

const unsigned char *u8(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

Status checkSizes(QByteArrayView key, QByteArrayView iv)
{
    if (key.size() != AesKeySize)
        return Error(ErrorKind::InvalidArgument,
                     GcmText::tr("AES-128 key must be 16 bytes, got %1").arg(key.size()));
    if (iv.size() != GcmIvSize)
        return Error(ErrorKind::InvalidArgument,
                     GcmText::tr("GCM IV must be 12 bytes, got %1").arg(iv.size()));
    return {};
}

Error libraryFailure()
{
    return Error(ErrorKind::SecurityFailure, GcmText::tr("OpenSSL AES-GCM operation failed"));
}

// Sets up cipher, IV length, key and IV for one direction.
bool init(EVP_CIPHER_CTX *ctx, bool encrypt, QByteArrayView key, QByteArrayView iv)
{
    const auto initFn = encrypt ? EVP_EncryptInit_ex : EVP_DecryptInit_ex;
    return initFn(ctx, EVP_aes_128_gcm(), nullptr, nullptr, nullptr) == 1
           && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(GcmIvSize), nullptr) == 1
           && initFn(ctx, nullptr, nullptr, u8(key), u8(iv)) == 1;
}

// EVP takes int lengths; DLMS APDUs are far below that.
bool fitsInt(QByteArrayView v)
{
    return v.size() < (1 << 30);
}

} // namespace

Result<GcmSealed> gcmSeal(QByteArrayView key, QByteArrayView iv, QByteArrayView aad,
                          QByteArrayView plaintext)
{
    if (auto st = checkSizes(key, iv); !st)
        return st.error();
    if (!fitsInt(aad) || !fitsInt(plaintext))
        return Error(ErrorKind::TooLarge, GcmText::tr("data too large for AES-GCM"));
    CipherCtx ctx = newContext();
    if (!ctx || !init(ctx.get(), true, key, iv))
        return libraryFailure();
    int len = 0;
    if (!aad.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len, u8(aad), int(aad.size())) != 1)
        return libraryFailure();
    GcmSealed out;
    out.ciphertext.resize(plaintext.size());
    if (!plaintext.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.ciphertext.data()),
                             &len, u8(plaintext), int(plaintext.size()))
               != 1)
        return libraryFailure();
    unsigned char tail[16];
    if (EVP_EncryptFinal_ex(ctx.get(), tail, &len) != 1)
        return libraryFailure();
    out.tag.resize(GcmTagSize);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(GcmTagSize), out.tag.data()) != 1)
        return libraryFailure();
    return out;
}

Result<QByteArray> gcmOpen(QByteArrayView key, QByteArrayView iv, QByteArrayView aad,
                           QByteArrayView ciphertext, QByteArrayView tag)
{
    if (auto st = checkSizes(key, iv); !st)
        return st.error();
    if (tag.size() != GcmTagSize)
        return Error(ErrorKind::InvalidArgument,
                     GcmText::tr("GCM tag must be 12 bytes, got %1").arg(tag.size()));
    if (!fitsInt(aad) || !fitsInt(ciphertext))
        return Error(ErrorKind::TooLarge, GcmText::tr("data too large for AES-GCM"));
    CipherCtx ctx = newContext();
    if (!ctx || !init(ctx.get(), false, key, iv))
        return libraryFailure();
    int len = 0;
    if (!aad.isEmpty()
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, u8(aad), int(aad.size())) != 1)
        return libraryFailure();
    QByteArray plain(ciphertext.size(), Qt::Uninitialized);
    if (!ciphertext.isEmpty()
        && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &len,
                             u8(ciphertext), int(ciphertext.size()))
               != 1)
        return libraryFailure();
    // OpenSSL copies the expected tag before the check; the const_cast only satisfies the old C
    // API.
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(GcmTagSize),
                            const_cast<char *>(tag.data())) // NOLINT
        != 1)
        return libraryFailure();
    unsigned char tail[16];
    if (EVP_DecryptFinal_ex(ctx.get(), tail, &len) != 1)
        return Error(ErrorKind::SecurityFailure,
                     GcmText::tr("authentication tag mismatch: wrong key or tampered data"));
    return plain;
}

Result<QByteArray> gcmKeystreamXor(QByteArrayView key, QByteArrayView iv, QByteArrayView data)
{
    if (auto st = checkSizes(key, iv); !st)
        return st.error();
    if (!fitsInt(data))
        return Error(ErrorKind::TooLarge, GcmText::tr("data too large for AES-GCM"));
    CipherCtx ctx = newContext();
    if (!ctx || !init(ctx.get(), true, key, iv))
        return libraryFailure();
    QByteArray out(data.size(), Qt::Uninitialized);
    int len = 0;
    if (!data.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                             u8(data), int(data.size()))
               != 1)
        return libraryFailure();
    return out;
}

} // namespace ims::security
