// Opening the workstation on the 1,000,000-meter database: the real
// MainWindow built as `imsdesk --db FILE` builds it (app/gui/main.cpp), on
// the offscreen platform. Prints one JSON object per figure (bench_common.h);
// never run by CTest.
//   QT_QPA_PLATFORM=offscreen bench-workstation-open [--db FILE] [--no-engine]
//                                                    [--keep-schedule-marks] [--timeline]
//                                                    [--open-only] [--settle SECONDS]
//                                                    [--malloc-info FILE]
//
// The database is made (or checked) first by bench-million-db, next to this
// executable, in a process of its own: its memory does not count here.
//
// What is measured, from just before QApplication is constructed:
//   tree_painted_ms   the window is shown and the installation tree has
//                     painted its top rows (sites, the first substation,
//                     router and page of meters that MainWindow expands);
//   usable_ms         that, and the tab shown at start (the network map) has
//                     drawn its router's network: the first view usable;
//   all_views_ms      every load the window started while opening (tree,
//                     map, balance, load profile sources, alarms, polling
//                     history) has been delivered;
//   gui_max_stall_*   the longest the GUI thread did not run its event loop,
//                     measured by a 5 ms heartbeat timer;
//   rss/peak_rss      VmRSS and VmHWM from /proc/self/status.
// Then what an operator does next: expand the largest router in the tree
// (first page, then every page as scrolling down fetches them), search the
// tree, show the router on the network map and search it, open a meter card.
//
// With the engine (default, like imsdesk --db) the stored schedules start
// too; their last-run marks are cleared first (unless --keep-schedule-marks)
// so that every run opens like the morning after: all schedules due. The
// routers are at TEST-NET addresses: no answer, the visits fail. That run
// works on a copy of the database (FILE.engine-run, removed at the end)
// because the engine stores every failed session. --settle: how long the
// window is then left alone, measuring the GUI's stalls and the memory.
#include "app/common/engine_host.h"
#include "app/common/localization.h"
#include "app/gui/engine_wiring.h"
#include "bench_common.h"
#include "models/itemmodels/poll_progress_model.h"
#include "models/itemmodels/topology_model.h"
#include "models/storage/database.h"
#include "models/storage/sql_util.h"
#include "ui/balance/balance_view.h"
#include "ui/core/query_runner.h"
#include "ui/load_profile/load_profile_view.h"
#include "ui/main_window.h"
#include "ui/meter_card/meter_card_view.h"
#include "ui/network_map/network_map_panel.h"
#include "ui/polling/polling_panel.h"
#include "ui/topology/topology_panel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <malloc.h>
#include <memory>
#include <unistd.h>

using namespace ims;

namespace {

const QString kBench = QStringLiteral("workstation-open");

void report(const QString &metric, double value, const QString &unit)
{
    bench::report(kBench, metric, value, unit);
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench-workstation-open: %s\n", qPrintable(message));
    std::exit(1);
}

struct Options
{
    QString db = QDir::temp().filePath(QStringLiteral("imsdesk-bench-1m.sqlite"));
    bool engine = true;
    bool clearScheduleMarks = true;
    bool timeline = false;  // when each view delivered, on stderr
    bool openOnly = false;  // stop after the open (for profiling)
    int settleSeconds = 30; // the window left alone at the end, with the engine
    QString mallocInfo;     // where to write malloc_info() after the settle time
    int timeoutMs = 180000;
};

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == u"--db" && i + 1 < argc)
            o.db = QString::fromLocal8Bit(argv[++i]);
        else if (a == u"--no-engine")
            o.engine = false;
        else if (a == u"--keep-schedule-marks")
            o.clearScheduleMarks = false;
        else if (a == u"--timeline")
            o.timeline = true;
        else if (a == u"--open-only")
            o.openOnly = true;
        else if (a == u"--settle" && i + 1 < argc)
            o.settleSeconds = std::atoi(argv[++i]);
        else if (a == u"--malloc-info" && i + 1 < argc)
            o.mallocInfo = QString::fromLocal8Bit(argv[++i]);
        else
            die(QStringLiteral("unknown option %1").arg(a));
    }
    return o;
}

// kB fields of /proc/self/status, in MiB.
double statusMiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Time from the kernel starting this process to now (ms), from
// /proc/self/stat field 22 (start time in clock ticks after boot).
double msSinceProcessStart()
{
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22, counted from field 3
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// The database figures and the ids to use, from bench-million-db (which
// also clears the schedules' last-run marks when asked).
struct Prepared
{
    qint64 largestRouterId = 0;
    qint64 sampleMeterId = 0;
};

Prepared prepareDatabase(const QString &self, const QString &db, bool clearScheduleMarks)
{
    const QString generator = QFileInfo(self).dir().filePath(QStringLiteral("bench-million-db"));
    const QByteArray command
        = QStringLiteral("'%1' --db '%2'%3")
              .arg(generator, db,
                   clearScheduleMarks ? QStringLiteral(" --clear-schedule-marks") : QString())
              .toLocal8Bit();
    FILE *pipe = popen(command.constData(), "r");
    if (!pipe)
        die(QStringLiteral("cannot run %1").arg(generator));
    Prepared out;
    char line[4096];
    while (std::fgets(line, sizeof line, pipe)) {
        std::fputs(line, stdout);
        const QJsonObject o = QJsonDocument::fromJson(QByteArray(line)).object();
        const QString metric = o.value(QStringLiteral("metric")).toString();
        if (metric == u"largest_router_id")
            out.largestRouterId = qint64(o.value(QStringLiteral("value")).toDouble());
        else if (metric == u"sample_meter_id")
            out.sampleMeterId = qint64(o.value(QStringLiteral("value")).toDouble());
    }
    std::fflush(stdout);
    if (pclose(pipe) != 0 || out.largestRouterId == 0 || out.sampleMeterId == 0)
        die(QStringLiteral("bench-million-db failed"));
    return out;
}

// The longest gap between ticks of a 5 ms timer: how long the GUI thread
// was busy without returning to its event loop.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            m_max = std::max(m_max, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start(5);
    }
    // Forget what was measured so far (and the time since the last tick).
    void reset()
    {
        m_last = double(m_clock.nsecsElapsed()) / 1e6;
        m_max = 0;
    }
    double maxMs() const { return std::max(0.0, m_max - 5.0); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_max = 0;
};

// Runs the event loop until `done` holds (checked every millisecond and
// after every signal the caller wires to `loop`), or dies at the timeout.
void waitFor(const QString &what, const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return;
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(1);
    QTimer::singleShot(timeoutMs, &loop,
                       [&] { die(QStringLiteral("timed out waiting for %1").arg(what)); });
    loop.exec();
}

// Records when a widget is first painted while `ready` holds.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *widget, std::function<bool()> ready)
        : m_ready(std::move(ready))
    {
        widget->installEventFilter(this);
    }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted && m_ready())
            m_painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_ready;
    bool m_painted = false;
};

// The row of `parent`'s child whose id and kind match, fetching pages as
// the tree would; invalid when there is none.
QModelIndex findChild(QAbstractItemModel *model, const QModelIndex &parent,
                      itemmodels::TopologyModel::NodeKind kind, qint64 id)
{
    using itemmodels::TopologyModel;
    for (int row = 0;; ++row) {
        while (row >= model->rowCount(parent) && model->canFetchMore(parent))
            model->fetchMore(parent);
        if (row >= model->rowCount(parent))
            return {};
        const QModelIndex at = model->index(row, 0, parent);
        if (at.data(TopologyModel::IdRole).toLongLong() == id
            && at.data(TopologyModel::KindRole).value<TopologyModel::NodeKind>() == kind)
            return at;
    }
}

struct RouterPlace
{
    qint64 siteId = 0;
    qint64 substationId = 0;
    QString serialNearEnd; // of a meter late in the router, for the map search
    QString subscriberName;
};

// Looked up on a connection of its own, after the memory of the open phase
// has been recorded.
RouterPlace placeOf(storage::Database &database, qint64 routerId)
{
    RouterPlace out;
    auto db = database.connection(QStringLiteral("bench"));
    if (!db)
        die(db.error().message);
    auto scalar = [&](const QString &sql, const QVariantList &binds) {
        auto v = storage::Sql::scalar(*db, sql, binds);
        if (!v)
            die(v.error().message);
        return *v;
    };
    out.siteId = scalar(QStringLiteral("SELECT site_id FROM routers WHERE id = ?"), {routerId});
    out.substationId
        = scalar(QStringLiteral("SELECT substation_id FROM routers WHERE id = ?"), {routerId});
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT m.serial, s.name FROM meters m JOIN subscribers s"
                             " ON s.id = m.subscriber_id WHERE m.router_id = ?"
                             " ORDER BY m.id DESC LIMIT 1"));
    q.addBindValue(routerId);
    if (!q.exec() || !q.next())
        die(QStringLiteral("no meter with a subscriber behind router %1").arg(routerId));
    out.serialNearEnd = q.value(0).toString();
    out.subscriberName = q.value(1).toString();
    return out;
}

// A database file (and its WAL) that exists for one run.
class ScratchCopy
{
public:
    explicit ScratchCopy(QString path)
        : m_path(std::move(path))
    {
        remove();
    }
    ~ScratchCopy() { remove(); }
    ScratchCopy(const ScratchCopy &) = delete;
    ScratchCopy &operator=(const ScratchCopy &) = delete;

private:
    void remove() const
    {
        if (m_path.isEmpty())
            return;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_path + suffix);
    }
    QString m_path;
};

} // namespace

int main(int argc, char **argv)
{
    const double startToMain = msSinceProcessStart();
    const Options options = parse(argc, argv);
    const Prepared prepared = prepareDatabase(QString::fromLocal8Bit(argv[0]), options.db,
                                              options.engine && options.clearScheduleMarks);
    // The engine stores what it polls: with routers nobody answers, a failed
    // session for every meter it tries, millions in a few minutes. It runs
    // on a copy, so that the database stays as generated, run after run.
    const QString dbPath = options.engine ? options.db + QStringLiteral(".engine-run") : options.db;
    const ScratchCopy copy(options.engine ? dbPath : QString()); // removed last, at exit
    if (options.engine && !QFile::copy(options.db, dbPath))
        die(QStringLiteral("cannot copy %1 to %2").arg(options.db, dbPath));
    // Settings of our own (no window geometry from earlier runs).
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    const double rssBefore = statusMiB("VmRSS");

    // ---- the open, as app/gui/main.cpp does it -------------------------
    QElapsedTimer clock;
    clock.start();
    auto ms = [&clock] {
        return double(clock.nsecsElapsed()) / 1e6;
    };
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ImsDeskBench"));
    QApplication::setOrganizationName(QStringLiteral("ImsDeskBench"));
    app::installTranslations(app, QString());
    StallMeter stall;
    const double appMade = ms();

    auto database = std::make_unique<storage::Database>(storage::DatabaseConfig{dbPath});
    std::unique_ptr<app::EngineHost> engine;
    qint64 progressEvents = 0;
    // Planning: the schedules due at start fire one after the other on the
    // engine thread, each once its meters are planned and queued.
    double engineStarted = 0;
    double lastScheduleFired = 0;
    int schedulesFired = 0;
    qint64 metersQueued = 0;
    auto window = std::make_unique<ui::MainWindow>();
    const double windowMade = ms();
    if (const Status s = database->openAndMigrate(); !s)
        die(s.error().message);
    const double dbOpened = ms();
    window->openDatabase(*database);
    const double viewsBuilt = ms();
    if (options.engine) {
        engine = std::make_unique<app::EngineHost>(*database);
        app::connectEngine(*window, *engine);
        QObject::connect(engine.get(), &app::EngineHost::meterProgress, window.get(),
                         [&progressEvents] { ++progressEvents; });
        QObject::connect(engine.get(), &app::EngineHost::scheduleFired, window.get(),
                         [&](const QString &, int meters) {
                             lastScheduleFired = ms();
                             ++schedulesFired;
                             metersQueued += meters;
                         });
        engineStarted = ms();
        engine->start(true);
    }
    ui::TopologyPanel *topology = window->topologyPanel();
    QAbstractItemModel *tree = topology->view()->model();
    PaintWatch treePaint(topology->view()->viewport(), [tree] { return tree->rowCount() > 0; });
    bool mapLoaded = false;
    QObject::connect(window->networkMap(), &ui::NetworkMapPanel::loaded, window.get(),
                     [&mapLoaded] { mapLoaded = true; });
    if (options.timeline) {
        auto mark = [&ms](const char *what) {
            return [&ms, what] {
                std::fprintf(stderr, "%9.1f ms  %s\n", ms(), what);
            };
        };
        QObject::connect(window->networkMap(), &ui::NetworkMapPanel::loaded, mark("map loaded"));
        QObject::connect(window->balanceView(), &ui::BalanceView::loaded, mark("balance loaded"));
        QObject::connect(window->loadProfile(), &ui::LoadProfileView::loaded,
                         mark("load profile loaded"));
        QObject::connect(window->queryRunner(), &ui::QueryRunner::busyChanged, [&ms](bool busy) {
            std::fprintf(stderr, "%9.1f ms  runner %s\n", ms(), busy ? "busy" : "idle");
        });
        mark("views built")();
    }
    window->show();
    stall.reset(); // from here on the event loop should run freely
    const double shown = ms();
    waitFor(
        QStringLiteral("the tree"), [&] { return treePaint.painted(); }, options.timeoutMs);
    const double treePainted = ms();
    waitFor(
        QStringLiteral("the network map"), [&] { return mapLoaded; }, options.timeoutMs);
    const double usable = ms();
    const double stallToUsable = stall.maxMs();
    const double rssUsable = statusMiB("VmRSS");
    waitFor(
        QStringLiteral("the views"), [&] { return window->queryRunner()->pending() == 0; },
        options.timeoutMs);
    const double allViews = ms();
    const double stallOpen = stall.maxMs();
    const double rssOpen = statusMiB("VmRSS");
    const double peakOpen = statusMiB("VmHWM");

    report(QStringLiteral("process_start_to_main_ms"), startToMain, QStringLiteral("ms"));
    report(QStringLiteral("rss_before_qapplication_mib"), rssBefore, QStringLiteral("MiB"));
    report(QStringLiteral("qapplication_ms"), appMade, QStringLiteral("ms"));
    report(QStringLiteral("empty_window_ms"), windowMade, QStringLiteral("ms"));
    report(QStringLiteral("db_open_ms"), dbOpened, QStringLiteral("ms"));
    report(QStringLiteral("views_built_ms"), viewsBuilt, QStringLiteral("ms"));
    report(QStringLiteral("show_called_ms"), shown, QStringLiteral("ms"));
    report(QStringLiteral("tree_painted_ms"), treePainted, QStringLiteral("ms"));
    report(QStringLiteral("usable_ms"), usable, QStringLiteral("ms"));
    report(QStringLiteral("all_views_ms"), allViews, QStringLiteral("ms"));
    report(QStringLiteral("gui_max_stall_to_usable_ms"), stallToUsable, QStringLiteral("ms"));
    report(QStringLiteral("gui_max_stall_open_ms"), stallOpen, QStringLiteral("ms"));
    report(QStringLiteral("rss_usable_mib"), rssUsable, QStringLiteral("MiB"));
    report(QStringLiteral("rss_after_open_mib"), rssOpen, QStringLiteral("MiB"));
    report(QStringLiteral("peak_rss_open_mib"), peakOpen, QStringLiteral("MiB"));
    report(QStringLiteral("tree_loaded_nodes"), double(topology->model()->loadedNodes()),
           QStringLiteral("1"));

    // ---- what the operator does next -----------------------------------
    if (options.openOnly)
        return 0;
    const RouterPlace place = placeOf(*database, prepared.largestRouterId);
    using Kind = itemmodels::TopologyModel::NodeKind;
    QTreeView *view = topology->view();
    const QModelIndex site = findChild(tree, {}, Kind::Site, place.siteId);
    view->expand(site);
    const QModelIndex substation = findChild(tree, site, Kind::Substation, place.substationId);
    view->expand(substation);
    const QModelIndex router = findChild(tree, substation, Kind::Router, prepared.largestRouterId);
    if (!router.isValid())
        die(QStringLiteral("router %1 is not in the tree").arg(prepared.largestRouterId));
    QCoreApplication::processEvents();

    // Expanding: the view asks for the first page (fetchMore on the GUI thread).
    stall.reset();
    double t = ms();
    view->expand(router);
    view->scrollTo(router, QAbstractItemView::PositionAtTop);
    PaintWatch routerPaint(view->viewport(), [&] { return tree->rowCount(router) > 0; });
    view->viewport()->update();
    waitFor(
        QStringLiteral("the router's meters"), [&] { return routerPaint.painted(); },
        options.timeoutMs);
    report(QStringLiteral("tree_expand_router_ms"), ms() - t, QStringLiteral("ms"));
    report(QStringLiteral("tree_expand_router_rows"), tree->rowCount(router), QStringLiteral("1"));

    // Scrolling to the end fetches the other pages, one at a time.
    t = ms();
    double longestPage = 0;
    int pages = 0;
    while (tree->canFetchMore(router)) {
        const double p = ms();
        tree->fetchMore(router);
        longestPage = std::max(longestPage, ms() - p);
        ++pages;
        view->scrollToBottom();
        QCoreApplication::processEvents();
    }
    report(QStringLiteral("tree_router_all_rows_ms"), ms() - t, QStringLiteral("ms"));
    report(QStringLiteral("tree_router_rows"), tree->rowCount(router), QStringLiteral("1"));
    report(QStringLiteral("tree_longest_page_fetch_ms"), longestPage, QStringLiteral("ms"));
    report(QStringLiteral("tree_router_pages_fetched"), pages, QStringLiteral("1"));

    // Searches in the tree's box: off the GUI thread, then the card opens.
    auto *search = topology->findChild<QLineEdit *>(QStringLiteral("topologySearch"));
    ui::MeterCardView *card = window->meterCard();
    auto treeSearch = [&](const QString &name, const QString &text) {
        const QString metric = name + QStringLiteral("_ms");
        bool found = false;
        const auto c = QObject::connect(topology, &ui::TopologyPanel::meterActivated, window.get(),
                                        [&found](qint64) { found = true; });
        search->setText(text);
        stall.reset();
        const double s = ms();
        emit search->returnPressed();
        waitFor(
            metric, [&] { return found || window->queryRunner()->pending() == 0; },
            options.timeoutMs);
        report(metric, ms() - s, QStringLiteral("ms"));
        report(name + QStringLiteral("_found"), found ? 1 : 0, QStringLiteral("1"));
        QObject::disconnect(c);
        waitFor(
            QStringLiteral("the card after the search"),
            [&] { return window->queryRunner()->pending() == 0; }, options.timeoutMs);
    };
    treeSearch(QStringLiteral("tree_search_serial"), place.serialNearEnd);
    treeSearch(QStringLiteral("tree_search_subscriber"), place.subscriberName);
    treeSearch(QStringLiteral("tree_search_missing"), QStringLiteral("no such meter"));
    report(QStringLiteral("gui_max_stall_searches_ms"), stall.maxMs(), QStringLiteral("ms"));

    // The largest router on the network map, and a search on it.
    ui::NetworkMapPanel *map = window->networkMap();
    mapLoaded = false;
    stall.reset();
    t = ms();
    map->showRouter(prepared.largestRouterId);
    waitFor(
        QStringLiteral("the router's map"), [&] { return mapLoaded; }, options.timeoutMs);
    report(QStringLiteral("map_router_ms"), ms() - t, QStringLiteral("ms"));
    report(QStringLiteral("map_router_nodes"), map->nodeCount(), QStringLiteral("1"));
    report(QStringLiteral("gui_max_stall_map_ms"), stall.maxMs(), QStringLiteral("ms"));
    t = ms();
    const bool mapFound = map->find(place.serialNearEnd);
    report(QStringLiteral("map_search_ms"), ms() - t, QStringLiteral("ms"));
    report(QStringLiteral("map_search_found"), mapFound ? 1 : 0, QStringLiteral("1"));

    // A meter card (and the load profile the window opens with it).
    bool cardLoaded = false;
    QObject::connect(card, &ui::MeterCardView::loaded, window.get(),
                     [&cardLoaded] { cardLoaded = true; });
    waitFor(
        QStringLiteral("idle before the card"),
        [&] { return window->queryRunner()->pending() == 0; }, options.timeoutMs);
    stall.reset();
    t = ms();
    window->showMeter(prepared.sampleMeterId);
    waitFor(
        QStringLiteral("the meter card"), [&] { return cardLoaded; }, options.timeoutMs);
    report(QStringLiteral("meter_card_ms"), ms() - t, QStringLiteral("ms"));
    waitFor(
        QStringLiteral("the card's profile"), [&] { return window->queryRunner()->pending() == 0; },
        options.timeoutMs);
    report(QStringLiteral("meter_card_and_profile_ms"), ms() - t, QStringLiteral("ms"));
    report(QStringLiteral("gui_max_stall_card_ms"), stall.maxMs(), QStringLiteral("ms"));

    // What the window does after each batch of stored readings (every 2 s
    // while a round streams in): statuses of every loaded meter again, the
    // open card, charts and lists.
    waitFor(
        QStringLiteral("idle before the refresh"),
        [&] { return window->queryRunner()->pending() == 0; }, options.timeoutMs);
    stall.reset();
    t = ms();
    window->refreshData();
    report(QStringLiteral("refresh_data_gui_ms"), ms() - t, QStringLiteral("ms"));
    waitFor(
        QStringLiteral("the refresh"), [&] { return window->queryRunner()->pending() == 0; },
        options.timeoutMs);
    report(QStringLiteral("refresh_data_ms"), ms() - t, QStringLiteral("ms"));
    report(QStringLiteral("gui_max_stall_refresh_ms"), stall.maxMs(), QStringLiteral("ms"));

    // Left alone while the schedules that were due queue their meters: the
    // engine plans on its own thread, progress arrives on this one.
    if (engine && options.settleSeconds > 0) {
        stall.reset();
        t = ms();
        waitFor(
            QStringLiteral("the settle time"),
            [&] { return ms() - t >= options.settleSeconds * 1000.0; },
            options.settleSeconds * 1000 + 60000);
        report(QStringLiteral("settle_s"), options.settleSeconds, QStringLiteral("s"));
        report(QStringLiteral("settle_gui_max_stall_ms"), stall.maxMs(), QStringLiteral("ms"));
        report(QStringLiteral("settle_meter_progress_events"), double(progressEvents),
               QStringLiteral("1"));
        report(QStringLiteral("engine_schedules_fired"), schedulesFired, QStringLiteral("1"));
        report(QStringLiteral("engine_meters_queued"), double(metersQueued), QStringLiteral("1"));
        // From EngineHost::start() to the last schedule's report reaching
        // this thread (all of them are due at start).
        report(QStringLiteral("engine_planning_ms"),
               schedulesFired > 0 ? lastScheduleFired - engineStarted : -1, QStringLiteral("ms"));
        // How much of the memory is the polling panel's rows (one per meter
        // the engine reported): cleared, and the heap handed back.
        ui::PollingPanel *polling = window->pollingPanel();
        polling->applyPending();
        report(QStringLiteral("settle_polling_meter_rows"),
               double(polling->model()->totals().total), QStringLiteral("1"));
        report(QStringLiteral("settle_rss_mib"), statusMiB("VmRSS"), QStringLiteral("MiB"));
        if (!options.mallocInfo.isEmpty()) {
            // Per arena: what the heap holds and what of it is free (glibc's XML).
            if (FILE *f = std::fopen(QFile::encodeName(options.mallocInfo).constData(), "w")) {
                malloc_info(0, f);
                std::fclose(f);
            }
        }
        malloc_trim(0); // what is free already goes back first
        const double rssBeforeClear = statusMiB("VmRSS");
        report(QStringLiteral("settle_rss_trimmed_mib"), rssBeforeClear, QStringLiteral("MiB"));
        polling->clear();
        malloc_trim(0);
        report(QStringLiteral("settle_rss_of_polling_rows_mib"),
               rssBeforeClear - statusMiB("VmRSS"), QStringLiteral("MiB"));
    }
    report(QStringLiteral("rss_end_mib"), statusMiB("VmRSS"), QStringLiteral("MiB"));
    report(QStringLiteral("peak_rss_mib"), statusMiB("VmHWM"), QStringLiteral("MiB"));
    report(QStringLiteral("tree_loaded_nodes_end"), double(topology->model()->loadedNodes()),
           QStringLiteral("1"));

    window.reset();
    engine.reset();
    database.reset();
    return 0;
}
