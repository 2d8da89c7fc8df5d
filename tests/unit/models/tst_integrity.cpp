// Tamper evidence: rows edited, deleted or added with the sqlite3 shell
// (outside the program) are found and named by verify().
#include "models/storage/ingestor.h"
#include "models/storage/integrity_verifier.h"
#include "support/test_database.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace ims;
using namespace ims::storage;
using Kind = IntegrityIssue::Kind;

namespace {
constexpr qint64 kDay0 = 19723LL * 86400; // 2024-01-01 UTC
}

class IntegrityTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    test::SmallInstallation m_site;

    // Runs SQL through the sqlite3 command-line shell, as an intruder would.
    bool shell(const QString &sql)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {m_db->path(), sql});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning() << p.readAllStandardError();
            return false;
        }
        return true;
    }

    VerifyReport verify()
    {
        auto report = IntegrityVerifier(m_db->connection()).verify();
        if (!report)
            qWarning() << report.error().message;
        return report ? *report : VerifyReport{};
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 shell is not installed");
    }

    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->ok());
        m_site = test::createSmallInstallation(m_db->connection());
        Ingestor ingestor(m_db->connection());
        for (const char *serial : {"HEAD0001", "MEMBER01", "MEMBER02"}) {
            for (int day = 0; day < 3; ++day) {
                engine::ReadingBatch batch;
                for (int channel = 1; channel <= 4; ++channel)
                    for (int slot = 1; slot <= 48; ++slot)
                        batch.intervals.append(test::interval(QString::fromLatin1(serial), channel,
                                                              kDay0 + day * 86400 + slot * 1800,
                                                              100 + slot));
                engine::RegisterSnapshot snapshot;
                snapshot.meter.serial = QString::fromLatin1(serial);
                snapshot.obis = QStringLiteral("1.0.1.8.0.255");
                snapshot.time = kDay0 + day * 86400;
                snapshot.rawValue = 1000 + day;
                snapshot.kind = engine::RegisterKind::Daily;
                batch.registers.append(snapshot);
                QVERIFY(ingestor.ingest(batch, 1).ok());
            }
        }
    }

    void cleanup() { m_db.reset(); }

    void cleanDatabaseVerifies()
    {
        const VerifyReport report = verify();
        QVERIFY(report.ok());
        QCOMPARE(report.rows, 3 * 3 * (192 + 1));
        QCOMPARE(report.blocks, 3 * 3 * (4 + 1));
    }

    void namesAnEditedValue()
    {
        const qint64 end = kDay0 + 86400 + 20 * 1800;
        QVERIFY(shell(QStringLiteral("UPDATE interval_values SET raw = raw + 1 WHERE meter_id = %1"
                                     " AND channel = 2 AND interval_end = %2")
                          .arg(m_site.memberAId)
                          .arg(end)));
        const VerifyReport report = verify();
        QCOMPARE(report.issues.size(), 1);
        const IntegrityIssue &issue = report.issues.first();
        QCOMPARE(issue.kind, Kind::RowAltered);
        QCOMPARE(issue.table, SealKind::Intervals);
        QCOMPARE(issue.meterSerial, QStringLiteral("MEMBER01"));
        QCOMPARE(issue.subkey, 2);
        QCOMPARE(issue.time, end);
        QVERIFY(issue.describe().contains(QStringLiteral("MEMBER01")));
        QVERIFY(issue.describe().contains(QStringLiteral("2024-01-02 10:00")));
    }

    void namesEveryEditedPrimaryValue()
    {
        // Editing only the derived column is caught as well, row by row.
        QVERIFY(
            shell(QStringLiteral("UPDATE interval_values SET primary_mwh = 0 WHERE meter_id = %1"
                                 " AND channel = 1 AND interval_end IN (%2, %3)")
                      .arg(m_site.headId)
                      .arg(kDay0 + 1800)
                      .arg(kDay0 + 2 * 86400)));
        const VerifyReport report = verify();
        QCOMPARE(report.issues.size(), 2);
        QCOMPARE(report.issues[0].time, kDay0 + 1800);
        QCOMPARE(report.issues[1].time, kDay0 + 2 * 86400);
        for (const IntegrityIssue &issue : report.issues) {
            QCOMPARE(issue.kind, Kind::RowAltered);
            QCOMPARE(issue.meterSerial, QStringLiteral("HEAD0001"));
        }
    }

    void namesADeletedRow()
    {
        QVERIFY(shell(QStringLiteral("DELETE FROM interval_values WHERE meter_id = %1 AND"
                                     " channel = 4 AND interval_end = %2")
                          .arg(m_site.memberBId)
                          .arg(kDay0 + 3 * 1800)));
        const VerifyReport report = verify();
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues.first().kind, Kind::RowMissing);
        QCOMPARE(report.issues.first().meterSerial, QStringLiteral("MEMBER02"));
        QCOMPARE(report.issues.first().subkey, 4);
        QCOMPARE(report.issues.first().time, kDay0 + 3 * 1800);
    }

    void namesAWholeDeletedDay()
    {
        QVERIFY(shell(QStringLiteral("DELETE FROM interval_values WHERE meter_id = %1 AND"
                                     " channel = 1 AND interval_end > %2 AND interval_end <= %3")
                          .arg(m_site.memberBId)
                          .arg(kDay0)
                          .arg(kDay0 + 86400)));
        const VerifyReport report = verify();
        QCOMPARE(report.issues.size(), 48);
        for (const IntegrityIssue &issue : report.issues)
            QCOMPARE(issue.kind, Kind::RowMissing);
    }

    void namesARowAddedOutside()
    {
        QVERIFY(
            shell(QStringLiteral("INSERT INTO interval_values VALUES (%1, 1, %2, 5, 0, 5000, 0)")
                      .arg(m_site.memberAId)
                      .arg(kDay0 + 10 * 86400)));
        const VerifyReport report = verify();
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues.first().kind, Kind::RowUnsealed);
        QCOMPARE(report.issues.first().time, kDay0 + 10 * 86400);
    }

    void namesAnEditedRegister()
    {
        QVERIFY(shell(QStringLiteral("UPDATE register_snapshots SET raw = 1 WHERE meter_id = %1"
                                     " AND taken_at = %2")
                          .arg(m_site.headId)
                          .arg(kDay0 + 86400)));
        const VerifyReport report = verify();
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues.first().table, SealKind::Registers);
        QCOMPARE(report.issues.first().kind, Kind::RowAltered);
        QCOMPARE(report.issues.first().time, kDay0 + 86400);
    }

    void catchesARewrittenSeal()
    {
        // Change a value AND recompute nothing but the block digest: the
        // chain link no longer follows.
        QVERIFY(shell(QStringLiteral("UPDATE reading_seals SET digest = zeroblob(32) WHERE kind = 1"
                                     " AND meter_id = %1 AND subkey = 1 AND day = %2")
                          .arg(m_site.memberAId)
                          .arg(kDay0 / 86400 + 1)));
        const VerifyReport report = verify();
        QVERIFY(!report.ok());
        bool chainBroken = false;
        for (const IntegrityIssue &issue : report.issues)
            chainBroken |= issue.kind == Kind::SealAltered && issue.day == kDay0 / 86400 + 1;
        QVERIFY(chainBroken);
    }
};

QTEST_GUILESS_MAIN(IntegrityTest)
#include "tst_integrity.moc"
