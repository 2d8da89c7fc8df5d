// The simulator's xDLMS server against the golden vectors: fed the requests
// a real client (Gurux) sent, it must answer with the bytes the reference
// server (GuruxDLMS.c) answered. Plus the refusals a meter gives in states
// and cases the vectors do not cover.
#include "protocol/dlms/xdlms_apdu.h"
#include "protocol/hdlc/hdlc_frame.h"
#include "protocol/link/memory_link.h"
#include "protocol/security/ciphering.h"
#include "protocol/security/hls_gmac.h"
#include "protocol/sim/objects/value_objects.h"
#include "protocol/sim/server/association_object.h"
#include "protocol/sim/server/cosem_server.h"
#include "protocol/sim/transport/plc_channel.h"
#include "protocol/sim/transport/server_session.h"
#include "support/apdu_test_support.h"

#include <QSignalSpy>
#include <QTest>

using namespace ims;
using namespace ims::sim;
using namespace ims::testing::apdu;

namespace {

// A logical device shaped like the Gurux example server: one client SAP,
// max PDU 0x0200, the given conformance.
std::shared_ptr<LogicalDevice> guruxLikeDevice(quint16 sap,
                                               QList<dlms::AuthenticationMechanism> mechanisms,
                                               quint32 conformance, bool ciphering = false)
{
    auto d = std::make_shared<LogicalDevice>(1);
    d->addClient({sap, ClientRole::Configurator, cosem::Obis(0, 0, 40, 0, 3, 255), mechanisms,
                  QByteArrayLiteral("Gurux"), ciphering});
    d->xdlms().conformance = dlms::Conformance::fromValue(conformance);
    d->xdlms().maxReceivePduSize = 0x0200;
    d->emplace<AssociationObject>(cosem::Obis(0, 0, 40, 0, 0, 255), 0,
                                  AssociationObject::defaultAccess());
    d->emplace<DataObject>(cosem::Obis(0, 0, 96, 1, 0, 255), axdr::Value::visibleString("42"),
                           AccessPolicy::readable(roles::All, 2));
    return d;
}

QByteArray infoOf(const char *id)
{
    for (const QJsonValue &v : allVectors().value(QStringLiteral("hdlc_frames")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String(id))
            return fromHex(v.toObject().value(QStringLiteral("hex")).toString());
    }
    return {};
}

} // namespace

class TstSimCosemServer : public QObject
{
    Q_OBJECT

private slots:
    void aareMatchesReferenceServer_data()
    {
        QTest::addColumn<QString>("aarq");
        QTest::addColumn<QString>("aare");
        QTest::addColumn<int>("sap");
        QTest::addColumn<int>("mechanism");
        QTest::addColumn<quint32>("conformance");
        QTest::newRow("no authentication")
            << "gx-aarq-none"
            << "gx-aare-none" << 16 << int(dlms::AuthenticationMechanism::Lowest) << 0x000018u;
        QTest::newRow("LLS accepted")
            << "gx-aarq-low"
            << "gx-aare-low-ok" << 17 << int(dlms::AuthenticationMechanism::Low) << 0x001E1Du;
        QTest::newRow("LLS wrong password")
            << "gx-aarq-low-wrong"
            << "gx-aare-low-rejected" << 17 << int(dlms::AuthenticationMechanism::Low) << 0x001E1Du;
    }

    void aareMatchesReferenceServer()
    {
        QFETCH(QString, aarq);
        QFETCH(QString, aare);
        QFETCH(int, sap);
        QFETCH(int, mechanism);
        QFETCH(quint32, conformance);
        CosemServer server(
            guruxLikeDevice(quint16(sap), {dlms::AuthenticationMechanism(mechanism)}, conformance));
        const QByteArray request = vectorApdu(aarq).apdu;
        QVERIFY(!request.isEmpty());
        const QByteArray answer = server.handleApdu(quint16(sap), request);
        QCOMPARE(toSpacedHex(answer), toSpacedHex(vectorApdu(aare).apdu));
    }

    void hlsGmacAssociationMatchesReferenceServer()
    {
        auto device = guruxLikeDevice(1, {dlms::AuthenticationMechanism::HighGmac}, 0x401E1D, true);
        device->security()->keys
            = {gmacKey("block_cipher_key"), gmacKey("authentication_key"), {}, {}};
        device->security()->systemTitle = gmacKey("server_system_title");
        device->security()->nextInvocationCounter = 0;
        // The reference server happened to send the same 16 bytes as the client's challenge.
        const QByteArray stoc = hex("70389CCE67B359AC56AB552A158A4522");
        device->setChallengeSource([stoc] { return Result<QByteArray>(stoc); });
        CosemServer server(device);

        const QByteArray aare
            = server.handleApdu(1, vectorApdu(QStringLiteral("gx-gmac-aarq")).apdu);
        QCOMPARE(toSpacedHex(aare), toSpacedHex(vectorApdu(QStringLiteral("gx-gmac-aare")).apdu));
        QCOMPARE(server.association().status, AssociationStatus::Pending);

        // Until the client proves itself, nothing but reply_to_HLS goes.
        QCOMPARE(toSpacedHex(server.handleApdu(1, hex("C001C100010000600100FF0200"))),
                 toSpacedHex(hex("D80101")));

        // The client's proof, as the reference client sent it (glo-action-request).
        const QByteArray answer
            = server.handleApdu(1, vectorApdu(QStringLiteral("gx-gmac-action-reply-to-hls")).apdu);
        QCOMPARE(quint8(answer[0]), quint8(0xCF));
        QCOMPARE(server.association().status, AssociationStatus::Associated);
        security::SecurityContext client(
            {gmacKey("block_cipher_key"), gmacKey("authentication_key"), {}, {}},
            gmacKey("client_system_title"), 5);
        client.setPeerSystemTitle(gmacKey("server_system_title"));
        Result<security::UnwrappedApdu> plain = security::unwrapApdu(client, answer);
        QVERIFY2(plain.ok(), qPrintable(plain.ok() ? QString() : plain.error().message));
        Result<dlms::Apdu> parsed = dlms::parseApdu(plain->apdu);
        QVERIFY(parsed.ok());
        const auto *response = std::get_if<dlms::ActionResponseNormal>(&*parsed);
        QVERIFY(response);
        Result<axdr::Value> proof = dlms::toResult(response->outcome);
        QVERIFY(proof.ok());
        // f(CtoS) under the server's title: the client's challenge was the same 16 bytes.
        QVERIFY(security::verifyChallengeResponse(client, stoc, proof->bytes()).ok());

        // A replayed request is refused with the counter the server expects next.
        const QByteArray replay
            = server.handleApdu(1, vectorApdu(QStringLiteral("gx-gmac-action-reply-to-hls")).apdu);
        QCOMPARE(toSpacedHex(replay), toSpacedHex(hex("D8010600000003")));
        // The ciphered GET of the reference client (general-glo-ciphering) is answered in kind.
        const QByteArray get
            = server.handleApdu(1, vectorApdu(QStringLiteral("gx-gmac-general-glo-get")).apdu);
        QCOMPARE(quint8(get[0]), quint8(0xDB));
    }

    void releaseMatchesReferenceServer()
    {
        CosemServer server(guruxLikeDevice(16, {dlms::AuthenticationMechanism::Lowest}, 0x001E1D));
        QVERIFY(!server.handleApdu(16, vectorApdu(QStringLiteral("gx-aarq-none")).apdu).isEmpty());
        QCOMPARE(toSpacedHex(server.handleApdu(16, vectorApdu(QStringLiteral("gx-rlrq")).apdu)),
                 toSpacedHex(vectorApdu(QStringLiteral("gx-rlre")).apdu));
        QCOMPARE(server.association().status, AssociationStatus::NonAssociated);
    }

    void refusalsOfAMeter()
    {
        CosemServer server(guruxLikeDevice(16, {dlms::AuthenticationMechanism::Lowest}, 0x001E1D));
        // No association: exception-response service-not-allowed, operation-not-possible.
        QCOMPARE(toSpacedHex(server.handleApdu(16, hex("C001C100010000600100FF0200"))),
                 toSpacedHex(hex("D80101")));
        // Unknown client SAP: rejected-permanent, no-reason-given.
        const QByteArray rejected
            = server.handleApdu(99, vectorApdu(QStringLiteral("gx-aarq-none")).apdu);
        Result<dlms::Aare> aare = dlms::decodeAare(rejected);
        QVERIFY(aare.ok());
        QCOMPARE(aare->result, dlms::AssociationResult::RejectedPermanent);
        QVERIFY(aare->diagnostic.is(dlms::ServiceUserDiagnostic::NoReasonGiven));
        // LLS offered to a client that takes none: mechanism not recognised.
        Result<dlms::Aare> lls = dlms::decodeAare(
            server.handleApdu(16, vectorApdu(QStringLiteral("gx-aarq-low")).apdu));
        QVERIFY(lls.ok());
        QVERIFY(lls->diagnostic.is(
            dlms::ServiceUserDiagnostic::AuthenticationMechanismNameNotRecognised));

        QVERIFY(!server.handleApdu(16, vectorApdu(QStringLiteral("gx-aarq-none")).apdu).isEmpty());
        // Attribute results: unknown object, wrong class, attribute out of range, success.
        QCOMPARE(toSpacedHex(server.handleApdu(16, hex("C001C100010000600109FF0200"))),
                 toSpacedHex(hex("C401C10104")));
        QCOMPARE(toSpacedHex(server.handleApdu(16, hex("C001C100030000600100FF0200"))),
                 toSpacedHex(hex("C401C10109")));
        QCOMPARE(toSpacedHex(server.handleApdu(16, hex("C001C100010000600100FF0900"))),
                 toSpacedHex(hex("C401C10104")));
        QCOMPARE(toSpacedHex(server.handleApdu(16, hex("C001C100010000600100FF0200"))),
                 toSpacedHex(hex("C401C1000A023432")));
        // Writing a read-only attribute: read-write-denied.
        QCOMPARE(toSpacedHex(server.handleApdu(16, hex("C101C100010000600100FF02000A023433"))),
                 toSpacedHex(hex("C501C103")));
        // GET next without a long GET: no-long-get-in-progress.
        QCOMPARE(toSpacedHex(server.handleApdu(16, hex("C002C100000001"))),
                 toSpacedHex(hex("C402C101000000010110")));
        // An APDU the server does not implement: service-unknown.
        QCOMPARE(toSpacedHex(server.handleApdu(16, hex("C4"))), toSpacedHex(hex("D80203")));
    }

    void uaMatchesReferenceServer()
    {
        auto device = guruxLikeDevice(16, {dlms::AuthenticationMechanism::Lowest}, 0x001E1D);
        SingleDeviceDirectory directory(device);
        link::MemoryLinkPair pair;
        ServerSession session(pair.takeB(), Framing::Hdlc, directory);
        session.start();
        std::unique_ptr<link::MemoryLink> client = pair.takeA();
        QSignalSpy received(client.get(), &link::Link::bytesReceived);
        client->open();
        QTRY_VERIFY(client->isOpen());
        QVERIFY(client->write(infoOf("gx-snrm-none")).ok());
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(toSpacedHex(received.first().first().toByteArray()),
                 toSpacedHex(infoOf("gx-ua-128")));
        // Nobody at server address 5: silence, as on a real line.
        received.clear();
        hdlc::HdlcFrame snrm = hdlc::HdlcFrame::command(
            hdlc::FrameKind::SNRM, hdlc::HdlcAddress::server(5), hdlc::HdlcAddress::client(16));
        QVERIFY(client->write(hdlc::encodeFrame(snrm)).ok());
        QTest::qWait(50);
        QCOMPARE(received.count(), 0);
    }

    void plcTimingAndHalfDuplex()
    {
        VirtualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), 0.0);
        PlcChannel channel(clock, {4000, 0, 0.0, 0.0}, 1);
        // 100 bytes = 1000 bits: a quarter of a second at 4000 baud, per hop.
        QCOMPARE(channel.transferTimeMs(100, 1), qint64(250));
        QCOMPARE(channel.transferTimeMs(100, 3), qint64(750));
        channel.setSettings({300, 40, 0.0, 0.0});
        QCOMPARE(channel.transferTimeMs(30, 2), qint64(2 * (1000 + 40)));
        channel.setSettings({4000, 40, 0.0, 0.0});
        const qint64 t0 = clock.nowMs();
        const PlcTransfer first = channel.transfer(100, 1);
        QVERIFY(first.endMs - first.startMs >= 250);
        QCOMPARE(clock.nowMs(), first.endMs); // the discrete clock moved with the frame
        // Half duplex: a second frame booked "at the same time" waits for the first.
        VirtualClock scaled(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), 1.0);
        PlcChannel shared(scaled, {4000, 40, 0.0, 0.0}, 1);
        const PlcTransfer a = shared.transfer(100, 2);
        const PlcTransfer b = shared.transfer(100, 1);
        QVERIFY(b.startMs >= a.endMs);
        QVERIFY(b.endMs - a.startMs >= 3 * 250);
        Q_UNUSED(t0)
        // Losses grow with the number of hops.
        PlcChannel lossy(clock, {0, 0, 0.1, 0.0}, 99);
        int lostOne = 0, lostSix = 0;
        for (int i = 0; i < 2000; ++i) {
            lostOne += lossy.transfer(10, 1).lost;
            lostSix += lossy.transfer(10, 6).lost;
        }
        QVERIFY(lostSix > 2 * lostOne);
    }
};

QTEST_GUILESS_MAIN(TstSimCosemServer)
#include "tst_sim_cosem_server.moc"
