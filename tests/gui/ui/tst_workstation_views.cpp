// The workstation's views offscreen against a database filled like a real
// installation (see support/workstation_fixture.h): each view loads off the
// GUI thread and shows what the data says.
#include "app/gui/trace_bridge.h"
#include "models/analytics/meter_status.h"
#include "models/domain/primary_value.h"
#include "models/itemmodels/alarm_list_model.h"
#include "models/itemmodels/balance_table_model.h"
#include "models/itemmodels/frame_trace_model.h"
#include "models/itemmodels/member_ranking_model.h"
#include "models/itemmodels/poll_progress_model.h"
#include "models/itemmodels/record_table_model.h"
#include "models/itemmodels/topology_model.h"
#include "models/storage/alarm_store.h"
#include "support/workstation_fixture.h"
#include "ui/alarms/alarm_banner.h"
#include "ui/alarms/alarms_view.h"
#include "ui/balance/balance_view.h"
#include "ui/core/query_runner.h"
#include "ui/load_profile/load_profile_view.h"
#include "ui/main_window.h"
#include "ui/meter_card/meter_card_view.h"
#include "ui/network_map/map_items.h"
#include "ui/network_map/network_map_panel.h"
#include "ui/network_map/network_map_view.h"
#include "ui/polling/polling_panel.h"
#include "ui/topology/topology_panel.h"
#include "ui/trace/frame_trace_view.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFile>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ims;
using namespace ims::ui;

namespace {
constexpr int kTimeout = 60000;

int lineSeriesNamed(QChart *chart, const QString &name)
{
    int count = 0;
    for (QAbstractSeries *s : chart->series())
        count += s->name() == name;
    return count;
}
} // namespace

class WorkstationViewsTest : public QObject
{
    Q_OBJECT

    test::WorkstationFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ImsDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workstation_views"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(m_fixture.setUp(), qPrintable(m_fixture.error));
        m_window = std::make_unique<MainWindow>(m_fixture.database.get());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->waitForViews(kTimeout));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_fixture.database.reset();
    }

    void topologyShowsTheTreeWithStatusIcons()
    {
        TopologyPanel *panel = m_window->topologyPanel();
        auto *model = panel->model();
        const QModelIndex site = model->index(0, 0);
        QCOMPARE(site.data().toString(), QStringLiteral("SNT Synthetic"));
        const QModelIndex substation = model->index(0, 0, site);
        QCOMPARE(substation.data().toString(), QStringLiteral("TP-1"));
        const QModelIndex router = model->index(0, 0, substation);
        QCOMPARE(model->rowCount(router), test::WorkstationFixture::kMetersPerRouter);
        const QModelIndex relay = model->findMeter(m_fixture.relayOpenMeter);
        QVERIFY(relay.isValid());
        const quint32 flags = relay.data(itemmodels::TopologyModel::StatusRole).toUInt();
        QCOMPARE(analytics::dominantStatus(flags), quint32(analytics::MeterStatusFlag::RelayOpen));
        // The tree shows an icon for it (the decorator's DecorationRole).
        QTreeView *tree = panel->view();
        auto *decorator = qobject_cast<QIdentityProxyModel *>(tree->model());
        QVERIFY(decorator);
        const QModelIndex shown = decorator->mapFromSource(relay);
        QVERIFY(!shown.data(Qt::DecorationRole).value<QIcon>().isNull());
        QSignalSpy activated(panel, &TopologyPanel::meterActivated);
        tree->clicked(shown);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), m_fixture.relayOpenMeter);
    }

    void meterCardShowsEverythingAndAsksToReadNow()
    {
        MeterCardView *card = m_window->meterCard();
        QSignalSpy loaded(card, &MeterCardView::loaded);
        m_window->showMeter(m_fixture.registerMeter);
        QVERIFY(m_window->waitForViews(kTimeout));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(m_window->tabs()->currentWidget(), card);
        auto *title = card->findChild<QLabel *>(QStringLiteral("meterCardTitle"));
        QVERIFY(title->text().contains(card->card().meter.serial));
        // Registers: A+ and R+ rows, total + 4 tariffs.
        QCOMPARE(card->registersModel()->rowCount(), 2);
        QCOMPARE(card->registersModel()->columnCount(), 7);
        // 1000000 + 7919 Wh x 4 + 10 -> 4031.686 kWh, exact.
        QCOMPARE(card->registersModel()->cell(0, 2), QStringLiteral("4,031.686"));
        QVERIFY(card->card().relayClosed.value_or(false));
        QCOMPARE(card->card().manual.size(), 1);
        QCOMPARE(card->card().stats.sessions, 3);
        QVERIFY(!card->card().lastIntervals.isEmpty());
        auto *route = card->findChild<QWidget *>(QStringLiteral("connectionBox"));
        QVERIFY(route);
        bool sawRouter = false;
        for (QLabel *label : route->findChildren<QLabel *>())
            sawRouter |= label->text().contains(QStringLiteral("USPD-1"));
        QVERIFY(sawRouter);
        QSignalSpy readNow(m_window.get(), &MainWindow::readNowRequested);
        card->findChild<QPushButton *>(QStringLiteral("readNowButton"))->click();
        QCOMPARE(readNow.count(), 1);
        QCOMPARE(readNow.first().first().toLongLong(), m_fixture.registerMeter);
    }

    void loadProfileDrawsGapsAsGapsAndExportsExactly()
    {
        LoadProfileView *profile = m_window->loadProfile();
        profile->showMeter(m_fixture.gapMeter, QStringLiteral("gap"));
        QVERIFY(m_window->waitForViews(kTimeout));
        profile->setSpan(LoadProfileView::Span::Day);
        profile->setAnchor(QDateTime::fromSecsSinceEpoch(m_fixture.gapFirstEnd).date());
        QVERIFY(m_window->waitForViews(kTimeout));
        const analytics::ProfileSeries &series = profile->series();
        QVERIFY(!series.buckets.isEmpty());
        // 12 missing intervals: the local day has fewer buckets than slots.
        QVERIFY(series.buckets.size() < (series.to - series.from) / 1800);
        // A+ is drawn in (at least) two pieces around the gap.
        QVERIFY(lineSeriesNamed(profile->chartView()->chart(), QStringLiteral("A+")) >= 2);
        const analytics::SeriesBucket &first = series.buckets.first();
        const QString hover = profile->hoverText(double(first.start + 60) * 1000.0);
        QVERIFY2(hover.contains(QStringLiteral("A+ = ")), qPrintable(hover));

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("profile.csv"));
        QVERIFY(profile->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("start_utc,end_utc,a_plus_kwh,a_minus_kwh,r_plus_kvarh,"
                                           "r_minus_kvarh,intervals,expected_intervals"));
        // Exact: six decimals of kWh (= mWh), digits only after the point.
        const QList<QByteArray> cells = lines[1].split(',');
        QCOMPARE(cells.size(), 8);
        QCOMPARE(cells[2], domain::formatFixed(*first.sumMwh[0], 6).toUtf8());
        const QString png = dir.filePath(QStringLiteral("profile.png"));
        QVERIFY(profile->exportPng(png));
        QVERIFY(QImage(png).width() > 100);

        profile->setSpan(LoadProfileView::Span::Year);
        QVERIFY(m_window->waitForViews(kTimeout));
        QCOMPARE(profile->series().bucketSeconds, 86400);
        // The data's days within the anchor's year (the 35 days may straddle New Year).
        const QDate last = QDate(1970, 1, 1).addDays(m_fixture.lastDay);
        const qint64 inYear = std::min<qint64>(test::WorkstationFixture::kDays, last.dayOfYear());
        QCOMPARE(profile->series().buckets.size(), inYear);
    }

    void balanceRanksTheTamperedMemberFirstByAnomaly()
    {
        BalanceView *balance = m_window->balanceView();
        m_window->showBalanceGroup(m_fixture.site.groupId);
        QVERIFY(m_window->waitForViews(kTimeout));
        QVERIFY(balance->daysModel()->rowCount() > 0);
        QVERIFY(balance->monthsModel()->rowCount() >= 1);
        QCOMPARE(balance->membersModel()->rowCount(),
                 test::WorkstationFixture::kRouters * test::WorkstationFixture::kMetersPerRouter
                     - 1);
        QAbstractItemModelTester tester(balance->sortedMembers(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        balance->rankBy(BalanceView::Ranking::ByAnomaly);
        const QModelIndex top = balance->sortedMembers()->index(0, 0);
        QCOMPARE(top.data(itemmodels::MemberRankingModel::MeterIdRole).toLongLong(),
                 m_fixture.tamperMeter);
        balance->rankBy(BalanceView::Ranking::ByShare);
        QVERIFY(balance->sortedMembers()
                    ->index(0, 0)
                    .data(itemmodels::MemberRankingModel::MeterIdRole)
                    .toLongLong()
                != m_fixture.tamperMeter);
        // The collapsed member raises the losses above the 4 % of the head's design.
        QVERIFY(balance->summaryText().contains(QStringLiteral("losses")));
        const auto &days = balance->daysModel()->balance();
        QVERIFY(days.total.lossBasisPoints().value_or(0) > 400);
    }

    void alarmsFilterAcknowledgeAndNotifyWithoutDialogs()
    {
        AlarmsView *alarms = m_window->alarmsView();
        itemmodels::AlarmListModel *model = alarms->alarmModel();
        QSqlDatabase db = m_fixture.connection();
        auto count = [&db](const QString &sql) {
            QSqlQuery q(db);
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        };
        // The fixture's three plus what storage raised (tamper, clock drift).
        const int total = count(QStringLiteral("SELECT COUNT(*) FROM alarms"));
        QVERIFY(total >= 3);
        QCOMPARE(model->rowCount(), total);
        alarms->setOperatorName(QStringLiteral("ivanov"));
        QTableView *table = alarms->alarmTable();
        table->selectRow(0);
        QSignalSpy acknowledged(alarms, &AlarmsView::alarmsAcknowledged);
        QCOMPARE(alarms->acknowledgeSelected(), 1);
        QCOMPARE(acknowledged.count(), 1);
        QVERIFY(model->index(0, itemmodels::AlarmListModel::Acknowledged)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("ivanov")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM alarms WHERE acknowledged_by ="
                                      " 'ivanov' AND acknowledged_at_ms IS NOT NULL")),
                 1);

        // Two critical alarms arrive: one banner, counting both; no dialog.
        AlarmBanner *banner = m_window->alarmBanner();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        storage::AlarmStore store(db);
        QVERIFY(store
                    .raise(QStringLiteral("cover"), storage::AlarmSeverity::Critical,
                           m_fixture.tamperMeter, QStringLiteral("terminal cover"), now)
                    .ok());
        QVERIFY(store
                    .raise(QStringLiteral("cover"), storage::AlarmSeverity::Critical,
                           m_fixture.gapMeter, QStringLiteral("terminal cover"), now)
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QCOMPARE(banner->pendingCount(), 2);
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        auto *statusLabel = m_window->findChild<QLabel *>(QStringLiteral("alarmCountLabel"));
        const int open
            = count(QStringLiteral("SELECT COUNT(*) FROM alarms WHERE acknowledged_at_ms IS NULL"));
        QTRY_COMPARE_WITH_TIMEOUT(statusLabel->text(),
                                  MainWindow::tr("%n unacknowledged alarm(s)", nullptr, open),
                                  15000);
        banner->findChild<QPushButton *>(QStringLiteral("alarmBannerShow"))->click();
        QVERIFY(!banner->isVisible());
        QCOMPARE(m_window->tabs()->currentWidget(), alarms);
    }

    void networkMapDrawsTheRouterTreeAndOpensMeters()
    {
        NetworkMapPanel *map = m_window->networkMap();
        m_window->showRouter(m_fixture.site.routerIds[1]);
        QVERIFY(m_window->waitForViews(kTimeout));
        QCOMPARE(map->routerId(), m_fixture.site.routerIds[1]);
        QCOMPARE(map->nodeCount(), test::WorkstationFixture::kMetersPerRouter);
        int deepest = 0;
        for (const analytics::NetworkNode &n : map->network().nodes)
            deepest = std::max(deepest, n.depth);
        QVERIFY(deepest >= 2);
        QVERIFY(map->find(QStringLiteral("WS00000025")));
        QVERIFY(!map->find(QStringLiteral("nope")));
        // A click on a node opens that meter.
        QSignalSpy activated(map, &NetworkMapPanel::meterActivated);
        NetworkMapView *view = map->view();
        MeterNodeItem *target = nullptr;
        for (QGraphicsItem *item : view->scene()->items())
            if (item->type() == MeterNodeItem::Type)
                target = static_cast<MeterNodeItem *>(item);
        QVERIFY(target);
        view->centerOn(target);
        const QPoint at = view->mapFromScene(target->pos());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), target->meterId());
    }

    void pollingPanelShowsProgressAndReasons()
    {
        PollingPanel *panel = m_window->pollingPanel();
        // The last round from the database, before the engine says anything.
        QVERIFY(panel->model()->totals().total
                >= test::WorkstationFixture::kRouters * test::WorkstationFixture::kMetersPerRouter);
        QCOMPARE(panel->model()->totals().failed, 1);
        engine::MeterProgress p;
        p.routerId = m_fixture.site.routerIds[0];
        p.meter = {m_fixture.failedMeter, QStringLiteral("WS00000007")};
        p.state = engine::MeterPollState::Failed;
        p.error = ErrorKind::AssociationRejected;
        m_window->onMeterProgress(p); // the live round replaces the history
        QCOMPARE(panel->model()->totals().total, 1);
        const QModelIndex meter = panel->model()->index(0, itemmodels::PollProgressModel::Details,
                                                        panel->model()->index(0, 0));
        QCOMPARE(meter.data().toString(),
                 itemmodels::PollProgressModel::failureText(ErrorKind::AssociationRejected));
        QVERIFY(panel->summaryText().contains(QStringLiteral("1 failed")));
        QSignalSpy start(m_window.get(), &MainWindow::pollStartRequested);
        QSignalSpy stop(m_window.get(), &MainWindow::pollStopRequested);
        panel->findChild<QPushButton *>(QStringLiteral("pollStartButton"))->click();
        panel->setRunning(true);
        panel->findChild<QPushButton *>(QStringLiteral("pollStopButton"))->click();
        QCOMPARE(start.count(), 1);
        QCOMPARE(stop.count(), 1);
    }

    void frameTraceFollowsALink()
    {
        FrameTraceView *trace = m_window->frameTraceView();
        link::FrameTrace source(100);
        source.record(link::TraceDirection::Out, QByteArray::fromHex("7ea00a"),
                      QStringLiteral("SNRM"), QStringLiteral("tcp 10.0.0.1:4059"));
        app::showTrace(source, *trace);
        source.record(link::TraceDirection::In, QByteArray::fromHex("7ea01f"), QStringLiteral("UA"),
                      QStringLiteral("tcp 10.0.0.1:4059"));
        QCOMPARE(trace->model()->rowCount(), 2);
        const QString copied = trace->copySelection();
        QVERIFY(copied.contains(QStringLiteral("7E A0 0A")));
        QVERIFY(copied.contains(QStringLiteral("UA")));
    }

    void linkStatesAndLayoutPersist()
    {
        m_window->setLinkState(QStringLiteral("USPD-1"), false);
        bool found = false;
        for (QLabel *label : m_window->findChildren<QLabel *>(QStringLiteral("linkState")))
            found |= label->text().contains(QStringLiteral("USPD-1"));
        QVERIFY(found);
        m_window->alarmsView()->alarmTable()->horizontalHeader()->resizeSection(0, 222);
        m_window->close();
        QSettings settings;
        QVERIFY(settings.contains(QStringLiteral("ui/state")));
        QVERIFY(settings.contains(QStringLiteral("ui/columns/alarmTable")));
        // A new window takes the columns back.
        MainWindow again(m_fixture.database.get());
        QVERIFY(again.waitForViews(kTimeout));
        QCOMPARE(again.alarmsView()->alarmTable()->horizontalHeader()->sectionSize(0), 222);
        m_window->show();
    }

    void manyLinksShareOneLabel()
    {
        MainWindow window;
        for (int i = 1; i <= 6; ++i)
            window.setLinkState(QStringLiteral("LINK-%1").arg(i), i != 3);
        window.setLinkState(QStringLiteral("LINK-5"), false);
        window.setLinkState(QStringLiteral("LINK-5"), false); // the same again: counted once
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const auto labels = window.findChildren<QLabel *>(QStringLiteral("linkState"));
        QCOMPARE(labels.size(), 1);
        const QLocale locale;
        QVERIFY2(labels.first()->text().contains(MainWindow::tr("%1 of %2 links connected")
                                                     .arg(locale.toString(4), locale.toString(6))),
                 qPrintable(labels.first()->text()));
    }

    void pollingPanelGathersFloods()
    {
        PollingPanel panel;
        engine::MeterProgress p;
        p.routerId = 1;
        p.state = engine::MeterPollState::Queued;
        for (qint64 m = 1; m <= 5000; ++m) {
            p.meter = {m, QStringLiteral("F%1").arg(m)};
            panel.onMeterProgress(p);
        }
        // The first report shows at once, the others together a moment later.
        QCOMPARE(panel.model()->totals().total, 1);
        QTRY_COMPARE(panel.model()->totals().total, 5000);
        QCOMPARE(panel.model()->rowCount(), 1);
        QVERIFY(panel.summaryText().contains(QLocale().toString(5000)));
    }
};

QTEST_MAIN(WorkstationViewsTest)
#include "tst_workstation_views.moc"
