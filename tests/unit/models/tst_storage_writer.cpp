// The writer thread: batches submitted from any thread are committed in
// order; readers on their own connections are never blocked by it.
#include "models/storage/storage_writer.h"
#include "models/storage/synthetic_installation.h"
#include "support/test_database.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ims;
using namespace ims::storage;
using ims::test::countRows;

namespace {
// A batch the database refuses: any event with code 999 (a stand-in for a
// statement that fails for whatever reason).
void refuseEventCode999(QSqlDatabase db)
{
    QSqlQuery q(db);
    QVERIFY(
        q.exec(QStringLiteral("CREATE TRIGGER refuse_code_999 BEFORE INSERT ON meter_events"
                              " WHEN NEW.code = 999 BEGIN SELECT RAISE(ABORT, 'refused'); END")));
}

engine::MeterEvent refusedEvent(const SyntheticInstallation &site)
{
    return {{site.meterIds.first(), QString()}, 1, 999, 19724LL * 86400 + 60};
}
} // namespace

class StorageWriterTest : public QObject
{
    Q_OBJECT
private slots:
    void commitsEverythingSubmitted()
    {
        test::TestDatabase db;
        QVERIFY(db.ok());
        QSqlDatabase main = db.connection();
        auto site = createSyntheticInstallation(main, {2, 5, QStringLiteral("W")});
        QVERIFY(site.ok());
        StorageWriter writer(db.database());
        QSignalSpy committed(&writer, &StorageWriter::batchesCommitted);
        writer.start();
        engine::ReadingSink &sink = writer; // the engine sees only this
        // Two producer threads, five days each.
        auto produce = [&](int firstDay) {
            for (int d = firstDay; d < firstDay + 5; ++d)
                sink.submit(syntheticDay(*site, 19723 + d, 2));
        };
        QThread *a = QThread::create(produce, 0);
        QThread *b = QThread::create(produce, 5);
        a->start();
        b->start();
        a->wait();
        b->wait();
        delete a;
        delete b;
        const Status flushed = writer.flush();
        QVERIFY2(flushed.ok(), flushed.ok() ? "" : qPrintable(flushed.error().message));
        QCOMPARE(writer.committedBatches(), quint64(10));
        QCOMPARE(countRows(main, QStringLiteral("SELECT COUNT(*) FROM interval_values")),
                 10 * 10 * 2 * 48);
        QTRY_VERIFY(!committed.isEmpty());
        // Resubmitting is harmless.
        writer.submit(syntheticDay(*site, 19723, 2));
        QVERIFY(writer.flush().ok());
        QCOMPARE(countRows(main, QStringLiteral("SELECT COUNT(*) FROM interval_values")),
                 10 * 10 * 2 * 48);
        writer.stop();
    }

    void reportsAFailedBatch()
    {
        test::TestDatabase db;
        QSqlDatabase main = db.connection();
        auto site = createSyntheticInstallation(main, {1, 1, QStringLiteral("F")});
        QVERIFY(site.ok());
        refuseEventCode999(main);
        StorageWriter writer(db.database());
        writer.start();
        engine::ReadingBatch bad;
        bad.events.append(refusedEvent(*site));
        writer.submit(bad);
        const Status status = writer.flush();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::Storage);
        QVERIFY(writer.flush().ok()); // reported once
    }

    void aBadBatchDoesNotTakeItsNeighboursDown()
    {
        test::TestDatabase db;
        QSqlDatabase main = db.connection();
        auto site = createSyntheticInstallation(main, {1, 3, QStringLiteral("N")});
        QVERIFY(site.ok());
        StorageWriter writer(db.database());
        refuseEventCode999(main);
        engine::ReadingBatch bad = syntheticDay(*site, 19724, 1);
        bad.events.append(refusedEvent(*site)); // the whole batch must fail
        // Queued before the thread starts, so the three are merged.
        writer.submit(syntheticDay(*site, 19723, 1));
        writer.submit(bad);
        writer.submit(syntheticDay(*site, 19725, 1));
        writer.start();
        QVERIFY(!writer.flush().ok());
        QCOMPARE(writer.committedBatches(), quint64(2));
        QCOMPARE(countRows(main, QStringLiteral("SELECT COUNT(*) FROM interval_values")),
                 2 * 3 * 48);
        QCOMPARE(countRows(main, QStringLiteral("SELECT COUNT(*) FROM interval_values WHERE"
                                                " interval_end > %1 AND interval_end <= %2")
                                     .arg(19724LL * 86400)
                                     .arg(19725LL * 86400)),
                 0);
    }

    // The log is copied into the database file off the writer thread, and
    // stop() leaves nothing behind in it: the file alone holds every commit.
    void committedReadingsReachTheDatabaseFile()
    {
        test::TestDatabase db;
        QSqlDatabase main = db.connection();
        auto site = createSyntheticInstallation(main, {1, 3, QStringLiteral("C")});
        QVERIFY(site.ok());
        StorageWriter writer(db.database());
        writer.start();
        writer.submit(syntheticDay(*site, 19723, 1));
        QVERIFY(writer.flush().ok());
        writer.stop();

        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("file-alone.sqlite"));
        QVERIFY(QFile::copy(db.path(), copy)); // without its -wal
        {
            QSqlDatabase alone
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alone"));
            alone.setDatabaseName(copy);
            QVERIFY(alone.open());
            QCOMPARE(countRows(alone, QStringLiteral("SELECT COUNT(*) FROM interval_values")),
                     3 * 48);
            alone.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("alone"));
    }

    void readersDoNotWaitForTheWriter()
    {
        test::TestDatabase db;
        QSqlDatabase writerDb = db.connection(QStringLiteral("writer"));
        auto site = createSyntheticInstallation(writerDb, {1, 3, QStringLiteral("R")});
        QVERIFY(site.ok());
        // A reader that gives up at once instead of waiting on a lock.
        storage::Database readerSide({db.path(), QStringLiteral("QSQLITE"), 0, true});
        QSqlDatabase reader = *readerSide.connection(QStringLiteral("ui"));
        // The writer holds an open write transaction with uncommitted rows.
        QVERIFY(writerDb.transaction());
        QSqlQuery insert(writerDb);
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO sites(name) VALUES ('uncommitted')")));
        QSqlQuery read(reader);
        QVERIFY(read.exec(QStringLiteral("SELECT COUNT(*) FROM sites")));
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toInt(), 1); // the committed snapshot
        read.finish();
        QVERIFY(writerDb.commit());
        QVERIFY(read.exec(QStringLiteral("SELECT COUNT(*) FROM sites")));
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(StorageWriterTest)
#include "tst_storage_writer.moc"
