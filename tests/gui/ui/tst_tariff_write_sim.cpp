// Writing a tariff plan from the meter card: the editor opens on what the
// database keeps (the two-zone template when nothing), and the workstation's
// TariffService writes the plan to a simulated meter over TCP, off the GUI
// thread; the card's result says applied, the meter's calendar read back
// equals the plan, and the command and the plan are recorded as the CLI
// records them. A router that cannot be reached leaves "not applied".
#include "app/common/tariff_service.h"
#include "models/control/control_store.h"
#include "models/control/tariff_plan_templates.h"
#include "models/domain/entities.h"
#include "models/fleet/fleet_store.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "protocol/client/connection_profile.h"
#include "protocol/control/tariff_programmer.h"
#include "protocol/link/link_factory.h"
#include "protocol/sim/network/sim_network.h"
#include "ui/core/query_runner.h"
#include "ui/main_window.h"
#include "ui/meter_card/meter_card_view.h"
#include "ui/tariff/tariff_plan_editor.h"
#include "ui/tariff/tariff_write_panel.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QEventLoop>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ims;

class TstTariffWriteSim : public QObject
{
    Q_OBJECT

    const QDateTime kStart = QDateTime(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<ui::QueryRunner> m_runner;
    std::unique_ptr<sim::SimNetwork> m_net;
    sim::SimMeter *m_meter = nullptr;
    qint64 m_site = 0;
    qint64 m_meterId = 0;

    QSqlDatabase sql() { return *m_database->connection(QStringLiteral("test")); }

    qint64 addMeter(const QString &serial, quint16 port, const QString &model = {})
    {
        QSqlDatabase conn = sql();
        fleet::FleetStore fleetStore(conn);
        fleet::RouterAccess access;
        access.authentication = client::Authentication::Low;
        access.password = QByteArrayLiteral("1234567812345678");
        access.responseTimeoutMs = 10000;
        access.blockKey = QByteArray(16, '\x01');
        access.authKey = QByteArray(16, '\x02');
        access.systemTitle = QByteArrayLiteral("IMSDESK1");
        domain::Router r;
        r.siteId = m_site;
        r.name = QStringLiteral("R%1").arg(port);
        r.host = QStringLiteral("127.0.0.1");
        r.port = port;
        r.clientAddress = 48;
        Result<qint64> router = fleetStore.addRouter(r, access);
        if (!router)
            return 0;
        domain::Meter m;
        m.serial = serial;
        m.siteId = m_site;
        m.routerId = *router;
        m.physicalAddress = sim::kFirstMeterPhysical;
        m.model = model;
        storage::DomainStore domain(conn);
        Result<qint64> id = domain.add(m);
        return id ? *id : 0;
    }

    // The meter's calendar against `plan`, on a connection of the test's own.
    Result<control::TariffVerification> verifyOnMeter(const control::TariffPlan &plan)
    {
        QSqlDatabase conn = sql();
        Result<fleet::MeterEndpoint> endpoint = fleet::FleetStore(conn).meter(m_meterId);
        if (!endpoint)
            return endpoint.error();
        link::LinkFactory factory;
        std::unique_ptr<client::ApduChannel> channel
            = client::makeChannel(factory, endpoint->profile);
        client::DlmsClient dlms(*channel, endpoint->profile.association);
        std::optional<Result<control::TariffVerification>> result;
        QEventLoop loop;
        dlms.associate([&](Status s) {
            if (!s) {
                result.emplace(s.error());
                loop.quit();
                return;
            }
            control::TariffProgrammer::verify(dlms, plan,
                                              [&](Result<control::TariffVerification> v) {
                                                  result.emplace(std::move(v));
                                                  dlms.release([&](Status) { loop.quit(); });
                                              });
        });
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!result)
            return Error(ErrorKind::Timeout, QStringLiteral("verify did not finish"));
        return *result;
    }

    ui::TariffPlanEditor *openEditor(ui::MeterCardView &card)
    {
        QSignalSpy opened(&card, &ui::MeterCardView::tariffEditorOpened);
        card.findChild<QPushButton *>(QStringLiteral("tariffPlanButton"))->click();
        if (!opened.wait(10'000))
            return nullptr;
        return card.tariffEditor();
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
        c.seed = 8;
        c.start = kStart;
        c.timeScale = 0.0;
        c.historyDays = 2;
        m_net = std::make_unique<sim::SimNetwork>(c);
        QVERIFY(m_net->start().ok());
        m_meter = m_net->router(1).meter(sim::kFirstMeterPhysical);
        QVERIFY(m_meter);

        m_database = std::make_unique<storage::Database>(
            storage::DatabaseConfig{m_dir.filePath(QStringLiteral("tariff.sqlite"))});
        QVERIFY(m_database->openAndMigrate().ok());
        QSqlDatabase conn = sql();
        m_site
            = *storage::DomainStore(conn).add(domain::Site{0, QStringLiteral("SNT"), {}, {}, {}});
        m_meterId
            = addMeter(QString::fromLatin1(m_meter->spec().serial), m_net->tcpServer(1)->port());
        QVERIFY(m_meterId != 0);
        m_runner = std::make_unique<ui::QueryRunner>(*m_database);
    }

    void cleanupTestCase()
    {
        m_runner.reset();
        m_database->releaseConnection(QStringLiteral("test"));
        m_database.reset();
        m_net.reset();
    }

    void writtenFromTheCardTheMeterRunsThePlan()
    {
        app::TariffService service(*m_database);
        service.setOperatorName(QStringLiteral("chairman"));
        ui::MeterCardView card(m_runner.get());
        card.setTariffCommands(&service);
        QSignalSpy loaded(&card, &ui::MeterCardView::loaded);
        card.showMeter(m_meterId);
        QVERIFY(loaded.wait(10'000));

        // Nothing stored yet: the editor starts from the two-zone plan.
        ui::TariffPlanEditor *editor = openEditor(card);
        QVERIFY(editor);
        QCOMPARE(editor->plan(), control::TariffPlanTemplates::twoZone());
        editor->findChild<QPushButton *>(QStringLiteral("threeZoneButton"))->click();
        const control::TariffPlan plan = editor->plan();
        QCOMPARE(plan, control::TariffPlanTemplates::threeZone());

        ui::TariffWritePanel *panel = editor->writePanel();
        QVERIFY(panel->writeButton()->isEnabled());
        QSignalSpy progress(&service, &control::TariffCommands::progress);
        QSignalSpy finished(panel, &ui::TariffWritePanel::finished);
        QVERIFY(panel->write());
        QVERIFY(panel->isBusy());
        QVERIFY(!panel->writeButton()->isEnabled()); // one write at a time
        QVERIFY(finished.wait(60'000));
        QCOMPARE(panel->lastOutcome(), std::optional(control::Outcome::Applied));
        QVERIFY2(panel->resultText().startsWith(QStringLiteral("Applied: the meter runs plan")),
                 qPrintable(panel->resultText()));
        QVERIFY(progress.size() >= 2);
        QVERIFY(!panel->isBusy());

        // The meter, asked on a connection of our own.
        Result<control::TariffVerification> check = verifyOnMeter(plan);
        QVERIFY2(check.ok(), qPrintable(check.error().message));
        QVERIFY2(check->state == control::TariffSync::InSync,
                 qPrintable(check->differences.join(QLatin1Char('\n'))));
        QCOMPARE(check->meterDigest, plan.digest());
        QCOMPARE(control::TariffPlanCompare::normalized(check->meter.calendar.active),
                 control::TariffPlanCompare::normalized(plan.calendar));

        // Recorded as `tariff write --db` records it.
        QSqlQuery q(sql());
        QVERIFY(q.exec(QStringLiteral("SELECT operator, command, succeeded, message FROM commands"
                                      " ORDER BY id DESC LIMIT 1"))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("chairman"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("tariff-write"));
        QCOMPARE(q.value(2).toInt(), 1);
        QVERIFY(q.value(3).toString().startsWith(QStringLiteral("applied: ")));
        Result<control::MeterTariffStatus> status
            = control::ControlStore(sql()).status(m_meterId, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(status.ok());
        QCOMPARE(status->assignedPlan, plan.name);
        QCOMPARE(status->sync, control::PlanSync::InSync);
        editor->close();

        // Opened again, the editor shows the plan the database keeps.
        ui::TariffPlanEditor *again = openEditor(card);
        QVERIFY(again);
        QCOMPARE(again->plan(), plan);
        again->close();
    }

    // After the write above: the menu opens the editor on the stored plan.
    void menuActionOpensTheStoredPlan()
    {
        app::TariffService service(*m_database);
        ui::MainWindow window(m_database.get());
        window.meterCard()->setTariffCommands(&service);
        auto *action = window.findChild<QAction *>(QStringLiteral("tariffPlanAction"));
        QVERIFY(action);
        QSignalSpy opened(window.meterCard(), &ui::MeterCardView::tariffEditorOpened);
        action->trigger(); // no meter chosen: nothing to open
        QVERIFY(!opened.wait(500));

        QSignalSpy loaded(window.meterCard(), &ui::MeterCardView::loaded);
        window.showMeter(m_meterId);
        QVERIFY(loaded.wait(10'000));
        action->trigger();
        QVERIFY(opened.wait(10'000));
        ui::TariffPlanEditor *editor = window.meterCard()->tariffEditor();
        QVERIFY(editor);
        QCOMPARE(editor->plan(), control::TariffPlanTemplates::threeZone());
        QVERIFY(editor->writePanel()->writeButton()->isEnabled());
        editor->close();
        QVERIFY(window.waitForViews(10'000));
    }

    void unreachableRouterIsNotApplied()
    {
        // A port nobody listens on.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const qint64 meterId = addMeter(QStringLiteral("0099999999"), port);
        QVERIFY(meterId != 0);
        app::TariffService service(*m_database);
        ui::TariffPlanEditor editor;
        editor.setPlan(control::TariffPlanTemplates::twoZone());
        editor.setTarget(meterId, QStringLiteral("0099999999"), &service);
        QSignalSpy finished(editor.writePanel(), &ui::TariffWritePanel::finished);
        QVERIFY(editor.writePanel()->write());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(editor.writePanel()->lastOutcome(), std::optional(control::Outcome::NotApplied));
        QVERIFY2(editor.writePanel()->resultText().startsWith(
                     QStringLiteral("Not applied: the meter keeps its previous plan.")),
                 qPrintable(editor.writePanel()->resultText()));
        QSqlQuery q(sql());
        QVERIFY(q.exec(QStringLiteral("SELECT c.succeeded, c.message FROM commands c JOIN meters m"
                                      " ON m.id = c.meter_id WHERE m.serial = '0099999999'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY2(q.value(1).toString().startsWith(QStringLiteral("not-applied: ")),
                 qPrintable(q.value(1).toString()));
    }

    // Issue 8: "Activate at" a later time. The meter keeps running what it
    // ran (the three-zone plan written above); the passive calendar holds the
    // new plan and the activation time, and the panel says it is waiting.
    void writtenForLaterLeavesTheActiveCalendar()
    {
        app::TariffService service(*m_database);
        ui::TariffPlanEditor editor;
        editor.setTarget(m_meterId, QString::fromLatin1(m_meter->spec().serial), &service);
        const cosem::CalendarPlan runningBefore = m_meter->state().calendar->active;
        // Otherwise "unchanged" below would prove nothing.
        QVERIFY(control::TariffPlanCompare::normalized(runningBefore)
                != control::TariffPlanCompare::normalized(
                    control::TariffPlanTemplates::twoZone().calendar));
        editor.findChild<QPushButton *>(QStringLiteral("twoZoneButton"))->click();
        const control::TariffPlan plan = editor.plan();

        // Ahead of both the simulated meter's clock and this computer's.
        const QDateTime at(QDate::currentDate().addDays(2), QTime(0, 0));
        ui::TariffWritePanel *panel = editor.writePanel();
        panel->activateAtButton()->click();
        panel->activationEdit()->setDateTime(at);
        QSignalSpy finished(panel, &ui::TariffWritePanel::finished);
        QVERIFY(panel->write());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(panel->lastOutcome(), std::optional(control::Outcome::Applied));
        QVERIFY2(panel->resultText().startsWith(QStringLiteral("Written, waiting for activation")),
                 qPrintable(panel->resultText()));

        const cosem::ActivityCalendar &calendar = m_meter->state().calendar.get();
        QCOMPARE(control::TariffPlanCompare::normalized(calendar.active),
                 control::TariffPlanCompare::normalized(runningBefore));
        QCOMPARE(control::TariffPlanCompare::normalized(calendar.passive),
                 control::TariffPlanCompare::normalized(plan.calendar));
        QCOMPARE(calendar.activatePassiveCalendarTime.toQDateTime(), at);

        // The database says what the meter list shows: waiting until `at`.
        Result<control::MeterTariffStatus> status
            = control::ControlStore(sql()).status(m_meterId, at.toMSecsSinceEpoch() - 60'000);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(status->assignedPlan, plan.name);
        QCOMPARE(status->sync, control::PlanSync::Pending);
        QVERIFY(status->activationMs.has_value());
        QCOMPARE(*status->activationMs, at.toMSecsSinceEpoch());
    }

    // Issue 8: a three-phase NP545 has no energy zones; a plan with zones is
    // refused from the model table before any connection (the router below
    // does not even exist: "could not connect" would mean it tried).
    void zonesRefusedForAModelWithoutThem()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const qint64 meterId
            = addMeter(QStringLiteral("0054500001"), port, QStringLiteral("NP545"));
        QVERIFY(meterId != 0);
        app::TariffService service(*m_database);
        ui::TariffPlanEditor editor;
        editor.setTarget(meterId, QStringLiteral("0054500001"), &service);
        control::TariffPlan plan = control::TariffPlanTemplates::twoZone();
        plan.zones.zones = {{150'000, 2}};
        editor.setPlan(plan);
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problemsText()));
        QSignalSpy finished(editor.writePanel(), &ui::TariffWritePanel::finished);
        QSignalSpy progress(&service, &control::TariffCommands::progress);
        QVERIFY(editor.writePanel()->write());
        QVERIFY(finished.wait(20'000));
        QCOMPARE(editor.writePanel()->lastOutcome(), std::optional(control::Outcome::NotApplied));
        const QString text = editor.writePanel()->resultText();
        QVERIFY2(text.contains(QStringLiteral("the meter does not support energy-threshold zones")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("could not connect")), qPrintable(text));
        for (const QList<QVariant> &step : progress)
            QVERIFY2(!step.at(1).toString().startsWith(QStringLiteral("Connecting")),
                     qPrintable(step.at(1).toString()));
    }
};

QTEST_MAIN(TstTariffWriteSim)
#include "tst_tariff_write_sim.moc"
