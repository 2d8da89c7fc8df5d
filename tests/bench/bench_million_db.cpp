// The 1,000,000-meter workstation database (support/million_db.h): makes it
// (or reuses a complete one) and prints its figures, one JSON object each
// (bench_common.h); never run by CTest. bench-workstation-open runs this
// first, in a process of its own, so that generating does not count in the
// workstation's memory.
//   bench-million-db [--db FILE] [--substations N] [--meters-per-substation N]
//                    [--read-every N] [--days N] [--clear-schedule-marks]
// --clear-schedule-marks: forget when each poll schedule last ran, so that a
// workstation opened next finds every schedule due (bench-workstation-open).
#include "bench_common.h"
#include "support/million_db.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

using namespace ims;

namespace {

const QString kBench = QStringLiteral("million-db");

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench-million-db: %s\n", qPrintable(message));
    std::exit(1);
}

struct Options
{
    bench::MillionDbConfig config;
    bool clearScheduleMarks = false;
};

Options parse(const QStringList &args)
{
    Options o;
    bench::MillionDbConfig &config = o.config;
    config.path = QDir::temp().filePath(QStringLiteral("imsdesk-bench-1m.sqlite"));
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        auto number = [&]() -> int {
            bool ok = false;
            const int v = args.value(++i).toInt(&ok);
            if (!ok || v < 1)
                die(QStringLiteral("%1 wants a positive number").arg(a));
            return v;
        };
        if (a == u"--db")
            config.path = args.value(++i);
        else if (a == u"--substations")
            config.substations = number();
        else if (a == u"--meters-per-substation")
            config.metersPerSubstation = number();
        else if (a == u"--read-every")
            config.readEvery = number();
        else if (a == u"--days")
            config.days = number();
        else if (a == u"--clear-schedule-marks")
            o.clearScheduleMarks = true;
        else
            die(QStringLiteral("unknown option %1").arg(a));
    }
    if (config.path.isEmpty())
        die(QStringLiteral("--db wants a file name"));
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parse(QCoreApplication::arguments());
    auto info = bench::ensureMillionDb(options.config);
    if (!info)
        die(info.error().message);
    if (options.clearScheduleMarks)
        if (const Status s = bench::clearScheduleMarks(options.config.path); !s)
            die(s.error().message);
    auto report = [](const QString &metric, double value, const QString &unit) {
        bench::report(kBench, metric, value, unit);
    };
    if (info->created)
        report(QStringLiteral("generate_s"), info->seconds, QStringLiteral("s"));
    report(QStringLiteral("reused"), info->created ? 0 : 1, QStringLiteral("1"));
    report(QStringLiteral("meters"), double(info->meters), QStringLiteral("1"));
    report(QStringLiteral("routers"), double(info->routers), QStringLiteral("1"));
    report(QStringLiteral("interval_values"), double(info->intervalValues), QStringLiteral("1"));
    report(QStringLiteral("alarms"), double(info->alarms), QStringLiteral("1"));
    report(QStringLiteral("file_bytes"), double(info->fileBytes), QStringLiteral("B"));
    report(QStringLiteral("largest_router_meters"), double(info->largestRouterMeters),
           QStringLiteral("1"));
    // Ids for bench-workstation-open (which router to open, which meter's card).
    report(QStringLiteral("largest_router_id"), double(info->largestRouterId),
           QStringLiteral("id"));
    report(QStringLiteral("sample_meter_id"), double(info->sampleMeterId), QStringLiteral("id"));
    return 0;
}
