// Conformance of the DLMS client against conversations captured between the
// GuruxDLMS.c example client and server (tests/data/reference/vectors/dlms):
// for the same settings our client must send the very same bytes, and must
// understand the real server's answers. A client and a simulator built from
// one codec could agree on a wrong byte; a captured third-party peer cannot.
#include "protocol/client/dlms_client.h"
#include "protocol/client/hdlc_channel.h"
#include "protocol/client/wrapper_channel.h"
#include "protocol/core/bytes.h"
#include "protocol/hdlc/hdlc_frame.h"
#include "protocol/link/memory_link.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ims;

namespace {

QJsonObject loadVectors()
{
    QFile f(QStringLiteral(IMSDESK_TEST_DATA_DIR "/reference/vectors/dlms/vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray vector(const QJsonObject &all, const QString &section, const QString &id)
{
    for (const QJsonValue &v : all.value(section).toArray()) {
        if (v[QStringLiteral("id")].toString() == id)
            return fromHex(v[QStringLiteral("hex")].toString());
    }
    return {};
}

// The far end of the link: expects the client's bytes step by step and
// answers each with the captured server bytes.
class ScriptedPeer : public QObject
{
public:
    struct Step
    {
        QByteArray expect;         // the captured client bytes
        QByteArray reply;          // the captured server answer
        bool anyHdlcFrame = false; // accept any one whole HDLC frame instead
    };

    ScriptedPeer(link::MemoryLink *end, QList<Step> steps)
        : m_end(end)
        , m_steps(std::move(steps))
    {
        connect(end, &link::Link::bytesReceived, this, [this](const QByteArray &b) { onBytes(b); });
        end->open();
    }

    int stepsDone() const { return m_done; }
    QStringList mismatches;

private:
    void onBytes(const QByteArray &bytes)
    {
        m_buffer += bytes;
        while (m_done < m_steps.size()) {
            const Step &step = m_steps[m_done];
            qsizetype consumed = 0;
            if (step.anyHdlcFrame) {
                const qsizetype close = m_buffer.indexOf(char(0x7E), 1);
                if (m_buffer.startsWith(char(0x7E)) && close > 0)
                    consumed = close + 1;
            } else if (m_buffer.size() >= step.expect.size()) {
                if (!m_buffer.startsWith(step.expect)) {
                    mismatches << QStringLiteral("step %1: expected %2, got %3")
                                      .arg(m_done)
                                      .arg(toSpacedHex(step.expect), toSpacedHex(m_buffer));
                    m_buffer.clear();
                    return;
                }
                consumed = step.expect.size();
            } else if (!step.expect.startsWith(m_buffer)) {
                mismatches << QStringLiteral("step %1: expected %2, got %3")
                                  .arg(m_done)
                                  .arg(toSpacedHex(step.expect), toSpacedHex(m_buffer));
                m_buffer.clear();
                return;
            }
            if (consumed == 0)
                return;
            m_buffer.remove(0, consumed);
            (void)m_end->write(step.reply);
            ++m_done;
        }
    }

    link::MemoryLink *m_end;
    QList<Step> m_steps;
    QByteArray m_buffer;
    int m_done = 0;
};

// Callbacks arrive from the event loop; the bound only stops a hung test.
#define WAIT_FOR(slot) QTRY_VERIFY_WITH_TIMEOUT((slot).has_value(), 10000)

} // namespace

class DlmsClientReplayTest : public QObject
{
    Q_OBJECT
    QJsonObject m_vectors;

private slots:
    void initTestCase()
    {
        m_vectors = loadVectors();
        QVERIFY2(!m_vectors.isEmpty(), "golden vectors not found");
    }

    // WRAPPER, client SAP 17, LLS password "Gurux": AARQ, GET clock, RLRQ.
    void wrapperLowLevelSecuritySession()
    {
        auto v = [&](const char *id) {
            return vector(m_vectors, QStringLiteral("wrapper_frames"), QLatin1String(id));
        };
        link::MemoryLinkPair pair;
        ScriptedPeer peer(pair.b(), {{v("gx-w-aarq-low"), v("gx-w-aare")},
                                     {v("gx-w-get-clock"), v("gx-w-get-clock-resp")},
                                     {v("gx-w-rlrq"), v("gx-w-rlre")}});
        client::WrapperChannel channel(pair.takeA(), {17, 1});
        client::AssociationSettings settings;
        settings.authentication = client::Authentication::Low;
        settings.password = "Gurux";
        settings.conformance
            = dlms::Conformance::fromValue(0x401E1D); // what the captured client proposed
        client::DlmsClient client(channel, settings);

        std::optional<Status> associated;
        client.associate([&](Status s) { associated = s; });
        WAIT_FOR(associated);
        const Status a = *associated;
        QVERIFY2(peer.mismatches.isEmpty(), qPrintable(peer.mismatches.join(QLatin1Char('\n'))));
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        QCOMPARE(client.negotiated().serverMaxReceivePduSize, quint16(0x0200));
        QCOMPARE(client.negotiated().negotiatedConformance.value(), quint32(0x001E1D));

        std::optional<Result<axdr::Value>> clock;
        client.get({8, cosem::Obis(0, 0, 1, 0, 0, 255), 2},
                   [&](Result<axdr::Value> r) { clock = r; });
        WAIT_FOR(clock);
        const Result<axdr::Value> time = *clock;
        QVERIFY2(time.ok(), qPrintable(time.error().message));
        const auto dt = time->asDateTime();
        QVERIFY(dt.has_value());
        QCOMPARE(dt->toQDateTime(), QDateTime(QDate(2026, 11, 21), QTime(23, 39, 20), Qt::UTC));

        std::optional<Status> released;
        client.release([&](Status s) { released = s; });
        WAIT_FOR(released);
        QVERIFY(released->ok());
        QCOMPARE(peer.stepsDone(), 3);
        QVERIFY2(peer.mismatches.isEmpty(), qPrintable(peer.mismatches.join(QLatin1Char('\n'))));
    }

    // HDLC, client SAP 1, HLS-GMAC with authenticated encryption: the AARQ
    // (glo-initiateRequest, IC 0) and the ciphered reply_to_HLS_authentication
    // (f(StoC) with IC 1, glo-action with IC 2) must match the capture, and
    // the server's f(CtoS) must verify with the keys.
    void hdlcHighLevelSecurityGmacSession()
    {
        auto v = [&](const char *id) {
            return vector(m_vectors, QStringLiteral("hdlc_frames"), QLatin1String(id));
        };
        const QJsonObject keys = m_vectors.value(QStringLiteral("gmac_keys")).toObject();
        link::MemoryLinkPair pair;
        ScriptedPeer peer(
            pair.b(), {{{}, v("gx-gmac-ua"), true}, // our SNRM proposes parameters; theirs did not
                       {v("gx-gmac-aarq"), v("gx-gmac-aare")},
                       {v("gx-gmac-action-reply-to-hls"), v("gx-gmac-action-resp")}});
        client::HdlcChannelSettings hdlcSettings;
        hdlcSettings.clientSap = 1;
        client::HdlcChannel channel(pair.takeA(), hdlcSettings);

        client::AssociationSettings settings;
        settings.authentication = client::Authentication::HighGmac;
        settings.protection = client::Protection::AuthenticatedEncrypted;
        settings.systemTitle = fromHex(keys[QStringLiteral("client_system_title")].toString());
        settings.keys.authenticationKey
            = fromHex(keys[QStringLiteral("authentication_key")].toString());
        settings.keys.blockCipherKey = fromHex(keys[QStringLiteral("block_cipher_key")].toString());
        settings.invocationCounter = 0;
        settings.conformance = dlms::Conformance::fromValue(0x401E1D);
        settings.challengeSource = [] {
            return Result<QByteArray>(fromHex(u"70389CCE67B359AC56AB552A158A4522"));
        };
        client::DlmsClient client(channel, settings);
        QSignalSpy counters(&client, &client::DlmsClient::invocationCounterChanged);

        std::optional<Status> associated;
        client.associate([&](Status s) { associated = s; });
        WAIT_FOR(associated);
        const Status a = *associated;
        QVERIFY2(peer.mismatches.isEmpty(), qPrintable(peer.mismatches.join(QLatin1Char('\n'))));
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        QCOMPARE(peer.stepsDone(), 3);
        QVERIFY(client.isAssociated());
        QCOMPARE(client.serverSystemTitle(), QByteArray("ABCDEFGH"));
        // Three counters were used (0, 1, 2); the next one is handed out for persistence.
        QCOMPARE(client.nextInvocationCounter(), quint64(3));
        QVERIFY(!counters.isEmpty());
        QCOMPARE(counters.last().first().toULongLong(), quint64(3));
    }

    // A server that refuses the password: one clear error naming the reason.
    void rejectedAssociationNamesTheReason()
    {
        link::MemoryLinkPair pair;
        const QByteArray aarqWrong
            = vector(m_vectors, QStringLiteral("hdlc_frames"), QStringLiteral("gx-aarq-low-wrong"));
        const QByteArray aareRejected = vector(m_vectors, QStringLiteral("hdlc_frames"),
                                               QStringLiteral("gx-aare-low-rejected"));
        // The capture has no UA for client 17: ours carries gx-ua-128's parameters.
        const QByteArray uaInfo = fromHex(u"818012050180060180070400000001080400000001");
        const QByteArray ua = hdlc::encodeFrame(
            hdlc::HdlcFrame::command(hdlc::FrameKind::UA, hdlc::HdlcAddress::client(17),
                                     hdlc::HdlcAddress::server(1, 0, 1), true, uaInfo));
        ScriptedPeer peer(pair.b(), {{{}, ua, true}, {aarqWrong, aareRejected}});
        client::HdlcChannelSettings hdlcSettings;
        hdlcSettings.clientSap = 17;
        client::HdlcChannel channel(pair.takeA(), hdlcSettings);
        client::AssociationSettings settings;
        settings.authentication = client::Authentication::Low;
        settings.password = "wrong";
        settings.conformance = dlms::Conformance::fromValue(0x401E1D);
        client::DlmsClient client(channel, settings);
        std::optional<Status> associated;
        client.associate([&](Status s) { associated = s; });
        WAIT_FOR(associated);
        const Status a = *associated;
        QVERIFY(!a.ok());
        QCOMPARE(a.error().kind, ErrorKind::AssociationRejected);
        QCOMPARE(a.error().code, 13);
        QVERIFY2(a.error().message.contains(QStringLiteral("authentication")),
                 qPrintable(a.error().message));
        QVERIFY(!client.isAssociated());
    }
};

QTEST_GUILESS_MAIN(DlmsClientReplayTest)
#include "tst_dlms_client_replay.moc"
