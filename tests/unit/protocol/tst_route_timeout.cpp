// The HDLC response timeout of a meter visit from its PLC route
// (hdlc::responseTimeoutMs, engine::meterFrameTimeoutMs), checked against
// the simulator's PLC model (sim::PlcChannel: 10 bits per byte, per-hop
// latency, store and forward) rather than against itself.
#include "protocol/engine/poll_job.h"
#include "protocol/hdlc/hdlc_line_timing.h"
#include "protocol/sim/server/virtual_clock.h"
#include "protocol/sim/transport/plc_channel.h"

#include <QTest>

using namespace ims;

namespace {

engine::RouterPlan planWithFrameTimeout(int ms)
{
    engine::RouterPlan plan;
    plan.meterProfile.frameTimeoutMs = ms;
    return plan;
}

engine::MeterJob jobWithHops(int hops)
{
    engine::MeterJob job;
    job.physical = 700;
    job.hops = hops;
    return job;
}

} // namespace

class TstRouteTimeout : public QObject
{
    Q_OBJECT

private slots:
    // The figures of the benchmark's 6-hop meter: a full 128-byte frame
    // (142 bytes on the wire) takes 6 x (355 + 40) ms = 2,370 ms each way.
    void sixHopsAtTheModelsFigures()
    {
        const hdlc::LineTiming line{6, 4000, 40};
        QCOMPARE(hdlc::frameTimeOnLineMs(142, line), qint64(2370));
        QCOMPARE(hdlc::responseTimeoutMs(3000, line), 3000 + 2370 + 2370);
        QCOMPARE(engine::meterFrameTimeoutMs(planWithFrameTimeout(3000), jobWithHops(6)), 7740);
    }

    // The line time agrees with what the simulator charges for the same frame.
    void lineTimeMatchesThePlcModel_data()
    {
        QTest::addColumn<int>("hops");
        QTest::addColumn<int>("baud");
        QTest::addColumn<int>("latency");
        QTest::addColumn<int>("bytes");
        QTest::newRow("1 hop, RR") << 1 << 4000 << 40 << 11;
        QTest::newRow("6 hops, full frame") << 6 << 4000 << 40 << 142;
        QTest::newRow("8 hops, 300 baud") << 8 << 300 << 40 << 142;
        QTest::newRow("3 hops, odd size") << 3 << 4000 << 25 << 77;
        QTest::newRow("unlimited line") << 5 << 0 << 40 << 142;
    }
    void lineTimeMatchesThePlcModel()
    {
        QFETCH(int, hops);
        QFETCH(int, baud);
        QFETCH(int, latency);
        QFETCH(int, bytes);
        sim::VirtualClock clock(QDateTime::fromSecsSinceEpoch(0, Qt::UTC), 0.0);
        sim::PlcChannel plc(clock, sim::PlcChannelSettings{baud, latency, 0.0, 0.0}, 1);
        QCOMPARE(hdlc::frameTimeOnLineMs(bytes, hdlc::LineTiming{hops, baud, latency}),
                 plc.transferTimeMs(bytes, hops));
    }

    void growsWithTheHopCount()
    {
        const engine::RouterPlan plan = planWithFrameTimeout(3000);
        int previous = plan.meterProfile.frameTimeoutMs;
        for (int hops = 1; hops <= 8; ++hops) {
            const int timeout = engine::meterFrameTimeoutMs(plan, jobWithHops(hops));
            QVERIFY2(timeout > previous, qPrintable(QStringLiteral("%1 hops").arg(hops)));
            // A request and an answer of 142 bytes, 395 ms per hop each, plus the margin.
            QCOMPARE(timeout, 3000 + hops * 2 * 395);
            previous = timeout;
        }
    }

    void slowerLineWaitsLonger()
    {
        engine::RouterPlan plan = planWithFrameTimeout(3000);
        const int at4000 = engine::meterFrameTimeoutMs(plan, jobWithHops(3));
        plan.plc.baud = 300;
        QVERIFY(engine::meterFrameTimeoutMs(plan, jobWithHops(3)) > at4000);
    }

    // The DLMS client's silence timer must outlast the data link's retries
    // on a long route, or a 6-hop meter's visit would end with "no answer"
    // while the HDLC client is still polling it.
    void silenceOutlastsTheDataLinksRetries()
    {
        engine::RouterPlan plan = planWithFrameTimeout(3000);
        plan.meterProfile.association.responseTimeoutMs = 30000;
        QCOMPARE(engine::meterSilenceTimeoutMs(plan, jobWithHops(0), 5), 30000);
        QCOMPARE(engine::meterSilenceTimeoutMs(plan, jobWithHops(1), 5), 30000); // 7 x 3,790
        QCOMPARE(engine::meterSilenceTimeoutMs(plan, jobWithHops(6), 5), 7 * 7740);
        QCOMPARE(engine::meterSilenceTimeoutMs(plan, jobWithHops(6), 3), 5 * 7740);
    }

    void unknownRouteKeepsTheRouterValue()
    {
        const engine::RouterPlan plan = planWithFrameTimeout(2500);
        QCOMPARE(engine::meterFrameTimeoutMs(plan, jobWithHops(0)), 2500);
        QVERIFY(!engine::meterLine(plan, jobWithHops(0)).has_value());
        QCOMPARE(hdlc::responseTimeoutMs(2500, hdlc::LineTiming{}), 2500);
        const auto line = engine::meterLine(plan, jobWithHops(5));
        QVERIFY(line.has_value());
        QCOMPARE(line->hops, 5);
        QCOMPARE(line->baud, 4000);
        QCOMPARE(line->perHopLatencyMs, 40);
    }

    // After the UA the agreed sizes count: a window of larger request frames
    // and a larger answer frame take longer.
    void agreedSizesAndWindowCount()
    {
        const hdlc::LineTiming line{2, 4000, 40};
        const int defaults = hdlc::responseTimeoutMs(1000, line);
        QCOMPARE(hdlc::responseTimeoutMs(1000, line, hdlc::HdlcParameters{128, 128, 1, 1}),
                 defaults);
        const int bigger
            = hdlc::responseTimeoutMs(1000, line, hdlc::HdlcParameters{512, 512, 1, 1});
        QCOMPARE(bigger, 1000 + 2 * 2 * (1315 + 40)); // 526 bytes: 1,315 ms per hop
        const int window3
            = hdlc::responseTimeoutMs(1000, line, hdlc::HdlcParameters{128, 128, 3, 1});
        QCOMPARE(window3, 1000 + 4 * 2 * 395);
        // Absurd inputs stay bounded.
        QCOMPARE(hdlc::responseTimeoutMs(1000, hdlc::LineTiming{8, 300, 40},
                                         hdlc::HdlcParameters{2030, 2030, 7, 7}),
                 hdlc::kMaxResponseTimeoutMs);
    }
};

QTEST_GUILESS_MAIN(TstRouteTimeout)
#include "tst_route_timeout.moc"
