// imsdesk-cli relay off|on --feeder/--group/--router, switch-schedule and
// site coordinates as an engineer types them, against simulated meters in
// this process: the relays afterwards (read from the simulator), one
// command record per meter, the confirmation naming what would switch.
#include "models/domain/entities.h"
#include "models/fleet/fleet_store.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "models/storage/sql_util.h"
#include "protocol/sim/network/sim_network.h"
#include "support/cli_runner.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;
using test::CliRun;
using test::runCli;

class TstCliGroupSwitch : public QObject
{
    Q_OBJECT

    static constexpr int kMeters = 3;
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimNetwork> m_net;
    QString m_db;
    qint64 m_siteId = 0;
    qint64 m_feederId = 0;
    qint64 m_lightsFeederId = 0;

    bool relayClosed(int index)
    {
        return m_net->router(1)
            .meter(quint16(sim::kFirstMeterPhysical + index))
            ->state()
            .relay.outputState;
    }

    qint64 count(const QString &statement)
    {
        storage::Database db({m_db});
        if (!db.openAndMigrate())
            return -1;
        QSqlDatabase c = *db.connection();
        const Result<qint64> n = storage::Sql::scalar(c, statement);
        return n ? *n : -1;
    }

    QStringList dbArgs() const { return {QStringLiteral("--db"), m_db}; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sim::NetworkConfig c;
        c.routers = 1;
        c.metersPerRouter = kMeters + 1;
        c.headMeters = false;
        c.tcpPort = 0;
        c.baud = 0;
        c.seed = 9;
        c.start = QDateTime(QDate(2025, 12, 21), QTime(10, 0), Qt::UTC);
        c.timeScale = 0.0;
        c.historyDays = 3;
        m_net = std::make_unique<sim::SimNetwork>(c);
        QVERIFY(m_net->start().ok());

        m_db = m_dir.filePath(QStringLiteral("g.sqlite"));
        storage::Database db({m_db});
        QVERIFY(db.openAndMigrate().ok());
        QSqlDatabase conn = *db.connection();
        storage::DomainStore domain(conn);
        m_siteId = *domain.add(domain::Site{0, QStringLiteral("SNT"), {}, {}, {}});
        const qint64 sub = *domain.add(domain::Substation{0, m_siteId, QStringLiteral("TP"), {}});
        m_feederId = *domain.add(domain::Feeder{0, sub, 0, QStringLiteral("F-2")});
        m_lightsFeederId = *domain.add(domain::Feeder{0, sub, 0, QStringLiteral("Lights")});
        domain::Router r;
        r.siteId = m_siteId;
        r.name = QStringLiteral("R1");
        r.host = QStringLiteral("127.0.0.1");
        r.port = m_net->tcpServer(1)->port();
        r.clientAddress = 48;
        fleet::RouterAccess access;
        access.authentication = client::Authentication::Low;
        access.password = QByteArrayLiteral("1234567812345678");
        access.responseTimeoutMs = 10000;
        access.blockKey = QByteArray(16, '\x01');
        access.authKey = QByteArray(16, '\x02');
        access.systemTitle = QByteArrayLiteral("IMSDESK1");
        const Result<qint64> router = fleet::FleetStore(conn).addRouter(r, access);
        QVERIFY(router.ok());
        for (int i = 0; i <= kMeters; ++i) {
            domain::Meter m;
            m.serial = QString::fromLatin1(
                m_net->router(1).meter(quint16(sim::kFirstMeterPhysical + i))->spec().serial);
            m.siteId = m_siteId;
            m.routerId = *router;
            m.feederId = i < kMeters ? m_feederId : m_lightsFeederId;
            m.physicalAddress = sim::kFirstMeterPhysical + i;
            QVERIFY(domain.add(m).ok());
        }
    }

    void cleanupTestCase() { m_net.reset(); }

    void withoutYesNothingSwitchesAndTheCountIsNamed()
    {
        const CliRun run
            = runCli(QStringList{QStringLiteral("relay"), QStringLiteral("off"),
                                 QStringLiteral("--feeder"), QString::number(m_feederId)}
                     + dbArgs());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("3 meter(s) of feeder F-2")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("pass --yes")));
        for (int i = 0; i < kMeters; ++i)
            QVERIFY(relayClosed(i));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM commands")), 0);
    }

    void feederOffOpensEveryRelayAndListsEachMeter()
    {
        const CliRun run
            = runCli(QStringList{QStringLiteral("relay"), QStringLiteral("off"),
                                 QStringLiteral("--feeder"), QString::number(m_feederId),
                                 QStringLiteral("--yes"), QStringLiteral("--json"),
                                 QStringLiteral("--operator"), QStringLiteral("dispatcher")}
                     + dbArgs());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject summary = run.lastJson();
        QCOMPARE(summary[QStringLiteral("meters")].toInt(), kMeters);
        QCOMPARE(summary[QStringLiteral("applied")].toInt(), kMeters);
        const QJsonArray results = summary[QStringLiteral("results")].toArray();
        QCOMPARE(results.size(), kMeters);
        for (const QJsonValue &v : results) {
            QCOMPARE(v[QStringLiteral("outcome")].toString(), QStringLiteral("applied"));
            QCOMPARE(v[QStringLiteral("output")].toString(), QStringLiteral("open"));
        }
        for (int i = 0; i < kMeters; ++i)
            QVERIFY(!relayClosed(i));
        QVERIFY(relayClosed(kMeters));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM commands WHERE command = 'relay-off'"
                                      " AND succeeded = 1 AND operator = 'dispatcher'")),
                 kMeters);

        const CliRun on = runCli(QStringList{QStringLiteral("relay"), QStringLiteral("on"),
                                             QStringLiteral("--feeder"),
                                             QString::number(m_feederId), QStringLiteral("--yes")}
                                 + dbArgs());
        QVERIFY2(on.exitCode == 0, qPrintable(on.err + on.out));
        for (int i = 0; i < kMeters; ++i)
            QVERIFY(relayClosed(i));
    }

    void sunsetScheduleRunsWhenDue()
    {
        // No coordinates yet: a sunset schedule is refused.
        QStringList add{QStringLiteral("switch-schedule"),
                        QStringLiteral("add"),
                        QStringLiteral("--name"),
                        QStringLiteral("Lights off"),
                        QStringLiteral("--feeder"),
                        QString::number(m_lightsFeederId),
                        QStringLiteral("--action"),
                        QStringLiteral("off"),
                        QStringLiteral("--at"),
                        QStringLiteral("sunset"),
                        QStringLiteral("--json")};
        add += dbArgs();
        QCOMPARE(runCli(add).exitCode, 2);
        const CliRun coords
            = runCli(QStringList{QStringLiteral("site"), QStringLiteral("coordinates"),
                                 QStringLiteral("--site"), QString::number(m_siteId),
                                 QStringLiteral("--lat"), QStringLiteral("55.7558"),
                                 QStringLiteral("--lon"), QStringLiteral("37.6173")}
                     + dbArgs());
        QVERIFY2(coords.exitCode == 0, qPrintable(coords.err));
        const CliRun added = runCli(add);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        // Created now (the wall clock): a run for 2025 is before its creation.
        QVERIFY(added.lastJson().contains(QStringLiteral("next_due")));
        const CliRun listed = runCli(QStringList{QStringLiteral("switch-schedule"),
                                                 QStringLiteral("list"), QStringLiteral("--json")}
                                     + dbArgs());
        QCOMPARE(listed.json.size(), 1);
        QCOMPARE(listed.lastJson()[QStringLiteral("at")].toString(), QStringLiteral("sunset"));
        QCOMPARE(listed.lastJson()[QStringLiteral("target")].toString(),
                 QStringLiteral("feeder Lights"));

        // Make it look created long ago, then run it as of a winter evening.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM switch_schedules")), 1);
        {
            storage::Database db({m_db});
            QVERIFY(db.openAndMigrate().ok());
            QSqlDatabase c = *db.connection();
            QVERIFY(storage::Sql::exec(c, QStringLiteral("UPDATE switch_schedules SET"
                                                         " last_run_ms = 0, created_ms = 0"))
                        .ok());
        }
        const QStringList runDue
            = QStringList{QStringLiteral("switch-schedule"), QStringLiteral("run-due"),
                          QStringLiteral("--json"), QStringLiteral("--now")}
              + QStringList{QStringLiteral("2025-12-21T13:10:00Z")} + dbArgs();
        const CliRun ran = runCli(runDue);
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err + ran.out));
        QCOMPARE(ran.lastJson()[QStringLiteral("name")].toString(), QStringLiteral("Lights off"));
        QCOMPARE(ran.lastJson()[QStringLiteral("summary")].toString(), QStringLiteral("1 applied"));
        QVERIFY(!relayClosed(kMeters));
        // Once per due instant.
        const CliRun again = runCli(runDue);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.json.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCliGroupSwitch)
#include "tst_cli_group_switch.moc"
