// The product's queries against hand-computed figures.
#include "models/analytics/energy_balance.h"
#include "models/analytics/meter_query.h"
#include "models/analytics/profile_query.h"
#include "models/analytics/record_queries.h"
#include "models/storage/alarm_store.h"
#include "models/storage/ingestor.h"
#include "support/test_database.h"

#include <QTest>

using namespace ims;
using namespace ims::analytics;
using ims::test::interval;

namespace {
constexpr qint64 kDay0 = 19723LL * 86400; // 2024-01-01 UTC (a Monday)
constexpr qint64 kJan31 = kDay0 + 30 * 86400;
} // namespace

class AnalyticsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    test::SmallInstallation m_site;

    QSqlDatabase db() { return m_db->connection(); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->ok());
        m_site = test::createSmallInstallation(db());
        // Jan 31 and Feb 1 2024, A+ only:
        //  head: raw 1 x 10^-3 Wh on CT 20 x VT 100 -> 2000 mWh per interval
        //  member A: 1 Wh = 1000 mWh; member B: 900 mWh (raw 9, scaler -1)
        // except the head's first interval of Feb 1, which is missing.
        engine::ReadingBatch batch;
        for (int slot = 1; slot <= 96; ++slot) {
            const qint64 end = kJan31 + slot * 1800;
            if (slot != 49)
                batch.intervals.append(interval(QStringLiteral("HEAD0001"), 1, end, 1, -3));
            batch.intervals.append(interval(QStringLiteral("MEMBER01"), 1, end, 1));
            batch.intervals.append(interval(QStringLiteral("MEMBER02"), 1, end, 9, -1));
            batch.intervals.append(interval(QStringLiteral("MEMBER02"), 2, end, 5)); // A-: ignored
        }
        const qint64 eventTimes[] = {kDay0 + 100, kDay0 + 200, kDay0 + 300};
        for (qint64 t : eventTimes)
            batch.events.append({{0, QStringLiteral("MEMBER01")}, 4, quint16(t % 1000), t});
        batch.events.append({{0, QStringLiteral("MEMBER02")}, 1, 9, kDay0 + 400});
        storage::Ingestor ingestor(db());
        auto summary = ingestor.ingest(batch, 1000);
        QVERIFY(summary.ok());
        QCOMPARE(summary->inserted, 95 + 96 * 3);
        storage::AlarmStore alarms(db());
        QVERIFY(alarms
                    .raise(QStringLiteral("test-a"), storage::AlarmSeverity::Warning,
                           m_site.memberAId, QString(), 5000)
                    .ok());
        auto critical = alarms.raise(QStringLiteral("test-b"), storage::AlarmSeverity::Critical, 0,
                                     QString(), 6000);
        QVERIFY(critical.ok());
        QVERIFY(alarms.acknowledge(*critical, QStringLiteral("operator"), 7000).ok());
        QVERIFY(!alarms.acknowledge(*critical, QStringLiteral("operator"), 8000).ok());
    }

    void cleanupTestCase() { m_db.reset(); }

    void balancePerInterval()
    {
        auto balance = BalanceQuery(db()).compute(m_site.groupId, kJan31, kJan31 + 2 * 86400,
                                                  BalanceStep::Interval);
        QVERIFY(balance.ok());
        QCOMPARE(balance->headMeters, 1);
        QCOMPARE(balance->memberMeters, 2);
        QCOMPARE(balance->points.size(), 96);
        const BalancePoint &first = balance->points.first();
        QCOMPARE(first.start, kJan31);
        QCOMPARE(first.headMwh, 2000);
        QCOMPARE(first.membersMwh, 1900);
        QCOMPARE(first.lossMwh(), 100);
        QCOMPARE(first.lossBasisPoints().value_or(-1), 500); // 5.00 %
        const BalancePoint &gap = balance->points[48];
        QCOMPARE(gap.headIntervals, 0);
        QVERIFY(!gap.lossBasisPoints().has_value());
        QCOMPARE(balance->total.headMwh, 95 * 2000);
        QCOMPARE(balance->total.membersMwh, 96 * 1900);
    }

    void balancePerDayAndMonth()
    {
        auto days = BalanceQuery(db()).compute(m_site.groupId, kDay0, kDay0 + 60 * 86400,
                                               BalanceStep::Day);
        QVERIFY(days.ok());
        QCOMPARE(days->points.size(), 2);
        QCOMPARE(days->points[0].headMwh, 48 * 2000);
        QCOMPARE(days->points[0].membersMwh, 48 * 1900);
        QCOMPARE(days->points[1].headMwh, 47 * 2000);
        QCOMPARE(days->points[1].headIntervals, 47);
        // (94000 - 91200) / 94000 = 2.978... % -> 2.98 %
        QCOMPARE(days->points[1].lossBasisPoints().value_or(-1), 298);
        QCOMPARE(formatPercent(298), QStringLiteral("2.98"));

        auto months = BalanceQuery(db()).compute(m_site.groupId, kDay0, kDay0 + 60 * 86400,
                                                 BalanceStep::Month);
        QVERIFY(months.ok());
        QCOMPARE(months->points.size(), 2);
        QCOMPARE(months->points[0].start, kDay0);
        QCOMPARE(months->points[0].end, kDay0 + 31 * 86400);
        QCOMPARE(months->points[1].end, kDay0 + (31 + 29) * 86400); // 2024 is a leap year
        QCOMPARE(months->total.lossMwh(), 95 * 2000 - 96 * 1900);
        QVERIFY(!BalanceQuery(db()).compute(987654, kDay0, kJan31, BalanceStep::Day).ok());
    }

    void profileAggregatesToAtMostNPoints_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("maxPoints");
        QTest::newRow("two days to 10") << kJan31 << kJan31 + 2 * 86400 << 10;
        QTest::newRow("two days to 1000") << kJan31 << kJan31 + 2 * 86400 << 1000;
        QTest::newRow("a year to 100 (daily sums)") << kDay0 << kDay0 + 366 * 86400 << 100;
        QTest::newRow("a year to 7") << kDay0 << kDay0 + 366 * 86400 << 7;
    }

    void profileAggregatesToAtMostNPoints()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, maxPoints);
        auto points = ProfileQuery(db()).aggregate(m_site.memberAId, 1, from, to, maxPoints);
        QVERIFY(points.ok());
        QVERIFY(!points->isEmpty());
        QVERIFY(points->size() <= maxPoints);
        qint64 sum = 0, intervals = 0, previousEnd = 0;
        for (const ProfilePoint &p : *points) {
            QVERIFY(p.start < p.end);
            QVERIFY(p.start >= previousEnd);
            previousEnd = p.end;
            sum += p.sumMwh;
            intervals += p.intervals;
        }
        QCOMPARE(sum, 96 * 1000);
        QCOMPARE(intervals, 96);
    }

    void profileRowsJoinChannels()
    {
        auto rows = ProfileQuery(db()).rows(m_site.memberBId, kJan31, kJan31 + 3600);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->first().intervalEnd, kJan31 + 1800);
        QCOMPARE(rows->first().primaryMwh[0].value_or(-1), 900);
        QCOMPARE(rows->first().primaryMwh[1].value_or(-1), 5000);
        QVERIFY(!rows->first().primaryMwh[2].has_value());
    }

    void lastIntervalsAndGaps()
    {
        auto last = ProfileQuery(db()).lastIntervals(m_site.routerId);
        QVERIFY(last.ok());
        QCOMPARE(last->size(), 3 * 4);
        for (const LastInterval &l : *last) {
            if (l.channel == 1)
                QCOMPARE(l.intervalEnd.value_or(-1), kJan31 + 2 * 86400);
            else if (l.channel == 2 && l.meterId == m_site.memberBId)
                QVERIFY(l.intervalEnd.has_value());
            else
                QVERIFY(!l.intervalEnd.has_value());
        }
        auto gaps = ProfileQuery(db()).gaps(m_site.headId, 1, kJan31 - 3600, kJan31 + 3 * 86400);
        QVERIFY(gaps.ok());
        QCOMPARE(gaps->size(), 3);
        QCOMPARE(gaps->at(0).firstMissingEnd, kJan31 - 1800);
        QCOMPARE(gaps->at(0).count(), 2);
        QCOMPARE(gaps->at(1).firstMissingEnd, kJan31 + 49 * 1800);
        QCOMPARE(gaps->at(1).count(), 1);
        QCOMPARE(gaps->at(2).count(), 48);
    }

    void eventsAndAlarmsByFilter()
    {
        RecordQueries queries(db());
        EventFilter events;
        QCOMPARE(*queries.eventCount(events), 4);
        events.meterId = m_site.memberAId;
        QCOMPARE(*queries.eventCount(events), 3);
        events.from = kDay0 + 150;
        auto page = queries.events(events, 1, 0);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 1);
        QCOMPARE(page->first().time, kDay0 + 300); // newest first
        QCOMPARE(page->first().meterSerial, QStringLiteral("MEMBER01"));
        QCOMPARE(queries.events(events, 10, 1)->first().time, kDay0 + 200);

        // The three journal-4 (tamper) records stored above raised one
        // critical, open alarm each, on the meter that reported them.
        AlarmFilter tamper;
        tamper.kind = QStringLiteral("tamper");
        QCOMPARE(*queries.alarmCount(tamper), 3);
        tamper.meterId = m_site.memberAId;
        tamper.openOnly = true;
        tamper.minimumSeverity = int(storage::AlarmSeverity::Critical);
        QCOMPARE(*queries.alarmCount(tamper), 3);

        AlarmFilter alarms;
        QCOMPARE(*queries.alarmCount(alarms), 2 + 3);
        alarms.openOnly = true;
        alarms.kind = QStringLiteral("test-a");
        auto open = queries.alarms(alarms, 10);
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().kind, QStringLiteral("test-a"));
        QCOMPARE(open->first().meterSerial, QStringLiteral("MEMBER01"));
        alarms = {};
        alarms.minimumSeverity = int(storage::AlarmSeverity::Critical);
        alarms.kind = QStringLiteral("test-b");
        auto critical = queries.alarms(alarms, 10);
        QCOMPARE(critical->size(), 1);
        QCOMPARE(critical->first().acknowledgedBy, QStringLiteral("operator"));
        QCOMPARE(critical->first().acknowledgedAtMs.value_or(-1), 7000);
    }

    void metersByFilterAndSort()
    {
        MeterQuery query(db());
        MeterFilter filter;
        QCOMPARE(*query.count(filter), 3);
        auto bySerialDesc = query.meters(filter, MeterSort::Serial, true, 2);
        QCOMPARE(bySerialDesc->size(), 2);
        QCOMPARE(bySerialDesc->at(0).serial, QStringLiteral("MEMBER02"));
        QCOMPARE(query.meters(filter, MeterSort::Serial, true, 2, 2)->first().serial,
                 QStringLiteral("HEAD0001"));
        filter.text = QStringLiteral("ivanova");
        auto found = query.meters(filter, MeterSort::Serial, false, 10);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().subscriberAccount, QStringLiteral("ACC-17"));
        QCOMPARE(found->first().routerName, QStringLiteral("USPD-1"));
        filter.text = QStringLiteral("%"); // a wildcard is taken literally
        QCOMPARE(*query.count(filter), 0);
        filter = {};
        filter.routerId = m_site.routerId;
        auto byAddress = query.meters(filter, MeterSort::PhysicalAddress, false, 10);
        QCOMPARE(byAddress->first().physicalAddress, 17);
    }
};

QTEST_GUILESS_MAIN(AnalyticsTest)
#include "tst_analytics.moc"
