// Backups of a live database, restore, and retention that never cuts into
// the 3.5-year window.
#include "models/storage/backup.h"
#include "models/storage/ingestor.h"
#include "models/storage/integrity_verifier.h"
#include "models/storage/retention.h"
#include "models/storage/storage_writer.h"
#include "models/storage/synthetic_installation.h"
#include "support/test_database.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace ims;
using namespace ims::storage;
using ims::test::countRows;

class BackupRetentionTest : public QObject
{
    Q_OBJECT
private slots:
    void backupOfALiveDatabase()
    {
        test::TestDatabase db;
        QSqlDatabase main = db.connection();
        auto site = createSyntheticInstallation(main, {1, 20, QStringLiteral("B")});
        QVERIFY(site.ok());
        StorageWriter writer(db.database());
        writer.start();
        for (int d = 0; d < 30; ++d)
            writer.submit(syntheticDay(*site, 19723 + d));
        // Back up while the writer is still busy.
        const QString target = QFileInfo(db.path()).dir().filePath(QStringLiteral("copy.sqlite"));
        const Status backedUp = Backup::backup(main, db.database().dialect(), target);
        QVERIFY2(backedUp.ok(), backedUp.ok() ? "" : qPrintable(backedUp.error().message));
        QVERIFY(writer.flush().ok());
        writer.stop();
        QVERIFY(!Backup::backup(main, db.database().dialect(), target).ok()); // no overwrite

        Database copy({target});
        QSqlDatabase copyDb = *copy.connection();
        QCOMPARE(*Backup::integrityCheck(copyDb, copy.dialect()),
                 QStringList{QStringLiteral("ok")});
        const qint64 copied
            = countRows(copyDb, QStringLiteral("SELECT COUNT(*) FROM interval_values"));
        // A consistent snapshot: whole batches only.
        QCOMPARE(copied % (20 * 4 * 48), 0);
        auto report = IntegrityVerifier(copyDb).verify();
        QVERIFY(report.ok() && report->ok());
    }

    void restoreReplacesTheLiveContent()
    {
        test::TestDatabase db;
        QSqlDatabase main = db.connection();
        auto site = createSyntheticInstallation(main, {1, 4, QStringLiteral("S")});
        Ingestor ingestor(main);
        QVERIFY(ingestor.ingest(syntheticDay(*site, 19723), 1).ok());
        const QString target = QFileInfo(db.path()).dir().filePath(QStringLiteral("before.sqlite"));
        QVERIFY(Backup::backup(main, db.database().dialect(), target).ok());
        QVERIFY(ingestor.ingest(syntheticDay(*site, 19724), 1).ok());
        QCOMPARE(countRows(main, QStringLiteral("SELECT COUNT(*) FROM interval_values")),
                 2 * 4 * 4 * 48);

        // A reader keeps its own connection open across the restore.
        QSqlDatabase reader = db.connection(QStringLiteral("ui"));
        const Status restored = Backup::restore(main, target);
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        QCOMPARE(countRows(main, QStringLiteral("SELECT COUNT(*) FROM interval_values")),
                 4 * 4 * 48);
        QCOMPARE(countRows(reader, QStringLiteral("SELECT COUNT(*) FROM interval_values")),
                 4 * 4 * 48);
        QVERIFY(!Backup::restore(main, target + QStringLiteral(".missing")).ok());
    }

    void retentionCannotGoBelowThreeAndAHalfYears()
    {
        test::TestDatabase db;
        QSqlDatabase main = db.connection();
        QCOMPARE(*Retention::retentionDays(main), 1279);
        QVERIFY(1279 * 2 >= 7 * 365.25); // 3.5 years
        QVERIFY(!Retention::setRetentionDays(main, 365).ok());
        QVERIFY(Retention::setRetentionDays(main, 2000).ok());
        QCOMPARE(*Retention::retentionDays(main), 2000);
    }

    void pruningKeepsTheWindowAndTheChain()
    {
        test::TestDatabase db;
        QSqlDatabase main = db.connection();
        auto site = createSyntheticInstallation(main, {1, 2, QStringLiteral("P")});
        Ingestor ingestor(main);
        const qint64 today = 21000;
        const qint64 oldest = today - 1279; // first day inside the window
        for (qint64 day : {oldest - 2, oldest - 1, oldest, oldest + 1})
            QVERIFY(ingestor.ingest(syntheticDay(*site, day, 1), 1).ok());
        auto report = Retention::prune(main, today * 86400 + 3600);
        QVERIFY(report.ok());
        QCOMPARE(report->cutoffDay, oldest);
        QCOMPARE(report->intervals, 2 * 2 * 48);
        QCOMPARE(countRows(main, QStringLiteral("SELECT MIN(interval_end) FROM interval_values")),
                 oldest * 86400 + 1800);
        QCOMPARE(countRows(main, QStringLiteral("SELECT COUNT(*) FROM interval_values")),
                 2 * 2 * 48);
        QCOMPARE(countRows(main, QStringLiteral("SELECT COUNT(*) FROM seal_anchors")), 2);
        auto verified = IntegrityVerifier(main).verify();
        QVERIFY(verified.ok());
        QVERIFY2(verified->ok(),
                 verified->ok() ? "" : qPrintable(verified->issues.first().describe()));
        // The chain continues from its anchor.
        QVERIFY(ingestor.ingest(syntheticDay(*site, oldest + 2, 1), 1).ok());
        QVERIFY(IntegrityVerifier(main).verify()->ok());
        // Pruning again at the same time removes nothing more.
        QCOMPARE(Retention::prune(main, today * 86400 + 3600)->intervals, 0);
    }
};

QTEST_GUILESS_MAIN(BackupRetentionTest)
#include "tst_backup_retention.moc"
