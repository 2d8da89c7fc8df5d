#include "protocol/security/ciphering.h"

#include "protocol/core/bytes.h"
#include "protocol/core/logging.h"
#include "protocol/security/gcm.h"

#include <QCoreApplication>

namespace ims::security {
namespace {

struct CipheringText
{
    Q_DECLARE_TR_FUNCTIONS(Ciphering)
};

QByteArray initializationVector(QByteArrayView systemTitle, quint32 invocationCounter)
{
    QByteArray iv = systemTitle.toByteArray();
    appendBe32(iv, invocationCounter);
    return iv;
}

QByteArray associatedData(SecurityControl sc, QByteArrayView authenticationKey,
                          QByteArrayView plaintext = {})
{
    QByteArray aad;
    aad.reserve(1 + authenticationKey.size() + plaintext.size());
    aad.append(char(sc.byte()));
    aad.append(authenticationKey.data(), authenticationKey.size());
    aad.append(plaintext.data(), plaintext.size());
    return aad;
}

Status checkSuite(SecurityControl sc)
{
    if (sc.suiteId() != 0)
        return Error(ErrorKind::Unsupported,
                     CipheringText::tr("security suite %1 is not supported (only suite 0)")
                         .arg(sc.suiteId()));
    if (sc.isCompressed())
        return Error(ErrorKind::Unsupported,
                     CipheringText::tr("compressed ciphered APDUs are not supported"));
    if (!sc.isAuthenticated() && !sc.isEncrypted())
        return Error(ErrorKind::Unsupported,
                     CipheringText::tr(
                         "security control 0x%1 asks for neither authentication nor encryption")
                         .arg(sc.byte(), 2, 16, QLatin1Char('0')));
    return {};
}

Result<QByteArray> selectKey(const SecurityContext &context, SecurityControl sc, bool dedicated)
{
    const SecurityKeys &keys = context.keys();
    const QByteArray &key = dedicated               ? keys.dedicatedKey
                            : sc.usesBroadcastKey() ? keys.broadcastKey
                                                    : keys.blockCipherKey;
    if (key.isEmpty())
        return Error(
            ErrorKind::SecurityFailure,
            dedicated ? CipheringText::tr("no dedicated key has been agreed for this association")
                      : CipheringText::tr("no broadcast key is configured"));
    return key;
}

Result<QByteArray> wrapWith(SecurityContext &context, SecurityControl sc, QByteArrayView plainApdu,
                            quint8 tag, bool dedicated, bool general)
{
    if (auto st = checkSuite(sc); !st)
        return st.error();
    if (auto st = context.validate(); !st)
        return st.error();
    auto key = selectKey(context, sc, dedicated);
    if (!key)
        return key.error();
    auto ic = context.takeInvocationCounter();
    if (!ic)
        return ic.error();
    auto content = protect(sc, *key, context.keys().authenticationKey, context.ownSystemTitle(),
                           *ic, plainApdu);
    if (!content)
        return content.error();
    dlms::CipheredApdu envelope;
    envelope.tag = tag;
    if (general)
        envelope.systemTitle = context.ownSystemTitle();
    envelope.securityControl = sc.byte();
    envelope.invocationCounter = *ic;
    envelope.content = std::move(content.value());
    QByteArray out;
    dlms::encode(envelope, out);
    return out;
}

} // namespace

Result<QByteArray> protect(SecurityControl sc, QByteArrayView encryptionKey,
                           QByteArrayView authenticationKey, QByteArrayView systemTitle,
                           quint32 invocationCounter, QByteArrayView plaintext)
{
    if (auto st = checkSuite(sc); !st)
        return st.error();
    const QByteArray iv = initializationVector(systemTitle, invocationCounter);
    if (!sc.isAuthenticated())
        return gcmKeystreamXor(encryptionKey, iv, plaintext);
    if (!sc.isEncrypted()) {
        auto sealed
            = gcmSeal(encryptionKey, iv, associatedData(sc, authenticationKey, plaintext), {});
        if (!sealed)
            return sealed.error();
        return plaintext.toByteArray() + sealed->tag;
    }
    auto sealed = gcmSeal(encryptionKey, iv, associatedData(sc, authenticationKey), plaintext);
    if (!sealed)
        return sealed.error();
    return sealed->ciphertext + sealed->tag;
}

Result<QByteArray> unprotect(SecurityControl sc, QByteArrayView encryptionKey,
                             QByteArrayView authenticationKey, QByteArrayView systemTitle,
                             quint32 invocationCounter, QByteArrayView content)
{
    if (auto st = checkSuite(sc); !st)
        return st.error();
    const QByteArray iv = initializationVector(systemTitle, invocationCounter);
    if (!sc.isAuthenticated())
        return gcmKeystreamXor(encryptionKey, iv, content);
    if (content.size() < GcmTagSize)
        return Error(
            ErrorKind::Truncated,
            CipheringText::tr("ciphered content of %1 bytes is shorter than the authentication tag")
                .arg(content.size()));
    const QByteArrayView body = content.first(content.size() - GcmTagSize);
    const QByteArrayView tag = content.last(GcmTagSize);
    if (!sc.isEncrypted()) {
        auto checked
            = gcmOpen(encryptionKey, iv, associatedData(sc, authenticationKey, body), {}, tag);
        if (!checked)
            return checked.error();
        return body.toByteArray();
    }
    return gcmOpen(encryptionKey, iv, associatedData(sc, authenticationKey), body, tag);
}

Result<QByteArray> wrapApdu(SecurityContext &context, SecurityControl sc, QByteArrayView plainApdu,
                            KeyChoice key)
{
    if (plainApdu.isEmpty())
        return Error(ErrorKind::InvalidArgument, CipheringText::tr("empty APDU"));
    const quint8 plainTag = quint8(plainApdu[0]);
    const bool dedicated = key == KeyChoice::Dedicated;
    const auto tag = dedicated ? dlms::dedTagFor(plainTag) : dlms::gloTagFor(plainTag);
    if (!tag)
        return Error(ErrorKind::Unsupported,
                     CipheringText::tr("APDU 0x%1 has no %2 ciphered form")
                         .arg(plainTag, 2, 16, QLatin1Char('0'))
                         .arg(dedicated ? QStringLiteral("ded-") : QStringLiteral("glo-")));
    return wrapWith(context, sc, plainApdu, *tag, dedicated, false);
}

Result<QByteArray> wrapGeneralGlo(SecurityContext &context, SecurityControl sc,
                                  QByteArrayView plainApdu)
{
    return wrapWith(context, sc, plainApdu, dlms::cipheredtag::GeneralGloCiphering, false, true);
}

Result<UnwrappedApdu> unwrapApdu(SecurityContext &context, QByteArrayView cipheredApdu)
{
    auto envelope = dlms::decodeCipheredApdu(cipheredApdu);
    if (!envelope)
        return envelope.error();
    const SecurityControl sc(envelope->securityControl);
    if (auto st = checkSuite(sc); !st)
        return st.error();
    const dlms::CipheringKind kind = dlms::cipheringKind(envelope->tag);
    const bool general = kind == dlms::CipheringKind::GeneralGlobal
                         || kind == dlms::CipheringKind::GeneralDedicated;
    const bool dedicated
        = kind == dlms::CipheringKind::Dedicated || kind == dlms::CipheringKind::GeneralDedicated;

    QByteArray title = context.peerSystemTitle();
    if (general && !envelope->systemTitle.isEmpty()) {
        if (!title.isEmpty() && title != envelope->systemTitle)
            return Error(ErrorKind::SecurityFailure,
                         CipheringText::tr("ciphered APDU from system title %1, expected %2")
                             .arg(toSpacedHex(envelope->systemTitle), toSpacedHex(title)));
        title = envelope->systemTitle;
    }
    if (title.size() != SecurityContext::SystemTitleSize)
        return Error(ErrorKind::SecurityFailure,
                     CipheringText::tr("the sender's system title is not known"));

    if (auto st = context.checkPeerInvocationCounter(envelope->invocationCounter); !st)
        return st.error();
    auto key = selectKey(context, sc, dedicated);
    if (!key)
        return key.error();
    auto plain = unprotect(sc, *key, context.keys().authenticationKey, title,
                           envelope->invocationCounter, envelope->content);
    if (!plain) {
        qCWarning(lcSecurity) << "ciphered APDU rejected:" << plain.error().message;
        return plain.error();
    }
    if (!general) {
        const auto expected = dlms::plainTagFor(envelope->tag);
        if (plain->isEmpty() || quint8(plain->at(0)) != *expected)
            return Error(
                ErrorKind::Malformed,
                CipheringText::tr("ciphered APDU 0x%1 does not contain the matching plain APDU")
                    .arg(envelope->tag, 2, 16, QLatin1Char('0')));
    }
    // Only an APDU that authenticated (or, for encryption-only, decrypted to the
    // expected type) may advance the peer's counter.
    context.acceptPeerInvocationCounter(envelope->invocationCounter);
    return UnwrappedApdu{std::move(plain.value()), std::move(envelope.value()), title};
}

} // namespace ims::security
