// imsdesk-cli schedule: the operator lists, adds and changes what the
// workstation polls unattended. The built binary on a real database file.
#include "support/cli_runner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

class TstCliSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("schedule.sqlite"));
        // A router (not reachable; adding it does not connect) gives a site.
        const test::CliRun added = test::runCli(
            {QStringLiteral("router"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
             QStringLiteral("--name"), QStringLiteral("TP-5"), QStringLiteral("--tcp"),
             QStringLiteral("127.0.0.1:1"), QStringLiteral("--site"), QStringLiteral("SNT Lake")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    void addsADailyReadoutAtOneInTheMorning()
    {
        const test::CliRun added = test::runCli(
            {QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
             QStringLiteral("--name"), QStringLiteral("Nightly"), QStringLiteral("--site"),
             QStringLiteral("1"), QStringLiteral("--what"), QStringLiteral("daily"),
             QStringLiteral("--every"), QStringLiteral("1d"), QStringLiteral("--at"),
             QStringLiteral("01:00")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const test::CliRun listed
            = test::runCli({QStringLiteral("schedule"), QStringLiteral("list"),
                            QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json.size(), 1);
        const QJsonObject s = listed.json.first();
        QCOMPARE(s.value(QStringLiteral("name")).toString(), QStringLiteral("Nightly"));
        QCOMPARE(s.value(QStringLiteral("periodSeconds")).toInt(), 86400);
        QCOMPARE(s.value(QStringLiteral("offsetSeconds")).toInt(), 3600);
        QCOMPARE(s.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("lastRunMs")).toInteger(), 0);
        QCOMPARE(s.value(QStringLiteral("what")).toString(), QStringLiteral("daily"));
    }

    void refusesTimingTheEngineCannotKeep()
    {
        const test::CliRun seven = test::runCli(
            {QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
             QStringLiteral("--name"), QStringLiteral("Odd"), QStringLiteral("--router"),
             QStringLiteral("1"), QStringLiteral("--what"), QStringLiteral("profile"),
             QStringLiteral("--every"), QStringLiteral("7m")});
        QCOMPARE(seven.exitCode, 2);
        QVERIFY2(seven.err.contains(QStringLiteral("divide a day")), qPrintable(seven.err));
        const test::CliRun badTime
            = test::runCli({QStringLiteral("schedule"), QStringLiteral("set"),
                            QStringLiteral("--db"), m_db, QStringLiteral("--id"),
                            QStringLiteral("1"), QStringLiteral("--at"), QStringLiteral("25:00")});
        QCOMPARE(badTime.exitCode, 2);
        const test::CliRun unknown = test::runCli(
            {QStringLiteral("schedule"), QStringLiteral("set"), QStringLiteral("--db"), m_db,
             QStringLiteral("--id"), QStringLiteral("99"), QStringLiteral("--disable")});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains(QStringLiteral("99")), qPrintable(unknown.err));
    }

    void disablesAndMovesASchedule()
    {
        const test::CliRun changed = test::runCli(
            {QStringLiteral("schedule"), QStringLiteral("set"), QStringLiteral("--db"), m_db,
             QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--at"),
             QStringLiteral("02:30"), QStringLiteral("--disable")});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        const test::CliRun listed
            = test::runCli({QStringLiteral("schedule"), QStringLiteral("list"),
                            QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(listed.json.size(), 1);
        QCOMPARE(listed.json.first().value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(listed.json.first().value(QStringLiteral("offsetSeconds")).toInt(), 9000);
    }
};

QTEST_GUILESS_MAIN(TstCliSchedule)
#include "tst_cli_schedule.moc"
