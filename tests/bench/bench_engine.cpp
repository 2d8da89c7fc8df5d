// Polling-engine figures with the real parts: the simulated router over
// localhost TCP, fleet::PollService with its engine, the StorageWriter and
// a SQLite file. Prints one JSON object per figure (bench_common.h); never
// run by CTest.
//
//   bench-engine [--meters N] [--days D] [--warmup-days W]
//                [--wire-network N] [--wire-meters K] [--wire-offset I] [--baud B]
//                [--hop-latency MS] [--time-scale S] [--frame-timeout MS]
//                [--no-routes] [--meter-hdlc MAXINFO:WINDOW]
//                [--cpu-only | --wire-only | --fleet R]
//
// cpu:  baud 0, no hop latency, discrete clock; one router with N meters is
//       commissioned, read once for W days (warm-up: cursors as in steady
//       state), the clock moves D days on, and the measured round reads
//       those D days (profile, daily and monthly registers, events, clock).
//       The simulator runs on a thread of its own so that its CPU time can
//       be told apart from the engine's (main thread) and storage's.
// wire: the PLC model at B baud with MS per hop per frame, a running clock
//       S times real time; K meters spread over all rings of an N-meter
//       router (from position I) are read the same way, the warm-up round on
//       an unlimited line. Every HDLC frame is parsed on its way through a
//       probe link and charged as the simulator charges it. The frame
//       timeout is in real milliseconds: at S > 1 it is S times longer in
//       simulated time, so run deep routes with --time-scale 1 to see it.
//       Each meter's frame timer allows for its hops (meter_routes);
//       --no-routes forgets the routes, so the router's frame timeout
//       applies alone (the HDLC recovery from late answers then shows).
//       --meter-hdlc makes every meter accept that information field and
//       window (the engine proposes the largest; default meters answer 128/1).
// fleet: R routers of N meters each on an unlimited line, every router
//       commissioned over TCP, then one daily readout of all of them at once
//       (D days since a first visit): completion, wall and CPU time, peak
//       memory of the process (simulator included) and the database's size.
#include "bench_common.h"
#include "models/fleet/commissioning.h"
#include "models/fleet/fleet_store.h"
#include "models/fleet/poll_service.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "models/storage/sql_util.h"
#include "models/storage/storage_writer.h"
#include "protocol/engine/router_inventory.h"
#include "protocol/hdlc/hdlc_parameters.h"
#include "protocol/hdlc/hdlc_parser.h"
#include "protocol/link/link_factory.h"
#include "protocol/sim/network/sim_network.h"
#include "protocol/sim/transport/plc_channel.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <optional>
#include <sys/resource.h>

using namespace ims;

namespace {

const QString kBench = QStringLiteral("engine");

void report(const QString &metric, double value, const QString &unit)
{
    bench::report(kBench, metric, value, unit);
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench-engine: %s\n", qPrintable(what));
    std::exit(1);
}

void must(const Status &status, const char *what)
{
    if (!status)
        die(QLatin1String(what) + QLatin1String(": ") + status.error().message);
}

template<typename T>
T must(Result<T> result, const char *what)
{
    if (!result)
        die(QLatin1String(what) + QLatin1String(": ") + result.error().message);
    return std::move(result).value();
}

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double processCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval &v) {
        return double(v.tv_sec) + double(v.tv_usec) / 1e6;
    };
    return s(u.ru_utime) + s(u.ru_stime);
}

// Waits in an event loop for an asynchronous call's answer.
template<typename T>
T await(const std::function<void(std::function<void(T)>)> &start, const char *what)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        die(QLatin1String(what) + QLatin1String(": no answer"));
    return std::move(*result);
}

struct Options
{
    int meters = 2500;
    int days = 1;
    int warmupDays = 1;
    int wireNetwork = 2500;
    int wireMeters = 50;
    int wireOffset = 0; // the first sampled meter, by position on the router
    int baud = 4000;
    int hopLatencyMs = 40;
    double timeScale = 10.0;
    int frameTimeoutMs = 3000; // the router access default (fleet::RouterAccess)
    bool cpu = true;
    bool wire = true;
    bool routes = true;   // keep meter_routes: frame timers allow for the hops
    int fleetRouters = 0; // > 0: only the fleet figure, R routers of N meters at once
    std::optional<hdlc::HdlcParameters> meterHdlc; // what the meters accept (default 128/1)
};

Options parseOptions(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        auto number = [&]() -> double {
            bool ok = false;
            const double v = args.value(++i).toDouble(&ok);
            if (!ok)
                die(QStringLiteral("%1 wants a number").arg(a));
            return v;
        };
        if (a == u"--meters")
            o.meters = int(number());
        else if (a == u"--days")
            o.days = int(number());
        else if (a == u"--warmup-days")
            o.warmupDays = int(number());
        else if (a == u"--wire-network")
            o.wireNetwork = int(number());
        else if (a == u"--wire-meters")
            o.wireMeters = int(number());
        else if (a == u"--wire-offset")
            o.wireOffset = int(number());
        else if (a == u"--baud")
            o.baud = int(number());
        else if (a == u"--hop-latency")
            o.hopLatencyMs = int(number());
        else if (a == u"--time-scale")
            o.timeScale = number();
        else if (a == u"--frame-timeout")
            o.frameTimeoutMs = int(number());
        else if (a == u"--meter-hdlc") {
            // MAXINFO:WINDOW, both directions alike.
            const QStringList parts = args.value(++i).split(u':');
            const quint32 info = parts.value(0).toUInt();
            const quint32 window = parts.value(1).toUInt();
            if (parts.size() != 2 || info < 32 || info > hdlc::kMaxMaxInfo || window < 1
                || window > hdlc::kMaxWindow)
                die(QStringLiteral("--meter-hdlc wants MAXINFO:WINDOW, e.g. 512:7"));
            o.meterHdlc = hdlc::HdlcParameters{info, info, window, window};
        } else if (a == u"--fleet")
            o.fleetRouters = int(number());
        else if (a == u"--no-routes")
            o.routes = false;
        else if (a == u"--cpu-only")
            o.wire = false;
        else if (a == u"--wire-only")
            o.cpu = false;
        else
            die(QStringLiteral("unknown option %1").arg(a));
    }
    o.wireMeters = std::min(o.wireMeters, o.wireNetwork);
    if (o.fleetRouters > 0)
        o.cpu = o.wire = false;
    if (o.meters < 1 || o.days < 1 || o.warmupDays < 1 || o.wireMeters < 1)
        die(QStringLiteral("counts must be positive"));
    return o;
}

// The simulator on a thread of its own: its CPU time is measured apart and
// it answers while the engine thread works, as a real router would.
class SimHost
{
public:
    explicit SimHost(const sim::NetworkConfig &config)
    {
        m_thread.setObjectName(QStringLiteral("bench-sim"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        run([&] {
            m_network = std::make_unique<sim::SimNetwork>(config);
            m_started = m_network->start();
        });
        must(m_started, "simulator");
    }
    ~SimHost()
    {
        run([&] { m_network.reset(); });
        m_thread.quit();
        m_thread.wait();
        delete m_context;
    }
    SimHost(const SimHost &) = delete;
    SimHost &operator=(const SimHost &) = delete;

    // Runs `work` on the simulator's thread and waits for it.
    void run(const std::function<void()> &work)
    {
        QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
    }
    double cpuSeconds()
    {
        double s = 0;
        run([&] { s = threadCpuSeconds(); });
        return s;
    }
    sim::SimNetwork &network() { return *m_network; }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    std::unique_ptr<sim::SimNetwork> m_network;
    Status m_started;
};

// ---- wire probe -------------------------------------------------------------

// Every HDLC frame between the engine and the router, charged as the PLC
// model charges it (protocol/sim/transport/plc_channel.cpp).
class WireProbe
{
public:
    WireProbe(sim::PlcChannelSettings plc, std::function<int(quint16)> hops)
        : m_clock(QDateTime::fromSecsSinceEpoch(0, Qt::UTC), 0.0)
        , m_model(m_clock, plc, 1)
        , m_baud(plc.baud)
        , m_hops(std::move(hops))
    {
        m_sinceIn.start();
    }

    void setStep(const QString &step) { m_step = step; }

    void frame(link::TraceDirection direction, const hdlc::HdlcFrame &f)
    {
        const bool out = direction == link::TraceDirection::Out;
        const hdlc::HdlcAddress &server = out ? f.destination : f.source;
        const qsizetype bytes = qsizetype(hdlc::frameLength(f).valueOr(0)) + 2;
        Totals &t = server.size > 1 && server.lower != 0 ? m_plc : m_router;
        ++t.frames;
        t.bytes += bytes;
        ++t.kinds[hdlc::frameKindName(f.kind)];
        if (f.kind == hdlc::FrameKind::I && out) {
            // The same N(S) again to the same station: a retransmission after a timeout.
            const quint64 key = (quint64(server.lower) << 8) | quint64(f.ns);
            if (key == m_lastOutI && f.info.size() == m_lastOutSize)
                ++t.retransmissions;
            m_lastOutI = key;
            m_lastOutSize = f.info.size();
        }
        if (f.kind == hdlc::FrameKind::I) {
            // The first segment of an APDU carries the 3-byte LLC header.
            bool &segmenting = out ? m_outSegmenting : m_inSegmenting;
            t.apduBytes += f.info.size() - (segmenting ? 0 : 3);
            segmenting = f.segmented;
            ++t.iFrames;
        } else if (f.kind == hdlc::FrameKind::RR) {
            ++t.rrFrames;
        }
        if (&t == &m_plc) {
            const int hops = m_hops(server.lower);
            const double wire = double(hops) * double(bytes) * 10.0 * 1000.0 / m_baud;
            const qint64 charged = m_model.transferTimeMs(bytes, hops);
            t.wireMs += wire;
            t.chargedMs += double(charged);
            t.hopFrames += hops;
            StepTotals &s = m_steps[m_step];
            s.chargedMs += double(charged);
            s.bytes += bytes;
            ++s.frames;
        }
        if (out && m_lastWasIn)
            m_reactionNs += m_sinceIn.nsecsElapsed();
        m_lastWasIn = !out;
        if (!out)
            m_sinceIn.restart();
    }

    struct Totals
    {
        quint64 frames = 0, iFrames = 0, rrFrames = 0, hopFrames = 0, retransmissions = 0;
        qint64 bytes = 0, apduBytes = 0;
        double wireMs = 0, chargedMs = 0;
        std::map<QString, quint64> kinds;
    };
    struct StepTotals
    {
        double chargedMs = 0;
        qint64 bytes = 0;
        quint64 frames = 0;
    };
    const Totals &plc() const { return m_plc; }
    const Totals &router() const { return m_router; }
    const std::map<QString, StepTotals> &steps() const { return m_steps; }
    // Real time from a frame arriving to the engine's next frame going out.
    double reactionMs() const { return double(m_reactionNs) / 1e6; }

private:
    sim::VirtualClock m_clock;
    sim::PlcChannel m_model;
    int m_baud;
    std::function<int(quint16)> m_hops;
    Totals m_plc, m_router;
    std::map<QString, StepTotals> m_steps;
    QString m_step = QStringLiteral("connect");
    bool m_outSegmenting = false, m_inSegmenting = false;
    bool m_lastWasIn = false;
    quint64 m_lastOutI = ~quint64(0);
    qsizetype m_lastOutSize = -1;
    QElapsedTimer m_sinceIn;
    qint64 m_reactionNs = 0;
};

// A link that passes everything through and shows each frame to the probe.
class ProbeLink : public link::Link
{
public:
    ProbeLink(std::unique_ptr<link::Link> inner, WireProbe &probe)
        : m_inner(std::move(inner))
        , m_probe(probe)
    {
        connect(m_inner.get(), &Link::opened, this, &Link::opened);
        connect(m_inner.get(), &Link::closed, this, &Link::closed);
        connect(m_inner.get(), &Link::errorOccurred, this, &Link::errorOccurred);
        connect(m_inner.get(), &Link::bytesWritten, this, [this](qint64 n) { deliverWritten(n); });
        connect(m_inner.get(), &Link::bytesReceived, this, [this](const QByteArray &bytes) {
            see(m_in, link::TraceDirection::In, bytes);
            deliverReceived(bytes);
        });
    }
    void open() override { m_inner->open(); }
    void close() override { m_inner->close(); }
    Status write(const QByteArray &bytes) override
    {
        Status written = m_inner->write(bytes);
        if (written)
            see(m_out, link::TraceDirection::Out, bytes);
        return written;
    }
    bool isOpen() const override { return m_inner->isOpen(); }
    QString description() const override { return m_inner->description(); }

private:
    void see(hdlc::HdlcParser &parser, link::TraceDirection direction, const QByteArray &bytes)
    {
        parser.feed(bytes);
        for (hdlc::HdlcParseResult r = parser.next(); !r.needMore(); r = parser.next())
            if (r.isFrame())
                m_probe.frame(direction, r.frame);
    }

    std::unique_ptr<link::Link> m_inner;
    WireProbe &m_probe;
    hdlc::HdlcParser m_in, m_out;
};

class ProbeLinkFactory : public link::LinkFactory
{
public:
    explicit ProbeLinkFactory(WireProbe &probe)
        : m_probe(probe)
    {}
    std::unique_ptr<link::Link> create(const link::LinkSettings &settings) override
    {
        return std::make_unique<ProbeLink>(LinkFactory::create(settings), m_probe);
    }

private:
    WireProbe &m_probe;
};

// ---- the installation ---------------------------------------------------------

// A database with one router and its meters commissioned, the writer thread
// and the poll service, as the workstation runs them.
class Installation
{
public:
    Installation(SimHost &sim, link::LinkFactory &factory, int profileDays, qint64 backfillSeconds,
                 int frameTimeoutMs = 3000, int routers = 1)
        : m_sim(sim)
    {
        if (!m_dir.isValid())
            die(QStringLiteral("no temporary directory"));
        m_db = std::make_unique<storage::Database>(
            storage::DatabaseConfig{m_dir.filePath(QStringLiteral("engine.db"))});
        must(m_db->openAndMigrate(), "database");
        QSqlDatabase db = sql();
        must(storage::Sql::exec(db, QStringLiteral("UPDATE settings SET value = '%1'"
                                                   " WHERE key = 'profile_backfill_days'")
                                        .arg(profileDays)),
             "settings");
        storage::DomainStore domainStore(db);
        domain::Site site;
        site.name = QStringLiteral("SNT Bench");
        const qint64 siteId = must(domainStore.add(site), "site");
        for (int r = 1; r <= routers; ++r) {
            domain::Router router;
            router.name = QStringLiteral("TP-%1").arg(r);
            router.siteId = siteId;
            router.host = QStringLiteral("127.0.0.1");
            router.port = sim.network().tcpServer(r)->port();
            router.clientAddress = sim::kConfiguratorClientSap; // may correct clocks
            fleet::RouterAccess access;
            access.authentication = client::Authentication::Low;
            access.password = sim.network().credentials().configuratorPassword;
            access.frameTimeoutMs = frameTimeoutMs; // real milliseconds, whatever the time scale
            commission(factory, must(fleet::FleetStore(db).addRouter(router, access), "router"));
        }

        m_writer = std::make_unique<storage::StorageWriter>(*m_db);
        m_writer->start();
        engine::PollSettings overrides;
        sim::VirtualClock *clock = &sim.network().clock();
        overrides.nowMs = [clock] {
            return clock->nowMs();
        };
        overrides.retryDelayMs = 10;
        overrides.billingBackfillSeconds = backfillSeconds;
        overrides.eventBackfillSeconds = backfillSeconds;
        m_service = std::make_unique<fleet::PollService>(*m_db, *m_writer, factory, overrides);
    }
    ~Installation()
    {
        m_service.reset();
        m_writer->stop();
        m_writer.reset();
        m_db.reset();
    }

    QSqlDatabase sql() { return must(m_db->connection(), "connection"); }
    qint64 scalar(const QString &statement)
    {
        QSqlDatabase db = sql();
        return must(storage::Sql::scalar(db, statement), "query");
    }
    fleet::PollService &service() { return *m_service; }
    qint64 databaseBytes() const
    {
        qint64 total = 0;
        for (const char *suffix : {"", "-wal", "-shm"})
            total += QFileInfo(m_dir.filePath(QStringLiteral("engine.db")) + QLatin1String(suffix))
                         .size();
        return total;
    }

    // One round over every active meter; returns when it is stored.
    engine::PollSummary round(quint32 what)
    {
        std::optional<engine::PollSummary> summary;
        QEventLoop loop;
        const auto connection
            = QObject::connect(&m_service->engine(), &engine::PollEngine::finished, &loop,
                               [&](const engine::PollSummary &s) {
                                   summary = s;
                                   loop.quit();
                               });
        must(m_service->poll(fleet::PollTarget::all(), what), "poll");
        if (!summary) {
            QTimer::singleShot(4 * 3600 * 1000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QObject::disconnect(connection);
        if (!summary)
            die(QStringLiteral("the round did not finish"));
        must(m_writer->flush(), "storage");
        return *summary;
    }

    struct Stored
    {
        qint64 intervals = 0, registers = 0, events = 0, clockChecks = 0;
        qint64 total() const { return intervals + registers + events + clockChecks; }
    };
    Stored stored()
    {
        return {scalar(QStringLiteral("SELECT COUNT(*) FROM interval_values")),
                scalar(QStringLiteral("SELECT COUNT(*) FROM register_snapshots")),
                scalar(QStringLiteral("SELECT COUNT(*) FROM meter_events")),
                scalar(QStringLiteral("SELECT COUNT(*) FROM clock_checks"))};
    }

private:
    void commission(link::LinkFactory &factory, qint64 routerId)
    {
        QSqlDatabase db = sql();
        const fleet::RouterEndpoint router = must(fleet::FleetStore(db).router(routerId), "router");
        auto channel = client::makeChannel(factory, router.profile);
        client::DlmsClient client(*channel, router.profile.association);
        must(await<Status>([&](std::function<void(Status)> done) { client.associate(done); },
                           "associate"),
             "associate with the router");
        const engine::RouterInventory inventory
            = must(await<Result<engine::RouterInventory>>(
                       [&](std::function<void(Result<engine::RouterInventory>)> done) {
                           engine::InventoryReader::read(client, done);
                       },
                       "inventory"),
                   "inventory");
        const fleet::CommissionReport report
            = must(fleet::Commissioning(db).apply(router, inventory, fleet::CommissionOptions{},
                                                  m_sim.network().clock().nowMs()),
                   "commissioning");
        if (report.added == 0)
            die(QStringLiteral("no meter commissioned"));
        (void)await<Status>([&](std::function<void(Status)> done) { client.release(done); },
                            "release");
    }

    SimHost &m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::StorageWriter> m_writer;
    std::unique_ptr<fleet::PollService> m_service;
};

constexpr qint64 kDayMs = 86'400'000;
const QDateTime kStart(QDate(2026, 3, 16), QTime(6, 1), Qt::UTC);

sim::NetworkConfig networkConfig(const Options &o, int meters, int baud, int hopLatencyMs,
                                 double timeScale)
{
    sim::NetworkConfig config;
    config.meterHdlcLimits = o.meterHdlc;
    config.routers = 1;
    config.metersPerRouter = meters;
    config.headMeters = false; // N meters exactly
    config.tcpPort = 0;
    config.baud = baud;
    config.hopLatencyMs = hopLatencyMs;
    config.seed = 11;
    config.start = kStart;
    config.timeScale = timeScale;
    return config;
}

// ---- figure 1: CPU per meter-day ----------------------------------------------

void cpuPerMeterDay(const Options &o)
{
    SimHost sim(networkConfig(o, o.meters, 0, 0, 0.0));
    link::LinkFactory factory;
    QElapsedTimer phase;
    phase.start();
    // The backfill window bounds every profile read, not only the first one:
    // it must cover the measured days too.
    const int window = std::max(o.warmupDays, o.days);
    Installation site(sim, factory, window, qint64(window) * 86400);
    const qint64 meters = site.scalar(QStringLiteral("SELECT COUNT(*) FROM meters"));
    report(QStringLiteral("cpu_meters"), double(meters), QStringLiteral("1"));
    report(QStringLiteral("cpu_commission_wall_s"), double(phase.elapsed()) / 1e3,
           QStringLiteral("s"));

    phase.restart();
    const engine::PollSummary warm = site.round(engine::PollItem::DailyReadout);
    report(QStringLiteral("cpu_warmup_round_wall_s"), double(phase.elapsed()) / 1e3,
           QStringLiteral("s"));
    if (warm.metersFailed > 0)
        die(QStringLiteral("%1 meters failed in the warm-up round").arg(warm.metersFailed));

    // The measured round: D days later, everything since the cursors.
    sim.run([&] { sim.network().clock().advance(qint64(o.days) * kDayMs); });
    const Installation::Stored before = site.stored();
    const double simCpu0 = sim.cpuSeconds();
    const double mainCpu0 = threadCpuSeconds();
    const double cpu0 = processCpuSeconds();
    phase.restart();
    const engine::PollSummary s = site.round(engine::PollItem::DailyReadout);
    const double wall = double(phase.nsecsElapsed()) / 1e9;
    const double cpu = processCpuSeconds() - cpu0;
    const double mainCpu = threadCpuSeconds() - mainCpu0;
    const double simCpu = sim.cpuSeconds() - simCpu0;
    const Installation::Stored after = site.stored();
    if (s.metersFailed > 0)
        die(QStringLiteral("%1 meters failed").arg(s.metersFailed));

    const double meterDays = double(s.metersOk + s.metersPartial) * o.days;
    const double other = cpu - mainCpu - simCpu; // the storage writer, Qt's helpers
    report(QStringLiteral("cpu_meter_days"), meterDays, QStringLiteral("1"));
    report(QStringLiteral("cpu_round_wall_s"), wall, QStringLiteral("s"));
    report(QStringLiteral("cpu_process_s"), cpu, QStringLiteral("s"));
    report(QStringLiteral("cpu_simulator_thread_s"), simCpu, QStringLiteral("s"));
    report(QStringLiteral("cpu_engine_thread_s"), mainCpu, QStringLiteral("s"));
    report(QStringLiteral("cpu_storage_and_other_threads_s"), other, QStringLiteral("s"));
    report(QStringLiteral("cpu_process_us_per_meter_day"), cpu / meterDays * 1e6,
           QStringLiteral("us"));
    report(QStringLiteral("cpu_engine_storage_us_per_meter_day"), (cpu - simCpu) / meterDays * 1e6,
           QStringLiteral("us"));
    report(QStringLiteral("cpu_engine_thread_us_per_meter_day"), mainCpu / meterDays * 1e6,
           QStringLiteral("us"));
    report(QStringLiteral("cpu_storage_us_per_meter_day"), other / meterDays * 1e6,
           QStringLiteral("us"));
    report(QStringLiteral("cpu_bytes_per_meter_day"),
           double(s.bytesSent + s.bytesReceived) / meterDays, QStringLiteral("B"));
    report(QStringLiteral("cpu_intervals_stored"), double(after.intervals - before.intervals),
           QStringLiteral("1"));
    report(QStringLiteral("cpu_registers_stored"), double(after.registers - before.registers),
           QStringLiteral("1"));
    report(QStringLiteral("cpu_events_stored"), double(after.events - before.events),
           QStringLiteral("1"));
    report(QStringLiteral("cpu_clock_checks_stored"),
           double(after.clockChecks - before.clockChecks), QStringLiteral("1"));
    report(QStringLiteral("cpu_values_stored_per_meter_day"),
           double(after.total() - before.total()) / meterDays, QStringLiteral("1"));
}

// ---- figure 2: wire efficiency -------------------------------------------------

QString stepName(engine::PollStep step)
{
    switch (step) {
    case engine::PollStep::Waiting:
    case engine::PollStep::Connecting:
        return QStringLiteral("connect");
    case engine::PollStep::Associating:
        return QStringLiteral("associate");
    case engine::PollStep::Clock:
        return QStringLiteral("identity_clock");
    case engine::PollStep::Profile:
        return QStringLiteral("profile");
    case engine::PollStep::DailyRegisters:
        return QStringLiteral("daily_registers");
    case engine::PollStep::MonthlyRegisters:
        return QStringLiteral("monthly_registers");
    case engine::PollStep::Events:
        return QStringLiteral("events");
    case engine::PollStep::Registers:
        return QStringLiteral("registers");
    case engine::PollStep::Instant:
        return QStringLiteral("instant");
    case engine::PollStep::Releasing:
    case engine::PollStep::Finished:
        return QStringLiteral("release");
    }
    return QStringLiteral("other");
}

void wireEfficiency(const Options &o)
{
    SimHost sim(networkConfig(o, o.wireNetwork, o.baud, o.hopLatencyMs, o.timeScale));
    const sim::PlcTopology &topology = sim.network().router(1).topology();
    WireProbe probe(sim::PlcChannelSettings{o.baud, o.hopLatencyMs, 0.0, 0.0},
                    [&topology](quint16 physical) {
                        return topology.route(int(physical) - int(sim::kFirstMeterPhysical)).hops();
                    });
    ProbeLinkFactory factory(probe);
    // The backfill window bounds every profile read, not only the first one:
    // it must cover the measured days too.
    const int window = std::max(o.warmupDays, o.days);
    Installation site(sim, factory, window, qint64(window) * 86400, o.frameTimeoutMs);
    // K meters spread evenly over the whole router: every ring, every hop count.
    QSqlDatabase db = site.sql();
    QList<qint64> ids;
    QList<int> physical;
    {
        QSqlQuery q(db);
        must(storage::Sql::prepare(q, QStringLiteral("SELECT id, physical_address FROM meters"
                                                     " ORDER BY physical_address")),
             "meters");
        must(storage::Sql::exec(q), "meters");
        while (q.next()) {
            ids << q.value(0).toLongLong();
            physical << q.value(1).toInt();
        }
    }
    const qsizetype every = std::max<qsizetype>(1, ids.size() / o.wireMeters);
    QStringList disabled;
    int sample = 0;
    int hopSum = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i >= o.wireOffset && (i - o.wireOffset) % every == 0 && sample < o.wireMeters) {
            ++sample;
            hopSum += topology.route(physical[i] - int(sim::kFirstMeterPhysical)).hops();
        } else {
            disabled << QString::number(ids[i]);
        }
    }
    if (!o.routes)
        must(storage::Sql::exec(db, QStringLiteral("DELETE FROM meter_routes")), "routes");
    if (!disabled.isEmpty())
        must(storage::Sql::exec(db, QStringLiteral("UPDATE meters SET state = 2 WHERE id IN (%1)")
                                        .arg(disabled.join(u','))),
             "sample");
    QObject::connect(&site.service().engine(), &engine::PollEngine::meterProgress,
                     [&probe](const engine::MeterProgress &p) {
                         if (p.state == engine::MeterPollState::Running)
                             probe.setStep(stepName(p.step));
                     });
    report(QStringLiteral("wire_time_scale"), o.timeScale, QStringLiteral("1"));
    report(QStringLiteral("wire_frame_timeout_ms"), o.frameTimeoutMs, QStringLiteral("ms"));
    report(QStringLiteral("wire_meters"), sample, QStringLiteral("1"));
    report(QStringLiteral("wire_mean_hops"), double(hopSum) / sample, QStringLiteral("1"));

    // The warm-up round (W days) runs on an unlimited line to save time; the
    // measured one reads the D days after it at the configured speed.
    sim::PlcChannelSettings line;
    sim.run([&] {
        line = sim.network().router(1).plc().settings();
        sim.network().router(1).plc().setSettings({0, 0, 0.0, 0.0});
    });
    site.round(engine::PollItem::DailyReadout);
    sim.run([&] { sim.network().router(1).plc().setSettings(line); });
    sim.run([&] { sim.network().clock().advance(qint64(o.days) * kDayMs); });
    const WireProbe::Totals p0 = probe.plc();
    const WireProbe::Totals r0 = probe.router();
    const double reaction0 = probe.reactionMs();
    const auto steps0 = probe.steps();
    quint64 transfers0 = 0;
    sim.run([&] { transfers0 = sim.network().router(1).plc().transfers(); });

    QElapsedTimer wallTimer;
    wallTimer.start();
    qint64 simStart = 0;
    sim.run([&] { simStart = sim.network().clock().nowMs(); });
    const engine::PollSummary s = site.round(engine::PollItem::DailyReadout);
    qint64 simEnd = 0;
    quint64 transfers1 = 0;
    sim.run([&] {
        simEnd = sim.network().clock().nowMs();
        transfers1 = sim.network().router(1).plc().transfers();
    });
    const double realWall = double(wallTimer.nsecsElapsed()) / 1e9;
    if (s.metersFailed > 0)
        die(QStringLiteral("%1 meters failed").arg(s.metersFailed));

    const WireProbe::Totals &p1 = probe.plc();
    const double wire = p1.wireMs - p0.wireMs;
    const double charged = p1.chargedMs - p0.chargedMs;
    const double simWall = double(simEnd - simStart);
    const qint64 bytes = p1.bytes - p0.bytes;
    const qint64 apdu = p1.apduBytes - p0.apduBytes;
    const double meterDays = double(s.metersOk + s.metersPartial) * o.days;
    report(QStringLiteral("wire_meter_days"), meterDays, QStringLiteral("1"));
    report(QStringLiteral("wire_real_wall_s"), realWall, QStringLiteral("s"));
    report(QStringLiteral("wire_simulated_wall_s"), simWall / 1e3, QStringLiteral("s"));
    report(QStringLiteral("wire_time_of_bytes_s"), wire / 1e3, QStringLiteral("s"));
    report(QStringLiteral("wire_model_busy_s"), charged / 1e3, QStringLiteral("s"));
    report(QStringLiteral("wire_wall_over_wire_time"), simWall / wire, QStringLiteral("1"));
    report(QStringLiteral("wire_wall_over_model_busy"), simWall / charged, QStringLiteral("1"));
    report(QStringLiteral("wire_link_idle_share"), 1.0 - charged / simWall, QStringLiteral("1"));
    report(QStringLiteral("wire_engine_reaction_share"),
           (probe.reactionMs() - reaction0) * o.timeScale / simWall, QStringLiteral("1"));
    report(QStringLiteral("wire_hop_latency_share_of_busy"),
           double(p1.hopFrames - p0.hopFrames) * o.hopLatencyMs / charged, QStringLiteral("1"));
    report(QStringLiteral("wire_plc_bytes"), double(bytes), QStringLiteral("B"));
    report(QStringLiteral("wire_plc_bytes_per_meter_day"), double(bytes) / meterDays,
           QStringLiteral("B"));
    report(QStringLiteral("wire_plc_frames"), double(p1.frames - p0.frames), QStringLiteral("1"));
    report(QStringLiteral("wire_sim_transfers"), double(transfers1 - transfers0),
           QStringLiteral("1"));
    report(QStringLiteral("wire_i_frames"), double(p1.iFrames - p0.iFrames), QStringLiteral("1"));
    report(QStringLiteral("wire_rr_frames"), double(p1.rrFrames - p0.rrFrames),
           QStringLiteral("1"));
    report(QStringLiteral("wire_hdlc_retransmissions"),
           double(p1.retransmissions - p0.retransmissions), QStringLiteral("1"));
    report(QStringLiteral("wire_meter_retries"), s.retries, QStringLiteral("1"));
    report(QStringLiteral("wire_hdlc_response_timeouts"), s.link.responseTimeouts,
           QStringLiteral("1"));
    report(QStringLiteral("wire_hdlc_repeats_discarded"), s.link.repeatsDiscarded,
           QStringLiteral("1"));
    report(QStringLiteral("wire_hdlc_stale_finals_ignored"), s.link.staleFinalsIgnored,
           QStringLiteral("1"));
    report(QStringLiteral("wire_hdlc_frames_sent_again"), s.link.retransmittedFrames,
           QStringLiteral("1"));
    report(QStringLiteral("wire_apdu_share_of_bytes"), double(apdu) / double(bytes),
           QStringLiteral("1"));
    for (const auto &[kind, count] : p1.kinds) {
        const auto was = p0.kinds.find(kind);
        report(QStringLiteral("wire_plc_frames_%1").arg(kind),
               double(count - (was != p0.kinds.end() ? was->second : 0)), QStringLiteral("1"));
    }
    report(QStringLiteral("wire_router_frames"), double(probe.router().frames - r0.frames),
           QStringLiteral("1"));
    report(QStringLiteral("wire_simulated_s_per_meter_day"), simWall / 1e3 / meterDays,
           QStringLiteral("s"));
    for (const auto &[step, t] : probe.steps()) {
        const auto was = steps0.find(step);
        const double ms = t.chargedMs - (was != steps0.end() ? was->second.chargedMs : 0.0);
        const qint64 b = t.bytes - (was != steps0.end() ? was->second.bytes : 0);
        if (ms <= 0)
            continue;
        report(QStringLiteral("wire_busy_share_%1").arg(step), ms / charged, QStringLiteral("1"));
        report(QStringLiteral("wire_bytes_%1").arg(step), double(b), QStringLiteral("B"));
    }
}

// ---- figure 3: a fleet at once ---------------------------------------------------

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

double peakResidentMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0; // kilobytes on Linux
}

void fleetAtOnce(const Options &o)
{
    sim::NetworkConfig config = networkConfig(o, o.meters, 0, 0, 0.0);
    config.routers = o.fleetRouters;
    // The simulator computes a meter's registers from its first day on at
    // every visit: a short history keeps its CPU (not measured here) down.
    config.historyDays = 40;
    SimHost sim(config);
    link::LinkFactory factory;
    QElapsedTimer phase;
    phase.start();
    Installation site(sim, factory, o.days, qint64(o.days) * 86400, 3000, o.fleetRouters);
    const qint64 meters = site.scalar(QStringLiteral("SELECT COUNT(*) FROM meters"));
    report(QStringLiteral("fleet_routers"), o.fleetRouters, QStringLiteral("1"));
    report(QStringLiteral("fleet_meters"), double(meters), QStringLiteral("1"));
    report(QStringLiteral("fleet_commission_wall_s"), double(phase.elapsed()) / 1e3,
           QStringLiteral("s"));
    report(QStringLiteral("fleet_rss_before_round_mib"), double(residentKiB()) / 1024.0,
           QStringLiteral("MiB"));

    // Every cursor D days behind: the first visit reads the backfill window.
    sim.run([&] { sim.network().clock().advance(qint64(o.days) * kDayMs); });
    const double simCpu0 = sim.cpuSeconds();
    const double mainCpu0 = threadCpuSeconds();
    const double cpu0 = processCpuSeconds();
    phase.restart();
    const engine::PollSummary s = site.round(engine::PollItem::DailyReadout);
    const double wall = double(phase.nsecsElapsed()) / 1e9;
    const double cpu = processCpuSeconds() - cpu0;
    const double mainCpu = threadCpuSeconds() - mainCpu0;
    const double simCpu = sim.cpuSeconds() - simCpu0;
    const Installation::Stored stored = site.stored();
    report(QStringLiteral("fleet_round_wall_s"), wall, QStringLiteral("s"));
    report(QStringLiteral("fleet_meters_ok"), s.metersOk, QStringLiteral("1"));
    report(QStringLiteral("fleet_meters_partial"), s.metersPartial, QStringLiteral("1"));
    report(QStringLiteral("fleet_meters_failed"), s.metersFailed, QStringLiteral("1"));
    report(QStringLiteral("fleet_retries"), s.retries, QStringLiteral("1"));
    report(QStringLiteral("fleet_peak_rss_mib"), peakResidentMiB(), QStringLiteral("MiB"));
    report(QStringLiteral("fleet_rss_after_round_mib"), double(residentKiB()) / 1024.0,
           QStringLiteral("MiB"));
    report(QStringLiteral("fleet_process_cpu_s"), cpu, QStringLiteral("s"));
    report(QStringLiteral("fleet_engine_thread_cpu_s"), mainCpu, QStringLiteral("s"));
    report(QStringLiteral("fleet_simulator_thread_cpu_s"), simCpu, QStringLiteral("s"));
    report(QStringLiteral("fleet_intervals_stored"), double(stored.intervals), QStringLiteral("1"));
    report(QStringLiteral("fleet_registers_stored"), double(stored.registers), QStringLiteral("1"));
    report(QStringLiteral("fleet_events_stored"), double(stored.events), QStringLiteral("1"));
    report(QStringLiteral("fleet_clock_checks_stored"), double(stored.clockChecks),
           QStringLiteral("1"));
    report(QStringLiteral("fleet_database_mib"), double(site.databaseBytes()) / 1048576.0,
           QStringLiteral("MiB"));
    if (s.metersFailed > 0)
        die(QStringLiteral("%1 meters failed").arg(s.metersFailed));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parseOptions(app.arguments());
    if (o.cpu)
        cpuPerMeterDay(o);
    if (o.wire)
        wireEfficiency(o);
    if (o.fleetRouters > 0)
        fleetAtOnce(o);
    return 0;
}
