// Insert-only ingest: new values stored with exact primary energy, repeats
// are no-ops, different values become conflicts with an alarm and never
// replace the first value; every other record kind is stored too.
#include "models/storage/ingestor.h"
#include "models/storage/integrity_verifier.h"
#include "support/test_database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ims;
using namespace ims::storage;
using ims::test::countRows;
using ims::test::interval;

namespace {
constexpr qint64 kDay0 = 19723LL * 86400; // 2024-01-01 00:00 UTC
constexpr qint64 kNow = 1'704'200'000'000;

engine::ReadingBatch dayOf(const QString &serial, qint64 dayStart, qint64 rawBase)
{
    engine::ReadingBatch batch;
    for (int channel = 1; channel <= 4; ++channel)
        for (int slot = 1; slot <= 48; ++slot)
            batch.intervals.append(
                interval(serial, channel, dayStart + slot * 1800, rawBase + slot * channel));
    return batch;
}
} // namespace

class IngestTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    test::SmallInstallation m_site;

    QSqlDatabase db() { return m_db->connection(); }

    qint64 storedRaw(qint64 meter, int channel, qint64 end)
    {
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("SELECT raw FROM interval_values WHERE meter_id = ? AND channel = ?"
                           " AND interval_end = ?"));
        q.addBindValue(meter);
        q.addBindValue(channel);
        q.addBindValue(end);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    void verifyClean()
    {
        auto report = IntegrityVerifier(db()).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), report->ok() ? "" : qPrintable(report->issues.first().describe()));
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->ok());
        m_site = test::createSmallInstallation(db());
        QVERIFY(m_site.groupId > 0);
    }
    void cleanup() { m_db.reset(); }

    void storesExactPrimaryValues_data()
    {
        QTest::addColumn<bool>("native");
        QTest::newRow("sqlite3 statements") << true;
        QTest::newRow("Qt Sql statements") << false;
    }

    void storesExactPrimaryValues()
    {
        QFETCH(bool, native);
        Ingestor ingestor(db(), native);
        QVERIFY(ingestor.prepare().ok());
        QCOMPARE(ingestor.usesNativeStatements(), native);
        engine::ReadingBatch batch;
        // 123 x 10^-3 Wh on CT 100/5, VT 10000/100 -> 246 Wh primary.
        batch.intervals.append(interval(QStringLiteral("HEAD0001"), 1, kDay0 + 1800, 123, -3));
        batch.intervals.append(interval(QStringLiteral("MEMBER01"), 1, kDay0 + 1800, 7, 0, 0x5));
        auto summary = ingestor.ingest(batch, kNow);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->rejected, 0);
        QCOMPARE(summary->inserted, 2);
        QCOMPARE(summary->rejected, 0);
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT raw, scaler, primary_mwh, status FROM interval_values"
                                      " ORDER BY meter_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 123);
        QCOMPARE(q.value(1).toInt(), -3);
        QCOMPARE(q.value(2).toLongLong(), 246000);
        QVERIFY(q.next());
        QCOMPARE(q.value(2).toLongLong(), 7000);
        QCOMPARE(q.value(3).toLongLong(), 0x5);
        QCOMPARE(
            countRows(db(), QStringLiteral("SELECT sum_mwh FROM meter_daily WHERE meter_id = %1")
                                .arg(m_site.headId)),
            246000);
        verifyClean();
    }

    void bothStatementPathsSealAlike()
    {
        // The Qt Sql path (any driver) and the sqlite3 path must write the
        // same rows and the same chain.
        QByteArray links[2];
        for (int native = 0; native < 2; ++native) {
            test::TestDatabase other;
            test::createSmallInstallation(other.connection());
            Ingestor ingestor(other.connection(), native == 1);
            QVERIFY(ingestor.ingest(dayOf(QStringLiteral("MEMBER01"), kDay0, 10), kNow).ok());
            QSqlQuery q(other.connection());
            QVERIFY(
                q.exec(QStringLiteral("SELECT group_concat(hex(link), ',') FROM"
                                      " (SELECT link FROM reading_seals ORDER BY kind, meter_id,"
                                      " subkey, day)")));
            QVERIFY(q.next());
            links[native] = q.value(0).toByteArray();
        }
        QVERIFY(!links[0].isEmpty());
        QCOMPARE(links[0], links[1]);
    }

    void reingestIsANoOp()
    {
        Ingestor ingestor(db());
        const auto batch = dayOf(QStringLiteral("MEMBER01"), kDay0, 100);
        auto first = ingestor.ingest(batch, kNow);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->inserted, 192);
        auto again = ingestor.ingest(batch, kNow + 1);
        QVERIFY(again.ok());
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->duplicates, 192);
        QCOMPARE(again->conflicts, 0);
        QCOMPARE(again->alarms, 0);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM interval_values")), 192);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM alarms")), 0);
        verifyClean();
    }

    void differentValueIsKeptAsConflict()
    {
        Ingestor ingestor(db());
        const qint64 end = kDay0 + 10 * 1800;
        engine::ReadingBatch first;
        first.intervals.append(interval(QStringLiteral("MEMBER01"), 1, end, 500));
        QVERIFY(ingestor.ingest(first, kNow).ok());

        engine::ReadingBatch second;
        second.intervals.append(interval(QStringLiteral("MEMBER01"), 1, end, 501));
        auto summary = ingestor.ingest(second, kNow + 1000);
        QVERIFY(summary.ok());
        QCOMPARE(summary->inserted, 0);
        QCOMPARE(summary->conflicts, 1);
        QCOMPARE(summary->alarms, 1);
        QCOMPARE(storedRaw(m_site.memberAId, 1, end), 500); // the first value stays
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT meter_id, subkey, reading_time, raw, stored_raw"
                                      " FROM reading_conflicts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), m_site.memberAId);
        QCOMPARE(q.value(1).toLongLong(), 1);
        QCOMPARE(q.value(2).toLongLong(), end);
        QCOMPARE(q.value(3).toLongLong(), 501);
        QCOMPARE(q.value(4).toLongLong(), 500);
        QVERIFY(q.exec(QStringLiteral("SELECT kind, severity, meter_id FROM alarms")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("reading-conflict"));
        QCOMPARE(q.value(1).toInt(), int(AlarmSeverity::Critical));
        QCOMPARE(q.value(2).toLongLong(), m_site.memberAId);

        // The same conflicting value again: already known, no new alarm.
        auto repeat = ingestor.ingest(second, kNow + 2000);
        QCOMPARE(repeat->conflicts, 0);
        QCOMPARE(repeat->alarms, 0);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM reading_conflicts")), 1);
        // A status change is a different reading too.
        engine::ReadingBatch flagged;
        flagged.intervals.append(interval(QStringLiteral("MEMBER01"), 1, end, 500, 0, 0x2));
        QCOMPARE(ingestor.ingest(flagged, kNow + 3000)->conflicts, 1);
        QCOMPARE(storedRaw(m_site.memberAId, 1, end), 500);
        verifyClean();
    }

    void conflictInsideOneBatch()
    {
        Ingestor ingestor(db());
        engine::ReadingBatch batch;
        batch.intervals.append(interval(QStringLiteral("MEMBER02"), 2, kDay0 + 1800, 9));
        batch.intervals.append(interval(QStringLiteral("MEMBER02"), 2, kDay0 + 1800, 9));
        batch.intervals.append(interval(QStringLiteral("MEMBER02"), 2, kDay0 + 1800, 8));
        auto summary = ingestor.ingest(batch, kNow);
        QCOMPARE(summary->inserted, 1);
        QCOMPARE(summary->duplicates, 1);
        QCOMPARE(summary->conflicts, 1);
        QCOMPARE(storedRaw(m_site.memberBId, 2, kDay0 + 1800), 9);
    }

    void lateDataRelinksTheChain()
    {
        Ingestor ingestor(db());
        // Days 0 and 2 first, then day 1 arrives late, then a missing
        // interval of day 0: every later link must be rewritten.
        auto day0 = dayOf(QStringLiteral("MEMBER01"), kDay0, 1);
        day0.intervals.removeAt(5);
        QVERIFY(ingestor.ingest(day0, kNow).ok());
        QVERIFY(
            ingestor.ingest(dayOf(QStringLiteral("MEMBER01"), kDay0 + 2 * 86400, 3), kNow).ok());
        verifyClean();
        QVERIFY(ingestor.ingest(dayOf(QStringLiteral("MEMBER01"), kDay0 + 86400, 2), kNow).ok());
        verifyClean();
        auto summary = ingestor.ingest(dayOf(QStringLiteral("MEMBER01"), kDay0, 1), kNow);
        QCOMPARE(summary->inserted, 1);
        QCOMPARE(summary->duplicates, 191);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM reading_seals")), 12);
        verifyClean();
        // The interval ending at 24:00 belongs to the day it ends.
        QCOMPARE(countRows(db(), QStringLiteral("SELECT intervals FROM meter_daily WHERE"
                                                " channel = 1 AND day = %1")
                                     .arg(kDay0 / 86400)),
                 48);
    }

    void rejectsWhatCannotBeStored()
    {
        Ingestor ingestor(db());
        engine::ReadingBatch batch;
        batch.intervals.append(interval(QStringLiteral("NOSUCH01"), 1, kDay0 + 1800, 1));
        batch.intervals.append(
            interval(QStringLiteral("MEMBER01"), 1, kDay0 + 1799, 1)); // off grid
        batch.intervals.append(interval(QStringLiteral("MEMBER01"), 7, kDay0 + 1800, 1)); // channel
        batch.intervals.append(interval(QStringLiteral("MEMBER01"), 1, kDay0 + 1800,
                                        std::numeric_limits<qint64>::max(), 3)); // overflow
        batch.intervals.append(interval(QStringLiteral("MEMBER01"), 1, kDay0 + 3600, 4));
        auto summary = ingestor.ingest(batch, kNow);
        QVERIFY(summary.ok());
        QCOMPARE(summary->rejected, 4);
        QCOMPARE(summary->inserted, 1);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM alarms WHERE"
                                                " kind = 'unknown-meter'")),
                 1);
    }

    void registersAreSealedAndInsertOnly()
    {
        Ingestor ingestor(db());
        engine::ReadingBatch batch;
        engine::RegisterSnapshot r;
        r.meter.serial = QStringLiteral("HEAD0001");
        r.obis = QStringLiteral("1.0.1.8.1.255");
        r.tariff = 1;
        r.time = kDay0;
        r.rawValue = 123456;
        r.scaler = 0;
        r.unit = engine::CosemUnit::WattHour;
        r.kind = engine::RegisterKind::Daily;
        batch.registers.append(r);
        engine::RegisterSnapshot voltage = r;
        voltage.obis = QStringLiteral("1.0.32.7.0.255");
        voltage.tariff = 0;
        voltage.unit = engine::CosemUnit::Volt;
        voltage.rawValue = 2301;
        voltage.scaler = -1;
        batch.registers.append(voltage);
        QCOMPARE(ingestor.ingest(batch, kNow)->inserted, 2);
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT primary_mwh FROM register_snapshots ORDER BY obis")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 123456LL * 20 * 100 * 1000); // CT 20 x VT 100
        QVERIFY(q.next());
        QVERIFY(q.isNull(0)); // volts have no primary energy
        batch.registers[0].rawValue = 123457;
        auto summary = ingestor.ingest(batch, kNow);
        QCOMPARE(summary->duplicates, 1);
        QCOMPARE(summary->conflicts, 1);
        verifyClean();
    }

    void currentRegisterReadTwiceInOneSecondIsNoConflict()
    {
        // "Read now" twice: the running counter moved on within the second.
        // A billing snapshot with the same difference stays a conflict.
        Ingestor ingestor(db());
        engine::ReadingBatch batch;
        engine::RegisterSnapshot r;
        r.meter.serial = QStringLiteral("HEAD0001");
        r.obis = QStringLiteral("1.0.1.8.0.255");
        r.time = kDay0 + 777;
        r.rawValue = 5000;
        r.unit = engine::CosemUnit::WattHour;
        r.kind = engine::RegisterKind::Current;
        batch.registers.append(r);
        QCOMPARE(ingestor.ingest(batch, kNow)->inserted, 1);
        batch.registers[0].rawValue = 5002;
        auto again = ingestor.ingest(batch, kNow + 1000);
        QVERIFY(again.ok());
        QCOMPARE(again->conflicts, 0);
        QCOMPARE(again->resampled, 1);
        QCOMPARE(again->alarms, 0);
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT raw FROM register_snapshots WHERE taken_at = %1"
                                      " AND kind = 0")
                           .arg(kDay0 + 777)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 5000); // the first sample stays
        q.finish();

        batch.registers[0].kind = engine::RegisterKind::Daily;
        batch.registers[0].rawValue = 5000;
        QCOMPARE(ingestor.ingest(batch, kNow)->inserted, 1);
        batch.registers[0].rawValue = 5002;
        QCOMPARE(ingestor.ingest(batch, kNow + 1000)->conflicts, 1);
        verifyClean();
    }

    void storesTheOtherRecordKinds()
    {
        Ingestor ingestor(db());
        engine::ReadingBatch batch;
        const engine::MeterRef meter{0, QStringLiteral("MEMBER01")};
        batch.events.append({meter, 1, 17, kDay0 + 60});
        batch.events.append({meter, 1, 17, kDay0 + 60}); // same record read twice
        batch.instants.append(
            {meter, QStringLiteral("1.0.32.7.0.255"), kDay0, 2299, -1, engine::CosemUnit::Volt});
        batch.clockChecks.append({engine::ClockTarget::Meter, meter, 0, 1000, 4000, -3000,
                                  engine::ClockCorrection::Shift, true});
        engine::PollOutcome outcome;
        outcome.meter = meter;
        outcome.routerId = m_site.routerId;
        outcome.result = engine::PollResult::Failed;
        outcome.errorKind = ErrorKind::Timeout;
        batch.outcomes.append(outcome);
        engine::CommandRecord command;
        command.meter = meter;
        command.operatorName = QStringLiteral("operator");
        command.command = QStringLiteral("relay-off");
        command.succeeded = true;
        batch.commands.append(command);
        batch.manual.append({meter, kDay0, true, QStringLiteral("1.8.0"),
                             QStringLiteral("012345.67*kWh"), QStringLiteral("operator")});
        auto summary = ingestor.ingest(batch, kNow);
        QVERIFY(summary.ok());
        QCOMPARE(summary->appended, 6);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM meter_events")), 1);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT delta_ms FROM clock_checks")), -3000);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM poll_sessions WHERE"
                                                " error_kind = 'timeout'")),
                 1);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT optical FROM manual_readings")), 1);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM commands WHERE"
                                                " command = 'relay-off'")),
                 1);
    }

    void aFailedBatchLeavesNothing()
    {
        Ingestor ingestor(db());
        auto batch = dayOf(QStringLiteral("MEMBER01"), kDay0, 5);
        // A record the database refuses (here: a trigger standing for any
        // failing statement) makes the whole batch fail.
        QSqlQuery trigger(db());
        QVERIFY(trigger.exec(
            QStringLiteral("CREATE TEMP TRIGGER refuse_code_999 BEFORE INSERT ON meter_events"
                           " WHEN NEW.code = 999 BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        batch.events.append({{0, QStringLiteral("MEMBER01")}, 1, 999, kDay0 + 60});
        QVERIFY(!ingestor.ingest(batch, kNow).ok());
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM interval_values")), 0);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM reading_seals")), 0);
        batch.events.clear();
        QCOMPARE(ingestor.ingest(batch, kNow)->inserted, 192);
        verifyClean();
    }

    // The ingest checks each meter and router once per batch instead of a
    // foreign key per row: what vanished since it was cached gets no rows.
    void aMeterRemovedAfterItWasCachedGetsNoRows_data()
    {
        QTest::addColumn<bool>("dedicated");
        QTest::newRow("shared connection") << false;
        QTest::newRow("dedicated: no per-row foreign keys") << true;
    }

    void aMeterRemovedAfterItWasCachedGetsNoRows()
    {
        QFETCH(bool, dedicated);
        Ingestor ingestor(db());
        if (dedicated)
            QVERIFY(ingestor.dedicateConnection().ok());
        engine::ReadingBatch first; // caches MEMBER02 (its one reading is refused)
        first.intervals.append(interval(QStringLiteral("MEMBER02"), 7, kDay0 + 1800, 1));
        QCOMPARE(ingestor.ingest(first, kNow)->rejected, 1);

        QSqlQuery remove(db());
        for (const char *sql :
             {"DELETE FROM balance_group_members WHERE meter_id = ?",
              "DELETE FROM meter_routes WHERE meter_id = ?", "DELETE FROM meters WHERE id = ?"}) {
            QVERIFY(remove.prepare(QString::fromLatin1(sql)));
            remove.addBindValue(m_site.memberBId);
            QVERIFY2(remove.exec(), qPrintable(remove.lastError().text()));
        }

        auto batch = dayOf(QStringLiteral("MEMBER02"), kDay0, 5);
        batch.events.append({{0, QStringLiteral("MEMBER02")}, 1, 17, kDay0 + 60});
        auto summary = ingestor.ingest(batch, kNow);
        QVERIFY(summary.ok());
        QCOMPARE(summary->inserted, 0);
        QCOMPARE(summary->rejected, 192 + 1);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM interval_values")), 0);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM meter_events")), 0);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM alarms WHERE"
                                                " kind = 'unknown-meter'")),
                 1);
        QSqlQuery check(db());
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
        QCOMPARE(countRows(db(), QStringLiteral("PRAGMA foreign_keys")), dedicated ? 0 : 1);
    }

    void anUnknownRouterIsNeverReferenced()
    {
        Ingestor ingestor(db());
        QVERIFY(ingestor.dedicateConnection().ok()); // nothing else would stop it
        engine::ReadingBatch batch;
        engine::ClockCheck routerClock;
        routerClock.target = engine::ClockTarget::Router;
        routerClock.routerId = 424242; // no such router
        batch.clockChecks.append(routerClock);
        engine::PollOutcome outcome; // a session is kept, without the router
        outcome.meter = {0, QStringLiteral("MEMBER01")};
        outcome.routerId = 424242;
        outcome.result = engine::PollResult::Success;
        batch.outcomes.append(outcome);
        auto summary = ingestor.ingest(batch, kNow);
        QVERIFY(summary.ok());
        QCOMPARE(summary->rejected, 1);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM clock_checks")), 0);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM poll_sessions WHERE"
                                                " router_id IS NULL AND meter_id = %1")
                                     .arg(m_site.memberAId)),
                 1);
        QSqlQuery check(db());
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
    }
};

QTEST_GUILESS_MAIN(IngestTest)
#include "tst_ingest.moc"
