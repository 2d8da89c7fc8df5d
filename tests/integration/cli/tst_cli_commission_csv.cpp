// imsdesk-cli commission --csv as an engineer runs it: the built binary, its
// exit code, its text and JSON, and the database file afterwards.
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "models/storage/synthetic_installation.h"
#include "support/cli_runner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

namespace {

using Run = test::CliRun;

Run cli(const QStringList &args)
{
    return test::runCli(args);
}

} // namespace

class TstCliCommissionCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_files = 0;

    QString csvFile(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

    QString query(const QString &sql)
    {
        storage::Database db({m_db});
        if (!db.openAndMigrate().ok())
            return QStringLiteral("<no database>");
        QString out;
        {
            QSqlDatabase c = *db.connection();
            QSqlQuery q(c);
            if (q.exec(sql) && q.next())
                out = q.value(0).toString();
        }
        return out;
    }

    QStringList withDb(const QString &csv, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("commission"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--csv"), csv}
               + more;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(IMSDESK_BINARY_DIR "/bin/imsdesk-cli")));
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        storage::Database db({m_db});
        QVERIFY(db.openAndMigrate().ok());
        QSqlDatabase c = *db.connection();
        QVERIFY(storage::createSyntheticInstallation(c, {1, 3, QStringLiteral("CLI"), false}).ok());
        domain::Meter m;
        m.serial = QStringLiteral("NEW001");
        QVERIFY(storage::DomainStore(c).add(m).ok());
    }

    void dryRunPrintsAndWritesNothing()
    {
        const QString path = csvFile("serial;subscriber;account;plot;group\n"
                                     "NEW001;Petrov;ACC-1;12;Feeder A\n"
                                     "CLI00000001;;;1;\n");
        const Run text = cli(withDb(path, {QStringLiteral("--dry-run")}));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("line 2  NEW001  will bind")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("line 3  CLI00000001  unchanged")));
        QVERIFY(text.out.contains(QStringLiteral("dry run: 1 meter(s) would be bound")));
        QCOMPARE(query(QStringLiteral("SELECT COUNT(*) FROM subscribers")), QStringLiteral("0"));
        QCOMPARE(query(QStringLiteral("SELECT plot FROM meters WHERE serial = 'NEW001'")),
                 QString());

        const Run json = cli(withDb(path, {QStringLiteral("--dry-run"), QStringLiteral("--json")}));
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json.size(), 3); // two lines and the summary
        QCOMPARE(json.json[0].value(QStringLiteral("action")).toString(), QStringLiteral("bind"));
        QCOMPARE(json.json[0].value(QStringLiteral("changes")).toArray().size(), 3);
        const QJsonObject summary = json.json.last();
        QCOMPARE(summary.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("applied")).toBool(), false);
        QCOMPARE(summary.value(QStringLiteral("bind")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("newSubscribers")).toArray().size(), 1);
        QCOMPARE(query(QStringLiteral("SELECT COUNT(*) FROM subscribers")), QStringLiteral("0"));
    }

    void refusedFileNamesItsLinesAndChangesNothing()
    {
        const QString path = csvFile("serial,plot,ct\n"
                                     "NEW001,12,150/5\n"
                                     "GHOST-7,14,\n"
                                     "CLI00000002,,15O/5\n");
        const Run text = cli(withDb(path));
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.err.contains(QStringLiteral("line 3: meter GHOST-7 is not commissioned yet")),
                 qPrintable(text.err));
        QVERIFY(text.err.contains(QStringLiteral("line 4: ct \"15O/5\" is not a ratio")));
        QVERIFY(text.err.contains(QStringLiteral("nothing was changed")));
        QCOMPARE(query(QStringLiteral("SELECT plot FROM meters WHERE serial = 'NEW001'")),
                 QString());

        const Run json = cli(withDb(path, {QStringLiteral("--json")}));
        QCOMPARE(json.exitCode, 1);
        QVERIFY(!json.json.isEmpty());
        const QJsonArray errors = json.json.last().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(errors[0].toObject().value(QStringLiteral("problem")).toString(),
                 QStringLiteral("not-commissioned"));
        QCOMPARE(errors[1].toObject().value(QStringLiteral("line")).toInt(), 4);
        QCOMPARE(errors[1].toObject().value(QStringLiteral("problem")).toString(),
                 QStringLiteral("malformed-ratio"));
    }

    void appliesAndSkipsUnknownWhenAllowed()
    {
        const QString path = csvFile("\xEF\xBB\xBFserial;subscriber;account;plot;ct;group\r\n"
                                     "NEW001;Petrov;ACC-1;12;150/5;Feeder A\r\n"
                                     "GHOST-7;;;14;;\r\n");
        const Run refused = cli(withDb(path));
        QCOMPARE(refused.exitCode, 1);

        const Run run
            = cli(withDb(path, {QStringLiteral("--allow-unknown"), QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = run.json.last();
        QCOMPARE(summary.value(QStringLiteral("applied")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("bind")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("warnings")).toArray().size(), 1);
        QCOMPARE(query(QStringLiteral("SELECT s.account || ' ' || s.name || ' ' || m.plot || ' '"
                                      " || m.ct_num || '/' || m.ct_den FROM meters m JOIN"
                                      " subscribers s ON s.id = m.subscriber_id WHERE"
                                      " m.serial = 'NEW001'")),
                 QStringLiteral("ACC-1 Petrov 12 150/5"));
        QCOMPARE(query(QStringLiteral("SELECT COUNT(*) FROM balance_group_members m JOIN"
                                      " balance_groups g ON g.id = m.group_id WHERE"
                                      " g.name = 'Feeder A'")),
                 QStringLiteral("1"));

        const Run again = cli(withDb(path, {QStringLiteral("--allow-unknown")}));
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("0 meter(s) bound, 1 unchanged, 1 skipped")),
                 qPrintable(again.out));
    }

    void usageAndMissingFiles()
    {
        const QString path = csvFile("serial\nNEW001\n");
        QCOMPARE(cli({QStringLiteral("commission"), QStringLiteral("--csv"), path}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("commission"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--csv")})
                     .exitCode,
                 2);
        const Run noDb
            = cli({QStringLiteral("commission"), QStringLiteral("--db"),
                   m_dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("--csv"), path});
        QCOMPARE(noDb.exitCode, 1);
        QVERIFY(noDb.err.contains(QStringLiteral("no database")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
        const Run noCsv = cli(withDb(m_dir.filePath(QStringLiteral("none.csv"))));
        QCOMPARE(noCsv.exitCode, 1);
        QVERIFY2(noCsv.err.contains(QStringLiteral("cannot read")), qPrintable(noCsv.err));
    }
};

QTEST_GUILESS_MAIN(TstCliCommissionCsv)
#include "tst_cli_commission_csv.moc"
