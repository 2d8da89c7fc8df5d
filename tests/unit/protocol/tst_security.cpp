// Security suite 0 and HLS-GMAC against the Gurux HLS-GMAC exchange of the
// golden vectors (keys in "gmac_keys"): every ciphered APDU decrypts to its
// stated plaintext, and encrypting the stated plaintext with the stated
// invocation counter reproduces the captured bytes. f(StoC) and f(CtoS) are
// checked against the ACTION reply_to_HLS_authentication exchange.
#include "protocol/dlms/xdlms_apdu.h"
#include "protocol/security/ciphering.h"
#include "protocol/security/gcm.h"
#include "protocol/security/hls_gmac.h"
#include "support/apdu_test_support.h"

#include <QTest>

using namespace ims;
using namespace ims::dlms;
using namespace ims::security;
using namespace ims::testing::apdu;

Q_DECLARE_METATYPE(ims::ErrorKind)

namespace {

QByteArray clientTitle()
{
    return gmacKey("client_system_title");
}
QByteArray serverTitle()
{
    return gmacKey("server_system_title");
}

SecurityKeys vectorKeys()
{
    SecurityKeys keys;
    keys.blockCipherKey = gmacKey("block_cipher_key");
    keys.authenticationKey = gmacKey("authentication_key");
    return keys;
}

// A context for one side of the vector association.
SecurityContext side(bool server, quint64 nextIc = 0)
{
    SecurityContext c(vectorKeys(), server ? serverTitle() : clientTitle(), nextIc);
    c.setPeerSystemTitle(server ? clientTitle() : serverTitle());
    return c;
}

bool sentByServer(const QJsonObject &entry)
{
    return entry.value(QStringLiteral("decoded"))
        .toObject()
        .value(QStringLiteral("info"))
        .toString()
        .startsWith(QLatin1String("E6E7"));
}

// The ciphered APDU of a vector: the APDU itself, or the AARQ/AARE user-information.
QByteArray cipheredPart(const QByteArray &apdu)
{
    if (quint8(apdu[0]) == Aarq::Tag)
        return decodeAarq(apdu)->userInformation.value_or(QByteArray());
    if (quint8(apdu[0]) == Aare::Tag)
        return decodeAare(apdu)->userInformation.value_or(QByteArray());
    return apdu;
}

QByteArray octetStringOf(const axdr::Value &v)
{
    return v.type() == axdr::DataType::OctetString ? v.bytes() : QByteArray();
}

} // namespace

class SecurityTest : public QObject
{
    Q_OBJECT

private slots:
    void gcmKnownAnswer()
    {
        // McGrew & Viega, "The Galois/Counter Mode of Operation", test case 4
        // (AES-128, 60-byte plaintext, 20-byte AAD); our tag is its first 12 bytes.
        const QByteArray key = hex("feffe9928665731c6d6a8f9467308308");
        const QByteArray iv = hex("cafebabefacedbaddecaf888");
        const QByteArray aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        const QByteArray plain
            = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                  "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        const QByteArray cipher
            = hex("42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
                  "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091");
        const QByteArray tag = hex("5bc94fbc3221a5db94fae95ae7121a47").left(GcmTagSize);
        const auto sealed = gcmSeal(key, iv, aad, plain);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->ciphertext.toHex(), cipher.toHex());
        QCOMPARE(sealed->tag.toHex(), tag.toHex());
        const auto opened = gcmOpen(key, iv, aad, cipher, tag);
        QVERIFY(opened.ok());
        QCOMPARE(*opened, plain);
        QByteArray badTag = tag;
        badTag[0] = char(badTag[0] ^ 1);
        QCOMPARE(gcmOpen(key, iv, aad, cipher, badTag).error().kind, ErrorKind::SecurityFailure);
        QCOMPARE(gcmSeal(key.left(15), iv, aad, plain).error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(gcmSeal(key, iv.left(8), aad, plain).error().kind, ErrorKind::InvalidArgument);
    }

    void cipheredVectors_data()
    {
        QTest::addColumn<QByteArray>("ciphered");
        QTest::addColumn<bool>("fromServer");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<quint32>("invocationCounter");
        QTest::addColumn<quint8>("securityControl");
        QTest::addColumn<quint8>("cipheredTag");
        QTest::addColumn<QByteArray>("systemTitle");
        int rows = 0;
        for (const VectorApdu &v : vectorApdus()) {
            const QJsonObject d = v.entry.value(QStringLiteral("decrypted")).toObject();
            if (d.isEmpty())
                continue;
            ++rows;
            QTest::newRow(qPrintable(v.id))
                << cipheredPart(v.apdu) << sentByServer(v.entry)
                << ims::fromHex(d.value(QStringLiteral("plaintext")).toString())
                << quint32(d.value(QStringLiteral("invocation_counter")).toInt())
                << quint8(
                       ims::fromHex(d.value(QStringLiteral("security_control")).toString()).at(0))
                << quint8(ims::fromHex(d.value(QStringLiteral("ciphered_tag")).toString()).at(0))
                << ims::fromHex(d.value(QStringLiteral("system_title")).toString());
        }
        if (rows < 5)
            qFatal("the vectors hold fewer ciphered APDUs than expected");
    }

    void cipheredVectors()
    {
        QFETCH(QByteArray, ciphered);
        QFETCH(bool, fromServer);
        QFETCH(QByteArray, plaintext);
        QFETCH(quint32, invocationCounter);
        QFETCH(quint8, securityControl);
        QFETCH(quint8, cipheredTag);
        QFETCH(QByteArray, systemTitle);
        QCOMPARE(quint8(ciphered.at(0)), cipheredTag);

        // Decrypt on the receiving side.
        SecurityContext receiver = side(!fromServer);
        const auto unwrapped = unwrapApdu(receiver, ciphered);
        QVERIFY2(unwrapped.ok(),
                 qPrintable(unwrapped.ok() ? QString() : unwrapped.error().message));
        QCOMPARE(unwrapped->apdu.toHex(' '), plaintext.toHex(' '));
        QCOMPARE(unwrapped->envelope.invocationCounter, invocationCounter);
        QCOMPARE(unwrapped->envelope.securityControl, securityControl);
        QCOMPARE(unwrapped->senderSystemTitle, fromServer ? serverTitle() : clientTitle());
        if (!systemTitle.isEmpty())
            QCOMPARE(unwrapped->envelope.systemTitle, systemTitle);
        QCOMPARE(receiver.lastPeerInvocationCounter(), std::optional(invocationCounter));

        // Encrypt on the sending side with the stated counter.
        SecurityContext sender = side(fromServer, invocationCounter);
        const auto wrapped
            = cipheredTag == cipheredtag::GeneralGloCiphering
                  ? wrapGeneralGlo(sender, SecurityControl(securityControl), plaintext)
                  : wrapApdu(sender, SecurityControl(securityControl), plaintext);
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped->toHex(' '), ciphered.toHex(' '));
        QCOMPARE(sender.nextInvocationCounter(), quint64(invocationCounter) + 1);

        // The same APDU again is a replay.
        const auto replay = unwrapApdu(receiver, ciphered);
        QVERIFY(!replay.ok());
        QCOMPARE(replay.error().kind, ErrorKind::SecurityFailure);
    }

    void cipheredAarqFromItsParameters()
    {
        // gx-gmac-aarq: LN with ciphering, calling-AP-title "Gurux123", HLS-GMAC
        // with CtoS, glo-initiateRequest SC 0x30 IC 0 over InitiateRequest
        // {dlms 6, conformance 0x401E1D, max PDU 0xFFFF}.
        SecurityContext client = side(false, 0);
        InitiateRequest initiate;
        initiate.proposedConformance = Conformance::fromValue(0x401E1D);
        QByteArray plain;
        encode(initiate, plain);
        const auto ciphered = wrapApdu(client, SecurityControl::authenticatedAndEncrypted(), plain);
        QVERIFY(ciphered.ok());
        Aarq aarq;
        aarq.applicationContext = ApplicationContext::LogicalNameCiphered;
        aarq.callingApTitle = clientTitle();
        aarq.authenticationFunctionalUnit = true;
        aarq.mechanism = AuthenticationMechanism::HighGmac;
        aarq.callingAuthenticationValue = hex("70389CCE67B359AC56AB552A158A4522");
        aarq.userInformation = *ciphered;
        QCOMPARE(encode(aarq).toHex(' '),
                 vectorApdu(QStringLiteral("gx-gmac-aarq")).apdu.toHex(' '));
    }

    void cipheredAareFromItsParameters()
    {
        // gx-gmac-aare: accepted, authentication-required, "ABCDEFGH", StoC,
        // glo-initiateResponse IC 0 over {dlms 6, 0x401E1D, 0x0200, VAA 7}.
        SecurityContext server = side(true, 0);
        InitiateResponse initiate;
        initiate.negotiatedConformance = Conformance::fromValue(0x401E1D);
        initiate.serverMaxReceivePduSize = 0x0200;
        QByteArray plain;
        encode(initiate, plain);
        const auto ciphered = wrapApdu(server, SecurityControl::authenticatedAndEncrypted(), plain);
        QVERIFY(ciphered.ok());
        Aare aare;
        aare.applicationContext = ApplicationContext::LogicalNameCiphered;
        aare.diagnostic = SourceDiagnostic::user(ServiceUserDiagnostic::AuthenticationRequired);
        aare.respondingApTitle = serverTitle();
        aare.authenticationFunctionalUnit = true;
        aare.mechanism = AuthenticationMechanism::HighGmac;
        aare.respondingAuthenticationValue = hex("70389CCE67B359AC56AB552A158A4522");
        aare.userInformation = *ciphered;
        QCOMPARE(encode(aare).toHex(' '),
                 vectorApdu(QStringLiteral("gx-gmac-aare")).apdu.toHex(' '));
    }

    void clientAnswersStoC()
    {
        const auto aare = decodeAare(vectorApdu(QStringLiteral("gx-gmac-aare")).apdu);
        QVERIFY(aare.ok());
        const QByteArray stoc = aare->respondingAuthenticationValue.value_or(QByteArray());
        QCOMPARE(stoc.size(), 16);

        // The client's counter stood at 1 after the AARQ (IC 0).
        SecurityContext client = side(false, 1);
        const auto f = respondToChallenge(client, stoc);
        QVERIFY(f.ok());
        QCOMPARE(f->size(), GmacResponseSize);

        // What the vector's ACTION carries: reply_to_HLS_authentication(f(StoC)).
        const VectorApdu action = vectorApdu(QStringLiteral("gx-gmac-action-reply-to-hls"));
        const QByteArray plain = ims::fromHex(action.entry.value(QStringLiteral("decrypted"))
                                                  .toObject()
                                                  .value(QStringLiteral("plaintext"))
                                                  .toString());
        const auto parsed = parseApdu(plain);
        QVERIFY(parsed.ok());
        const auto *request = std::get_if<ActionRequestNormal>(&*parsed);
        QVERIFY(request);
        QCOMPARE(request->method.classId, quint16(15));
        QCOMPARE(request->method.instance, cosem::Obis(0, 0, 40, 0, 0, 255));
        QCOMPARE(request->method.methodId, qint8(1));
        QVERIFY(request->parameters);
        QCOMPARE(f->toHex(' '), octetStringOf(*request->parameters).toHex(' '));

        // And the whole ciphered ACTION, built from scratch, matches the capture.
        ActionRequestNormal built{InvokeIdAndPriority::make(1),
                                  {15, cosem::Obis(0, 0, 40, 0, 0, 255), 1},
                                  axdr::Value::octetString(*f)};
        const QByteArray builtPlain = encodeApdu(built);
        QCOMPARE(builtPlain.toHex(' '), plain.toHex(' '));
        const auto wrapped
            = wrapApdu(client, SecurityControl::authenticatedAndEncrypted(), builtPlain);
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped->toHex(' '), action.apdu.toHex(' '));
    }

    void clientVerifiesCtoS()
    {
        const auto aarq = decodeAarq(vectorApdu(QStringLiteral("gx-gmac-aarq")).apdu);
        QVERIFY(aarq.ok());
        const QByteArray ctos = aarq->callingAuthenticationValue.value_or(QByteArray());
        const VectorApdu response = vectorApdu(QStringLiteral("gx-gmac-action-resp"));
        const QByteArray plain = ims::fromHex(response.entry.value(QStringLiteral("decrypted"))
                                                  .toObject()
                                                  .value(QStringLiteral("plaintext"))
                                                  .toString());
        const auto parsed = parseApdu(plain);
        QVERIFY(parsed.ok());
        const auto *actionResponse = std::get_if<ActionResponseNormal>(&*parsed);
        QVERIFY(actionResponse);
        const auto returned = toResult(actionResponse->outcome);
        QVERIFY(returned.ok());
        const QByteArray fCtoS = octetStringOf(*returned);
        QCOMPARE(fCtoS.size(), GmacResponseSize);

        const SecurityContext client = side(false, 2);
        QVERIFY(verifyChallengeResponse(client, ctos, fCtoS).ok());

        // The server computes the same with its counter at 2.
        SecurityContext server = side(true, 2);
        const auto f = respondToChallenge(server, ctos);
        QVERIFY(f.ok());
        QCOMPARE(f->toHex(), fCtoS.toHex());

        // Anything else fails.
        QByteArray tampered = fCtoS;
        tampered[16] = char(tampered[16] ^ 0x01);
        QCOMPARE(verifyChallengeResponse(client, ctos, tampered).error().kind,
                 ErrorKind::SecurityFailure);
        QByteArray otherCounter = fCtoS;
        otherCounter[4] = char(otherCounter[4] + 1);
        QCOMPARE(verifyChallengeResponse(client, ctos, otherCounter).error().kind,
                 ErrorKind::SecurityFailure);
        QCOMPARE(verifyChallengeResponse(client, QByteArray(16, 'x'), fCtoS).error().kind,
                 ErrorKind::SecurityFailure);
        QCOMPARE(verifyChallengeResponse(client, ctos, fCtoS.left(16)).error().kind,
                 ErrorKind::SecurityFailure);
        const SecurityContext wrongPeer = side(true, 0); // peer title = client's
        QCOMPARE(verifyChallengeResponse(wrongPeer, ctos, fCtoS).error().kind,
                 ErrorKind::SecurityFailure);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("wrong-block-cipher-key")
            << QStringLiteral("ek") << ErrorKind::SecurityFailure;
        QTest::newRow("wrong-authentication-key")
            << QStringLiteral("ak") << ErrorKind::SecurityFailure;
        QTest::newRow("wrong-system-title")
            << QStringLiteral("title") << ErrorKind::SecurityFailure;
        QTest::newRow("tampered-tag") << QStringLiteral("tag") << ErrorKind::SecurityFailure;
        QTest::newRow("tampered-ciphertext")
            << QStringLiteral("ciphertext") << ErrorKind::SecurityFailure;
        QTest::newRow("tampered-counter") << QStringLiteral("ic") << ErrorKind::SecurityFailure;
        QTest::newRow("other-suite") << QStringLiteral("suite") << ErrorKind::Unsupported;
        QTest::newRow("replayed-counter") << QStringLiteral("replay") << ErrorKind::SecurityFailure;
        QTest::newRow("truncated") << QStringLiteral("truncate") << ErrorKind::Truncated;
        QTest::newRow("length-beyond-input") << QStringLiteral("length") << ErrorKind::Truncated;
    }

    void failures()
    {
        QFETCH(QString, change);
        QFETCH(ErrorKind, kind);
        // gx-gmac-action-resp: CF 2A 30 00000003 <ciphertext 30> <tag 12>
        QByteArray apdu = vectorApdu(QStringLiteral("gx-gmac-action-resp")).apdu;
        SecurityKeys keys = vectorKeys();
        QByteArray peer = serverTitle();
        std::optional<quint32> lastAccepted;
        if (change == u"ek")
            keys.blockCipherKey[3] = char(keys.blockCipherKey[3] ^ 0x40);
        else if (change == u"ak")
            keys.authenticationKey[0] = char(keys.authenticationKey[0] ^ 0x01);
        else if (change == u"title")
            peer[7] = 'X';
        else if (change == u"tag")
            apdu[apdu.size() - 1] = char(apdu[apdu.size() - 1] ^ 0x80);
        else if (change == u"ciphertext")
            apdu[10] = char(apdu[10] ^ 0x01);
        else if (change == u"ic")
            apdu[6] = char(0x04);
        else if (change == u"suite")
            apdu[2] = char(0x31);
        else if (change == u"replay")
            lastAccepted = 3;
        else if (change == u"truncate")
            apdu.chop(1);
        else if (change == u"length")
            apdu[1] = char(0x7F);
        SecurityContext client(keys, clientTitle());
        client.setPeerSystemTitle(peer);
        client.setLastPeerInvocationCounter(lastAccepted);
        const auto r = unwrapApdu(client, apdu);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, kind);
        // A rejected APDU never moves the peer's counter.
        QCOMPARE(client.lastPeerInvocationCounter(), lastAccepted);
    }

    void everyPrefixOfACipheredApduIsTruncated()
    {
        const QByteArray apdu = vectorApdu(QStringLiteral("gx-gmac-general-glo-get")).apdu;
        for (qsizetype n = 1; n < apdu.size(); ++n) {
            SecurityContext server = side(true);
            const auto r = unwrapApdu(server, apdu.left(n));
            QVERIFY2(!r.ok() && r.error().kind == ErrorKind::Truncated,
                     qPrintable(QString::number(n)));
        }
    }

    void forgedApduDoesNotBlockTheGenuineOne()
    {
        const QByteArray genuine = vectorApdu(QStringLiteral("gx-gmac-action-resp")).apdu; // IC 3
        QByteArray forged = genuine;
        forged[6] = char(0x09); // IC 9, tag no longer matches
        SecurityContext client = side(false);
        QCOMPARE(unwrapApdu(client, forged).error().kind, ErrorKind::SecurityFailure);
        QVERIFY(unwrapApdu(client, genuine).ok());
    }

    void invocationCounterNeverRepeats()
    {
        SecurityContext client = side(false, 0xFFFFFFFEull);
        QList<quint64> persisted;
        client.setInvocationCounterObserver([&](quint64 next) { persisted << next; });
        const QByteArray get = hex("C001C1000F0000280000FF0200");
        const auto first = wrapApdu(client, SecurityControl::authenticatedAndEncrypted(), get);
        const auto second = wrapApdu(client, SecurityControl::authenticatedAndEncrypted(), get);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->mid(3, 4), hex("FFFFFFFE"));
        QCOMPARE(second->mid(3, 4), hex("FFFFFFFF"));
        const auto third = wrapApdu(client, SecurityControl::authenticatedAndEncrypted(), get);
        QVERIFY(!third.ok());
        QCOMPARE(third.error().kind, ErrorKind::SecurityFailure);
        QVERIFY(client.invocationCounterExhausted());
        QCOMPARE(respondToChallenge(client, QByteArray(16, 'c')).error().kind,
                 ErrorKind::SecurityFailure);
        QCOMPARE(persisted, (QList<quint64>{0xFFFFFFFFull, 0x100000000ull}));
    }

    void authenticationOnlyAndEncryptionOnly()
    {
        // Encryption only (SC 0x20) uses the same keystream as 0x30 under the
        // same IV: the vector's ciphertext without its tag.
        const VectorApdu action = vectorApdu(QStringLiteral("gx-gmac-action-reply-to-hls"));
        const QByteArray plain = ims::fromHex(action.entry.value(QStringLiteral("decrypted"))
                                                  .toObject()
                                                  .value(QStringLiteral("plaintext"))
                                                  .toString());
        const QByteArray vectorCiphertext = action.apdu.mid(7, plain.size());
        SecurityContext client = side(false, 2);
        const auto encrypted = wrapApdu(client, SecurityControl::encrypted(), plain);
        QVERIFY(encrypted.ok());
        QCOMPARE(encrypted->toHex(' '), (hex("CB 25 20 00000002") + vectorCiphertext).toHex(' '));
        SecurityContext server = side(true);
        const auto decrypted = unwrapApdu(server, *encrypted);
        QVERIFY(decrypted.ok());
        QCOMPARE(decrypted->apdu, plain);

        // Authentication only (SC 0x10): plaintext in clear, tag = GMAC over
        // SC || AK || plaintext, the construction HLS-GMAC uses (checked above
        // against the vector's f(StoC)).
        SecurityContext client2 = side(false, 7);
        const auto authenticated = wrapApdu(client2, SecurityControl::authenticated(), plain);
        QVERIFY(authenticated.ok());
        const auto gmac = gmacResponse(vectorKeys().blockCipherKey, vectorKeys().authenticationKey,
                                       clientTitle(), 7, plain);
        QVERIFY(gmac.ok());
        QCOMPARE(authenticated->toHex(' '), (hex("CB") + char(5 + plain.size() + 12)
                                             + hex("10 00000007") + plain + gmac->mid(5))
                                                .toHex(' '));
        SecurityContext server2 = side(true);
        QVERIFY(unwrapApdu(server2, *authenticated).ok());
        QByteArray tampered = *authenticated;
        tampered[8] = char(tampered[8] ^ 0x01); // a plaintext byte
        SecurityContext server3 = side(true);
        QCOMPARE(unwrapApdu(server3, tampered).error().kind, ErrorKind::SecurityFailure);
    }

    void tagMapping()
    {
        QCOMPARE(gloTagFor(0xC0), std::optional<quint8>(0xC8));
        QCOMPARE(gloTagFor(0xC4), std::optional<quint8>(0xCC));
        QCOMPARE(gloTagFor(0xC1), std::optional<quint8>(0xC9));
        QCOMPARE(gloTagFor(0xC5), std::optional<quint8>(0xCD));
        QCOMPARE(gloTagFor(0xC3), std::optional<quint8>(0xCB));
        QCOMPARE(gloTagFor(0xC7), std::optional<quint8>(0xCF));
        QCOMPARE(gloTagFor(0xC2), std::optional<quint8>(0xCA));
        QCOMPARE(gloTagFor(0x01), std::optional<quint8>(0x21));
        QCOMPARE(gloTagFor(0x08), std::optional<quint8>(0x28));
        QCOMPARE(gloTagFor(0x0E), std::optional<quint8>(0x2E));
        QCOMPARE(gloTagFor(0xD8), std::nullopt);
        QCOMPARE(dedTagFor(0xC0), std::optional<quint8>(0xD0));
        QCOMPARE(dedTagFor(0xC7), std::optional<quint8>(0xD7));
        for (quint8 plain : {0x01, 0x08, 0x0E, 0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC7})
            QCOMPARE(plainTagFor(*gloTagFor(plain)), std::optional(plain));
        SecurityContext client = side(false);
        QCOMPARE(wrapApdu(client, SecurityControl::authenticatedAndEncrypted(), hex("D80101"))
                     .error()
                     .kind,
                 ErrorKind::Unsupported);
        QCOMPARE(client.nextInvocationCounter(), quint64(0)); // refused before taking a counter
        QCOMPARE(wrapApdu(client, SecurityControl::authenticatedAndEncrypted(), hex("C001C1"),
                          KeyChoice::Dedicated)
                     .error()
                     .kind,
                 ErrorKind::SecurityFailure); // no dedicated key agreed
    }

    void dedicatedKey()
    {
        SecurityContext client = side(false);
        client.setDedicatedKey(hex("00112233445566778899AABBCCDDEEFF"));
        const QByteArray get = hex("C001C1000F0000280000FF0200");
        const auto ded = wrapApdu(client, SecurityControl::authenticatedAndEncrypted(), get,
                                  KeyChoice::Dedicated);
        QVERIFY(ded.ok());
        QCOMPARE(quint8(ded->at(0)), quint8(0xD0));
        SecurityContext server = side(true);
        QCOMPARE(unwrapApdu(server, *ded).error().kind,
                 ErrorKind::SecurityFailure); // server lacks the key
        SecurityContext server2 = side(true);
        server2.setDedicatedKey(hex("00112233445566778899AABBCCDDEEFF"));
        const auto plain = unwrapApdu(server2, *ded);
        QVERIFY(plain.ok());
        QCOMPARE(plain->apdu, get);
    }

    void challenges()
    {
        const auto a = generateChallenge();
        const auto b = generateChallenge();
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->size(), SpodesChallengeSize);
        QVERIFY(*a != *b);
        QVERIFY(generateChallenge(8).ok());
        QVERIFY(generateChallenge(64).ok());
        QCOMPARE(generateChallenge(7).error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(generateChallenge(65).error().kind, ErrorKind::InvalidArgument);
    }

    void invalidContext()
    {
        SecurityKeys keys = vectorKeys();
        keys.blockCipherKey.chop(1);
        SecurityContext bad(keys, clientTitle());
        QCOMPARE(bad.validate().error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(
            wrapApdu(bad, SecurityControl::authenticatedAndEncrypted(), hex("C001C1")).error().kind,
            ErrorKind::InvalidArgument);
        SecurityContext shortTitle(vectorKeys(), hex("0102"));
        QCOMPARE(shortTitle.validate().error().kind, ErrorKind::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(SecurityTest)
#include "tst_security.moc"
