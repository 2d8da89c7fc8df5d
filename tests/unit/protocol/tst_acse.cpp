// ACSE codecs (AARQ, AARE, RLRQ, RLRE) against every association APDU of the
// golden vectors: each one is produced byte-exact from the parameters its
// "meaning" states, and decodes back to them. The expectations below are
// transcribed from the vectors' meaning texts, not from our encoder.
#include "protocol/dlms/acse.h"
#include "protocol/dlms/initiate.h"
#include "support/apdu_test_support.h"

#include <QTest>

using namespace ims;
using namespace ims::dlms;
using namespace ims::testing::apdu;

Q_DECLARE_METATYPE(ims::ErrorKind)

namespace {

// What a vector's meaning says about an AARQ.
struct AarqMeaning
{
    const char *id;
    ApplicationContext context;
    std::optional<AuthenticationMechanism> mechanism;
    const char *authenticationValue; // text (LLS password) or hex (HLS challenge, prefixed "hex:")
    const char *callingApTitle;      // ASCII, or nullptr
    quint32 conformance;             // of the plain InitiateRequest; 0 when ciphered
    quint16 maxPdu;
};

const AarqMeaning aarqMeanings[] = {
    {"gx-aarq-none", ApplicationContext::LogicalName, std::nullopt, nullptr, nullptr, 0x401E1D,
     0xFFFF},
    {"gx-aarq-low", ApplicationContext::LogicalName, AuthenticationMechanism::Low, "Gurux", nullptr,
     0x401E1D, 0xFFFF},
    {"gx-aarq-low-wrong", ApplicationContext::LogicalName, AuthenticationMechanism::Low, "wrong",
     nullptr, 0x401E1D, 0xFFFF},
    {"u9n-aarq", ApplicationContext::LogicalName, std::nullopt, nullptr, nullptr, 0x001E1D, 0xFFFF},
    {"wb-aarq-lls", ApplicationContext::LogicalName, AuthenticationMechanism::Low, "111111",
     nullptr, 0x001E5D, 0xFFFF},
    {"gx-w-aarq-low", ApplicationContext::LogicalName, AuthenticationMechanism::Low, "Gurux",
     nullptr, 0x401E1D, 0xFFFF},
    {"gx-gmac-aarq", ApplicationContext::LogicalNameCiphered, AuthenticationMechanism::HighGmac,
     "hex:70389CCE67B359AC56AB552A158A4522", "Gurux123", 0, 0},
};

struct AareMeaning
{
    const char *id;
    ApplicationContext context;
    AssociationResult result;
    ServiceUserDiagnostic diagnostic;
    std::optional<AuthenticationMechanism> mechanism;
    const char *respondingAuthenticationValue; // hex or nullptr
    const char *respondingApTitle;             // ASCII or nullptr
    quint32 conformance;                       // 0 when ciphered
    quint16 maxPdu;
};

const AareMeaning aareMeanings[] = {
    {"gx-aare-none", ApplicationContext::LogicalName, AssociationResult::Accepted,
     ServiceUserDiagnostic::Null, std::nullopt, nullptr, nullptr, 0x000018, 0x0200},
    {"gx-aare-low-ok", ApplicationContext::LogicalName, AssociationResult::Accepted,
     ServiceUserDiagnostic::Null, std::nullopt, nullptr, nullptr, 0x001E1D, 0x0200},
    {"gx-aare-low-rejected", ApplicationContext::LogicalName, AssociationResult::RejectedPermanent,
     ServiceUserDiagnostic::AuthenticationFailure, std::nullopt, nullptr, nullptr, 0x001E1D,
     0x0200},
    {"u9n-aare", ApplicationContext::LogicalName, AssociationResult::Accepted,
     ServiceUserDiagnostic::Null, std::nullopt, nullptr, nullptr, 0x001E1D, 0x04C8},
    {"wb-aare", ApplicationContext::LogicalName, AssociationResult::Accepted,
     ServiceUserDiagnostic::Null, std::nullopt, nullptr, nullptr, 0x00101D, 0x0064},
    {"gx-w-aare", ApplicationContext::LogicalName, AssociationResult::Accepted,
     ServiceUserDiagnostic::Null, std::nullopt, nullptr, nullptr, 0x001E1D, 0x0200},
    {"gx-gmac-aare", ApplicationContext::LogicalNameCiphered, AssociationResult::Accepted,
     ServiceUserDiagnostic::AuthenticationRequired, AuthenticationMechanism::HighGmac,
     "70389CCE67B359AC56AB552A158A4522", "ABCDEFGH", 0, 0},
};

QByteArray authValue(const char *text)
{
    const QByteArray t(text);
    return t.startsWith("hex:") ? ims::fromHex(QString::fromLatin1(t.mid(4))) : t;
}

template<typename M, size_t N>
const M *findMeaning(const M (&table)[N], const QString &id)
{
    for (const M &m : table) {
        if (id == QLatin1String(m.id))
            return &m;
    }
    return nullptr;
}

} // namespace

class AcseTest : public QObject
{
    Q_OBJECT

private slots:
    void vectorsArePresent()
    {
        QVERIFY(vectorApdusWithTag(0x60).size() >= 7);
        QVERIFY(vectorApdusWithTag(0x61).size() >= 7);
        QVERIFY(vectorApdusWithTag(0x62).size() >= 2);
        QVERIFY(vectorApdusWithTag(0x63).size() >= 2);
    }

    void aarq_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("apdu");
        for (const VectorApdu &v : vectorApdusWithTag(0x60))
            QTest::newRow(qPrintable(v.id)) << v.id << v.apdu;
    }

    void aarq()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, apdu);
        const AarqMeaning *m = findMeaning(aarqMeanings, id);
        QVERIFY2(m, "an AARQ vector without a stated meaning in this test");

        // Decode to the stated meaning.
        const auto decoded = decodeAarq(apdu);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(decoded->applicationContext, m->context);
        QCOMPARE(decoded->mechanism, m->mechanism);
        QCOMPARE(decoded->authenticationFunctionalUnit, m->mechanism.has_value());
        if (m->authenticationValue)
            QCOMPARE(decoded->callingAuthenticationValue,
                     std::optional(authValue(m->authenticationValue)));
        else
            QVERIFY(!decoded->callingAuthenticationValue);
        if (m->callingApTitle)
            QCOMPARE(decoded->callingApTitle, std::optional(QByteArray(m->callingApTitle)));
        else
            QVERIFY(!decoded->callingApTitle);
        QVERIFY(decoded->userInformation);
        QVERIFY(!decoded->protocolVersion);

        // Encode from the stated parameters.
        Aarq built;
        built.applicationContext = m->context;
        built.mechanism = m->mechanism;
        built.authenticationFunctionalUnit = m->mechanism.has_value();
        if (m->authenticationValue)
            built.callingAuthenticationValue = authValue(m->authenticationValue);
        if (m->callingApTitle)
            built.callingApTitle = QByteArray(m->callingApTitle);
        if (isCiphered(m->context)) {
            // glo-initiateRequest: the ciphering itself is checked in tst_security.
            QCOMPARE(quint8(decoded->userInformation->at(0)), quint8(0x21));
            built.userInformation = decoded->userInformation;
        } else {
            const auto initiate = decodeInitiateRequest(*decoded->userInformation);
            QVERIFY(initiate.ok());
            QCOMPARE(initiate->proposedConformance.value(), m->conformance);
            QCOMPARE(initiate->clientMaxReceivePduSize, m->maxPdu);
            QCOMPARE(initiate->dlmsVersion, quint8(6));
            QVERIFY(initiate->responseAllowed);
            QVERIFY(!initiate->dedicatedKey);
            QVERIFY(!initiate->proposedQualityOfService);
            InitiateRequest request;
            request.proposedConformance = Conformance::fromValue(m->conformance);
            request.clientMaxReceivePduSize = m->maxPdu;
            QByteArray userInformation;
            encode(request, userInformation);
            built.userInformation = userInformation;
        }
        QCOMPARE(encode(built).toHex(' '), apdu.toHex(' '));
        QVERIFY(*decoded == built);
    }

    void aare_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("apdu");
        for (const VectorApdu &v : vectorApdusWithTag(0x61))
            QTest::newRow(qPrintable(v.id)) << v.id << v.apdu;
    }

    void aare()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, apdu);
        const AareMeaning *m = findMeaning(aareMeanings, id);
        QVERIFY2(m, "an AARE vector without a stated meaning in this test");

        const auto decoded = decodeAare(apdu);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(decoded->applicationContext, m->context);
        QCOMPARE(decoded->result, m->result);
        QCOMPARE(decoded->diagnostic.source, DiagnosticSource::ServiceUser);
        QVERIFY(decoded->diagnostic.is(m->diagnostic));
        QCOMPARE(decoded->mechanism, m->mechanism);
        QCOMPARE(decoded->authenticationFunctionalUnit, m->mechanism.has_value());
        if (m->respondingApTitle)
            QCOMPARE(decoded->respondingApTitle, std::optional(QByteArray(m->respondingApTitle)));
        else
            QVERIFY(!decoded->respondingApTitle);
        if (m->respondingAuthenticationValue)
            QCOMPARE(
                decoded->respondingAuthenticationValue,
                std::optional(ims::fromHex(QString::fromLatin1(m->respondingAuthenticationValue))));
        QVERIFY(decoded->userInformation);

        Aare built;
        built.applicationContext = m->context;
        built.result = m->result;
        built.diagnostic = SourceDiagnostic::user(m->diagnostic);
        built.mechanism = m->mechanism;
        built.authenticationFunctionalUnit = m->mechanism.has_value();
        if (m->respondingApTitle)
            built.respondingApTitle = QByteArray(m->respondingApTitle);
        if (m->respondingAuthenticationValue)
            built.respondingAuthenticationValue
                = ims::fromHex(QString::fromLatin1(m->respondingAuthenticationValue));
        if (isCiphered(m->context)) {
            QCOMPARE(quint8(decoded->userInformation->at(0)), quint8(0x28));
            built.userInformation = decoded->userInformation;
        } else {
            const auto initiate = decodeInitiateResponse(*decoded->userInformation);
            QVERIFY(initiate.ok());
            QCOMPARE(initiate->negotiatedConformance.value(), m->conformance);
            QCOMPARE(initiate->serverMaxReceivePduSize, m->maxPdu);
            QCOMPARE(initiate->dlmsVersion, quint8(6));
            QCOMPARE(initiate->vaaName, LogicalNameVaaName);
            InitiateResponse response;
            response.negotiatedConformance = Conformance::fromValue(m->conformance);
            response.serverMaxReceivePduSize = m->maxPdu;
            QByteArray userInformation;
            encode(response, userInformation);
            built.userInformation = userInformation;
        }
        // Our simulator sends AAREs: they must come out byte-exact.
        QCOMPARE(encode(built).toHex(' '), apdu.toHex(' '));

        const Status status = decoded->toStatus();
        QCOMPARE(status.ok(), m->result == AssociationResult::Accepted);
        if (!status.ok()) {
            QCOMPARE(status.error().kind, ErrorKind::AssociationRejected);
            QCOMPARE(status.error().code, int(m->diagnostic));
        }
    }

    void rejectedAareNamesItsDiagnostic()
    {
        const auto aare = decodeAare(vectorApdu(QStringLiteral("gx-aare-low-rejected")).apdu);
        QVERIFY(aare.ok());
        QCOMPARE(aare->diagnostic.name(), QStringLiteral("authentication-failure"));
        QCOMPARE(associationResultName(aare->result), QStringLiteral("rejected-permanent"));
        QVERIFY(
            aare->toStatus().error().message.contains(QStringLiteral("authentication-failure")));
    }

    void conformanceNames()
    {
        // gx-aare-none: 0x000018 = get + set.
        QCOMPARE(Conformance::fromValue(0x000018).names(),
                 (QStringList{QStringLiteral("get"), QStringLiteral("set")}));
        const Conformance c = Conformance::fromValue(0x401E1D);
        QCOMPARE(c.names(),
                 (QStringList{QStringLiteral("general-protection"),
                              QStringLiteral("block-transfer-with-get-or-read"),
                              QStringLiteral("block-transfer-with-set-or-write"),
                              QStringLiteral("block-transfer-with-action"),
                              QStringLiteral("multiple-references"), QStringLiteral("get"),
                              QStringLiteral("set"), QStringLiteral("selective-access"),
                              QStringLiteral("action")}));
        QVERIFY(c.has(ConformanceBit::BlockTransferWithGetOrRead));
        QVERIFY(!c.has(ConformanceBit::EventNotification));
        const Conformance built = Conformance::of(
            {ConformanceBit::GeneralProtection, ConformanceBit::BlockTransferWithGetOrRead,
             ConformanceBit::BlockTransferWithSetOrWrite, ConformanceBit::BlockTransferWithAction,
             ConformanceBit::MultipleReferences, ConformanceBit::Get, ConformanceBit::Set,
             ConformanceBit::SelectiveAccess, ConformanceBit::Action});
        QCOMPARE(built.value(), quint32(0x401E1D));
        QCOMPARE(built.toOctets(), hex("401E1D"));
        // wb-aare: 0x00101D; the negotiated block is what both offered.
        QCOMPARE(
            Conformance::fromValue(0x001E5D).intersected(Conformance::fromValue(0x00101D)).value(),
            quint32(0x00101D));
        QCOMPARE(conformanceBitName(ConformanceBit::Attribute0SupportedWithGet),
                 QStringLiteral("attribute0-supported-with-get"));
    }

    void release_data()
    {
        QTest::addColumn<QByteArray>("apdu");
        for (quint8 tag : {quint8(0x62), quint8(0x63)}) {
            for (const VectorApdu &v : vectorApdusWithTag(tag))
                QTest::newRow(qPrintable(v.id)) << v.apdu;
        }
    }

    void release()
    {
        // Every release vector states reason normal (0) and no user-information.
        QFETCH(QByteArray, apdu);
        if (quint8(apdu[0]) == Rlrq::Tag) {
            const auto rlrq = decodeRlrq(apdu);
            QVERIFY(rlrq.ok());
            QCOMPARE(rlrq->reason, std::optional(ReleaseRequestReason::Normal));
            QVERIFY(!rlrq->userInformation);
            QCOMPARE(encode(Rlrq{ReleaseRequestReason::Normal, std::nullopt}), apdu);
        } else {
            const auto rlre = decodeRlre(apdu);
            QVERIFY(rlre.ok());
            QCOMPARE(rlre->reason, std::optional(ReleaseResponseReason::Normal));
            QVERIFY(!rlre->userInformation);
            QCOMPARE(encode(Rlre{ReleaseResponseReason::Normal, std::nullopt}), apdu);
        }
    }

    void releaseWithUserInformation()
    {
        // RLRQ: 62 len | 80 01 01 (urgent) | BE len 04 len <xDLMS>, per Blue Book 9.4.2.
        Rlrq rlrq{ReleaseRequestReason::Urgent, hex("01000000065F1F0400001E1DFFFF")};
        const QByteArray expected = hex("6215 800101 BE10 040E 01000000065F1F0400001E1DFFFF");
        QCOMPARE(encode(rlrq), expected);
        const auto decoded = decodeRlrq(expected);
        QVERIFY(decoded.ok());
        QVERIFY(*decoded == rlrq);
        QCOMPARE(releaseRequestReasonName(ReleaseRequestReason::Urgent), QStringLiteral("urgent"));
        QCOMPARE(releaseResponseReasonName(ReleaseResponseReason::NotFinished),
                 QStringLiteral("not-finished"));
    }

    void providerDiagnosticAndProtocolVersion()
    {
        // Written by hand: protocol-version 80 02 07 80, LN context, result
        // rejected-permanent, acse-service-provider [2] no-common-acse-version.
        const QByteArray expected = hex(
            "6123 80020780 A109060760857405080101 A203020101 A305A203020102 BE06 0404 0E010601");
        Aare aare;
        aare.protocolVersion = hex("0780");
        aare.result = AssociationResult::RejectedPermanent;
        aare.diagnostic
            = SourceDiagnostic::provider(ServiceProviderDiagnostic::NoCommonAcseVersion);
        aare.userInformation = hex(
            "0E010601"); // confirmed-service-error initiateError/initiate/dlms-version-too-low
        QCOMPARE(encode(aare).toHex(' '), expected.toHex(' '));
        const auto decoded = decodeAare(expected);
        QVERIFY(decoded.ok());
        QVERIFY(*decoded == aare);
        QCOMPARE(decoded->diagnostic.name(), QStringLiteral("no-common-acse-version"));
        QCOMPARE(decoded->toStatus().error().code, 2);
    }

    void longFieldsUseLongFormLengths()
    {
        Aarq aarq;
        aarq.userInformation = QByteArray(200, '\x11');
        const QByteArray bytes = encode(aarq);
        // 60 81 D8 | A1 09 ... (11 bytes) | BE 81 CB 04 81 C8 <200>
        QCOMPARE(bytes.left(3), hex("6081D9"));
        QCOMPARE(bytes.mid(3 + 11, 6), hex("BE81CB0481C8"));
        QCOMPARE(bytes.size(), 3 + 11 + 6 + 200);
        const auto decoded = decodeAarq(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->userInformation->size(), 200);
    }

    void names()
    {
        QCOMPARE(mechanismName(AuthenticationMechanism::HighGmac), QStringLiteral("high-gmac"));
        QCOMPARE(applicationContextName(ApplicationContext::LogicalNameCiphered),
                 QStringLiteral("logical-name-with-ciphering"));
        QCOMPARE(SourceDiagnostic::user(ServiceUserDiagnostic::ApplicationContextNameNotSupported)
                     .name(),
                 QStringLiteral("application-context-name-not-supported"));
        QCOMPARE(SourceDiagnostic::user(ServiceUserDiagnostic::NoReasonGiven).name(),
                 QStringLiteral("no-reason-given"));
        QCOMPARE(SourceDiagnostic::user(ServiceUserDiagnostic::AuthenticationRequired).name(),
                 QStringLiteral("authentication-required"));
        QCOMPARE((SourceDiagnostic{DiagnosticSource::ServiceUser, 77}).name(),
                 QStringLiteral("diagnostic-77"));
    }

    void foreignIdentifiersDecodeAsUnknown()
    {
        // Context 2.16.756.5.8.1.9 and mechanism 1.2.3: a server must be able to
        // read them to answer with the right diagnostic.
        const auto good = decodeAarq(hex("6017 A109060760857405080109 8B022A03 BE06040401020304"));
        QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().message));
        QCOMPARE(good->applicationContext, ApplicationContext::Unknown);
        QCOMPARE(good->mechanism, std::optional(AuthenticationMechanism::Unknown));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("apdu");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("empty") << QByteArray() << ErrorKind::Truncated;
        QTest::newRow("rlrq-as-aarq") << hex("6203800100") << ErrorKind::Malformed;
        QTest::newRow("aare-as-aarq")
            << vectorApdu(QStringLiteral("gx-aare-none")).apdu << ErrorKind::Malformed;
        QTest::newRow("no-context") << hex("6005BE03040100") << ErrorKind::Malformed;
        QTest::newRow("inner-overrun") << hex("600BA10A060760857405080101") << ErrorKind::Truncated;
        QTest::newRow("trailing") << hex("6000 00") << ErrorKind::Malformed;
        QTest::newRow("indefinite") << hex("6080") << ErrorKind::Unsupported;
        QTest::newRow("huge-length") << hex("6084FFFFFFFF") << ErrorKind::TooLarge;
        QTest::newRow("multibyte-tag") << hex("60031F8100") << ErrorKind::Unsupported;
        QTest::newRow("title-not-octets")
            << hex("600FA109060760857405080101A6020500") << ErrorKind::Malformed;
    }

    void hostile()
    {
        QFETCH(QByteArray, apdu);
        QFETCH(ErrorKind, kind);
        const auto r = decodeAarq(apdu);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, kind);
    }

    void everyPrefixIsTruncated_data()
    {
        QTest::addColumn<QByteArray>("apdu");
        for (quint8 tag : {quint8(0x60), quint8(0x61), quint8(0x62), quint8(0x63)}) {
            for (const VectorApdu &v : vectorApdusWithTag(tag))
                QTest::newRow(qPrintable(v.id)) << v.apdu;
        }
    }

    void everyPrefixIsTruncated()
    {
        QFETCH(QByteArray, apdu);
        for (qsizetype n = 0; n < apdu.size(); ++n) {
            const QByteArrayView prefix = QByteArrayView(apdu).first(n);
            ErrorKind kind = ErrorKind::None;
            switch (quint8(apdu[0])) {
            case 0x60:
                kind = decodeAarq(prefix).error().kind;
                break;
            case 0x61:
                kind = decodeAare(prefix).error().kind;
                break;
            case 0x62:
                kind = decodeRlrq(prefix).error().kind;
                break;
            default:
                kind = decodeRlre(prefix).error().kind;
                break;
            }
            QVERIFY2(kind == ErrorKind::Truncated,
                     qPrintable(QStringLiteral("prefix of %1 bytes").arg(n)));
        }
    }
};

QTEST_GUILESS_MAIN(AcseTest)
#include "tst_acse.moc"
