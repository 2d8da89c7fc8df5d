// HDLC error recovery when the line is slower than the response timer (a
// meter many PLC hops away): a late answer must not be taken for a lost one.
// The client station is fed frames by hand (it does no I/O), and a client
// and a server station talk over a simulated slow half-duplex line where
// the timer fires before answers arrive.
#include "protocol/hdlc/hdlc_parser.h"
#include "protocol/hdlc/hdlc_segmenter.h"
#include "protocol/hdlc/hdlc_station.h"

#include <QTest>

#include <functional>
#include <map>
#include <random>

using namespace ims;
using namespace Qt::StringLiterals;
using namespace ims::hdlc;

namespace {

const HdlcAddress kClient = HdlcAddress::client(16);
const HdlcAddress kServer = HdlcAddress::server(1, 17);

HdlcStationConfig clientConfig()
{
    HdlcStationConfig c;
    c.role = HdlcRole::Client;
    c.localAddress = kClient;
    c.peerAddress = kServer;
    return c;
}

HdlcStationConfig serverConfig()
{
    HdlcStationConfig c;
    c.role = HdlcRole::Server;
    c.localAddress = kServer;
    return c;
}

// "I(0,1)P+", "RR(2)F", "SNRMP": what a station transmitted, for comparisons.
QString describe(const HdlcFrame &f)
{
    QString s = frameKindName(f.kind);
    if (f.kind == FrameKind::I)
        s += QStringLiteral("(%1,%2)").arg(f.ns).arg(f.nr);
    else if (f.kind == FrameKind::RR || f.kind == FrameKind::RNR)
        s += QStringLiteral("(%1)").arg(f.nr);
    if (f.pf)
        s += sameStation(f.destination, kClient) ? u"F"_s : u"P"_s;
    if (f.segmented)
        s += u"+"_s;
    return s;
}

QStringList sent(const HdlcActions &actions)
{
    QStringList out;
    for (const HdlcAction &a : actions)
        if (a.kind == HdlcAction::Kind::Transmit)
            out << describe(a.frame);
    return out;
}

QList<QByteArray> delivered(const HdlcActions &actions)
{
    QList<QByteArray> out;
    for (const HdlcAction &a : actions)
        if (a.kind == HdlcAction::Kind::Deliver)
            out << a.bytes;
    return out;
}

QList<Error> failures(const HdlcActions &actions)
{
    QList<Error> out;
    for (const HdlcAction &a : actions)
        if (a.kind == HdlcAction::Kind::Failed)
            out << a.error;
    return out;
}

// A frame from the meter to the client, as it comes off the parser.
HdlcFrame fromServer(FrameKind kind, int ns, int nr, bool final, const QByteArray &apdu = {},
                     bool segmented = false)
{
    HdlcFrame f = HdlcFrame::command(kind, kClient, kServer, final);
    f.ns = ns;
    f.nr = nr;
    f.segmented = segmented;
    if (kind == FrameKind::I)
        f.info = addLlcHeader(apdu, LlcDirection::ServerToClient);
    HdlcParser parser;
    parser.feed(encodeFrame(f));
    return parser.next().frame;
}

// A client whose SNRM the meter accepted with the defaults (128 bytes, window 1).
HdlcStation connectedClient(int maxRetries = 3)
{
    HdlcStationConfig config = clientConfig();
    config.maxRetries = maxRetries;
    HdlcStation client(config);
    (void)client.connect();
    HdlcFrame ua = HdlcFrame::command(FrameKind::UA, kClient, kServer, true,
                                      encodeParameters(HdlcParameters{}));
    (void)client.onFrame(ua);
    return client;
}

QByteArray apdu(int size, int seed)
{
    QByteArray a(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        a[i] = char((i * 7 + seed) & 0xFF);
    return a;
}

// A client and a server station on a half-duplex line where every frame
// takes `hops` x (its bytes at 4,000 baud + 40 ms), one frame at a time,
// as the simulator's PLC channel charges it. Virtual milliseconds; the
// client's response timer restarts whenever a frame arrives, as
// HdlcChannel runs it.
class SlowLine
{
public:
    SlowLine(int hops, int timeoutMs, HdlcStationConfig clientSide = clientConfig())
        : client(clientSide)
        , server(serverConfig())
        , m_hops(hops)
        , m_timeoutMs(timeoutMs)
    {}

    HdlcStation client;
    HdlcStation server;
    QList<QByteArray> clientGot;
    QList<QByteArray> serverGot;
    QList<Error> clientErrors;
    int framesOnLine = 0;
    std::function<QByteArray(const QByteArray &)> serverApp;
    // Return true to lose the frame on the line (it still takes line time).
    std::function<bool()> lose;

    void fromClient(const HdlcActions &actions) { handle(true, actions); }

    // Runs until nothing is on the line and the client awaits nothing.
    void run(qint64 limitMs = 10'000'000)
    {
        while (m_now < limitMs) {
            const qint64 nextFrame = m_inFlight.empty() ? -1 : m_inFlight.begin()->first;
            if (nextFrame < 0 && m_timerAt < 0)
                return;
            if (m_timerAt >= 0 && (nextFrame < 0 || m_timerAt < nextFrame)) {
                m_now = m_timerAt;
                m_timerAt = -1;
                handle(true, client.onTimeout());
                continue;
            }
            auto it = m_inFlight.begin();
            m_now = it->first;
            const auto [toServer, bytes] = it->second;
            m_inFlight.erase(it);
            HdlcParser &parser = toServer ? m_serverRx : m_clientRx;
            parser.feed(bytes);
            for (HdlcParseResult r = parser.next(); !r.needMore(); r = parser.next()) {
                QVERIFY(r.isFrame());
                handle(!toServer, (toServer ? server : client).onFrame(r.frame));
            }
        }
    }

private:
    void handle(bool isClient, const HdlcActions &actions)
    {
        for (const HdlcAction &a : actions) {
            switch (a.kind) {
            case HdlcAction::Kind::Transmit: {
                const qint64 start = std::max(m_now, m_lineFreeAt);
                const qint64 wire = (a.bytes.size() * 10 * 1000 + 3999) / 4000;
                m_lineFreeAt = start + m_hops * (wire + 40);
                ++framesOnLine;
                if (!lose || !lose())
                    m_inFlight.emplace(m_lineFreeAt, std::make_pair(isClient, a.bytes));
                break;
            }
            case HdlcAction::Kind::Deliver:
                if (isClient) {
                    clientGot << a.bytes;
                } else {
                    serverGot << a.bytes;
                    if (serverApp)
                        handle(false, server.sendApdu(serverApp(a.bytes)));
                }
                break;
            case HdlcAction::Kind::StateChanged:
                break;
            case HdlcAction::Kind::Failed:
                if (isClient)
                    clientErrors << a.error;
                break;
            }
        }
        if (isClient)
            m_timerAt = client.awaitingResponse() ? m_now + m_timeoutMs : -1;
    }

    int m_hops;
    int m_timeoutMs;
    qint64 m_now = 0;
    qint64 m_lineFreeAt = 0;
    qint64 m_timerAt = -1;
    std::multimap<qint64, std::pair<bool, QByteArray>> m_inFlight; // arrival -> (to server, bytes)
    HdlcParser m_clientRx, m_serverRx;
};

} // namespace

class TestHdlcRecovery : public QObject
{
    Q_OBJECT

private slots:
    // The answer to I(0) arrives after the timer fired and the client
    // polled. The meter answers that poll by sending its (then still
    // unacknowledged) answer again, which arrives after the client's next
    // request: a repeat, discarded without a word on the line.
    void lateAnswerRepeatIsDiscarded()
    {
        HdlcStation client = connectedClient();
        QCOMPARE(sent(client.sendApdu(apdu(20, 1))), QStringList{u"I(0,0)P"_s});
        QCOMPARE(sent(client.onTimeout()), QStringList{u"RR(0)P"_s}); // a poll, not the request

        HdlcActions a = client.onFrame(fromServer(FrameKind::I, 0, 1, true, apdu(30, 2)));
        QCOMPARE(delivered(a), QList<QByteArray>{apdu(30, 2)});
        QVERIFY(sent(a).isEmpty());
        QCOMPARE(sent(client.sendApdu(apdu(20, 3))), QStringList{u"I(1,1)P"_s});

        // The repeat: N(S) 0 again, its N(R) and F as old as the timeout poll.
        a = client.onFrame(fromServer(FrameKind::I, 0, 1, true, apdu(30, 2)));
        QVERIFY(sent(a).isEmpty());      // the newer request is not sent again
        QVERIFY(delivered(a).isEmpty()); // nor the old answer delivered twice
        QVERIFY(client.awaitingResponse());
        QCOMPARE(client.stats().repeatsDiscarded, 1);

        // The next exchange is not confused by it.
        a = client.onFrame(fromServer(FrameKind::I, 1, 2, true, apdu(30, 4)));
        QCOMPARE(delivered(a), QList<QByteArray>{apdu(30, 4)});
        QVERIFY(sent(a).isEmpty());
        QVERIFY(!client.awaitingResponse());
        QCOMPARE(client.stats().responseTimeouts, 1);
        QCOMPARE(client.stats().retransmittedFrames, 0);
    }

    // A segmented request: the meter's RR acknowledging the first segment
    // comes late. The RR that answers the timeout poll repeats it and reaches
    // the client after it has sent the second segment; taken as an answer,
    // its N(R) would say "the second segment was lost".
    void lateAcknowledgementIsNotTakenForALoss()
    {
        HdlcStation client = connectedClient();
        const QByteArray request = apdu(300, 5); // 303 with the LLC header: 3 segments
        QCOMPARE(sent(client.sendApdu(request)), QStringList{u"I(0,0)P+"_s});
        QCOMPARE(sent(client.onTimeout()), QStringList{u"RR(0)P"_s});
        QCOMPARE(sent(client.onFrame(fromServer(FrameKind::RR, 0, 1, true))),
                 QStringList{u"I(1,0)P+"_s});
        // The repeated acknowledgement: nothing new, a superseded poll's answer.
        QVERIFY(sent(client.onFrame(fromServer(FrameKind::RR, 0, 1, true))).isEmpty());
        QCOMPARE(client.stats().staleFinalsIgnored, 1);
        QCOMPARE(sent(client.onFrame(fromServer(FrameKind::RR, 0, 2, true))),
                 QStringList{u"I(2,0)P"_s});
        const HdlcActions a = client.onFrame(fromServer(FrameKind::I, 0, 3, true, apdu(10, 6)));
        QCOMPARE(delivered(a), QList<QByteArray>{apdu(10, 6)});
        QCOMPARE(client.stats().retransmittedFrames, 0);
    }

    // The request itself was lost: the meter's answer to the poll
    // acknowledges nothing, so the request goes out again, once.
    void lostRequestIsSentAgainAfterThePoll()
    {
        HdlcStation client = connectedClient();
        QCOMPARE(sent(client.sendApdu(apdu(20, 1))), QStringList{u"I(0,0)P"_s});
        QCOMPARE(sent(client.onTimeout()), QStringList{u"RR(0)P"_s});
        QCOMPARE(sent(client.onFrame(fromServer(FrameKind::RR, 0, 0, true))),
                 QStringList{u"I(0,0)P"_s});
        QCOMPARE(client.stats().retransmittedFrames, 1);
        const HdlcActions a = client.onFrame(fromServer(FrameKind::I, 0, 1, true, apdu(8, 2)));
        QCOMPARE(delivered(a), QList<QByteArray>{apdu(8, 2)});
        QVERIFY(!client.awaitingResponse());
    }

    // Retries count timeouts without progress; repeats do not reset them, so
    // a line that only ever carries repeats still ends in a typed error.
    void retriesRunOutWithATimeoutError()
    {
        HdlcStation client = connectedClient(2);
        (void)client.sendApdu(apdu(20, 1));
        QCOMPARE(sent(client.onTimeout()), QStringList{u"RR(0)P"_s});
        (void)client.onFrame(fromServer(FrameKind::I, 7, 0, true, apdu(8, 9))); // a repeat
        QCOMPARE(client.stats().repeatsDiscarded, 1);
        QCOMPARE(sent(client.onTimeout()), QStringList{u"RR(0)P"_s});
        const HdlcActions last = client.onTimeout();
        QVERIFY(sent(last).isEmpty());
        const QList<Error> errors = failures(last);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().kind, ErrorKind::Timeout);
        QCOMPARE(client.state(), HdlcLinkState::Disconnected);
        QCOMPARE(client.stats().responseTimeouts, 3);
    }

    // A meter that never answered its SNRM is given up after connectRetries;
    // one that has answered gets maxRetries polls, because giving up costs
    // the whole visit again (by default 3 and 5).
    void answeredMeterIsPolledLongerThanASilentOne()
    {
        const HdlcStationConfig defaults;
        QVERIFY(defaults.maxRetries > defaults.connectRetries);
        HdlcStation silent(clientConfig());
        (void)silent.connect();
        int snrms = 1;
        QList<Error> errors;
        while (errors.isEmpty() && snrms < 20) {
            const HdlcActions a = silent.onTimeout();
            snrms += int(sent(a).count(u"SNRMP"_s));
            errors = failures(a);
        }
        QCOMPARE(snrms, defaults.connectRetries + 1);
        QCOMPARE(errors.value(0).kind, ErrorKind::Timeout);

        HdlcStation answered = connectedClient(defaults.maxRetries);
        (void)answered.sendApdu(apdu(20, 1));
        int polls = 0;
        errors.clear();
        while (errors.isEmpty() && polls < 20) {
            const HdlcActions a = answered.onTimeout();
            polls += int(sent(a).count(u"RR(0)P"_s));
            errors = failures(a);
        }
        QCOMPARE(polls, defaults.maxRetries);
        QCOMPARE(errors.value(0).kind, ErrorKind::Timeout);
        QCOMPARE(answered.state(), HdlcLinkState::Disconnected);
    }

    // A meter that answers every poll but never gets the request (too long
    // for the line, say): the request goes out again a bounded number of
    // times, then the data link ends with a typed error.
    void deafMeterEndsInATimeoutError()
    {
        HdlcStation client = connectedClient(2);
        (void)client.sendApdu(apdu(20, 1));
        QCOMPARE(sent(client.onTimeout()), QStringList{u"RR(0)P"_s});
        // Each answer says "expecting N(S) 0". (One of them may be taken for
        // the answer to the superseded first poll and ignored.)
        QList<Error> errors;
        int answers = 0;
        int resent = 0;
        while (errors.isEmpty() && answers < 10) {
            const HdlcActions a = client.onFrame(fromServer(FrameKind::RR, 0, 0, true));
            ++answers;
            resent += int(sent(a).count(u"I(0,0)P"_s));
            errors = failures(a);
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().kind, ErrorKind::Timeout);
        QVERIFY2(answers <= 4, qPrintable(QString::number(answers)));
        QCOMPARE(resent, 2); // maxRetries
        QCOMPARE(client.stats().retransmittedFrames, 2);
        QCOMPARE(client.state(), HdlcLinkState::Disconnected);
    }

    // The server side, as a real secondary: a repeated I-frame is not
    // delivered again; its poll bit draws the unacknowledged answer again.
    void serverRepeatsItsAnswerForARepeatedRequest()
    {
        HdlcStation server(serverConfig());
        HdlcFrame snrm = HdlcFrame::command(FrameKind::SNRM, kServer, kClient);
        QCOMPARE(sent(server.onFrame(snrm)), QStringList{u"UAF"_s});
        HdlcFrame request = HdlcFrame::command(FrameKind::I, kServer, kClient);
        request.info = addLlcHeader(apdu(20, 1), LlcDirection::ClientToServer);
        QCOMPARE(delivered(server.onFrame(request)), QList<QByteArray>{apdu(20, 1)});
        QCOMPARE(sent(server.sendApdu(apdu(30, 2))), QStringList{u"I(0,1)F"_s});
        const HdlcActions again = server.onFrame(request); // the client did not get the answer
        QVERIFY(delivered(again).isEmpty());
        QCOMPARE(sent(again), QStringList{u"I(0,1)F"_s});
        // An RR poll that does not acknowledge the answer draws it again too.
        HdlcFrame poll = HdlcFrame::command(FrameKind::RR, kServer, kClient);
        QCOMPARE(sent(server.onFrame(poll)), QStringList{u"I(0,1)F"_s});
        // Once acknowledged, a poll is answered with RR and the turn.
        poll.nr = 1;
        QCOMPARE(sent(server.onFrame(poll)), QStringList{u"RR(1)F"_s});
    }

    // Twenty requests answered with three segments each over six hops.
    // With a 3 s timer most answers are late (3.2 s for a request and a full
    // segment); with 8 s none is. Every answer arrives once and in order, and
    // each timeout costs at most one poll and one repeated answer: the
    // repeats do not multiply.
    void slowLineDoesNotAmplifyLateAnswers_data()
    {
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<bool>("late");
        QTest::newRow("timer shorter than the round trip") << 3000 << true;
        QTest::newRow("timer longer than the round trip") << 8000 << false;
    }
    void slowLineDoesNotAmplifyLateAnswers()
    {
        QFETCH(int, timeoutMs);
        QFETCH(bool, late);
        SlowLine line(6, timeoutMs);
        line.serverApp = [](const QByteArray &request) {
            return apdu(300, request.at(0)); // 3 segments of at most 128 bytes
        };
        line.fromClient(line.client.connect());
        line.run();
        QCOMPARE(line.client.state(), HdlcLinkState::Connected);
        const int setupFrames = line.framesOnLine;

        constexpr int kRequests = 20;
        QList<QByteArray> expected;
        for (int i = 0; i < kRequests; ++i) {
            line.fromClient(line.client.sendApdu(apdu(37, i)));
            line.run();
            expected << apdu(300, i);
            QVERIFY2(line.clientErrors.isEmpty(), qPrintable(line.clientErrors.value(0).message));
        }
        QCOMPARE(line.serverGot.size(), kRequests); // each request reached the meter once
        QCOMPARE(line.clientGot, expected);         // each answer arrived once, in order

        const HdlcLinkStats &stats = line.client.stats();
        QCOMPARE(stats.responseTimeouts > 0, late);
        QCOMPARE(stats.retransmittedFrames, 0); // nothing was lost, so nothing is sent twice
        QVERIFY(stats.repeatsDiscarded + stats.staleFinalsIgnored <= stats.responseTimeouts);
        // Per request: I, I+, RR, I+, RR, I; each timeout adds a poll and its answer.
        const int minimal = kRequests * 6;
        QVERIFY2(line.framesOnLine - setupFrames <= minimal + 2 * stats.responseTimeouts,
                 qPrintable(QStringLiteral("%1 frames, %2 timeouts")
                                .arg(line.framesOnLine - setupFrames)
                                .arg(stats.responseTimeouts)));
    }

    // Frames lost at random in both directions, with a timer shorter and
    // longer than the round trip: every request reaches the meter once, every
    // answer arrives once and in order, and the link never stalls.
    void lossyLineNeverStalls_data()
    {
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<double>("loss");
        QTest::addColumn<uint>("seed");
        for (uint seed : {1u, 2u, 3u}) {
            QTest::addRow("late, 10%% lost, seed %u", seed) << 3000 << 0.10 << seed;
            QTest::addRow("in time, 10%% lost, seed %u", seed) << 8000 << 0.10 << seed;
            QTest::addRow("late, 30%% lost, seed %u", seed) << 3000 << 0.30 << seed;
        }
    }
    void lossyLineNeverStalls()
    {
        QFETCH(int, timeoutMs);
        QFETCH(double, loss);
        QFETCH(uint, seed);
        HdlcStationConfig config = clientConfig();
        config.maxRetries = 30; // long runs of losses must not end the test early
        SlowLine line(6, timeoutMs, config);
        std::mt19937 random(seed);
        std::uniform_real_distribution<double> chance(0.0, 1.0);
        line.lose = [&] {
            return chance(random) < loss;
        };
        line.serverApp = [](const QByteArray &request) {
            return apdu(300, request.at(0));
        };
        line.fromClient(line.client.connect());
        line.run();
        QCOMPARE(line.client.state(), HdlcLinkState::Connected);
        constexpr int kRequests = 40;
        QList<QByteArray> expected;
        for (int i = 0; i < kRequests; ++i) {
            line.fromClient(line.client.sendApdu(apdu(37 + i * 5, i)));
            line.run();
            QVERIFY2(line.clientErrors.isEmpty(), qPrintable(line.clientErrors.value(0).message));
            QVERIFY(!line.client.awaitingResponse());
            expected << apdu(300, i);
            QCOMPARE(line.clientGot.size(), expected.size()); // no stall: this answer is in
        }
        QCOMPARE(line.serverGot.size(), kRequests);
        QCOMPARE(line.clientGot, expected);
    }
};

QTEST_GUILESS_MAIN(TestHdlcRecovery)
#include "tst_hdlc_recovery.moc"
