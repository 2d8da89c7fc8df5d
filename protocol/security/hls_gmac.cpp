#include "protocol/security/hls_gmac.h"

#include "protocol/core/bytes.h"
#include "protocol/security/gcm.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace ims::security {
namespace {

struct HlsText
{
    Q_DECLARE_TR_FUNCTIONS(HlsGmac)
};

} // namespace

Result<QByteArray> generateChallenge(qsizetype size)
{
    if (size < MinChallengeSize || size > MaxChallengeSize)
        return Error(ErrorKind::InvalidArgument,
                     HlsText::tr("HLS challenge must be 8..64 bytes, not %1").arg(size));
    QByteArray challenge(size, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(challenge.data()), int(size)) != 1)
        return Error(ErrorKind::SecurityFailure, HlsText::tr("the random number generator failed"));
    return challenge;
}

Result<QByteArray> gmacResponse(QByteArrayView encryptionKey, QByteArrayView authenticationKey,
                                QByteArrayView systemTitle, quint32 invocationCounter,
                                QByteArrayView challenge, SecurityControl sc)
{
    if (systemTitle.size() != SecurityContext::SystemTitleSize)
        return Error(ErrorKind::InvalidArgument, HlsText::tr("system title must be 8 bytes"));
    QByteArray iv = systemTitle.toByteArray();
    appendBe32(iv, invocationCounter);
    QByteArray aad;
    aad.append(char(sc.byte()));
    aad.append(authenticationKey.data(), authenticationKey.size());
    aad.append(challenge.data(), challenge.size());
    auto sealed = gcmSeal(encryptionKey, iv, aad, {});
    if (!sealed)
        return sealed.error();
    QByteArray out;
    out.append(char(sc.byte()));
    appendBe32(out, invocationCounter);
    out.append(sealed->tag);
    return out;
}

Result<QByteArray> respondToChallenge(SecurityContext &context, QByteArrayView peerChallenge)
{
    if (auto st = context.validate(); !st)
        return st.error();
    auto ic = context.takeInvocationCounter();
    if (!ic)
        return ic.error();
    return gmacResponse(context.keys().blockCipherKey, context.keys().authenticationKey,
                        context.ownSystemTitle(), *ic, peerChallenge);
}

Status verifyChallengeResponse(const SecurityContext &context, QByteArrayView ourChallenge,
                               QByteArrayView peerResponse)
{
    if (peerResponse.size() != GmacResponseSize)
        return Error(
            ErrorKind::SecurityFailure,
            HlsText::tr("HLS-GMAC response has %1 bytes, expected 17").arg(peerResponse.size()));
    const SecurityControl sc{quint8(peerResponse[0])};
    if (!sc.isAuthenticated() || sc.suiteId() != 0)
        return Error(ErrorKind::SecurityFailure,
                     HlsText::tr("HLS-GMAC response has security control 0x%1")
                         .arg(sc.byte(), 2, 16, QLatin1Char('0')));
    const quint32 ic = readBe32(peerResponse, 1);
    auto expected = gmacResponse(context.keys().blockCipherKey, context.keys().authenticationKey,
                                 context.peerSystemTitle(), ic, ourChallenge, sc);
    if (!expected)
        return expected.error();
    if (CRYPTO_memcmp(expected->constData(), peerResponse.data(), size_t(GmacResponseSize)) != 0)
        return Error(ErrorKind::SecurityFailure,
                     HlsText::tr("HLS-GMAC: the peer's answer to our challenge does not verify"));
    return {};
}

} // namespace ims::security
