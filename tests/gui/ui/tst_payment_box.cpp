// The meter card's prepayment box: what it shows from the database, the
// checks it makes before anything is sent, and a top-up carried out by the
// workstation's PaymentService against a simulated meter, off the GUI thread.
#include "app/common/payment_service.h"
#include "models/control/payment_store.h"
#include "models/domain/entities.h"
#include "models/fleet/fleet_store.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "models/storage/sql_util.h"
#include "protocol/sim/meter/payment_model.h"
#include "protocol/sim/network/sim_network.h"
#include "ui/core/query_runner.h"
#include "ui/meter_card/meter_card_view.h"
#include "ui/meter_card/payment_box.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

namespace {

// Records what the box asks for; answers only when told to.
class FakeCommands : public control::PaymentCommands
{
public:
    QStringList calls;
    std::optional<control::Money> lastAmount;
    std::optional<control::ThresholdRequest> lastThresholds;

    void readAccount(qint64 meterId) override { calls << QStringLiteral("read %1").arg(meterId); }
    void topUp(qint64 meterId, const control::Money &amount) override
    {
        calls << QStringLiteral("pay %1").arg(meterId);
        lastAmount = amount;
    }
    void setThresholds(qint64 meterId, const control::ThresholdRequest &request) override
    {
        calls << QStringLiteral("thresholds %1").arg(meterId);
        lastThresholds = request;
    }
    void setMode(qint64 meterId, cosem::PaymentMode mode) override
    {
        calls << QStringLiteral("mode %1 %2").arg(meterId).arg(int(mode));
    }
};

} // namespace

class TstPaymentBox : public QObject
{
    Q_OBJECT

    const QDateTime kStart = QDateTime(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<ui::QueryRunner> m_runner;
    std::unique_ptr<sim::SimNetwork> m_net;
    sim::SimMeter *m_meter = nullptr;
    qint64 m_meterId = 0;
    qint64 m_routerId = 0;

    QSqlDatabase sql() { return *m_database->connection(QStringLiteral("test")); }

    bool showAndWait(ui::PaymentBox &box)
    {
        QSignalSpy loaded(&box, &ui::PaymentBox::loaded);
        box.showMeter(m_meterId);
        return loaded.wait(10'000);
    }

    void storeAccount(qint64 credit, quint8 octet, quint8 mode)
    {
        control::AccountState s;
        s.modeAndStatus.paymentMode = mode;
        s.availableCredit = credit;
        s.lowCreditThreshold = 10'000;
        s.disconnectThreshold = 0;
        s.creditStatus.octet = octet;
        QVERIFY(control::PaymentStore(sql()).recordState(m_meterId, s, 1'000).ok());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sim::NetworkConfig c;
        c.routers = 1;
        c.metersPerRouter = 1;
        c.headMeters = false;
        c.tcpPort = 0;
        c.baud = 0;
        c.seed = 5;
        c.start = kStart;
        c.timeScale = 0.0;
        c.historyDays = 10;
        m_net = std::make_unique<sim::SimNetwork>(c);
        QVERIFY(m_net->start().ok());
        m_meter = m_net->router(1).meter(sim::kFirstMeterPhysical);
        QVERIFY(m_meter);

        m_database = std::make_unique<storage::Database>(
            storage::DatabaseConfig{m_dir.filePath(QStringLiteral("box.sqlite"))});
        QVERIFY(m_database->openAndMigrate().ok());
        QSqlDatabase conn = sql();
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
        domain::Router r;
        r.siteId = site;
        r.name = QStringLiteral("R1");
        r.host = QStringLiteral("127.0.0.1");
        r.port = m_net->tcpServer(1)->port();
        r.clientAddress = 48;
        Result<qint64> router = fleetStore.addRouter(r, access);
        QVERIFY(router.ok());
        m_routerId = *router;
        domain::Meter m;
        m.serial = QString::fromLatin1(m_meter->spec().serial);
        m.siteId = site;
        m.routerId = *router;
        m.physicalAddress = sim::kFirstMeterPhysical;
        Result<qint64> id = domain.add(m);
        QVERIFY(id.ok());
        m_meterId = *id;
        m_runner = std::make_unique<ui::QueryRunner>(*m_database);
    }

    void cleanupTestCase()
    {
        m_runner.reset();
        m_database->releaseConnection(QStringLiteral("test"));
        m_database.reset();
        m_net.reset();
    }

    void init()
    {
        QSqlDatabase db = sql();
        QVERIFY(storage::Sql::exec(db, QStringLiteral("DELETE FROM meter_payment_state")).ok());
    }

    void showsNothingReadYet()
    {
        ui::PaymentBox box(m_runner.get());
        QVERIFY(showAndWait(box));
        QVERIFY(!box.status());
        // Without commands nothing can be sent.
        QVERIFY(!box.findChild<QPushButton *>(QStringLiteral("paymentTopUpButton"))->isEnabled());
        QVERIFY(!box.topUp(QStringLiteral("10")));
    }

    void showsTheWarningTheSubscriberSees()
    {
        storeAccount(-250, 0x42, 2); // low credit and out of credit, prepayment
        ui::PaymentBox box(m_runner.get());
        QVERIFY(showAndWait(box));
        QVERIFY(box.status());
        QCOMPARE(box.status()->availableCredit, qint64(-250));
        QVERIFY2(box.warningText().contains(QStringLiteral("disconnects")),
                 qPrintable(box.warningText()));
        const QList<QLabel *> labels = box.findChildren<QLabel *>();
        const bool showsBalance = std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->text() == QStringLiteral("-2.50 RUB");
        });
        QVERIFY(showsBalance);
    }

    void refusesBadInputBeforeSending()
    {
        storeAccount(5'000, 0x80, 2);
        FakeCommands commands;
        ui::PaymentBox box(m_runner.get());
        box.setCommands(&commands);
        QVERIFY(showAndWait(box));
        QVERIFY(!box.topUp(QStringLiteral("-5")));
        QVERIFY(!box.topUp(QStringLiteral("0")));
        QVERIFY(!box.topUp(QStringLiteral("five")));
        QVERIFY(!box.setThresholds(QStringLiteral("5"), QStringLiteral("50")));
        QVERIFY2(box.messageText().contains(QStringLiteral("must be above")),
                 qPrintable(box.messageText()));
        // The disconnection above the stored warning (100.00).
        QVERIFY(!box.setThresholds(QString(), QStringLiteral("150")));
        QVERIFY(!box.setThresholds(QString(), QString()));
        QVERIFY(commands.calls.isEmpty());

        QVERIFY(box.topUp(QStringLiteral("250.50")));
        QCOMPARE(commands.calls, QStringList{QStringLiteral("pay %1").arg(m_meterId)});
        QCOMPARE(commands.lastAmount->in(-2).valueOr(0), qint64(25'050));
        // One at a time: busy until the service answers.
        QVERIFY(box.isBusy());
        QVERIFY(!box.topUp(QStringLiteral("1")));
        QSignalSpy finished(&box, &ui::PaymentBox::commandFinished);
        emit commands.finished(m_meterId, QStringLiteral("credit-pay"), true,
                               QStringLiteral("credited"));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!box.isBusy());
        QCOMPARE(box.messageText(), QStringLiteral("credited"));

        QVERIFY(box.setThresholds(QStringLiteral("20"), QStringLiteral("-5")));
        QCOMPARE(commands.lastThresholds->lowCredit->in(-2).valueOr(0), qint64(2'000));
        QCOMPARE(commands.lastThresholds->disconnect->in(-2).valueOr(0), qint64(-500));
    }

    void topUpThroughTheServiceReachesTheMeter()
    {
        app::PaymentService service(*m_database);
        service.setOperatorName(QStringLiteral("clerk"));
        ui::MeterCardView card(m_runner.get());
        card.setPaymentCommands(&service);
        ui::PaymentBox *box = card.paymentBox();
        QSignalSpy loaded(box, &ui::PaymentBox::loaded);
        card.showMeter(m_meterId);
        QVERIFY(loaded.wait(10'000));

        QSignalSpy finished(box, &ui::PaymentBox::commandFinished);
        QVERIFY(box->readAccount());
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(loaded.wait(10'000));
        const qint64 before = sim::PaymentModel::available(*m_meter, m_meter->nowMs());
        QCOMPARE(box->status()->availableCredit, before);

        QVERIFY(box->topUp(QStringLiteral("75.30")));
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(sim::PaymentModel::available(*m_meter, m_meter->nowMs()), before + 7'530);
        QCOMPARE(box->status()->availableCredit, before + 7'530);
        QCOMPARE(box->status()->lastOutcome, std::optional(control::Outcome::Applied));

        QSqlQuery q(sql());
        QVERIFY(q.exec(QStringLiteral("SELECT operator, command, succeeded FROM commands"
                                      " ORDER BY id DESC LIMIT 1"))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("clerk"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("credit-pay"));
        QCOMPARE(q.value(2).toInt(), 1);
    }

    void topUpWithTheRouterUnreachableIsRecordedAsNotApplied()
    {
        // A port nobody listens on: the connection is refused at once.
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            deadPort = probe.serverPort();
        }
        QSqlDatabase db = sql();
        QVERIFY(fleet::FleetStore(db)
                    .setRouterTcp(m_routerId, QStringLiteral("127.0.0.1"), deadPort)
                    .ok());
        app::PaymentService service(*m_database);
        ui::MeterCardView card(m_runner.get());
        card.setPaymentCommands(&service);
        ui::PaymentBox *box = card.paymentBox();
        QSignalSpy loaded(box, &ui::PaymentBox::loaded);
        card.showMeter(m_meterId);
        QVERIFY(loaded.wait(10'000));
        const qint64 before = sim::PaymentModel::available(*m_meter, m_meter->nowMs());

        QSignalSpy finished(box, &ui::PaymentBox::commandFinished);
        QVERIFY(box->topUp(QStringLiteral("10.00")));
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QSqlQuery q(sql());
        QVERIFY(q.exec(QStringLiteral("SELECT command, succeeded, message FROM commands"
                                      " ORDER BY id DESC LIMIT 1"))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("credit-pay"));
        QCOMPARE(q.value(1).toInt(), 0);
        QVERIFY(!q.value(2).toString().isEmpty()); // what went wrong, in words
        QCOMPARE(sim::PaymentModel::available(*m_meter, m_meter->nowMs()), before);

        // The service is still there for the next command, once the router is back.
        QVERIFY(
            fleet::FleetStore(db)
                .setRouterTcp(m_routerId, QStringLiteral("127.0.0.1"), m_net->tcpServer(1)->port())
                .ok());
        QVERIFY(box->readAccount());
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    }
};

QTEST_MAIN(TstPaymentBox)
#include "tst_payment_box.moc"
