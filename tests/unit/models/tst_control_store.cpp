// Per meter, which tariff plan it should run, what was written to it with
// what outcome, and whether it is in sync with the database: the store
// behind the UI's tariff column and the retry list.
#include "models/control/control_store.h"
#include "protocol/control/tariff_plan_json.h"
#include "support/test_database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace ims;
using namespace ims::control;

namespace {

constexpr qint64 kNow = 1'773'662'400'000; // 2026-03-16T12:00:00Z

TariffPlan examplePlan()
{
    Result<TariffPlan> p = TariffPlanJson::load(
        QStringLiteral(IMSDESK_SOURCE_DIR "/docs/examples/tariff-plan-3-rate.json"));
    if (!p)
        qFatal("%s", qPrintable(p.error().message));
    return *p;
}

TariffWriteReport writeReport(const TariffPlan &plan, Outcome outcome,
                              std::optional<QDateTime> activation = {})
{
    TariffWriteReport r;
    r.report.command = QStringLiteral("tariff-write");
    r.report.outcome = outcome;
    r.report.message = outcomeToken(outcome);
    r.planDigest = plan.digest();
    r.activation = activation;
    return r;
}

TariffVerification check(const TariffPlan &runs, TariffSync state)
{
    TariffVerification v;
    v.state = state;
    v.meter.calendar.active = runs.calendar;
    v.meterDigest = runs.digest();
    return v;
}

} // namespace

class TstControlStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    test::SmallInstallation m_site;

    ControlStore store() { return ControlStore(m_db->connection()); }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->ok());
        m_site = test::createSmallInstallation(m_db->connection());
        QVERIFY(m_site.memberAId > 0);
    }

    void cleanup() { m_db.reset(); }

    void planDocumentRoundTrip()
    {
        const TariffPlan plan = examplePlan();
        Result<qint64> id = store().savePlan(plan, kNow);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        Result<TariffPlan> back = store().plan(*id);
        QVERIFY(back.ok());
        QCOMPARE(back->digest(), plan.digest());
        QCOMPARE(*store().planIdByName(plan.name), *id);
        // The summary the domain table keeps for lists: the first day profile.
        QCOMPARE(test::countRows(m_db->connection(),
                                 QStringLiteral("SELECT COUNT(*) FROM tariff_plans WHERE zones ="
                                                " '00:00=2;07:00=1;10:00=3;17:00=1;21:00=3;"
                                                "23:00=2'")),
                 qint64(1));
        // Saving again under the same name replaces it.
        TariffPlan changed = plan;
        changed.calendar.days.first().schedule.first().scriptSelector = 3;
        QCOMPARE(*store().savePlan(changed, kNow), *id);
        QCOMPARE(store().plan(*id)->digest(), changed.digest());
    }

    void statesThroughALifecycle()
    {
        const TariffPlan plan = examplePlan();
        ControlStore s = store();
        const qint64 meter = m_site.memberAId;
        QCOMPARE(s.status(meter, kNow)->sync, PlanSync::NoPlan);

        const qint64 planId = *s.savePlan(plan, kNow);
        QVERIFY(s.assignPlan(meter, planId).ok());
        QCOMPARE(s.status(meter, kNow)->sync, PlanSync::NotWritten);

        // A write whose activation was never confirmed: unknown, on the retry list.
        QVERIFY(s.recordWrite(meter, planId, writeReport(plan, Outcome::Unknown), kNow).ok());
        Result<MeterTariffStatus> st = s.status(meter, kNow);
        QCOMPARE(st->sync, PlanSync::Unknown);
        QVERIFY(st->retry);
        QCOMPARE(*s.metersToRetry(), (QList<qint64>{meter}));

        // Verification finds the plan running: settled as applied.
        QVERIFY(
            s.recordCheck(meter, plan.digest(), check(plan, TariffSync::InSync), kNow + 1000).ok());
        st = s.status(meter, kNow + 1000);
        QCOMPARE(st->sync, PlanSync::InSync);
        QCOMPARE(*st->lastOutcome, Outcome::Applied);
        QVERIFY(!st->retry);
        QVERIFY(s.metersToRetry()->isEmpty());
        QCOMPARE(st->meterPlanName, QStringLiteral("3-rate 2026"));

        // The database's plan changes: the meter is now out of sync.
        TariffPlan next = plan;
        next.calendar.days.first().schedule.first().scriptSelector = 3;
        QVERIFY(s.savePlan(next, kNow).ok());
        QCOMPARE(s.status(meter, kNow + 2000)->sync, PlanSync::OutOfSync);
    }

    // Schema step 10: the plan last written keeps its name even when the
    // database's plan is renamed away, and the digest read back is kept
    // apart from the plan's, so the column can say "differs".
    void writtenNameAndReadBackDigest()
    {
        const TariffPlan plan = examplePlan();
        ControlStore s = store();
        const qint64 meter = m_site.memberAId;
        const qint64 planId = *s.savePlan(plan, kNow);
        QVERIFY(s.assignPlan(meter, planId).ok());
        QVERIFY(s.recordWrite(meter, planId, writeReport(plan, Outcome::Applied), kNow).ok());
        Result<MeterTariffStatus> st = s.status(meter, kNow);
        QVERIFY(st.ok());
        QCOMPARE(st->writtenPlanName, QStringLiteral("3-rate 2026"));
        QCOMPARE(st->readBackDigest, plan.digest());
        QCOMPARE(st->readBackMs, kNow);
        QCOMPARE(ControlStore::columnText(*st), QStringLiteral("3-rate 2026: in sync"));

        // Somebody changed the meter: verify reads back another digest.
        TariffPlan other = plan;
        other.calendar.days.first().schedule.first().scriptSelector = 3;
        QVERIFY(s.recordCheck(meter, plan.digest(), check(other, TariffSync::Differs), kNow + 5000)
                    .ok());
        st = s.status(meter, kNow + 5000);
        QCOMPARE(st->readBackDigest, other.digest());
        QCOMPARE(st->readBackMs, kNow + 5000);
        QCOMPARE(st->writtenPlanName, QStringLiteral("3-rate 2026")); // a check does not rename
        QCOMPARE(st->sync, PlanSync::OutOfSync);
        QCOMPARE(ControlStore::columnText(*st), QStringLiteral("3-rate 2026: differs"));

        // A write that is not known to have happened: unknown.
        QVERIFY(
            s.recordWrite(meter, planId, writeReport(plan, Outcome::Unknown), kNow + 9000).ok());
        st = s.status(meter, kNow + 9000);
        QCOMPARE(st->readBackDigest, other.digest()); // nothing new was read back
        QCOMPARE(ControlStore::columnText(*st), QStringLiteral("3-rate 2026: unknown"));

        // A meter without any plan has an empty cell.
        Result<MeterTariffStatus> none = s.status(m_site.memberBId, kNow);
        QVERIFY(none.ok());
        QCOMPARE(ControlStore::columnText(*none), QString());
        Result<QList<MeterTariffStatus>> both
            = s.statusesOf({meter, m_site.memberBId, 987654}, kNow);
        QVERIFY(both.ok());
        QCOMPARE(both->size(), 2);
    }

    void migrationTenIsRecorded()
    {
        QCOMPARE(test::countRows(m_db->connection(),
                                 QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE"
                                                " version = 10")),
                 qint64(1));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT written_plan_name, read_back_digest, read_back_ms"
                                      " FROM meter_tariff_state")));
    }

    void unknownWriteThatDidNotHappen()
    {
        const TariffPlan plan = examplePlan();
        ControlStore s = store();
        const qint64 meter = m_site.memberBId;
        const qint64 planId = *s.savePlan(plan, kNow);
        QVERIFY(s.assignPlan(meter, planId).ok());
        QVERIFY(s.recordWrite(meter, planId, writeReport(plan, Outcome::Unknown), kNow).ok());
        TariffPlan old = plan;
        old.calendar.name = QByteArray("old");
        QVERIFY(s.recordCheck(meter, plan.digest(), check(old, TariffSync::Differs), kNow).ok());
        Result<MeterTariffStatus> st = s.status(meter, kNow);
        QCOMPARE(*st->lastOutcome, Outcome::NotApplied);
        QCOMPARE(st->sync, PlanSync::OutOfSync);
        QVERIFY(!st->retry);
    }

    void armedPlanIsPendingUntilItsTime()
    {
        const TariffPlan plan = examplePlan();
        ControlStore s = store();
        const qint64 meter = m_site.headId;
        const qint64 planId = *s.savePlan(plan, kNow);
        QVERIFY(s.assignPlan(meter, planId).ok());
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(kNow + 3'600'000, Qt::UTC);
        QVERIFY(s.recordWrite(meter, planId, writeReport(plan, Outcome::Applied, at), kNow).ok());
        Result<MeterTariffStatus> st = s.status(meter, kNow);
        QCOMPARE(st->sync, PlanSync::Pending);
        QCOMPARE(*st->activationMs, kNow + 3'600'000);
        QCOMPARE(s.status(meter, kNow + 3'700'000)->sync, PlanSync::InSync);
        // An immediate verified write records what the meter runs.
        QVERIFY(s.recordWrite(meter, planId, writeReport(plan, Outcome::Applied), kNow).ok());
        st = s.status(meter, kNow);
        QCOMPARE(st->meterDigest, plan.digest());
        QCOMPARE(st->sync, PlanSync::InSync);
        QVERIFY(!st->activationMs);
    }

    void notAppliedWriteKeepsWhatTheMeterRuns()
    {
        const TariffPlan plan = examplePlan();
        ControlStore s = store();
        const qint64 meter = m_site.memberAId;
        const qint64 planId = *s.savePlan(plan, kNow);
        QVERIFY(s.assignPlan(meter, planId).ok());
        QVERIFY(s.recordWrite(meter, planId, writeReport(plan, Outcome::Applied), kNow).ok());
        TariffPlan next = plan;
        next.name = QStringLiteral("next");
        next.calendar.name = QByteArray("next");
        const qint64 nextId = *s.savePlan(next, kNow);
        QVERIFY(s.assignPlan(meter, nextId).ok());
        QVERIFY(s.recordWrite(meter, nextId, writeReport(next, Outcome::NotApplied), kNow).ok());
        Result<MeterTariffStatus> st = s.status(meter, kNow);
        QCOMPARE(st->meterDigest, plan.digest()); // still the old plan
        QCOMPARE(st->sync, PlanSync::OutOfSync);
        QCOMPARE(st->assignedPlan, QStringLiteral("next"));
        Result<QList<MeterTariffStatus>> all = s.statuses(kNow);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().serial, QStringLiteral("MEMBER01"));
    }

    void assigningToAnUnknownMeterFails()
    {
        const Status st = store().assignPlan(999, 0);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TstControlStore)
#include "tst_control_store.moc"
