// The HDLC station state machine: replayed against captured conversations
// (the vectors), and a client and a server station talking in memory through
// the real encoder and parser, with frames lost on purpose.
#include "protocol/hdlc/hdlc_parser.h"
#include "protocol/hdlc/hdlc_segmenter.h"
#include "protocol/hdlc/hdlc_station.h"
#include "support/hdlc_test_support.h"

#include <QTest>

#include <functional>

using namespace ims;
using namespace Qt::StringLiterals;
using namespace ims::hdlc;

namespace {

// "C:I(2,0)P+" = from the client, I-frame N(S)=2 N(R)=0, poll bit, segmented.
// The server's final bit is written F.
QString token(bool fromClient, const HdlcFrame &f)
{
    QString s = fromClient ? u"C:"_s : u"S:"_s;
    s += frameKindName(f.kind);
    if (f.kind == FrameKind::I)
        s += QStringLiteral("(%1,%2)").arg(f.ns).arg(f.nr);
    else if (f.kind == FrameKind::RR || f.kind == FrameKind::RNR)
        s += QStringLiteral("(%1)").arg(f.nr);
    if (f.pf)
        s += fromClient ? u"P"_s : u"F"_s;
    if (f.segmented)
        s += u"+"_s;
    return s;
}

QString tok(bool fromClient, const QString &kind, int ns, int nr, bool pf, bool segmented)
{
    HdlcFrame f;
    f.kind = kind == u"I"_s ? FrameKind::I : FrameKind::RR;
    f.ns = ns;
    f.nr = nr;
    f.pf = pf;
    f.segmented = segmented;
    return token(fromClient, f);
}

// The frames 62056-46 prescribes for one segmented transfer: bursts of
// `window` I-frames (poll/final on the last), each non-final burst
// acknowledged by an RR carrying the receiver's V(R).
void expectTransfer(QStringList &out, bool fromClient, int segments, int window, int &senderVs,
                    int senderVr, int &receiverVr)
{
    int sent = 0;
    while (sent < segments) {
        const int n = qMin(window, segments - sent);
        for (int i = 0; i < n; ++i) {
            ++sent;
            out << tok(fromClient, u"I"_s, senderVs, senderVr, i == n - 1, sent < segments);
            senderVs = (senderVs + 1) % 8;
            receiverVr = (receiverVr + 1) % 8;
        }
        if (sent < segments)
            out << tok(!fromClient, u"RR"_s, 0, receiverVr, true, false);
    }
}

QByteArray patternApdu(int size, int seed)
{
    QByteArray a(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        a[i] = char((i * 31 + seed) & 0xFF);
    return a;
}

// Two stations wired back to back. Every frame goes through encodeFrame and
// a parser on the receiving side, as on a real line.
class Link
{
public:
    Link(const HdlcStationConfig &clientConfig, const HdlcStationConfig &serverConfig)
        : client(clientConfig)
        , server(serverConfig)
    {}

    HdlcStation client;
    HdlcStation server;
    QStringList trace;
    QList<QByteArray> clientGot, serverGot;
    QList<Error> clientErrors, serverErrors;
    // The server application: the answer to each request (empty: none).
    std::function<QByteArray(const QByteArray &)> serverApp;
    // Return true to lose the frame on the line; `seen` counts earlier frames with that token.
    std::function<bool(const QString &token, int seen)> lose;

    void fromClient(const HdlcActions &actions) { run(true, actions); }
    void fromServer(const HdlcActions &actions) { run(false, actions); }

    // Puts raw bytes on the line as if the client (or server) had sent them.
    void inject(bool fromClientSide, const HdlcFrame &frame)
    {
        m_wire.append({fromClientSide, encodeFrame(frame), token(fromClientSide, frame)});
        pump();
    }

private:
    struct OnTheLine
    {
        bool fromClient;
        QByteArray bytes;
        QString token;
    };

    void run(bool isClient, const HdlcActions &actions)
    {
        handle(isClient, actions);
        pump();
    }

    void handle(bool isClient, const HdlcActions &actions)
    {
        for (const HdlcAction &a : actions) {
            switch (a.kind) {
            case HdlcAction::Kind::Transmit:
                QVERIFY(a.bytes == encodeFrame(a.frame));
                m_wire.append({isClient, a.bytes, token(isClient, a.frame)});
                break;
            case HdlcAction::Kind::Deliver:
                if (isClient) {
                    clientGot << a.bytes;
                } else {
                    serverGot << a.bytes;
                    if (serverApp) {
                        const QByteArray answer = serverApp(a.bytes);
                        if (!answer.isEmpty())
                            handle(false, server.sendApdu(answer));
                    }
                }
                break;
            case HdlcAction::Kind::StateChanged:
                break;
            case HdlcAction::Kind::Failed:
                (isClient ? clientErrors : serverErrors) << a.error;
                break;
            }
        }
    }

    void pump()
    {
        while (!m_wire.isEmpty()) {
            const OnTheLine f = m_wire.takeFirst();
            const int seen = m_seen[f.token]++;
            if (lose && lose(f.token, seen)) {
                trace << f.token + u" lost"_s;
                continue;
            }
            trace << f.token;
            HdlcParser &parser = f.fromClient ? m_serverRx : m_clientRx;
            parser.feed(f.bytes);
            for (HdlcParseResult r = parser.next(); !r.needMore(); r = parser.next()) {
                QVERIFY(r.isFrame());
                HdlcStation &receiver = f.fromClient ? server : client;
                handle(!f.fromClient, receiver.onFrame(r.frame));
            }
        }
    }

    QList<OnTheLine> m_wire;
    QHash<QString, int> m_seen;
    HdlcParser m_clientRx, m_serverRx;
};

HdlcStationConfig clientConfig(HdlcParameters p = {})
{
    HdlcStationConfig c;
    c.role = HdlcRole::Client;
    c.localAddress = HdlcAddress::client(16);
    c.peerAddress = HdlcAddress::server(1, 17);
    c.parameters = p;
    return c;
}

HdlcStationConfig serverConfig(HdlcParameters p = {})
{
    HdlcStationConfig c;
    c.role = HdlcRole::Server;
    c.localAddress = HdlcAddress::server(1, 17);
    c.parameters = p;
    return c;
}

HdlcFrame parseOne(const QByteArray &wire)
{
    HdlcParser p;
    p.feed(wire);
    return p.next().frame;
}

QList<HdlcAction> ofKind(const HdlcActions &actions, HdlcAction::Kind kind)
{
    QList<HdlcAction> out;
    for (const HdlcAction &a : actions) {
        if (a.kind == kind)
            out << a;
    }
    return out;
}

} // namespace

class TestHdlcStation : public QObject
{
    Q_OBJECT

private slots:
    // Captured conversations, two frames at a time (client's, then the
    // server's). A server station fed the client's frames must answer with
    // exactly the captured bytes (given the captured APDU to send), and a
    // client station fed the server's frames must send exactly the client's
    // I-frames. "~id": the answer is not compared byte for byte (see the rows).
    void replayVectors_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<uint>("serverMaxInfo");
        QTest::newRow("gurux public client")
            << QStringList{u"gx-snrm-none"_s, u"gx-ua-128"_s, u"gx-aarq-none"_s, u"gx-aare-none"_s}
            << 128u;
        QTest::newRow("gurux 4-byte address")
            << QStringList{u"gx-snrm-4byte"_s, u"gx-ua-4byte"_s} << 128u;
        QTest::newRow("gurux HLS GMAC") << QStringList{u"gx-gmac-snrm"_s,
                                                       u"gx-gmac-ua"_s,
                                                       u"gx-gmac-aarq"_s,
                                                       u"gx-gmac-aare"_s,
                                                       u"gx-gmac-action-reply-to-hls"_s,
                                                       u"gx-gmac-action-resp"_s}
                                        << 128u;
        // The u9n server offers 154 although the SNRM (no parameters) means the
        // client receives the default 128: we answer 128, so the UA differs.
        QTest::newRow("u9n 2-byte address")
            << QStringList{u"u9n-snrm"_s, u"~u9n-ua"_s, u"u9n-aarq"_s, u"u9n-aare"_s} << 154u;
        // The Wirebox meter writes 128 in two bytes where we use one.
        QTest::newRow("wirebox session")
            << QStringList{u"wb-snrm"_s,  u"~wb-ua"_s,        u"wb-aarq-lls"_s, u"wb-aare"_s,
                           u"wb-get-3"_s, u"wb-get-3-resp"_s, u"wb-get-2"_s,    u"wb-get-2-resp"_s}
            << 128u;
    }
    void replayVectors()
    {
        QFETCH(QStringList, ids);
        QFETCH(uint, serverMaxInfo);
        const HdlcFrame first = parseOne(ims::testing::hdlcBytes(qPrintable(ids.first())));
        QCOMPARE(first.kind, FrameKind::SNRM);

        HdlcStationConfig sc = serverConfig({serverMaxInfo, serverMaxInfo, 1, 1});
        sc.localAddress = first.destination;
        HdlcStation server(sc);
        HdlcStationConfig cc = clientConfig();
        cc.localAddress = first.source;
        cc.peerAddress = first.destination;
        HdlcStation client(cc);
        QCOMPARE(ofKind(client.connect(), HdlcAction::Kind::Transmit).size(), 1);

        for (qsizetype i = 0; i + 1 < ids.size(); i += 2) {
            const QByteArray request = ims::testing::hdlcBytes(qPrintable(ids[i]));
            QString answerId = ids[i + 1];
            const bool compare = !answerId.startsWith(u'~');
            if (!compare)
                answerId.remove(0, 1);
            const QByteArray answer = ims::testing::hdlcBytes(qPrintable(answerId));
            const HdlcFrame requestFrame = parseOne(request);
            const HdlcFrame answerFrame = parseOne(answer);

            // Server side.
            HdlcActions actions = server.onFrame(requestFrame);
            if (requestFrame.kind == FrameKind::I) {
                const auto delivered = ofKind(actions, HdlcAction::Kind::Deliver);
                QCOMPARE(delivered.size(), 1);
                QCOMPARE(delivered.first().bytes, stripLlcHeader(requestFrame.info).valueOr({}));
                QVERIFY(ofKind(actions, HdlcAction::Kind::Transmit).isEmpty()); // waits for the app
                actions = server.sendApdu(stripLlcHeader(answerFrame.info).valueOr({}));
            }
            const auto sent = ofKind(actions, HdlcAction::Kind::Transmit);
            QCOMPARE(sent.size(), 1);
            if (compare)
                QCOMPARE(sent.first().bytes.toHex().toUpper(), answer.toHex().toUpper());

            // Client side: the SNRM is ours (we always send parameters), the I-frames must match.
            if (requestFrame.kind == FrameKind::I) {
                const auto clientSent
                    = ofKind(client.sendApdu(stripLlcHeader(requestFrame.info).valueOr({})),
                             HdlcAction::Kind::Transmit);
                QCOMPARE(clientSent.size(), 1);
                QCOMPARE(clientSent.first().bytes.toHex().toUpper(), request.toHex().toUpper());
            }
            const HdlcActions reaction = client.onFrame(answerFrame);
            if (answerFrame.kind == FrameKind::UA) {
                QCOMPARE(client.state(), HdlcLinkState::Connected);
            } else {
                const auto delivered = ofKind(reaction, HdlcAction::Kind::Deliver);
                QCOMPARE(delivered.size(), 1);
                QCOMPARE(delivered.first().bytes, stripLlcHeader(answerFrame.info).valueOr({}));
            }
            QVERIFY(ofKind(reaction, HdlcAction::Kind::Transmit).isEmpty());
        }
        QCOMPARE(server.state(), HdlcLinkState::Connected);
    }

    void negotiation()
    {
        // Client: sends up to 128, receives up to 256, window 7 out, 3 in.
        // Server: sends up to 512, receives up to 100, window 2 out, 7 in.
        Link link(clientConfig({128, 256, 7, 3}), serverConfig({512, 100, 2, 7}));
        QByteArray uaInfo;
        link.server.setTraceHook([&](TraceDirection d, const HdlcFrame &f) {
            if (d == TraceDirection::Out && f.kind == FrameKind::UA)
                uaInfo = f.info;
        });
        link.fromClient(link.client.connect());
        QCOMPARE(link.trace, (QStringList{u"C:SNRMP"_s, u"S:UAF"_s}));
        QCOMPARE(link.client.state(), HdlcLinkState::Connected);
        QCOMPARE(link.server.state(), HdlcLinkState::Connected);
        // UA, server's view: tx min(512, 256) = 256, rx min(100, 128) = 100,
        // window tx min(2, 3) = 2, window rx min(7, 7) = 7.
        QCOMPARE(uaInfo.toHex(), QByteArray("818013050201000601640704000000020804"
                                            "00000007"));
        QCOMPARE(link.server.negotiated(), (HdlcParameters{256, 100, 2, 7}));
        QCOMPARE(link.client.negotiated(), (HdlcParameters{100, 256, 7, 2}));

        // The client now segments at 100 bytes, the server at 256 with window 2.
        QList<int> sizes;
        link.client.setTraceHook([&](TraceDirection d, const HdlcFrame &f) {
            if (f.kind == FrameKind::I)
                sizes << int(f.info.size()) * (d == TraceDirection::Out ? 1 : -1);
        });
        link.serverApp = [](const QByteArray &) {
            return patternApdu(600, 2);
        };
        link.fromClient(link.client.sendApdu(patternApdu(250, 1)));
        QCOMPARE(sizes,
                 (QList<int>{100, 100, 53, -256, -256, -91})); // 253 = 250 + LLC, 603 likewise
        QCOMPARE(link.serverGot, QList<QByteArray>{patternApdu(250, 1)});
        QCOMPARE(link.clientGot, QList<QByteArray>{patternApdu(600, 2)});
    }

    void apduBothWays_data()
    {
        QTest::addColumn<int>("window");
        QTest::newRow("window 1") << 1;
        QTest::newRow("window 7") << 7;
        QTest::newRow("window 3") << 3;
    }
    void apduBothWays()
    {
        QFETCH(int, window);
        const HdlcParameters p{128, 128, quint32(window), quint32(window)};
        Link link(clientConfig(p), serverConfig({2030, 2030, 7, 7}));
        link.fromClient(link.client.connect());
        QCOMPARE(link.client.negotiated(), p);
        link.trace.clear();

        const QByteArray request = patternApdu(3000, 1);
        const QByteArray response = patternApdu(3000, 2);
        link.serverApp = [&](const QByteArray &) {
            return response;
        };
        link.fromClient(link.client.sendApdu(request));

        // 3000 + 3 LLC bytes = 23 x 128 + 59: 24 segments each way.
        QStringList expected;
        int clientVs = 0, clientVr = 0, serverVs = 0, serverVr = 0;
        expectTransfer(expected, true, 24, window, clientVs, clientVr, serverVr);
        expectTransfer(expected, false, 24, window, serverVs, serverVr, clientVr);
        QCOMPARE(link.trace, expected);
        QCOMPARE(link.serverGot, QList<QByteArray>{request});
        QCOMPARE(link.clientGot, QList<QByteArray>{response});
        QVERIFY(link.clientErrors.isEmpty());
        QVERIFY(link.serverErrors.isEmpty());
        QVERIFY(!link.client.awaitingResponse());

        // And a second exchange continues the sequence numbers.
        link.trace.clear();
        link.serverApp = [](const QByteArray &) {
            return fromHex(u"C401C10000");
        };
        link.fromClient(link.client.sendApdu(fromHex(u"C001C100080000010000FF0200")));
        QCOMPARE(link.trace, (QStringList{tok(true, u"I"_s, 0, 0, true, false),
                                          tok(false, u"I"_s, 0, 1, true, false)}));
        QCOMPARE(link.clientGot.last(), fromHex(u"C401C10000"));
    }

    void lostRequestIsRetransmitted()
    {
        Link link(clientConfig(), serverConfig());
        link.fromClient(link.client.connect());
        link.trace.clear();
        link.serverApp = [](const QByteArray &) {
            return fromHex(u"C401C10000");
        };
        link.lose = [](const QString &t, int seen) {
            return t == u"C:I(0,0)P"_s && seen == 0;
        };
        link.fromClient(link.client.sendApdu(fromHex(u"C001C100080000010000FF0200")));
        QCOMPARE(link.trace, QStringList{u"C:I(0,0)P lost"_s});
        QVERIFY(link.client.awaitingResponse());
        link.fromClient(link.client.onTimeout());
        // The timer polls; the meter's N(R)=0 shows the request never came: sent again.
        QCOMPARE(link.trace, (QStringList{u"C:I(0,0)P lost"_s, u"C:RR(0)P"_s, u"S:RR(0)F"_s,
                                          u"C:I(0,0)P"_s, u"S:I(0,1)F"_s}));
        QCOMPARE(link.client.stats().retransmittedFrames, 1);
        QCOMPARE(link.serverGot.size(), 1);
        QCOMPARE(link.clientGot, QList<QByteArray>{fromHex(u"C401C10000")});
        QVERIFY(!link.client.awaitingResponse());
    }

    void lostResponseIsNotDeliveredTwice()
    {
        Link link(clientConfig(), serverConfig());
        link.fromClient(link.client.connect());
        link.trace.clear();
        link.serverApp = [](const QByteArray &) {
            return fromHex(u"C401C10000");
        };
        link.lose = [](const QString &t, int seen) {
            return t == u"S:I(0,1)F"_s && seen == 0;
        };
        link.fromClient(link.client.sendApdu(fromHex(u"C001C100080000010000FF0200")));
        link.fromClient(link.client.onTimeout());
        // The timer polls with RR(0): N(R)=0 shows the answer was lost, so the
        // server sends it again; the request does not go out twice.
        QCOMPARE(link.trace,
                 (QStringList{u"C:I(0,0)P"_s, u"S:I(0,1)F lost"_s, u"C:RR(0)P"_s, u"S:I(0,1)F"_s}));
        QCOMPARE(link.client.stats().retransmittedFrames, 0);
        QCOMPARE(link.serverGot.size(), 1);
        QCOMPARE(link.clientGot.size(), 1);
    }

    void lostResponseSegmentIsPolledFor()
    {
        Link link(clientConfig(), serverConfig());
        link.fromClient(link.client.connect());
        link.trace.clear();
        link.serverApp = [](const QByteArray &) {
            return patternApdu(300, 5);
        }; // 3 segments
        link.lose = [](const QString &t, int seen) {
            return t == u"S:I(1,1)F+"_s && seen == 0;
        };
        link.fromClient(link.client.sendApdu(fromHex(u"C001C100070100630100FF0200")));
        link.fromClient(link.client.onTimeout());
        QCOMPARE(link.trace,
                 (QStringList{u"C:I(0,0)P"_s, u"S:I(0,1)F+"_s, u"C:RR(1)P"_s, u"S:I(1,1)F+ lost"_s,
                              u"C:RR(1)P"_s, u"S:I(1,1)F+"_s, u"C:RR(2)P"_s, u"S:I(2,1)F"_s}));
        QCOMPARE(link.clientGot, QList<QByteArray>{patternApdu(300, 5)});
    }

    // Window 7, the third segment lost: the server drops what follows it and
    // answers RR(2); the client goes back to N(S)=2. Delivered once, intact.
    void lostSegmentInWindow()
    {
        const HdlcParameters p{128, 128, 7, 7};
        Link link(clientConfig(p), serverConfig(p));
        link.fromClient(link.client.connect());
        link.trace.clear();
        link.serverApp = [](const QByteArray &) {
            return fromHex(u"C401C10000");
        };
        link.lose = [](const QString &t, int seen) {
            return t == u"C:I(2,0)+"_s && seen == 0;
        };
        const QByteArray request = patternApdu(3000, 9);
        link.fromClient(link.client.sendApdu(request));
        const QStringList head = link.trace.mid(0, 10);
        QCOMPARE(head, (QStringList{u"C:I(0,0)+"_s, u"C:I(1,0)+"_s, u"C:I(2,0)+ lost"_s,
                                    u"C:I(3,0)+"_s, u"C:I(4,0)+"_s, u"C:I(5,0)+"_s, u"C:I(6,0)P+"_s,
                                    u"S:RR(2)F"_s, u"C:I(2,0)+"_s, u"C:I(3,0)+"_s}));
        QCOMPARE(link.trace.at(14), u"C:I(0,0)P+"_s); // 2..6, 7, 0: a full window again
        QCOMPARE(link.serverGot, QList<QByteArray>{request});
        QCOMPARE(link.clientGot.size(), 1);
        QCOMPARE(link.trace.last(), u"S:I(0,0)F"_s); // both sides sent 24 frames: 24 mod 8 = 0
    }

    void outOfSequenceAnsweredWithRr()
    {
        Link link(clientConfig(), serverConfig());
        link.fromClient(link.client.connect());
        link.trace.clear();
        HdlcFrame bogus
            = HdlcFrame::command(FrameKind::I, HdlcAddress::server(1, 17), HdlcAddress::client(16));
        bogus.ns = 1; // the server expects 0
        bogus.info = fromHex(u"E6E600C001C100080000010000FF0200");
        link.inject(true, bogus);
        QCOMPARE(link.trace, (QStringList{u"C:I(1,0)P"_s, u"S:RR(0)F"_s}));
        QVERIFY(link.serverGot.isEmpty());
        // The expected N(S) is still accepted afterwards.
        bogus.ns = 0;
        link.inject(true, bogus);
        QCOMPARE(link.serverGot, QList<QByteArray>{fromHex(u"C001C100080000010000FF0200")});
    }

    // A slow multi-hop link: the answer to the first request arrives, the
    // next request goes out, then a repeat of the first answer (the meter
    // resent it after a retransmission). The client must not take the turn
    // on that stale poll bit and resend its request: each such resend drew
    // another repeat, a livelock on 6-hop PLC paths.
    void repeatedAnswerDoesNotResendTheNewerRequest()
    {
        Link link(clientConfig(), serverConfig());
        link.fromClient(link.client.connect());
        link.serverApp = [](const QByteArray &) {
            return fromHex(u"C401C10000");
        };
        link.fromClient(link.client.sendApdu(fromHex(u"C001C100080000010000FF0200")));
        QCOMPARE(link.clientGot.size(), 1);
        link.serverApp = nullptr; // the second answer is still on its way
        link.fromClient(link.client.sendApdu(fromHex(u"C001C200080000010000FF0200")));
        QVERIFY(link.client.awaitingResponse());
        link.trace.clear();
        HdlcFrame stale
            = HdlcFrame::command(FrameKind::I, HdlcAddress::client(16), HdlcAddress::server(1, 17));
        stale.ns = 0; // the first answer again, acknowledging only the first request
        stale.nr = 1;
        stale.pf = true;
        stale.info = fromHex(u"E6E700C401C10000");
        link.inject(false, stale);
        QCOMPARE(link.trace, QStringList{u"S:I(0,1)F"_s}); // nothing sent in reply
        QCOMPARE(link.clientGot.size(), 1);                // and nothing delivered twice
        QVERIFY(link.client.awaitingResponse());
        // The real answer to the second request is taken as usual.
        HdlcFrame answer = stale;
        answer.ns = 1;
        answer.nr = 2;
        answer.info = fromHex(u"E6E700C401C20000");
        link.inject(false, answer);
        QCOMPARE(link.clientGot.size(), 2);
        QCOMPARE(link.clientGot.last(), fromHex(u"C401C20000"));
        QVERIFY(!link.client.awaitingResponse());
    }

    void dmIsRejection()
    {
        Link link(clientConfig(), serverConfig());
        link.fromClient(link.client.connect());
        link.trace.clear();
        // The meter forgot the link (power cycle): it answers DM.
        link.fromServer(link.server.disconnect());
        link.fromClient(link.client.sendApdu(fromHex(u"C001C100080000010000FF0200")));
        QCOMPARE(link.trace, (QStringList{u"C:I(0,0)P"_s, u"S:DMF"_s}));
        QVERIFY(link.serverGot.isEmpty());
        QCOMPARE(link.clientErrors.size(), 1);
        QCOMPARE(link.clientErrors.first().kind, ErrorKind::HdlcRejected);
        QCOMPARE(link.client.state(), HdlcLinkState::Disconnected);
    }

    void dmToSnrmIsRejection()
    {
        HdlcStation client(clientConfig());
        (void)client.connect();
        const HdlcActions a = client.onFrame(
            HdlcFrame::command(FrameKind::DM, HdlcAddress::client(16), HdlcAddress::server(1, 17)));
        const auto failed = ofKind(a, HdlcAction::Kind::Failed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().error.kind, ErrorKind::HdlcRejected);
        QCOMPARE(client.state(), HdlcLinkState::Disconnected);
    }

    void frmrIsRejection()
    {
        Link link(clientConfig(), serverConfig());
        link.fromClient(link.client.connect());
        link.trace.clear();
        // N(R)=5 acknowledges frames the server never sent: it answers FRMR.
        HdlcFrame bad = HdlcFrame::command(FrameKind::RR, HdlcAddress::server(1, 17),
                                           HdlcAddress::client(16));
        bad.nr = 5;
        link.inject(true, bad);
        QCOMPARE(link.trace, (QStringList{u"C:RR(5)P"_s, u"S:FRMRF"_s}));
        QCOMPARE(link.clientErrors.size(), 1);
        QCOMPARE(link.clientErrors.first().kind, ErrorKind::HdlcRejected);
        QCOMPARE(link.client.state(), HdlcLinkState::Disconnected);
    }

    void disconnect()
    {
        Link link(clientConfig(), serverConfig());
        QList<HdlcLinkState> states;
        link.fromClient(link.client.connect());
        const HdlcActions bye = link.client.disconnect();
        for (const HdlcAction &a : ofKind(bye, HdlcAction::Kind::StateChanged))
            states << a.state;
        link.fromClient(bye);
        QCOMPARE(link.trace, (QStringList{u"C:SNRMP"_s, u"S:UAF"_s, u"C:DISCP"_s, u"S:UAF"_s}));
        QCOMPARE(states, QList<HdlcLinkState>{HdlcLinkState::Disconnecting});
        QCOMPARE(link.client.state(), HdlcLinkState::Disconnected);
        QCOMPARE(link.server.state(), HdlcLinkState::Disconnected);
        // DISC to a server that is not connected: DM, which ends the disconnect quietly.
        link.trace.clear();
        link.fromClient(link.client.connect());
        link.fromServer(link.server.disconnect());
        link.fromClient(link.client.disconnect());
        QCOMPARE(link.trace, (QStringList{u"C:SNRMP"_s, u"S:UAF"_s, u"C:DISCP"_s, u"S:DMF"_s}));
        QVERIFY(link.clientErrors.isEmpty());
        QCOMPARE(link.client.state(), HdlcLinkState::Disconnected);
    }

    void timeoutAfterRetries()
    {
        HdlcStationConfig cc = clientConfig();
        cc.connectRetries = 2;
        Link link(cc, serverConfig());
        link.lose = [](const QString &, int) {
            return true;
        };
        link.fromClient(link.client.connect());
        QVERIFY(link.client.awaitingResponse());
        link.fromClient(link.client.onTimeout());
        link.fromClient(link.client.onTimeout());
        QVERIFY(link.clientErrors.isEmpty());
        link.fromClient(link.client.onTimeout());
        QCOMPARE(link.trace, QStringList(3, u"C:SNRMP lost"_s));
        QCOMPARE(link.clientErrors.size(), 1);
        QCOMPARE(link.clientErrors.first().kind, ErrorKind::Timeout);
        QCOMPARE(link.client.state(), HdlcLinkState::Disconnected);
        QVERIFY(!link.client.awaitingResponse());
    }

    void serverIgnoresOtherStations()
    {
        HdlcStation server(serverConfig());
        // SNRM to physical address 18: another meter on the same bus.
        const HdlcActions a = server.onFrame(HdlcFrame::command(
            FrameKind::SNRM, HdlcAddress::server(1, 18), HdlcAddress::client(16)));
        QVERIFY(a.isEmpty());
        QCOMPARE(server.state(), HdlcLinkState::Disconnected);
    }

    void serverAnswersDmWhenDisconnected()
    {
        HdlcStation server(serverConfig());
        const HdlcActions a = server.onFrame(parseOne(ims::testing::hdlcBytes("u9n-aarq")));
        const auto sent = ofKind(a, HdlcAction::Kind::Transmit);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().frame.kind, FrameKind::DM);
        QVERIFY(sent.first().frame.pf);
        QVERIFY(ofKind(a, HdlcAction::Kind::Deliver).isEmpty());
    }

    void sendWhenDisconnectedFails()
    {
        HdlcStation client(clientConfig());
        const auto failed = ofKind(client.sendApdu("x"), HdlcAction::Kind::Failed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().error.kind, ErrorKind::LinkClosed);
    }

    void traceHookSeesEveryFrame()
    {
        Link link(clientConfig(), serverConfig());
        int in = 0, out = 0;
        link.client.setTraceHook(
            [&](TraceDirection d, const HdlcFrame &) { ++(d == TraceDirection::In ? in : out); });
        link.serverApp = [](const QByteArray &) {
            return patternApdu(300, 1);
        };
        link.fromClient(link.client.connect());
        link.fromClient(link.client.sendApdu("hello"));
        // SNRM, I, RR, RR out; UA, I, I, I in.
        QCOMPARE(out, 4);
        QCOMPARE(in, 4);
    }
};

QTEST_GUILESS_MAIN(TestHdlcStation)
#include "tst_hdlc_station.moc"
