// imsdesk-cli relay, tariff, limit and clock as an engineer types them,
// against a simulator running in this process (so the test can move its
// clock) and a database holding the router and the meter: the meter's state
// afterwards, the record of every command, and the refusals.
#include "models/control/control_store.h"
#include "models/domain/entities.h"
#include "models/fleet/fleet_store.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "protocol/sim/network/sim_network.h"
#include "support/cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

namespace {

using test::CliRun;
using test::runCli;

QJsonObject sw(const char *at, int tariff)
{
    return {{QStringLiteral("at"), QLatin1String(at)}, {QStringLiteral("tariff"), tariff}};
}

// T1 until 16:00 local time, T3 to 23:00, then T2; the simulation starts
// at 15:00 local time on a Monday.
QJsonObject plan(int tariffCount = 3)
{
    QJsonArray tariffs;
    for (int t = 1; t <= tariffCount; ++t)
        tariffs.append(QJsonObject{{QStringLiteral("id"), t}});
    return {{QStringLiteral("format"), QStringLiteral("imsdesk-tariff-plan/1")},
            {QStringLiteral("name"), QStringLiteral("cli 3-rate")},
            {QStringLiteral("tariffs"), tariffs},
            {QStringLiteral("day_profiles"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                    {QStringLiteral("switches"),
                                     QJsonArray{sw("00:00", 1), sw("16:00", 3), sw("23:00", 2)}}}}},
            {QStringLiteral("week_profiles"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("W")},
                                    {QStringLiteral("days"), QJsonArray{1, 1, 1, 1, 1, 1, 1}}}}},
            {QStringLiteral("seasons"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("S")},
                                    {QStringLiteral("start"), QStringLiteral("01-01")},
                                    {QStringLiteral("week"), QStringLiteral("W")}}}}};
}

} // namespace

class TstCliControl : public QObject
{
    Q_OBJECT

    const QDateTime kStart = QDateTime(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimNetwork> m_net;
    sim::SimMeter *m_meter = nullptr;
    QString m_db;
    QString m_serial;
    quint16 m_port = 0;

    QString writeFile(const QString &name, const QJsonObject &o)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(o).toJson());
        return path;
    }

    QStringList onMeter(const QString &serial = QString()) const
    {
        return {QStringLiteral("--db"), m_db, QStringLiteral("--meter"),
                serial.isEmpty() ? m_serial : serial};
    }

    // Runs `check` on a fresh connection to the database the CLI wrote.
    template<typename F>
    void withDatabase(F check)
    {
        storage::Database db({m_db});
        QVERIFY(db.openAndMigrate().ok());
        Result<QSqlDatabase> c = db.connection();
        QVERIFY(c.ok());
        check(*c);
    }

    qint64 registerValue(int tariff)
    {
        return m_meter->totalsAt(m_net->clock().nowMs()).value[0][size_t(tariff)];
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sim::NetworkConfig c;
        c.routers = 1;
        c.metersPerRouter = 4;
        c.headMeters = false;
        c.tcpPort = 0;
        c.baud = 0;
        c.seed = 7;
        c.start = kStart;
        c.timeScale = 0.0;
        c.historyDays = 30;
        m_net = std::make_unique<sim::SimNetwork>(c);
        const Status started = m_net->start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_port = m_net->tcpServer(1)->port();
        m_meter = m_net->router(1).meter(sim::kFirstMeterPhysical);
        QVERIFY(m_meter);
        m_serial = QString::fromLatin1(m_meter->spec().serial);

        // A port nobody listens on, for a router that cannot be reached.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 deadPort = probe.serverPort();
        probe.close();

        m_db = m_dir.filePath(QStringLiteral("control.sqlite"));
        storage::Database db({m_db});
        QVERIFY(db.openAndMigrate().ok());
        QSqlDatabase conn = *db.connection();
        storage::DomainStore domain(conn);
        const qint64 site = *domain.add(domain::Site{0, QStringLiteral("SNT"), {}, {}, {}});
        fleet::FleetStore fleetStore(conn);
        fleet::RouterAccess access;
        access.authentication = client::Authentication::Low;
        access.password = QByteArrayLiteral("1234567812345678");
        access.responseTimeoutMs = 10000;
        // Unused with LLS; given because FleetStore::addRouter stores empty keys as NULL,
        // which router_access refuses.
        access.blockKey = QByteArray(16, '\x01');
        access.authKey = QByteArray(16, '\x02');
        access.systemTitle = QByteArrayLiteral("IMSDESK1");
        const auto addRouter = [&](const QString &name, quint16 port) {
            domain::Router r;
            r.siteId = site;
            r.name = name;
            r.host = QStringLiteral("127.0.0.1");
            r.port = port;
            r.clientAddress = 48; // the SPODES configurator
            return fleetStore.addRouter(r, access);
        };
        Result<qint64> router = addRouter(QStringLiteral("R1"), m_port);
        Result<qint64> dead = addRouter(QStringLiteral("R-dead"), deadPort);
        QVERIFY(router.ok() && dead.ok());
        domain::Meter m;
        m.serial = m_serial;
        m.siteId = site;
        m.routerId = *router;
        m.physicalAddress = sim::kFirstMeterPhysical;
        QVERIFY(domain.add(m).ok());
        m.serial = QStringLiteral("GHOST001");
        m.routerId = *dead;
        QVERIFY(domain.add(m).ok());
    }

    void cleanupTestCase() { m_net.reset(); }

    // Must run first: the simulated clock is still before the 16:00 switch.
    void tariffPlanWrittenThroughTheCliChangesWhichRegisterGrows()
    {
        const QString file = writeFile(QStringLiteral("plan.json"), plan());
        const CliRun run = runCli(
            QStringList{QStringLiteral("tariff"), QStringLiteral("write"), QStringLiteral("--plan"),
                        file, QStringLiteral("--yes"), QStringLiteral("--json"),
                        QStringLiteral("--operator"), QStringLiteral("tester")}
            + onMeter());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(run.lastJson()[QStringLiteral("outcome")].toString(), QStringLiteral("applied"));
        QCOMPARE(run.lastJson()[QStringLiteral("meter")].toString(), m_serial);
        QVERIFY(m_net->clock().nowMs() < kStart.addSecs(50 * 60).toMSecsSinceEpoch());

        const qint64 t1 = registerValue(1);
        const qint64 t3 = registerValue(3);
        m_net->clock().advanceTo(kStart.addSecs(55 * 60).toMSecsSinceEpoch()); // 15:55 local
        QVERIFY(registerValue(1) > t1);
        QCOMPARE(registerValue(3), t3);
        m_net->clock().advanceTo(kStart.addSecs(60 * 60).toMSecsSinceEpoch()); // 16:00
        const qint64 t1AtSwitch = registerValue(1);
        m_net->clock().advanceTo(kStart.addSecs(3 * 60 * 60).toMSecsSinceEpoch()); // 18:00
        QCOMPARE(registerValue(1), t1AtSwitch);
        QVERIFY(registerValue(3) > t3);

        withDatabase([&](QSqlDatabase db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT operator, command, succeeded, message FROM"
                                          " commands ORDER BY id DESC LIMIT 1")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("tester"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("tariff-write"));
            QCOMPARE(q.value(2).toInt(), 1);
            QVERIFY(q.value(3).toString().startsWith(QStringLiteral("applied: ")));
            control::ControlStore store(db);
            Result<QList<control::MeterTariffStatus>> all
                = store.statuses(QDateTime::currentMSecsSinceEpoch());
            QVERIFY(all.ok());
            QCOMPARE(all->size(), 1);
            QCOMPARE(all->first().serial, m_serial);
            QCOMPARE(all->first().assignedPlan, QStringLiteral("cli 3-rate"));
            QCOMPARE(all->first().sync, control::PlanSync::InSync);
        });

        const CliRun verify
            = runCli(QStringList{QStringLiteral("tariff"), QStringLiteral("verify"),
                                 QStringLiteral("--plan"), file, QStringLiteral("--json")}
                     + onMeter());
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QCOMPARE(verify.lastJson()[QStringLiteral("state")].toString(), QStringLiteral("in-sync"));
    }

    void tariffReadPrintsAPlanFile()
    {
        const CliRun run
            = runCli(QStringList{QStringLiteral("tariff"), QStringLiteral("read")} + onMeter());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject active = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(active[QStringLiteral("name")].toString(), QStringLiteral("cli 3-rate"));
        QCOMPARE(active[QStringLiteral("day_profiles")].toArray().size(), 1);
    }

    void invalidPlanIsRefusedBeforeConnecting()
    {
        const QString file = writeFile(QStringLiteral("seven.json"), plan(7));
        const cosem::ActivityCalendar before = m_meter->state().calendar;
        // Port 1: had the command tried to connect, it would fail with a link error (3).
        const CliRun run = runCli({QStringLiteral("tariff"), QStringLiteral("write"),
                                   QStringLiteral("--plan"), file, QStringLiteral("--yes"),
                                   QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.contains(QStringLiteral("the plan has 7 tariffs; a meter switches at most 6")),
            qPrintable(run.err));
        QVERIFY(m_meter->state().calendar == before);
    }

    void withoutTerminalAndWithoutYesNothingSwitches()
    {
        const CliRun run
            = runCli(QStringList{QStringLiteral("relay"), QStringLiteral("off")} + onMeter());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("pass --yes")), qPrintable(run.err));
        QVERIFY2(run.err.contains(m_serial), qPrintable(run.err)); // names what would switch
        QVERIFY(m_meter->state().relay.outputState);
        withDatabase([](QSqlDatabase db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT COUNT(*) FROM commands WHERE command LIKE 'relay%'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        });
    }

    void relayOffStateOnThroughTheDatabase()
    {
        CliRun off = runCli(QStringList{QStringLiteral("relay"), QStringLiteral("off"),
                                        QStringLiteral("--yes"), QStringLiteral("--json")}
                            + onMeter());
        QVERIFY2(off.exitCode == 0, qPrintable(off.err));
        QCOMPARE(off.lastJson()[QStringLiteral("outcome")].toString(), QStringLiteral("applied"));
        QCOMPARE(
            off.lastJson()[QStringLiteral("after")].toObject()[QStringLiteral("output")].toString(),
            QStringLiteral("open"));
        QVERIFY(!m_meter->state().relay.outputState);

        CliRun state = runCli(
            QStringList{QStringLiteral("relay"), QStringLiteral("state"), QStringLiteral("--json")}
            + onMeter());
        QVERIFY2(state.exitCode == 0, qPrintable(state.err));
        QCOMPARE(state.lastJson()[QStringLiteral("output")].toString(), QStringLiteral("open"));
        QCOMPARE(state.lastJson()[QStringLiteral("control_state")].toString(),
                 QStringLiteral("disconnected"));

        CliRun on = runCli(QStringList{QStringLiteral("relay"), QStringLiteral("on"),
                                       QStringLiteral("--yes"), QStringLiteral("--json")}
                           + onMeter());
        QVERIFY2(on.exitCode == 0, qPrintable(on.err));
        QCOMPARE(
            on.lastJson()[QStringLiteral("after")].toObject()[QStringLiteral("output")].toString(),
            QStringLiteral("closed"));
        QVERIFY(m_meter->state().relay.outputState);

        withDatabase([](QSqlDatabase db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT command, succeeded FROM commands WHERE command"
                                          " LIKE 'relay%' ORDER BY id")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("relay-off"));
            QCOMPARE(q.value(1).toInt(), 1);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("relay-on"));
            QVERIFY(!q.next());
        });
    }

    void limitSetAndGetWithDirectOptions()
    {
        const QStringList direct{
            QStringLiteral("--tcp"),      QStringLiteral("127.0.0.1:%1").arg(m_port),
            QStringLiteral("--physical"), QStringLiteral("16"),
            QStringLiteral("--client"),   QStringLiteral("48"),
            QStringLiteral("--auth"),     QStringLiteral("low"),
            QStringLiteral("--password"), QStringLiteral("1234567812345678"),
            QStringLiteral("--json")};
        CliRun set = runCli(QStringList{QStringLiteral("limit"), QStringLiteral("set"),
                                        QStringLiteral("--kind"), QStringLiteral("power"),
                                        QStringLiteral("--threshold"), QStringLiteral("5000"),
                                        QStringLiteral("--over"), QStringLiteral("30"),
                                        QStringLiteral("--yes")}
                            + direct);
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(set.lastJson()[QStringLiteral("outcome")].toString(), QStringLiteral("applied"));
        const cosem::Limiter &power = m_meter->state().limiters[0].limiter;
        QCOMPARE(power.thresholdActive, axdr::Value::doubleLongUnsigned(5000));
        QCOMPARE(power.minOverThresholdDurationSeconds, quint32(30));

        CliRun get = runCli(QStringList{QStringLiteral("limit"), QStringLiteral("get")} + direct);
        QVERIFY2(get.exitCode == 0, qPrintable(get.err));
        const QStringList lines = get.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), m_meter->traits().differentialCurrent ? 4 : 3);
        const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(first[QStringLiteral("kind")].toString(), QStringLiteral("power"));
        QCOMPARE(first[QStringLiteral("threshold")].toDouble(), 5000.0);
        QCOMPARE(first[QStringLiteral("min_over_s")].toInt(), 30);
    }

    void clockShiftThroughTheDatabase()
    {
        const qint64 before = m_meter->meterTimeMs() - m_net->clock().nowMs();
        const CliRun run = runCli(QStringList{QStringLiteral("clock"), QStringLiteral("shift"),
                                              QStringLiteral("20"), QStringLiteral("--yes"),
                                              QStringLiteral("--json")}
                                  + onMeter());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.lastJson()[QStringLiteral("outcome")].toString(), QStringLiteral("applied"));
        const qint64 after = m_meter->meterTimeMs() - m_net->clock().nowMs();
        QVERIFY2(qAbs(after - before - 20'000) < 100, qPrintable(QString::number(after - before)));
    }

    void unreachableMeterIsRecordedAsNotApplied()
    {
        const QString file = writeFile(QStringLiteral("plan.json"), plan());
        const CliRun run = runCli(QStringList{QStringLiteral("tariff"), QStringLiteral("write"),
                                              QStringLiteral("--plan"), file,
                                              QStringLiteral("--yes"), QStringLiteral("--json")}
                                  + onMeter(QStringLiteral("GHOST001")));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.lastJson()[QStringLiteral("outcome")].toString(),
                 QStringLiteral("not-applied"));
        withDatabase([](QSqlDatabase db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT c.succeeded, c.message, t.outcome FROM commands c JOIN meters m ON"
                " m.id = c.meter_id JOIN meter_tariff_state t ON t.meter_id = m.id"
                " WHERE m.serial = 'GHOST001'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.value(1).toString().startsWith(QStringLiteral("not-applied: ")));
            QCOMPARE(q.value(2).toString(), QStringLiteral("not-applied"));
        });
    }
};

QTEST_GUILESS_MAIN(TstCliControl)
#include "tst_cli_control.moc"
