// Start time and memory of the simulated network (issue 4): the routers with
// their TCP ports, and the meters, which are materialised on first contact
// (a meter's state is kept once reached; its COSEM object model only while
// sessions use it: a router keeps the models of its 64 most recent meters).
//
//   bench-sim [--routers N] [--meters M] [--touch K]
//
// Reports the time to build and start the network, the resident memory
// after the start, and after K meters spread over all routers have been
// materialised (as a readout round would reach them).
#include "bench_common.h"
#include "protocol/sim/meter/meter_spec.h"
#include "protocol/sim/meter/sim_meter.h"
#include "protocol/sim/network/sim_network.h"
#include "protocol/sim/router/sim_router.h"
#include "protocol/sim/server/logical_device.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdlib>
#include <memory>
#include <vector>

namespace {

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int routers = 1;
    int meters = 2500;
    int touch = 2500;
    for (int i = 1; i + 1 < argc; i += 2) {
        const QByteArray a = argv[i];
        const int v = std::atoi(argv[i + 1]);
        if (a == "--routers")
            routers = v;
        else if (a == "--meters")
            meters = v;
        else if (a == "--touch")
            touch = v;
    }
    const QString bench = QStringLiteral("sim");
    const QString tag = QStringLiteral("%1x%2").arg(routers).arg(meters);
    const double rssBefore = statusMiB("VmRSS");

    ims::sim::NetworkConfig config;
    config.routers = routers;
    config.metersPerRouter = meters;
    config.tcpPort = 0;
    config.timeScale = 0.0;
    QElapsedTimer timer;
    timer.start();
    ims::sim::SimNetwork network(config);
    if (const ims::Status s = network.start(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    const double startMs = double(timer.nsecsElapsed()) / 1e6;
    ims::bench::report(bench, QStringLiteral("start_ms_%1").arg(tag), startMs,
                       QStringLiteral("ms"));
    ims::bench::report(bench, QStringLiteral("rss_after_start_mib_%1").arg(tag),
                       statusMiB("VmRSS") - rssBefore, QStringLiteral("MiB"));

    // Meters spread evenly over the routers, as a round reaches them.
    timer.restart();
    int materialised = 0;
    const qint64 total = qint64(routers) * meters;
    for (int k = 0; k < touch && k < total; ++k) {
        const qint64 at = total <= touch ? k : k * total / touch;
        const int router = int(at / meters) + 1;
        const quint16 physical = quint16(ims::sim::kFirstMeterPhysical + at % meters);
        if (network.router(router).meter(physical))
            ++materialised;
    }
    const double touchMs = double(timer.nsecsElapsed()) / 1e6;
    ims::bench::report(bench, QStringLiteral("meters_materialised_%1").arg(tag), materialised,
                       QStringLiteral("1"));
    ims::bench::report(bench, QStringLiteral("materialise_us_per_meter_%1").arg(tag),
                       materialised ? touchMs * 1000 / materialised : 0, QStringLiteral("us"));
    ims::bench::report(bench, QStringLiteral("rss_after_touch_mib_%1").arg(tag),
                       statusMiB("VmRSS") - rssBefore, QStringLiteral("MiB"));
    // The object model a session needs, for as many meters as one router
    // keeps alive.
    const double beforeModels = statusMiB("VmRSS");
    constexpr int kModels = 64;
    std::vector<std::shared_ptr<ims::sim::LogicalDevice>> models;
    for (int k = 0; k < kModels && k < meters; ++k)
        if (ims::sim::SimMeter *m
            = network.router(1).meter(quint16(ims::sim::kFirstMeterPhysical + k)))
            models.push_back(m->device());
    ims::bench::report(bench, QStringLiteral("object_model_kib_%1").arg(tag),
                       (statusMiB("VmRSS") - beforeModels) * 1024 / double(models.size()),
                       QStringLiteral("KiB"));
    ims::bench::report(bench, QStringLiteral("peak_rss_mib_%1").arg(tag), statusMiB("VmHWM"),
                       QStringLiteral("MiB"));
    return 0;
}
