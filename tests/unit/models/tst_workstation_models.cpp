// The workstation's item models under QAbstractItemModelTester, and the
// analytics behind the views (status flags, meter card, network tree,
// profile series, member ranking, last round) against hand-made data.
#include "models/analytics/balance_members.h"
#include "models/analytics/meter_card_query.h"
#include "models/analytics/meter_status.h"
#include "models/analytics/network_graph.h"
#include "models/analytics/poll_history.h"
#include "models/analytics/profile_series.h"
#include "models/control/control_store.h"
#include "models/itemmodels/balance_table_model.h"
#include "models/itemmodels/display_format.h"
#include "models/itemmodels/frame_trace_model.h"
#include "models/itemmodels/member_ranking_model.h"
#include "models/itemmodels/poll_progress_model.h"
#include "models/itemmodels/record_table_model.h"
#include "models/itemmodels/topology_model.h"
#include "models/storage/alarm_store.h"
#include "models/storage/ingestor.h"
#include "models/storage/synthetic_installation.h"
#include "support/test_database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace ims;
using namespace ims::analytics;
using namespace ims::itemmodels;
using ims::test::interval;
using Tester = QAbstractItemModelTester;

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kDay0 = 19723LL * kDay;              // 2024-01-01 UTC
constexpr qint64 kNowMs = (kDay0 + 10 * kDay) * 1000; // "now" for status checks: Jan 11

engine::MeterProgress meterProgress(qint64 router, qint64 meter, engine::MeterPollState state,
                                    ErrorKind error = ErrorKind::None)
{
    engine::MeterProgress p;
    p.routerId = router;
    p.meter = {meter, QStringLiteral("M%1").arg(meter)};
    p.state = state;
    p.step = state == engine::MeterPollState::Running ? engine::PollStep::Profile
                                                      : engine::PollStep::Finished;
    p.attempt = 1;
    p.error = error;
    return p;
}

TraceLine traceRecord(const QString &link, const QByteArray &bytes)
{
    TraceLine r;
    r.outgoing = true;
    r.timestamp = QDateTime::fromMSecsSinceEpoch(kNowMs, QTimeZone::utc());
    r.bytes = bytes;
    r.summary = QStringLiteral("I-frame");
    r.link = link;
    return r;
}
} // namespace

class WorkstationModelsTest : public QObject
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
        // Ten days of A+ (Jan 1..10): member A 1000 mWh per interval all the
        // time; member B 1000 mWh for 7 days, then 100 mWh (a collapse) after
        // a magnet event on Jan 8; the head 2 x 1000 mWh (raw 1 x 10^-3 Wh x
        // CT 20 x VT 100). Member A misses the intervals ending Jan 10
        // 00:30..02:00 (4 of them).
        engine::ReadingBatch batch;
        for (qint64 end = kDay0 + 1800; end <= kDay0 + 10 * kDay; end += 1800) {
            batch.intervals.append(interval(QStringLiteral("HEAD0001"), 1, end, 1, -3));
            const bool gap = end > kDay0 + 9 * kDay && end <= kDay0 + 9 * kDay + 4 * 1800;
            if (!gap)
                batch.intervals.append(interval(QStringLiteral("MEMBER01"), 1, end, 1));
            const bool collapsed = end > kDay0 + 7 * kDay;
            batch.intervals.append(interval(QStringLiteral("MEMBER02"), 1, end, collapsed ? 1 : 10,
                                            collapsed ? -1 : -1));
        }
        // MEMBER02: 10 x 10^-1 Wh = 1 Wh before, then 0.1 Wh.
        batch.events.append({{m_site.memberBId, {}}, 4, 1, kDay0 + 7 * kDay - 600});
        batch.instants.append({{m_site.memberAId, {}},
                               QStringLiteral("0.0.96.3.10.255"),
                               kDay0 + 9 * kDay,
                               0,
                               0,
                               engine::CosemUnit::Unitless});
        batch.instants.append({{m_site.memberAId, {}},
                               QStringLiteral("1.0.32.7.0.255"),
                               kDay0 + 9 * kDay,
                               2301,
                               -1,
                               engine::CosemUnit::Volt});
        batch.registers.append({{m_site.memberAId, {}},
                                QStringLiteral("1.0.1.8.1.255"),
                                1,
                                kDay0 + 9 * kDay,
                                123456,
                                0,
                                engine::CosemUnit::WattHour,
                                engine::RegisterKind::Current});
        batch.registers.append({{m_site.memberAId, {}},
                                QStringLiteral("1.0.1.8.0.255"),
                                0,
                                kDay0 + 9 * kDay,
                                200000,
                                0,
                                engine::CosemUnit::WattHour,
                                engine::RegisterKind::Current});
        engine::ClockCheck clock;
        clock.meter = {m_site.memberBId, {}};
        clock.workstationTimeMs = kNowMs - 1000;
        clock.deltaMs = -9000;
        clock.deviceTimeMs = clock.workstationTimeMs + clock.deltaMs;
        batch.clockChecks.append(clock);
        engine::PollOutcome ok;
        ok.meter = {m_site.memberAId, {}};
        ok.routerId = m_site.routerId;
        ok.startedAtMs = kNowMs - 5000;
        ok.finishedAtMs = kNowMs - 3000;
        ok.bytesSent = 100;
        ok.bytesReceived = 1000;
        ok.intervalsRead = 48;
        engine::PollOutcome failed = ok;
        failed.meter = {m_site.memberBId, {}};
        failed.result = engine::PollResult::Failed;
        failed.errorKind = ErrorKind::Timeout;
        failed.message = QStringLiteral("no answer");
        batch.outcomes = {ok, failed};
        storage::Ingestor ingestor(db());
        auto stored = ingestor.ingest(batch, kNowMs);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QVERIFY(storage::AlarmStore(db())
                    .raise(QStringLiteral("tamper"), storage::AlarmSeverity::Critical,
                           m_site.memberBId, QString(), kNowMs)
                    .ok());
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meter_routes(meter_id, repeaters, quality)"
                                      " VALUES (%1, '17', '80 45')")
                           .arg(m_site.memberAId)));
    }

    void cleanupTestCase() { m_db.reset(); }

    void statusFlagsSayWhatIsWrong()
    {
        auto flags = MeterStatusQuery(db()).forRouter(m_site.routerId, kNowMs);
        QVERIFY(flags.ok());
        using namespace MeterStatusFlag;
        const quint32 a = flags->value(m_site.memberAId);
        const quint32 b = flags->value(m_site.memberBId);
        const quint32 head = flags->value(m_site.headId);
        QCOMPARE(a, quint32(Online | RelayOpen));
        QCOMPARE(b, quint32(NotResponding | Alarm | ClockOff));
        QCOMPARE(head, quint32(0)); // data, never polled
        QCOMPARE(dominantStatus(b), quint32(Alarm));
        QCOMPARE(dominantStatus(a), quint32(RelayOpen));
        // A day later nothing new has arrived: no data.
        auto later = MeterStatusQuery(db()).forMeters({m_site.headId}, kNowMs + 2 * kDay * 1000);
        QVERIFY(later.ok());
        QCOMPARE(later->value(m_site.headId), quint32(NoData));
        QVERIFY(MeterStatusQuery::describe(b).contains(MeterStatusQuery::flagName(ClockOff)));
    }

    void meterCardHasRouteRegistersRelayAndStatistics()
    {
        auto card = MeterCardQuery(db()).load(m_site.memberAId, kNowMs);
        QVERIFY2(card.ok(), qPrintable(card.error().message));
        QCOMPARE(card->meter.serial, QStringLiteral("MEMBER01"));
        QCOMPARE(card->routerName, QStringLiteral("USPD-1"));
        QCOMPARE(card->routerEndpoint, QStringLiteral("192.0.2.10:4059"));
        QCOMPARE(card->subscriberAccount, QStringLiteral("ACC-17"));
        QCOMPARE(card->repeaters, QList<int>{17});
        QCOMPARE(card->hopQuality, (QList<int>{80, 45}));
        QCOMPARE(card->registers.size(), 2);
        QCOMPARE(card->registers[0].tariff, 0);
        QCOMPARE(card->registers[0].primaryMwh.value_or(-1), 200000000LL);
        QCOMPARE(card->relayClosed, std::optional<bool>(false));
        QCOMPARE(card->instants.size(), 1); // the relay is not listed twice
        QCOMPARE(card->instants[0].raw, 2301);
        QCOMPARE(card->stats.sessions, 1);
        QCOMPARE(card->stats.succeeded, 1);
        QCOMPARE(card->stats.averageDurationMs, 2000);
        QVERIFY(!card->lastIntervals.isEmpty());
        QCOMPARE(card->lastIntervals.first().intervalEnd, kDay0 + 10 * kDay); // newest first
        QCOMPARE(card->statusFlags & MeterStatusFlag::RelayOpen,
                 quint32(MeterStatusFlag::RelayOpen));

        auto b = MeterCardQuery(db()).load(m_site.memberBId, kNowMs);
        QVERIFY(b.ok());
        QCOMPARE(b->clock->deltaMs, -9000);
        QCOMPARE(b->stats.failed, 1);
        QCOMPARE(b->stats.lastFailureMessage, QStringLiteral("no answer"));
        QCOMPARE(b->events.size(), 1);
        QVERIFY(!MeterCardQuery(db()).load(999999, kNowMs).ok());
    }

    void networkTreeFollowsRoutes_data()
    {
        QTest::addColumn<QList<int>>("addresses");
        QTest::addColumn<QStringList>("routes"); // repeaters per node
        QTest::addColumn<QList<int>>("parents");
        QTest::addColumn<QList<int>>("depths");
        QTest::newRow("direct") << QList<int>{16, 17} << QStringList{QString(), QString()}
                                << QList<int>{-1, -1} << QList<int>{1, 1};
        QTest::newRow("chain") << QList<int>{16, 17, 18}
                               << QStringList{QString(), QStringLiteral("16"),
                                              QStringLiteral("16 17")}
                               << QList<int>{-1, 0, 1} << QList<int>{1, 2, 3};
        // 99 is nobody's address: a ghost repeater node (index 2) is added.
        QTest::newRow("ghost") << QList<int>{16, 17} << QStringList{QString(), QStringLiteral("99")}
                               << QList<int>{-1, 2, -1} << QList<int>{1, 2, 1};
        // Routes that contradict each other (16 via 17, 17 via 16) are cut.
        QTest::newRow("cycle") << QList<int>{16, 17}
                               << QStringList{QStringLiteral("17"), QStringLiteral("16")}
                               << QList<int>{-1, 0} << QList<int>{1, 2};
    }

    void networkTreeFollowsRoutes()
    {
        QFETCH(QList<int>, addresses);
        QFETCH(QStringList, routes);
        QFETCH(QList<int>, parents);
        QFETCH(QList<int>, depths);
        RouterNetwork network;
        QHash<int, QList<int>> repeaters, quality;
        for (int i = 0; i < addresses.size(); ++i) {
            NetworkNode node;
            node.meterId = i + 1;
            node.physicalAddress = addresses[i];
            network.nodes.append(node);
            repeaters.insert(i, parseNumberList(routes[i]));
        }
        linkNetwork(network, repeaters, quality);
        QCOMPARE(network.nodes.size(), parents.size());
        for (int i = 0; i < parents.size(); ++i) {
            QCOMPARE(network.nodes[i].parent, parents[i]);
            QCOMPARE(network.nodes[i].depth, depths[i]);
        }
    }

    void networkQueryReadsRoutesAndQuality()
    {
        auto network = NetworkGraphQuery(db()).load(m_site.routerId, kNowMs);
        QVERIFY(network.ok());
        QCOMPARE(network->routerName, QStringLiteral("USPD-1"));
        QCOMPARE(network->nodes.size(), 3);
        // MEMBER01 goes through the head (address 17) with 45 % on its last hop.
        const NetworkNode &a = network->nodes[1];
        QCOMPARE(a.meterId, m_site.memberAId);
        QCOMPARE(network->nodes[a.parent].meterId, m_site.headId);
        QCOMPARE(a.linkQuality, std::optional<int>(45));
        QCOMPARE(a.depth, 2);
    }

    void syntheticRoutesFormATree()
    {
        QCOMPARE(storage::syntheticRouteChain(0, 30), QList<int>{});
        QCOMPARE(storage::syntheticRouteChain(3, 30), QList<int>{0});
        QCOMPARE(storage::syntheticRouteChain(12, 30), (QList<int>{0, 3}));
        // Every repeater is an earlier meter: the chain never points forward.
        for (int m = 0; m < 250; ++m)
            for (int r : storage::syntheticRouteChain(m, 250))
                QVERIFY(r < m);
    }

    void profileSeriesLeavesGapsAndSumsExactly()
    {
        // Day 10 (Jan 10), hourly buckets: member A lacks 4 intervals = the
        // first two hours are absent; the group sums both members.
        ProfileSeriesQuery query(db());
        auto one = query.load({MeterSet::Kind::Meter, m_site.memberAId}, kDay0 + 9 * kDay,
                              kDay0 + 10 * kDay, 3600);
        QVERIFY(one.ok());
        QCOMPARE(one->buckets.size(), 22);
        QCOMPARE(one->buckets.first().start, kDay0 + 9 * kDay + 2 * 3600);
        QCOMPARE(one->buckets.first().sumMwh[0], std::optional<qint64>(2000));
        QVERIFY(!one->buckets.first().sumMwh[1]); // no A- stored
        auto group = query.load({MeterSet::Kind::GroupMembers, m_site.groupId}, kDay0 + 9 * kDay,
                                kDay0 + 10 * kDay, 3600);
        QVERIFY(group.ok());
        QCOMPARE(group->meters, 2);
        QCOMPARE(group->expectedPerBucket, 4);
        QCOMPARE(group->buckets.size(), 24);
        QCOMPARE(group->buckets[0].sumMwh[0], std::optional<qint64>(200)); // B only: 2 x 100
        QCOMPARE(group->buckets[0].intervals[0], 2);
        QCOMPARE(group->buckets[5].sumMwh[0], std::optional<qint64>(2200));
        // Daily buckets read meter_daily: Jan 1 = 48 x (1000 + 1000).
        auto days = query.load({MeterSet::Kind::GroupMembers, m_site.groupId}, kDay0,
                               kDay0 + 10 * kDay, kDay);
        QVERIFY(days.ok());
        QCOMPARE(days->buckets.size(), 10);
        QCOMPARE(days->buckets[0].sumMwh[0], std::optional<qint64>(96000));
        QVERIFY(!query.load({MeterSet::Kind::Meter, 1}, 0, kDay, 1000).ok());
    }

    void rankingFindsTheCollapseAfterTamper()
    {
        auto ranking
            = BalanceMembersQuery(db()).rank(m_site.groupId, kDay0 / kDay, kDay0 / kDay + 10, 3);
        QVERIFY2(ranking.ok(), qPrintable(ranking.error().message));
        QCOMPARE(ranking->members.size(), 2);
        const MemberShare &first = ranking->members[0];
        const MemberShare &second = ranking->members[1];
        QCOMPARE(first.meterId, m_site.memberAId); // the larger share
        QCOMPARE(second.meterId, m_site.memberBId);
        QCOMPARE(first.anomalies, quint32(0));
        QCOMPARE(second.anomalies, quint32(MemberAnomaly::Collapsed | MemberAnomaly::Tamper));
        QCOMPARE(second.changeBasisPoints, std::optional<qint64>(-9000));
        QCOMPARE(second.tamperEvents, 1);
        QVERIFY(second.anomalyScore > first.anomalyScore);
        // A: 476 x 1000 mWh; B: 336 x 1000 + 144 x 100.
        QCOMPARE(first.sumMwh, 476000);
        QCOMPARE(second.sumMwh, 350400);
        QCOMPARE(*first.shareBasisPoints + *second.shareBasisPoints, 10000);

        MemberRankingModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setRanking(*ranking);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, MemberRankingModel::Anomaly)
                     .data(MemberRankingModel::SortRole)
                     .toLongLong(),
                 second.anomalyScore);
        QVERIFY(!model.index(1, MemberRankingModel::Anomaly).data().toString().isEmpty());
        QVERIFY(model.index(0, MemberRankingModel::Anomaly).data().toString().isEmpty());

        auto groups = BalanceMembersQuery(db()).groups();
        QVERIFY(groups.ok());
        QCOMPARE(groups->size(), 1);
        QCOMPARE(groups->first().members, 2);
        QCOMPARE(groups->first().heads, 1);
    }

    void balanceTableShowsLosses()
    {
        auto balance = BalanceQuery(db()).compute(m_site.groupId, kDay0, kDay0 + 10 * kDay,
                                                  BalanceStep::Day);
        QVERIFY(balance.ok());
        BalanceTableModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setBalance(*balance);
        QCOMPARE(model.rowCount(), 10);
        // Jan 1: head 96 kWh... in mWh 96000, members 96000: no loss.
        QCOMPARE(model.index(0, 0).data(BalanceTableModel::LossBasisPointsRole).toLongLong(), 0);
        // Jan 9: members 48 x 1100 = 52800 of 96000: 45 % lost.
        QCOMPARE(model.index(8, 0).data(BalanceTableModel::LossBasisPointsRole).toLongLong(), 4500);
        QCOMPARE(model.index(8, BalanceTableModel::LossPercent).data().toString(),
                 DisplayFormat::percent(4500));
        QCOMPARE(model.index(0, BalanceTableModel::Completeness).data().toString(),
                 DisplayFormat::percent(10000));
    }

    void pollProgressCountsAndExplains()
    {
        PollProgressModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &PollProgressModel::totalsChanged);
        using S = engine::MeterPollState;
        model.updateMeter(meterProgress(1, 10, S::Running));
        model.updateMeter(meterProgress(1, 11, S::Queued));
        model.updateMeter(meterProgress(2, 20, S::Failed, ErrorKind::Timeout));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        model.updateMeter(meterProgress(1, 10, S::Done));
        QCOMPARE(model.rowCount(model.index(0, 0)), 2); // updated in place
        PollProgressModel::Totals t = model.totals();
        QCOMPARE(t.total, 3);
        QCOMPARE(t.done, 1);
        QCOMPARE(t.failed, 1);
        QCOMPARE(model.index(0, PollProgressModel::Progress)
                     .data(PollProgressModel::PercentRole)
                     .toInt(),
                 50);
        const QModelIndex failed = model.index(0, PollProgressModel::Details, model.index(1, 0));
        QCOMPARE(failed.data().toString(), PollProgressModel::failureText(ErrorKind::Timeout));
        QVERIFY(failed.data(PollProgressModel::FailedRole).toBool());
        const QModelIndex running = model.index(1, PollProgressModel::Step, model.index(0, 0));
        QCOMPARE(running.data().toString(), QString()); // queued: no step shown
        // A router report replaces the counting from meters.
        engine::RouterProgress r;
        r.routerId = 1;
        r.name = QStringLiteral("USPD-1");
        r.total = 10;
        r.done = 9;
        r.linkUp = false;
        model.updateRouter(r);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("USPD-1"));
        QCOMPARE(model.index(0, PollProgressModel::Details).data().toString(),
                 PollProgressModel::tr("link down"));
        QCOMPARE(model.totals().total, 11);
        QVERIFY(totals.count() >= 5);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totals().total, 0);
    }

    void frameTraceIsBoundedFilteredAndPausable()
    {
        FrameTraceModel model(3);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QSignalSpy links(&model, &FrameTraceModel::linkSeen);
        for (int i = 0; i < 5; ++i)
            model.append(traceRecord(QStringLiteral("tcp a"), QByteArray(1, char(i))));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.dropped(), quint64(2));
        QCOMPARE(model.index(0, FrameTraceModel::Hex).data().toString(), QStringLiteral("02"));
        model.append(traceRecord(QStringLiteral("tcp b"), QByteArray("\x7e\xa0", 2)));
        QCOMPARE(links.count(), 2);
        model.setLinkFilter(QStringLiteral("tcp b"));
        QCOMPARE(model.rowCount(), 1);
        model.append(traceRecord(QStringLiteral("tcp a"), QByteArray(1, 'x')));
        QCOMPARE(model.rowCount(), 1); // other link: not kept
        model.setPaused(true);
        model.append(traceRecord(QStringLiteral("tcp b"), QByteArray(1, 'y')));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.heldBack(), 1);
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.text({0}).contains(QStringLiteral("7E A0")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void recordTableShowsCells()
    {
        RecordTableModel model({QStringLiteral("a"), QStringLiteral("b")});
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setRows({{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3")}}, {7, 8});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 1).data().toString(), QString()); // missing cell
        QCOMPARE(model.index(1, 0).data(RecordTableModel::RowDataRole).toInt(), 8);
        model.setHeaders({QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")});
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.cell(0, 1), QStringLiteral("2"));
    }

    void pollProgressTakesBatches()
    {
        PollProgressModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &PollProgressModel::totalsChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        using S = engine::MeterPollState;
        QList<engine::MeterProgress> batch;
        for (int m = 0; m < 1000; ++m)
            batch.append(meterProgress(1 + m % 2, 100 + m, S::Queued));
        batch.append(meterProgress(1, 100, S::Running)); // the same meter again in the batch
        batch.append(meterProgress(2, 101, S::Failed, ErrorKind::Timeout));
        model.updateMeters(batch);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(inserted.count(), 4); // each router, then its meters in one insertion
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(model.rowCount(first), 500);
        QCOMPARE(model.index(0, 0, first).data(PollProgressModel::MeterIdRole).toLongLong(), 100);
        QCOMPARE(model.index(0, 0, first).data(PollProgressModel::MeterStateRole).toInt(),
                 int(S::Running));
        PollProgressModel::Totals t = model.totals();
        QCOMPARE(t.total, 1000);
        QCOMPARE(t.running, 1);
        QCOMPARE(t.failed, 1);
        QCOMPARE(t.done, 0);
        // Known meters change in place, counted as they move between states.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateMeters({meterProgress(1, 100, S::Done), meterProgress(1, 102, S::Done)});
        QCOMPARE(inserted.count(), 4);
        QCOMPARE(totals.count(), 2);
        t = model.totals();
        QCOMPARE(t.total, 1000);
        QCOMPARE(t.done, 2);
        QCOMPARE(t.running, 0);
        QCOMPARE(model.index(0, PollProgressModel::Progress)
                     .data(PollProgressModel::PercentRole)
                     .toInt(),
                 0);                  // 2 of 500
        QCOMPARE(changed.count(), 2); // the meters' rows (0..1), then the router's row
    }

    void topologyCarriesMeterStatus()
    {
        TopologyModel model(db());
        model.setReferenceTime(kNowMs);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.fetchMore({});
        const QModelIndex site = model.index(0, 0);
        model.fetchMore(site);
        const QModelIndex router = model.index(0, 0, site);
        QCOMPARE(router.data(TopologyModel::KindRole).value<TopologyModel::NodeKind>(),
                 TopologyModel::NodeKind::Router);
        model.fetchMore(router);
        QCOMPARE(model.rowCount(router), 3);
        const QModelIndex b = model.findMeter(m_site.memberBId);
        QVERIFY(b.isValid());
        QCOMPARE(b.data(TopologyModel::StatusRole).toUInt() & MeterStatusFlag::Alarm,
                 quint32(MeterStatusFlag::Alarm));
        QVERIFY(b.data(Qt::ToolTipRole)
                    .toString()
                    .contains(MeterStatusQuery::flagName(MeterStatusFlag::ClockOff)));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshStatuses();
        QCOMPARE(changed.count(), 0); // nothing changed: no signal at all
        // b's alarm acknowledged: one signal for the router's changed rows.
        QSqlQuery ack(db());
        QVERIFY(ack.exec(QStringLiteral("UPDATE alarms SET acknowledged_at_ms = 1"
                                        " WHERE meter_id = %1 AND acknowledged_at_ms IS NULL")
                             .arg(m_site.memberBId)));
        QVERIFY(ack.numRowsAffected() > 0);
        model.refreshStatuses();
        QCOMPARE(changed.count(), 1);
        const auto top = changed.first().at(0).value<QModelIndex>();
        const auto bottom = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(top.parent(), router);
        QVERIFY(top.row() <= b.row() && b.row() <= bottom.row());
        QCOMPARE(b.data(TopologyModel::StatusRole).toUInt() & MeterStatusFlag::Alarm, 0u);
        QVERIFY(ack.exec(QStringLiteral("UPDATE alarms SET acknowledged_at_ms = NULL"
                                        " WHERE meter_id = %1 AND acknowledged_at_ms = 1")
                             .arg(m_site.memberBId)));
        QVERIFY(!model.findMeter(424242).isValid());
    }

    // The "Tariff plan" column: the plan's name and whether the meter runs it.
    void topologyShowsTheTariffPlan()
    {
        control::TariffPlan plan;
        plan.name = QStringLiteral("Night and day");
        plan.calendar.name = plan.name.toUtf8();
        control::ControlStore store(db());
        const Result<qint64> planId = store.savePlan(plan, kNowMs);
        QVERIFY(planId.ok());
        QVERIFY(store.assignPlan(m_site.memberAId, *planId).ok());
        control::TariffWriteReport report;
        report.report.outcome = control::Outcome::Applied;
        report.planDigest = plan.digest();
        QVERIFY(store.recordWrite(m_site.memberAId, *planId, report, kNowMs).ok());

        TopologyModel model(db());
        model.setReferenceTime(kNowMs);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(TopologyModel::TariffColumn, Qt::Horizontal).toString(),
                 TopologyModel::tr("Tariff plan"));
        model.fetchMore({});
        const QModelIndex site = model.index(0, 0);
        model.fetchMore(site);
        model.fetchMore(model.index(0, 0, site));
        const QModelIndex a = model.findMeter(m_site.memberAId);
        QVERIFY(a.isValid());
        const auto cell = [&](qint64 meter) {
            const QModelIndex at = model.findMeter(meter);
            return at.siblingAtColumn(TopologyModel::TariffColumn).data().toString();
        };
        QCOMPARE(cell(m_site.memberAId), QStringLiteral("Night and day: in sync"));
        QCOMPARE(cell(m_site.memberBId), QString());
        QCOMPARE(site.siblingAtColumn(TopologyModel::TariffColumn).data().toString(), QString());

        // A verify finds something else: the cell changes with one signal.
        control::TariffVerification v;
        v.state = control::TariffSync::Differs;
        v.meterDigest = QStringLiteral("0123");
        QVERIFY(store.recordCheck(m_site.memberAId, plan.digest(), v, kNowMs + 1000).ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshStatuses();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(m_site.memberAId), QStringLiteral("Night and day: differs"));

        QVERIFY(store.assignPlan(m_site.memberAId, 0).ok());
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM meter_tariff_state")));
    }

    void lastRoundComesFromSessions()
    {
        auto history = PollHistoryQuery(db()).lastRound();
        QVERIFY(history.ok());
        QCOMPARE(history->routers.size(), 1);
        QCOMPARE(history->routers[0].total, 2);
        QCOMPARE(history->routers[0].failed, 1);
        QCOMPARE(history->meters.size(), 2);
        bool sawTimeout = false;
        for (const engine::MeterProgress &m : history->meters)
            sawTimeout
                |= m.error == ErrorKind::Timeout && m.state == engine::MeterPollState::Failed;
        QVERIFY(sawTimeout);
        QCOMPARE(errorKindFromName(errorKindName(ErrorKind::SecurityFailure)),
                 ErrorKind::SecurityFailure);
    }

    void numbersFollowTheLocale_data()
    {
        QTest::addColumn<qint64>("mwh");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << qint64(1234567500000) << "en_US" << QStringLiteral("1,234,567.500");
        QTest::newRow("ru") << qint64(1234567500000) << "ru_RU"
                            << QStringLiteral("1\u00a0234\u00a0567,500");
        QTest::newRow("exact tail") << qint64(1234567) << "en_US" << QStringLiteral("1.234567");
        QTest::newRow("negative") << qint64(-2500000) << "en_US" << QStringLiteral("-2.500");
        QTest::newRow("zero") << qint64(0) << "ru_RU" << QStringLiteral("0,000");
    }

    void numbersFollowTheLocale()
    {
        QFETCH(qint64, mwh);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(DisplayFormat::kwh(mwh, 3, QLocale(locale)), expected);
    }

    // Last: it adds a second site to the database.
    void syntheticInstallationStoresItsRoutes()
    {
        QSqlDatabase main = db();
        auto site = storage::createSyntheticInstallation(main, {1, 12, QStringLiteral("R")});
        QVERIFY2(site.ok(), qPrintable(site.error().message));
        auto network = NetworkGraphQuery(db()).load(site->routerIds[0], kNowMs);
        QVERIFY(network.ok());
        QCOMPARE(network->nodes.size(), 12); // every repeater is one of the router's meters
        // Three talk to the router directly; meter 11 goes via meter (11 - 3) / 3 = 2.
        QCOMPARE(storage::syntheticRouteChain(11, 12), QList<int>{2});
        const NetworkNode &last = network->nodes[11];
        QCOMPARE(last.depth, 2);
        QCOMPARE(network->nodes[last.parent].physicalAddress, 16 + 2);
        QVERIFY(last.linkQuality.has_value());
        QCOMPARE(network->nodes[0].parent, -1);
    }

    void trimsOnlyZeros()
    {
        QCOMPARE(trimmedFixed(1500000, 6, 3), QStringLiteral("1.500"));
        QCOMPARE(trimmedFixed(1500001, 6, 3), QStringLiteral("1.500001"));
        QCOMPARE(trimmedFixed(1000000, 6, 0), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(WorkstationModelsTest)
#include "tst_workstation_models.moc"
