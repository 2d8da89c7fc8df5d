// imsdesk-cli db stats|verify|backup|restore and meters, driven as a user
// would: a real process, its exit code, its text and JSON.
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "models/storage/ingestor.h"
#include "models/storage/synthetic_installation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;
using namespace ims::storage;

namespace {
const QString kCli = QStringLiteral(IMSDESK_BINARY_DIR "/bin/imsdesk-cli");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment([] {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IMSDESK_LANG"), QStringLiteral("en"));
        return env;
    }());
    p.start(kCli, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
} // namespace

class DbCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    void populate()
    {
        Database db({m_path});
        QVERIFY(db.openAndMigrate().ok());
        QSqlDatabase c = *db.connection();
        auto site = createSyntheticInstallation(c, {2, 3, QStringLiteral("CLI")});
        QVERIFY(site.ok());
        DomainStore store(c);
        const qint64 subscriber = *store.add(
            domain::Subscriber{0, QStringLiteral("ACC-1"), QStringLiteral("Petrov"), {}, {}});
        QSqlQuery(c).exec(QStringLiteral("UPDATE meters SET subscriber_id = %1, state = 1 WHERE"
                                         " serial = 'CLI00000001'")
                              .arg(subscriber));
        Ingestor ingestor(c);
        auto batch = syntheticDay(*site, 19723);
        engine::RegisterSnapshot r;
        r.meter.serial = QStringLiteral("CLI00000002");
        r.obis = QStringLiteral("1.0.1.8.0.255");
        r.time = 19723LL * 86400;
        r.rawValue = 5;
        batch.registers.append(r);
        batch.events.append({{0, QStringLiteral("CLI00000002")}, 1, 3, 19723LL * 86400 + 60});
        QVERIFY(ingestor.ingest(batch, 1).ok());
        // One conflicting value, which raises one alarm.
        engine::ReadingBatch conflict;
        conflict.intervals.append({{0, QStringLiteral("CLI00000001")},
                                   engine::EnergyChannel::ActiveImport,
                                   19723LL * 86400 + 1800,
                                   999999,
                                   0,
                                   0});
        QVERIFY(ingestor.ingest(conflict, 2).ok());
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo(kCli).isExecutable())
            QSKIP("imsdesk-cli is not built");
        m_path = m_dir.filePath(QStringLiteral("cli.sqlite"));
        populate();
    }

    void statsCountsEverything()
    {
        const Run run = cli({QStringLiteral("db"), QStringLiteral("stats"), QStringLiteral("--db"),
                             m_path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QStringLiteral("sites")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("routers")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("meters")).toInt(), 6);
        QCOMPARE(o.value(QStringLiteral("intervals")).toInt(), 6 * 4 * 48);
        QCOMPARE(o.value(QStringLiteral("registers")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("events")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("alarms")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("conflicts")).toInt(), 1);
        const Run text
            = cli({QStringLiteral("db"), QStringLiteral("stats"), QStringLiteral("--db"), m_path});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("1152"));
    }

    void metersListsOneObjectPerMeter()
    {
        const Run run = cli(
            {QStringLiteral("meters"), QStringLiteral("--db"), m_path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray meters = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(meters.size(), 6);
        const QJsonObject second = meters.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("serial")).toString(), QStringLiteral("CLI00000001"));
        QCOMPARE(second.value(QStringLiteral("model")).toString(), QStringLiteral("MIR C-04"));
        QCOMPARE(second.value(QStringLiteral("router")).toString(), QStringLiteral("USPD-1"));
        QCOMPARE(second.value(QStringLiteral("physicalAddress")).toInt(), 17);
        QCOMPARE(second.value(QStringLiteral("subscriber")).toString(), QStringLiteral("ACC-1"));
        QCOMPARE(second.value(QStringLiteral("state")).toString(),
                 QStringLiteral("not-responding"));
        QCOMPARE(meters.at(5).toObject().value(QStringLiteral("router")).toString(),
                 QStringLiteral("USPD-2"));
        const Run text = cli({QStringLiteral("meters"), QStringLiteral("--db"), m_path});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count('\n'), 6);
    }

    void verifyBackupEditRestore()
    {
        const QStringList verify{QStringLiteral("db"), QStringLiteral("verify"),
                                 QStringLiteral("--db"), m_path};
        QCOMPARE(cli(verify).exitCode, 0);
        const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--db"),
                      m_path, QStringLiteral("--to"), backup})
                     .exitCode,
                 0);
        QVERIFY(QFileInfo::exists(backup));

        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 shell is not installed");
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"),
                    {m_path, QStringLiteral("UPDATE interval_values SET raw = raw * 2 WHERE"
                                            " meter_id = (SELECT id FROM meters WHERE serial ="
                                            " 'CLI00000004') AND channel = 3 AND interval_end = %1;"
                                            " DELETE FROM register_snapshots;")
                                 .arg(19723LL * 86400 + 5 * 1800)});
        QVERIFY(shell.waitForFinished(30000));
        QCOMPARE(shell.exitCode(), 0);

        const Run tampered = cli(verify + QStringList{QStringLiteral("--json")});
        QCOMPARE(tampered.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(tampered.out).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
        const QJsonArray issues = report.value(QStringLiteral("issues")).toArray();
        QCOMPARE(issues.size(), 2);
        const QJsonObject edited = issues.at(0).toObject();
        QCOMPARE(edited.value(QStringLiteral("kind")).toString(), QStringLiteral("row-altered"));
        QCOMPARE(edited.value(QStringLiteral("table")).toString(),
                 QStringLiteral("interval_values"));
        QCOMPARE(edited.value(QStringLiteral("meter")).toString(), QStringLiteral("CLI00000004"));
        QCOMPARE(edited.value(QStringLiteral("channel")).toString(), QStringLiteral("R+"));
        QCOMPARE(edited.value(QStringLiteral("time")).toString(),
                 QStringLiteral("2024-01-01T02:30:00Z"));
        const QJsonObject deleted = issues.at(1).toObject();
        QCOMPARE(deleted.value(QStringLiteral("kind")).toString(), QStringLiteral("row-missing"));
        QCOMPARE(deleted.value(QStringLiteral("table")).toString(),
                 QStringLiteral("register_snapshots"));
        QCOMPARE(deleted.value(QStringLiteral("meter")).toString(), QStringLiteral("CLI00000002"));
        const Run text = cli(verify);
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("CLI00000004"));
        QVERIFY(text.out.contains("2024-01-01 02:30 UTC"));

        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("restore"), QStringLiteral("--db"),
                      m_path, QStringLiteral("--from"), backup})
                     .exitCode,
                 0);
        QCOMPARE(cli(verify).exitCode, 0);
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("stats")}).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("db"), QStringLiteral("explode"), QStringLiteral("--db"), m_path})
                .exitCode,
            2);
        const Run missing
            = cli({QStringLiteral("db"), QStringLiteral("stats"), QStringLiteral("--db"),
                   m_dir.filePath(QStringLiteral("nope.sqlite"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nope.sqlite"))));
        QCOMPARE(cli({QStringLiteral("meters")}).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--db"), m_path})
                .exitCode,
            1);
    }
};

QTEST_GUILESS_MAIN(DbCliTest)
#include "tst_db_cli.moc"
