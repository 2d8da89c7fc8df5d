// The operator's group relay switching, end to end: a router's "Disconnect
// all meters…" in the installation tree, the confirmation (answered by the
// test), the engine switching each meter over real TCP against simulated
// meters, the progress dialog's summary — then the simulator's relays (not
// our own report) and one command record per meter. Declining the
// confirmation switches nothing and records nothing.
#include "app/common/engine_host.h"
#include "app/gui/engine_wiring.h"
#include "models/control/group_switch.h"
#include "models/control/switch_schedule_store.h"
#include "models/domain/entities.h"
#include "models/fleet/fleet_store.h"
#include "models/itemmodels/topology_model.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "models/storage/sql_util.h"
#include "protocol/sim/network/sim_network.h"
#include "ui/control/group_switch_flow.h"
#include "ui/control/switch_schedule_dialog.h"
#include "ui/core/query_runner.h"
#include "ui/main_window.h"
#include "ui/topology/topology_panel.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ims;

namespace {

constexpr int kMeters = 4;
constexpr int kSwitchTimeoutMs = 120000;

} // namespace

class TstGroupSwitchUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimNetwork> m_net;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<app::EngineHost> m_engine;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_routerId = 0;
    qint64 m_siteId = 0;
    QStringList m_confirmations; // texts the operator was asked

    sim::SimMeter &simMeter(int index)
    {
        return *m_net->router(1).meter(quint16(sim::kFirstMeterPhysical + index));
    }

    qint64 commandCount(const QString &command)
    {
        QSqlDatabase db = *m_db->connection(QStringLiteral("test"));
        const Result<qint64> n = storage::Sql::scalar(
            db, QStringLiteral("SELECT COUNT(*) FROM commands WHERE command = ?"), {command});
        return n ? *n : -1;
    }

    qint64 metersWithCommand(const QString &command)
    {
        QSqlDatabase db = *m_db->connection(QStringLiteral("test"));
        const Result<qint64> n = storage::Sql::scalar(
            db, QStringLiteral("SELECT COUNT(DISTINCT meter_id) FROM commands WHERE command = ?"),
            {command});
        return n ? *n : -1;
    }

    // The router's row in the tree (site -> router: it has no substation).
    QModelIndex routerRow()
    {
        QAbstractItemModel *model = m_window->topologyPanel()->view()->model();
        QList<QModelIndex> open{QModelIndex()};
        while (!open.isEmpty()) {
            const QModelIndex at = open.takeFirst();
            while (model->canFetchMore(at))
                model->fetchMore(at);
            for (int row = 0; row < model->rowCount(at); ++row) {
                const QModelIndex child = model->index(row, 0, at);
                const auto kind = child.data(itemmodels::TopologyModel::KindRole)
                                      .value<itemmodels::TopologyModel::NodeKind>();
                if (kind == itemmodels::TopologyModel::NodeKind::Router
                    && child.data(itemmodels::TopologyModel::IdRole).toLongLong() == m_routerId)
                    return child;
                if (kind != itemmodels::TopologyModel::NodeKind::Meter)
                    open << child;
            }
        }
        return {};
    }

    // Triggers the router's context menu action `name` with the confirmation
    // answered `accept`.
    void triggerOnRouter(const QString &name, bool accept)
    {
        ui::GroupSwitchFlow *flow = m_window->groupSwitchFlow();
        flow->setConfirm([this, accept](QWidget *, const QString &, const QString &text) {
            m_confirmations << text;
            return accept;
        });
        const QModelIndex router = routerRow();
        QVERIFY(router.isValid());
        std::unique_ptr<QMenu> menu(
            m_window->topologyPanel()->createContextMenu(router, m_window.get()));
        QVERIFY(menu);
        auto *action = menu->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY(!action->text().isEmpty());
        action->trigger();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sim::NetworkConfig c;
        c.routers = 1;
        c.metersPerRouter = kMeters;
        c.headMeters = false;
        c.tcpPort = 0;
        c.baud = 0;
        c.seed = 8;
        c.start = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        c.timeScale = 0.0;
        c.historyDays = 1;
        m_net = std::make_unique<sim::SimNetwork>(c);
        QVERIFY(m_net->start().ok());

        m_db = std::make_unique<storage::Database>(
            storage::DatabaseConfig{m_dir.filePath(QStringLiteral("switch-ui.sqlite"))});
        QVERIFY(m_db->openAndMigrate().ok());
        {
            QSqlDatabase db = *m_db->connection(QStringLiteral("test"));
            storage::DomainStore domain(db);
            const qint64 site = *domain.add(domain::Site{0, QStringLiteral("Village"), {}, {}, {}});
            domain::Router r;
            m_siteId = site;
            r.siteId = site;
            r.name = QStringLiteral("R-North");
            r.host = QStringLiteral("127.0.0.1");
            r.port = m_net->tcpServer(1)->port();
            r.clientAddress = 48; // the SPODES configurator: it may switch relays
            fleet::RouterAccess access;
            access.authentication = client::Authentication::Low;
            access.password = QByteArrayLiteral("1234567812345678");
            access.frameTimeoutMs = 300;
            access.responseTimeoutMs = 5000;
            Result<qint64> router = fleet::FleetStore(db).addRouter(r, access);
            QVERIFY2(router.ok(), qPrintable(router.error().message));
            m_routerId = *router;
            for (int i = 0; i < kMeters; ++i) {
                domain::Meter m;
                m.serial = QString::fromLatin1(simMeter(i).spec().serial);
                m.siteId = site;
                m.routerId = m_routerId;
                m.physicalAddress = sim::kFirstMeterPhysical + i;
                QVERIFY(domain.add(m).ok());
            }
        }

        m_engine = std::make_unique<app::EngineHost>(*m_db);
        m_window = std::make_unique<ui::MainWindow>(m_db.get());
        app::connectEngine(*m_window, *m_engine);
        m_engine->start(false);
        m_window->show();
        QVERIFY(m_window->groupSwitchFlow());
        for (int i = 0; i < kMeters; ++i)
            QVERIFY(simMeter(i).state().relay.outputState);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_engine.reset(); // commits what it holds while the network still runs
        m_net.reset();
        m_db.reset();
    }

    void declinedConfirmationSwitchesNothing()
    {
        QSignalSpy abandoned(m_window->groupSwitchFlow(), &ui::GroupSwitchFlow::abandoned);
        triggerOnRouter(QStringLiteral("disconnectAllMeters"), false);
        QVERIFY(abandoned.wait(30000));
        QCOMPARE(m_confirmations.size(), 1);
        // The confirmation names the router, the count and the meters.
        const QString asked = m_confirmations.constFirst();
        QVERIFY2(asked.contains(QStringLiteral("R-North")), qPrintable(asked));
        QVERIFY2(asked.contains(QString::number(kMeters)), qPrintable(asked));
        for (int i = 0; i < kMeters; ++i)
            QVERIFY2(asked.contains(QString::fromLatin1(simMeter(i).spec().serial)),
                     qPrintable(asked));
        QVERIFY(!m_window->groupSwitchFlow()->isBusy());
        QVERIFY(!m_window->groupSwitchFlow()->progressDialog());
        for (int i = 0; i < kMeters; ++i)
            QVERIFY(simMeter(i).state().relay.outputState);
        QVERIFY(m_engine->flushReadings().ok());
        QCOMPARE(commandCount(QStringLiteral("relay-off")), 0);
    }

    void routerDisconnectOpensEveryRelayAndRecordsEachMeter()
    {
        ui::GroupSwitchFlow *flow = m_window->groupSwitchFlow();
        QSignalSpy finished(flow, &ui::GroupSwitchFlow::finished);
        QSignalSpy perMeter(m_engine.get(),
                            &control::GroupSwitchCommands::groupSwitchMeterFinished);
        m_confirmations.clear();
        triggerOnRouter(QStringLiteral("disconnectAllMeters"), true);
        QVERIFY(finished.wait(kSwitchTimeoutMs));
        QCOMPARE(m_confirmations.size(), 1);

        const QString summary = finished.constFirst().at(0).toString();
        QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(summary));
        QCOMPARE(summary, control::GroupSwitch::tr("%n applied", nullptr, kMeters));
        // The dialog advanced once per meter and ends on the summary.
        QCOMPARE(perMeter.size(), kMeters);
        for (int i = 0; i < perMeter.size(); ++i)
            QCOMPARE(perMeter.at(i).at(2).toInt(), i + 1);
        QProgressDialog *progress = flow->progressDialog();
        QVERIFY(progress);
        QCOMPARE(progress->value(), kMeters);
        QCOMPARE(progress->maximum(), kMeters);
        QVERIFY2(progress->labelText().contains(summary), qPrintable(progress->labelText()));

        // The simulator's relays, not our report.
        for (int i = 0; i < kMeters; ++i)
            QVERIFY2(!simMeter(i).state().relay.outputState, qPrintable(QString::number(i)));
        QVERIFY(m_engine->flushReadings().ok());
        QCOMPARE(commandCount(QStringLiteral("relay-off")), qint64(kMeters));
        QCOMPARE(metersWithCommand(QStringLiteral("relay-off")), qint64(kMeters));
        QSqlQuery q(*m_db->connection(QStringLiteral("test")));
        QVERIFY(q.exec(QStringLiteral("SELECT succeeded, parameters FROM commands"
                                      " WHERE command = 'relay-off'")));
        while (q.next()) {
            QCOMPARE(q.value(0).toInt(), 1);
            // The audit trail says which group switched it.
            QVERIFY2(q.value(1).toString().contains(QStringLiteral("R-North")),
                     qPrintable(q.value(1).toString()));
        }
    }

    void routerReconnectClosesThemAgain()
    {
        QSignalSpy finished(m_window->groupSwitchFlow(), &ui::GroupSwitchFlow::finished);
        triggerOnRouter(QStringLiteral("reconnectAllMeters"), true);
        QVERIFY(finished.wait(kSwitchTimeoutMs));
        QVERIFY(finished.constFirst().at(1).toBool());
        for (int i = 0; i < kMeters; ++i)
            QVERIFY2(simMeter(i).state().relay.outputState, qPrintable(QString::number(i)));
        QVERIFY(m_engine->flushReadings().ok());
        QCOMPARE(commandCount(QStringLiteral("relay-on")), qint64(kMeters));
    }

    // Cancel after the first meter: the rest are recorded not applied, every
    // meter still has exactly one record, and the dialog ends on the summary.
    void cancelStopsTheMetersNotSwitchedYet()
    {
        ui::GroupSwitchFlow *flow = m_window->groupSwitchFlow();
        QSignalSpy finished(flow, &ui::GroupSwitchFlow::finished);
        QVERIFY(m_engine->flushReadings().ok());
        const qint64 before = commandCount(QStringLiteral("relay-off"));
        bool clicked = false;
        connect(
            m_engine.get(), &control::GroupSwitchCommands::groupSwitchMeterFinished, this,
            [flow, &clicked] {
                if (QProgressDialog *progress = flow->progressDialog())
                    if (auto *cancel = progress->findChild<QPushButton *>()) {
                        cancel->click();
                        clicked = true;
                    }
            },
            Qt::SingleShotConnection);
        triggerOnRouter(QStringLiteral("disconnectAllMeters"), true);
        QVERIFY(finished.wait(kSwitchTimeoutMs));
        QVERIFY(clicked);
        const QString summary = finished.constFirst().at(0).toString();
        QVERIFY(finished.constFirst().at(1).toBool());
        QVERIFY2(flow->progressDialog()->labelText().contains(summary),
                 qPrintable(flow->progressDialog()->labelText()));
        QVERIFY(!flow->isBusy());
        QVERIFY(m_engine->flushReadings().ok());
        QCOMPARE(commandCount(QStringLiteral("relay-off")), before + kMeters);
        int open = 0;
        for (int i = 0; i < kMeters; ++i)
            open += simMeter(i).state().relay.outputState ? 0 : 1;
        QVERIFY2(open >= 1, qPrintable(summary)); // the first one switched before the click

        // Leave every relay closed for whoever comes next.
        QSignalSpy reconnected(flow, &ui::GroupSwitchFlow::finished);
        triggerOnRouter(QStringLiteral("reconnectAllMeters"), true);
        QVERIFY(reconnected.wait(kSwitchTimeoutMs));
        for (int i = 0; i < kMeters; ++i)
            QVERIFY(simMeter(i).state().relay.outputState);
    }

    void switchSchedulesDialogAddsListsAndRemoves()
    {
        const QModelIndex router = routerRow();
        QVERIFY(router.isValid());
        std::unique_ptr<QMenu> menu(
            m_window->topologyPanel()->createContextMenu(router, m_window.get()));
        QVERIFY(menu);
        auto *open = menu->findChild<QAction *>(QStringLiteral("switchSchedules"));
        QVERIFY(open);
        open->trigger();
        auto *dialog = m_window->findChild<ui::SwitchScheduleDialog *>();
        QVERIFY(dialog);
        QSignalSpy loaded(dialog, &ui::SwitchScheduleDialog::loaded);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(dialog->table()->rowCount(), 0);

        // A time that does not parse is refused with a reason, nothing stored.
        dialog->nameEdit()->setText(QStringLiteral("Lights off"));
        dialog->timeEdit()->setText(QStringLiteral("25:99"));
        QVERIFY(!dialog->addFromForm());
        QVERIFY(!dialog->statusText().isEmpty());

        dialog->timeEdit()->setText(QStringLiteral("sunset+15"));
        dialog->daysEdit()->setText(QStringLiteral("mon-fri"));
        dialog->actionBox()->setCurrentIndex(
            dialog->actionBox()->findData(int(control::SwitchAction::Disconnect)));
        // Sunset needs the site's coordinates: the store refuses, the dialog says why.
        const QString refused = dialog->statusText();
        QVERIFY(dialog->addFromForm());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText() != refused, 30000);
        QCOMPARE(dialog->table()->rowCount(), 0);
        {
            QSqlDatabase db = *m_db->connection(QStringLiteral("test"));
            QVERIFY(control::SwitchScheduleStore(db)
                        .setSiteCoordinates(m_siteId, control::GeoPosition{55.75, 37.62})
                        .ok());
        }
        loaded.clear();
        QVERIFY(dialog->addFromForm());
        QVERIFY2(loaded.wait(30000), qPrintable(dialog->statusText()));
        QCOMPARE(dialog->table()->rowCount(), 1);
        QVERIFY(dialog->table()->item(0, 0)->text().contains(QStringLiteral("Lights off")));
        QVERIFY2(dialog->table()->item(0, 1)->text().contains(QStringLiteral("R-North")),
                 qPrintable(dialog->table()->item(0, 1)->text()));
        {
            QSqlDatabase db = *m_db->connection(QStringLiteral("test"));
            const Result<QList<control::SwitchSchedule>> stored
                = control::SwitchScheduleStore(db).schedules();
            QVERIFY(stored.ok());
            QCOMPARE(stored->size(), 1);
            const control::SwitchSchedule &s = stored->constFirst();
            QCOMPARE(s.name, QStringLiteral("Lights off"));
            QVERIFY(s.target.kind == control::SwitchTargetKind::Router);
            QCOMPARE(s.target.id, m_routerId);
            QVERIFY(s.action == control::SwitchAction::Disconnect);
            QVERIFY(s.timeKind == control::SwitchTimeKind::Sunset);
            QCOMPARE(s.offsetMinutes, 15);
            QCOMPARE(int(s.days), int(control::SwitchDays::Weekdays));
        }

        dialog->table()->selectRow(0);
        loaded.clear();
        dialog->removeSelected();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(dialog->table()->rowCount(), 0);
        QSqlDatabase db = *m_db->connection(QStringLiteral("test"));
        QCOMPARE(control::SwitchScheduleStore(db).schedules()->size(), 0);
        dialog->close();
    }
};

QTEST_MAIN(TstGroupSwitchUi)
#include "tst_group_switch_ui.moc"
