// The frame trace: a bounded ring, oldest first, with UTC millisecond stamps.
#include "protocol/link/frame_trace.h"

#include <QSignalSpy>
#include <QTest>

using namespace ims::link;

class FrameTraceTest : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheNewestRecordsInOrder()
    {
        FrameTrace trace(3);
        QSignalSpy recorded(&trace, &FrameTrace::recorded);
        for (int i = 1; i <= 5; ++i)
            trace.record(i % 2 ? TraceDirection::Out : TraceDirection::In, QByteArray(1, char(i)),
                         QStringLiteral("frame %1").arg(i), QStringLiteral("memory t"));
        QCOMPARE(recorded.count(), 5);
        QCOMPARE(trace.size(), 3);
        QCOMPARE(trace.totalRecorded(), quint64(5));
        const auto records = trace.records();
        QCOMPARE(records.size(), size_t(3));
        QCOMPARE(records[0].summary, QStringLiteral("frame 3"));
        QCOMPARE(records[1].summary, QStringLiteral("frame 4"));
        QCOMPARE(records[2].summary, QStringLiteral("frame 5"));
        QCOMPARE(records[0].bytes, QByteArray(1, '\x03'));
        QCOMPARE(records[1].direction, TraceDirection::In);
        QCOMPARE(records[2].direction, TraceDirection::Out);
        QCOMPARE(recorded.at(4).at(0).value<TraceRecord>().summary, QStringLiteral("frame 5"));
    }

    void defaultBoundIsTenThousand()
    {
        FrameTrace trace;
        QCOMPARE(trace.capacity(), 10'000);
        for (int i = 0; i < 10'001; ++i)
            trace.record(TraceDirection::In, {}, QString::number(i), {});
        QCOMPARE(trace.size(), 10'000);
        const auto records = trace.records();
        QCOMPARE(records.front().summary, QStringLiteral("1"));
        QCOMPARE(records.back().summary, QStringLiteral("10000"));
    }

    void stampsUtcUnlessGiven()
    {
        FrameTrace trace;
        trace.record(TraceDirection::Out, "x", {}, {});
        const TraceRecord stamped = trace.records().back();
        QVERIFY(stamped.timestamp.isValid());
        QCOMPARE(stamped.timestamp.timeSpec(), Qt::UTC);

        const QDateTime given(QDate(2024, 3, 1), QTime(12, 0, 0, 123), Qt::UTC);
        trace.record(TraceRecord{TraceDirection::In, given, "y", {}, {}});
        QCOMPARE(trace.records().back().timestamp, given);
    }

    void formatsOneLine()
    {
        const TraceRecord r{TraceDirection::Out,
                            QDateTime(QDate(2024, 3, 1), QTime(12, 0, 0, 123), Qt::UTC),
                            QByteArray::fromHex("7ea00703219300017e"), QStringLiteral("SNRM"),
                            QStringLiteral("tcp 10.0.0.5:4059")};
        QCOMPARE(formatTraceRecord(r),
                 QStringLiteral("2024-03-01T12:00:00.123Z > tcp 10.0.0.5:4059  "
                                "7E A0 07 03 21 93 00 01 7E | SNRM"));
        TraceRecord in = r;
        in.direction = TraceDirection::In;
        in.summary.clear();
        QVERIFY(formatTraceRecord(in).startsWith(QStringLiteral("2024-03-01T12:00:00.123Z < ")));
        QVERIFY(!formatTraceRecord(in).contains(u'|'));
    }

    void clearEmptiesTheRing()
    {
        FrameTrace trace(2);
        for (int i = 0; i < 3; ++i)
            trace.record(TraceDirection::In, {}, QString::number(i), {});
        trace.clear();
        QCOMPARE(trace.size(), 0);
        trace.record(TraceDirection::In, {}, QStringLiteral("after"), {});
        QCOMPARE(trace.records().size(), size_t(1));
        QCOMPARE(trace.records().front().summary, QStringLiteral("after"));
    }
};

QTEST_GUILESS_MAIN(FrameTraceTest)
#include "tst_frame_trace.moc"
