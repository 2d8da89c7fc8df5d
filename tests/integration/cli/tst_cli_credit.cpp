// imsdesk-cli credit get|mode|thresholds|pay as an engineer types them,
// against a simulator running in this process (the test moves its clock)
// and a database holding the router and the meters: the account afterwards,
// the record of every command and balance, and the refusals.
#include "models/control/payment_store.h"
#include "models/domain/entities.h"
#include "models/fleet/fleet_store.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "protocol/sim/meter/payment_model.h"
#include "protocol/sim/network/sim_network.h"
#include "support/cli_runner.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

namespace {

using test::CliRun;
using test::runCli;

QStringList credit(const char *verb, QStringList rest = {})
{
    return QStringList{QStringLiteral("credit"), QLatin1String(verb)} + rest;
}

} // namespace

class TstCliCredit : public QObject
{
    Q_OBJECT

    const QDateTime kStart = QDateTime(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimNetwork> m_net;
    sim::SimMeter *m_meter = nullptr;
    QString m_db;
    QString m_serial;
    QString m_headSerial;
    quint16 m_port = 0;

    QStringList onMeter(const QString &serial = QString()) const
    {
        return {QStringLiteral("--db"), m_db, QStringLiteral("--meter"),
                serial.isEmpty() ? m_serial : serial};
    }

    template<typename F>
    void withDatabase(F check)
    {
        storage::Database db({m_db});
        QVERIFY(db.openAndMigrate().ok());
        Result<QSqlDatabase> c = db.connection();
        QVERIFY(c.ok());
        check(*c);
    }

    qint64 meterCredit() { return sim::PaymentModel::available(*m_meter, m_meter->nowMs()); }

    qint64 meterIdOf(QSqlDatabase db, const QString &serial)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM meters WHERE serial = ?"));
        q.addBindValue(serial);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    // The last command recorded: command, succeeded, message.
    QStringList lastCommand()
    {
        QStringList out;
        withDatabase([&](QSqlDatabase db) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT command, succeeded, message, parameters FROM"
                                      " commands ORDER BY id DESC LIMIT 1"))
                && q.next())
                out = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString()};
        });
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sim::NetworkConfig c;
        c.routers = 1;
        c.metersPerRouter = 2;
        c.headMeters = true;
        c.tcpPort = 0;
        c.baud = 0;
        c.seed = 11;
        c.start = kStart;
        c.timeScale = 0.0;
        c.historyDays = 30;
        m_net = std::make_unique<sim::SimNetwork>(c);
        const Status started = m_net->start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_port = m_net->tcpServer(1)->port();
        m_meter = m_net->router(1).meter(sim::kFirstMeterPhysical);
        sim::SimMeter *head = m_net->router(1).meter(sim::kHeadMeterPhysical);
        QVERIFY(m_meter && head);
        m_serial = QString::fromLatin1(m_meter->spec().serial);
        m_headSerial = QString::fromLatin1(head->spec().serial);

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 deadPort = probe.serverPort();
        probe.close();

        m_db = m_dir.filePath(QStringLiteral("credit.sqlite"));
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
        m.serial = m_headSerial;
        m.physicalAddress = sim::kHeadMeterPhysical;
        QVERIFY(domain.add(m).ok());
        m.serial = QStringLiteral("GHOST001");
        m.routerId = *dead;
        m.physicalAddress = sim::kFirstMeterPhysical;
        QVERIFY(domain.add(m).ok());
    }

    void cleanupTestCase() { m_net.reset(); }

    void getShowsAndStoresTheBalance()
    {
        const CliRun run = runCli(credit("get", {QStringLiteral("--json")}) + onMeter());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.lastJson()[QStringLiteral("meter")].toString(), m_serial);
        QCOMPARE(run.lastJson()[QStringLiteral("mode")].toString(), QStringLiteral("credit"));
        QCOMPARE(run.lastJson()[QStringLiteral("balance")].toInteger(), meterCredit());
        QCOMPARE(run.lastJson()[QStringLiteral("currency")].toString(), QStringLiteral("RUB"));
        QCOMPARE(run.lastJson()[QStringLiteral("low_credit_threshold")].toInteger(), 10'000);
        QCOMPARE(run.lastJson()[QStringLiteral("warning")].toString(), QStringLiteral("ok"));
        withDatabase([&](QSqlDatabase db) {
            control::PaymentStore store(db);
            const auto s = store.status(meterIdOf(db, m_serial));
            QVERIFY(s.ok() && s->has_value());
            QCOMPARE((*s)->availableCredit, meterCredit());
            QCOMPARE((*s)->paymentMode, quint8(1));
        });
        const CliRun text = runCli(credit("get") + onMeter());
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral(" RUB")), qPrintable(text.out));
    }

    void payIsCreditedAndRecorded()
    {
        const qint64 before = meterCredit();
        const CliRun run
            = runCli(credit("pay", {QStringLiteral("--amount"), QStringLiteral("500.25"),
                                    QStringLiteral("--yes"), QStringLiteral("--json"),
                                    QStringLiteral("--operator"), QStringLiteral("cashier")})
                     + onMeter());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(run.lastJson()[QStringLiteral("outcome")].toString(), QStringLiteral("applied"));
        QCOMPARE(meterCredit(), before + 50'025);
        const QJsonObject after = run.lastJson()[QStringLiteral("after")].toObject();
        QCOMPARE(after[QStringLiteral("balance")].toInteger(), before + 50'025);
        QCOMPARE(after[QStringLiteral("ledger")].toInteger()
                     - run.lastJson()[QStringLiteral("before")]
                           .toObject()[QStringLiteral("ledger")]
                           .toInteger(),
                 50'025);
        const QStringList last = lastCommand();
        QCOMPARE(last.value(0), QStringLiteral("credit-pay"));
        QCOMPARE(last.value(1), QStringLiteral("1"));
        QVERIFY(last.value(2).startsWith(QStringLiteral("applied: ")));
        QVERIFY(last.value(3).contains(QStringLiteral("500.25 RUB")));
        withDatabase([&](QSqlDatabase db) {
            control::PaymentStore store(db);
            const auto s = *store.status(meterIdOf(db, m_serial));
            QCOMPARE(s->availableCredit, before + 50'025);
            QCOMPARE(s->lastOutcome, std::optional(control::Outcome::Applied));
        });
    }

    void thresholdsAreWrittenAndReadBack()
    {
        const CliRun run
            = runCli(credit("thresholds", {QStringLiteral("--low"), QStringLiteral("50"),
                                           QStringLiteral("--disconnect"), QStringLiteral("5.5"),
                                           QStringLiteral("--yes"), QStringLiteral("--json")})
                     + onMeter());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(run.lastJson()[QStringLiteral("outcome")].toString(), QStringLiteral("applied"));
        QCOMPARE(m_meter->state().payment.lowCreditThreshold, 5'000);
        QCOMPARE(m_meter->state().payment.limit, 550);
        QCOMPARE(lastCommand().value(0), QStringLiteral("credit-thresholds"));
    }

    void badInputIsRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative payment")
            << credit("pay", {QStringLiteral("--amount=-5"), QStringLiteral("--yes")})
            << QStringLiteral("more than zero");
        QTest::newRow("not an amount") << credit(
            "pay", {QStringLiteral("--amount"), QStringLiteral("5,00"), QStringLiteral("--yes")})
                                       << QStringLiteral("is not an amount");
        QTest::newRow("warning below disconnection")
            << credit("thresholds",
                      {QStringLiteral("--low"), QStringLiteral("5"), QStringLiteral("--disconnect"),
                       QStringLiteral("50"), QStringLiteral("--yes")})
            << QStringLiteral("must be above --disconnect");
        QTest::newRow("unknown mode") << credit(
            "mode", {QStringLiteral("--mode"), QStringLiteral("free"), QStringLiteral("--yes")})
                                      << QStringLiteral("--mode credit or --mode prepayment");
        QTest::newRow("no verb") << QStringList{QStringLiteral("credit")}
                                 << QStringLiteral("usage: imsdesk-cli credit");
    }

    void badInputIsRefusedBeforeConnecting()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const sim::PaymentState state = m_meter->state().payment;
        // Port 1: had the command tried to connect, it would fail with a link error (3).
        const CliRun run
            = runCli(args + QStringList{QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(m_meter->state().payment.creditAtRef, state.creditAtRef);
        QCOMPARE(m_meter->state().payment.lowCreditThreshold, state.lowCreditThreshold);
    }

    void withoutYesNothingIsPaid()
    {
        const qint64 before = meterCredit();
        const CliRun run
            = runCli(credit("pay", {QStringLiteral("--amount"), QStringLiteral("10")}) + onMeter());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("pass --yes")), qPrintable(run.err));
        QVERIFY2(run.err.contains(m_serial), qPrintable(run.err));
        QCOMPARE(meterCredit(), before);
    }

    void meterWithoutAccountIsRefused()
    {
        const CliRun get = runCli(credit("get") + onMeter(m_headSerial));
        QCOMPARE(get.exitCode, 1);
        QVERIFY2(get.err.contains(QStringLiteral("0.0.19.0.0.255")), qPrintable(get.err));
        const CliRun pay = runCli(credit("pay", {QStringLiteral("--amount"), QStringLiteral("10"),
                                                 QStringLiteral("--yes"), QStringLiteral("--json")})
                                  + onMeter(m_headSerial));
        QCOMPARE(pay.exitCode, 1);
        QCOMPARE(pay.lastJson()[QStringLiteral("outcome")].toString(),
                 QStringLiteral("not-applied"));
        QCOMPARE(lastCommand().value(1), QStringLiteral("0"));
        withDatabase([&](QSqlDatabase db) {
            control::PaymentStore store(db);
            const auto s = *store.status(meterIdOf(db, m_headSerial));
            QVERIFY(s.has_value());
            QVERIFY(!s->supported);
        });
    }

    void unreachableRouterIsRecordedAsNotApplied()
    {
        const CliRun run = runCli(credit("pay", {QStringLiteral("--amount"), QStringLiteral("10"),
                                                 QStringLiteral("--yes")})
                                  + onMeter(QStringLiteral("GHOST001")));
        QCOMPARE(run.exitCode, 3);
        const QStringList last = lastCommand();
        QCOMPARE(last.value(0), QStringLiteral("credit-pay"));
        QVERIFY(last.value(2).startsWith(QStringLiteral("not-applied: ")));
    }

    void directOptionsReachTheMeter()
    {
        const CliRun run = runCli(credit(
            "get", {QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                    QStringLiteral("--physical"), QStringLiteral("16"), QStringLiteral("--client"),
                    QStringLiteral("48"), QStringLiteral("--auth"), QStringLiteral("low"),
                    QStringLiteral("--password"), QStringLiteral("1234567812345678"),
                    QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.lastJson()[QStringLiteral("balance")].toInteger(), meterCredit());
    }

    // Last: it leaves the meter in prepayment mode and moves the clock.
    void prepaymentRunsOutAndAPaymentReconnects()
    {
        // Disconnection 6.00 below the balance, the warning 2.00 below it.
        const qint64 now = meterCredit();
        const auto rub = [](qint64 kopecks) {
            return QStringLiteral("%1.%2")
                .arg(kopecks / 100)
                .arg(kopecks % 100, 2, 10, QLatin1Char('0'));
        };
        CliRun run = runCli(credit("thresholds", {QStringLiteral("--low"), rub(now - 200),
                                                  QStringLiteral("--disconnect"), rub(now - 600),
                                                  QStringLiteral("--yes")})
                            + onMeter());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        run = runCli(credit("mode", {QStringLiteral("--mode"), QStringLiteral("prepayment"),
                                     QStringLiteral("--yes"), QStringLiteral("--json")})
                     + onMeter());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(
            run.lastJson()[QStringLiteral("after")].toObject()[QStringLiteral("mode")].toString(),
            QStringLiteral("prepayment"));

        m_net->clock().advanceTo(kStart.addDays(2).toMSecsSinceEpoch());
        run = runCli(
            QStringList{QStringLiteral("relay"), QStringLiteral("state"), QStringLiteral("--json")}
            + onMeter());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.lastJson()[QStringLiteral("output")].toString(), QStringLiteral("open"));
        run = runCli(credit("get", {QStringLiteral("--json")}) + onMeter());
        QCOMPARE(run.lastJson()[QStringLiteral("warning")].toString(),
                 QStringLiteral("out-of-credit"));
        withDatabase([&](QSqlDatabase db) {
            control::PaymentStore store(db);
            const auto warned = store.warnings();
            QVERIFY(warned.ok());
            QCOMPARE(warned->size(), 1);
            QCOMPARE(warned->first().serial, m_serial);
        });

        run = runCli(credit("pay", {QStringLiteral("--amount"), QStringLiteral("100"),
                                    QStringLiteral("--yes"), QStringLiteral("--json")})
                     + onMeter());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(
            run.lastJson()[QStringLiteral("relay")].toObject()[QStringLiteral("output")].toString(),
            QStringLiteral("closed"));
        QCOMPARE(run.lastJson()[QStringLiteral("awaiting_subscriber")].toBool(), false);
        QVERIFY(m_meter->state().relay.outputState);
    }
};

QTEST_GUILESS_MAIN(TstCliCredit)
#include "tst_cli_credit.moc"
