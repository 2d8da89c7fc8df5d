// kill -9 in the middle of a large ingest: the database opens clean, passes
// integrity_check and verify(), and every batch the writer reported as
// committed is there in full — no batch is ever partly visible.
#include "models/storage/backup.h"
#include "models/storage/database.h"
#include "models/storage/integrity_verifier.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace ims::storage;

namespace {
const QString kCli = QStringLiteral(IMSDESK_BINARY_DIR "/bin/imsdesk-cli");
constexpr int kMeters = 300;
constexpr qint64 kFirstDay = 19723;
constexpr qint64 kPerBatch = kMeters * 4 * 48;
} // namespace

class DbCrashTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFileInfo(kCli).isExecutable())
            QSKIP("imsdesk-cli is not built");
    }

    void killedMidIngest_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("after 1 batch") << 1;
        QTest::newRow("after 4 batches") << 4;
        QTest::newRow("after 9 batches") << 9;
    }

    void killedMidIngest()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        QProcess child;
        child.start(kCli,
                    {QStringLiteral("db"), QStringLiteral("ingest-synthetic"),
                     QStringLiteral("--db"), path, QStringLiteral("--meters"),
                     QString::number(kMeters), QStringLiteral("--days"), QStringLiteral("1000"),
                     QStringLiteral("--first-day"), QString::number(kFirstDay)});
        QVERIFY(child.waitForStarted());
        std::set<qint64> committed;
        static const QRegularExpression line(QStringLiteral("^committed (\\d+)$"));
        auto collect = [&] {
            while (child.canReadLine()) {
                const auto m = line.match(QString::fromUtf8(child.readLine()).trimmed());
                if (m.hasMatch())
                    committed.insert(m.captured(1).toLongLong());
            }
        };
        while (int(committed.size()) < killAfter && child.state() == QProcess::Running) {
            child.waitForReadyRead(20000);
            collect();
        }
        QCOMPARE(child.state(), QProcess::Running); // still ingesting when killed
        child.kill();                               // SIGKILL
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        collect();
        QVERIFY(int(committed.size()) >= killAfter);

        Database db({path});
        QVERIFY(db.openAndMigrate().ok());
        QSqlDatabase connection = *db.connection();
        auto check = Backup::integrityCheck(connection, db.dialect());
        QVERIFY(check.ok());
        QCOMPARE(*check, QStringList{QStringLiteral("ok")});

        // Rows per synthetic day: every day is all there or not there at all.
        QSqlQuery q(connection);
        QVERIFY(q.exec(QStringLiteral("SELECT (interval_end - 1) / 86400, COUNT(*) FROM"
                                      " interval_values GROUP BY 1 ORDER BY 1")));
        std::set<qint64> present;
        while (q.next()) {
            const qint64 day = q.value(0).toLongLong() - kFirstDay;
            QCOMPARE(q.value(1).toLongLong(), kPerBatch);
            present.insert(day);
        }
        for (qint64 day : committed)
            QVERIFY2(present.count(day), qPrintable(QStringLiteral("batch %1 lost").arg(day)));
        // At most the batch in flight beyond what was reported.
        QVERIFY(present.size() <= committed.size() + 1);
        auto report = IntegrityVerifier(connection).verify();
        QVERIFY(report.ok());
        QVERIFY(report->ok());
        QCOMPARE(report->rows, qint64(present.size()) * kPerBatch);
    }
};

QTEST_GUILESS_MAIN(DbCrashTest)
#include "tst_db_crash.moc"
