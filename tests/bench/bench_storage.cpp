// Storage figures: ingest throughput, balance and chart queries, file size.
// Prints one JSON object per figure (bench_common.h); never run by CTest.
//   bench-storage [--quick] [--ingest-only]
// --ingest-only: only the sealing ingest figures (for profiling it).
#include "bench_common.h"
#include "models/analytics/energy_balance.h"
#include "models/analytics/profile_query.h"
#include "models/storage/database.h"
#include "models/storage/ingestor.h"
#include "models/storage/sql_util.h"
#include "models/storage/statement.h"
#include "models/storage/storage_writer.h"
#include "models/storage/synthetic_installation.h"
#include "models/storage/wal_checkpointer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace ims;
using namespace ims::storage;

namespace {

const QString kBench = QStringLiteral("storage");

void report(const QString &metric, double value, const QString &unit)
{
    bench::report(kBench, metric, value, unit);
}

// Benchmarks stop at the first storage error: a figure from a failed run is worthless.
void must(const Status &status)
{
    if (!status) {
        std::fprintf(stderr, "bench-storage: %s\n", qPrintable(status.error().message));
        std::exit(1);
    }
}

template<typename T>
T must(Result<T> result)
{
    if (!result) {
        std::fprintf(stderr, "bench-storage: %s\n", qPrintable(result.error().message));
        std::exit(1);
    }
    return std::move(result).value();
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

engine::ReadingBatch days(const SyntheticInstallation &site, qint64 first, int count, int channels)
{
    engine::ReadingBatch batch;
    for (int d = 0; d < count; ++d)
        batch.intervals.append(syntheticDay(site, first + d, channels).intervals);
    return batch;
}

qint64 fileBytes(QSqlDatabase &db, const QString &path)
{
    must(Sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// The raw insert strategies on the readings table, without sealing:
// Qt Sql one row per exec, Qt Sql multi-row VALUES, Qt Sql execBatch,
// and sqlite3 statements.
void rawInsertModes(const QString &dir, qint64 rows)
{
    const QStringList modes{QStringLiteral("qt_single_row"), QStringLiteral("qt_multi_row_values"),
                            QStringLiteral("qt_exec_batch"), QStringLiteral("sqlite3_native")};
    for (int mode = 0; mode < modes.size(); ++mode) {
        Database database({QDir(dir).filePath(QStringLiteral("raw-%1.sqlite").arg(mode))});
        must(database.openAndMigrate());
        QSqlDatabase db = must(database.connection());
        must(createSyntheticInstallation(db, {1, 100, QStringLiteral("R")}));
        const QString one = QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
        const QString head
            = QStringLiteral("INSERT INTO interval_values(meter_id, channel,"
                             " interval_end, raw, scaler, primary_mwh, status) VALUES ");
        auto value = [](qint64 i, int column) -> qint64 {
            switch (column) {
            case 0:
                return 1 + i % 100;
            case 1:
                return 1;
            case 2:
                return 1704067200 + (i / 100 + 1) * 1800;
            case 3:
                return i % 977;
            case 5:
                return (i % 977) * 1000;
            default:
                return 0;
            }
        };
        QElapsedTimer timer;
        timer.start();
        db.transaction();
        if (mode == 0 || mode == 2) {
            QSqlQuery q(db);
            q.prepare(head + one);
            if (mode == 0) {
                for (qint64 i = 0; i < rows; ++i) {
                    for (int c = 0; c < 7; ++c)
                        q.bindValue(c, value(i, c));
                    q.exec();
                }
            } else {
                for (qint64 start = 0; start < rows; start += 10000) {
                    QVariantList columns[7];
                    for (qint64 i = start; i < std::min(rows, start + 10000); ++i)
                        for (int c = 0; c < 7; ++c)
                            columns[c] << value(i, c);
                    for (int c = 0; c < 7; ++c)
                        q.bindValue(c, columns[c]);
                    q.execBatch();
                }
            }
        } else if (mode == 1) {
            constexpr int perStatement = 128;
            QSqlQuery q(db);
            q.prepare(head + QStringList(perStatement, one).join(QLatin1Char(',')));
            for (qint64 i = 0; i + perStatement <= rows; i += perStatement) {
                for (int r = 0; r < perStatement; ++r)
                    for (int c = 0; c < 7; ++c)
                        q.bindValue(r * 7 + c, value(i + r, c));
                q.exec();
            }
        } else {
            StatementFactory factory(db);
            auto s = must(factory.prepare(head + one));
            for (qint64 i = 0; i < rows; ++i) {
                for (int c = 0; c < 7; ++c)
                    s->bind(c, value(i, c));
                must(s->exec());
            }
        }
        db.commit();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        report(QStringLiteral("raw_insert_%1_per_s").arg(modes[mode]), double(rows) / seconds,
               QStringLiteral("1/s"));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const bool ingestOnly = app.arguments().contains(QStringLiteral("--ingest-only"));
    QTemporaryDir dir;
    const int meters = 2500;

    if (!ingestOnly)
        rawInsertModes(dir.path(), quick ? 200000 : 1000000);

    // 1. Ingest: whole-installation days, 4 channels, through the sealing ingest.
    {
        const QString path = dir.filePath(QStringLiteral("ingest.sqlite"));
        Database database({path});
        must(database.openAndMigrate());
        QSqlDatabase db = must(database.connection());
        auto site = must(createSyntheticInstallation(db, {10, meters / 10, QStringLiteral("I")}));
        Ingestor ingestor(db);
        must(ingestor.dedicateConnection());    // as the writer thread's ingestor is
        WalCheckpointer checkpointer(database); // as beside the writer thread
        checkpointer.start();
        must(checkpointer.takeOver(db));
        const int dayCount = quick ? 1 : 4;
        qint64 values = 0;
        double seconds = 0, cpuSeconds = 0;
        for (int d = 0; d < dayCount; ++d) {
            const auto batch = syntheticDay(site, 19723 + d);
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = bench::processCpuSeconds();
            auto summary = must(ingestor.ingest(batch, 1));
            cpuSeconds += bench::processCpuSeconds() - cpuStart;
            seconds += double(timer.nsecsElapsed()) / 1e9;
            values += summary.inserted;
            checkpointer.request();
        }
        // Until the last batch is in the database file itself.
        QElapsedTimer drain;
        drain.start();
        checkpointer.stop();
        report(QStringLiteral("ingest_values_per_s_checkpointed"),
               double(values) / (seconds + double(drain.nsecsElapsed()) / 1e9),
               QStringLiteral("1/s"));
        report(QStringLiteral("ingest_values_per_s"), double(values) / seconds,
               QStringLiteral("1/s"));
        report(QStringLiteral("ingest_values_per_cpu_s"), double(values) / cpuSeconds,
               QStringLiteral("1/s"));
        report(QStringLiteral("ingest_native_statements"), ingestor.usesNativeStatements() ? 1 : 0,
               QStringLiteral("bool"));
        if (ingestOnly)
            return 0;
        // Re-ingesting the same day: every value is a no-op duplicate.
        {
            const auto batch = syntheticDay(site, 19723);
            QElapsedTimer timer;
            timer.start();
            auto summary = ingestor.ingest(batch, 1);
            report(QStringLiteral("reingest_duplicates_per_s"),
                   double(summary ? summary->duplicates : 0) / (double(timer.nsecsElapsed()) / 1e9),
                   QStringLiteral("1/s"));
        }
        const qint64 bytes = fileBytes(db, path);
        report(QStringLiteral("db_bytes_per_meter_year"),
               double(bytes) / (double(meters) * dayCount / 365.25), QStringLiteral("B"));
        report(QStringLiteral("db_bytes_per_interval_value"), double(bytes) / double(values),
               QStringLiteral("B"));

        // The same through the writer thread, a day per batch.
        StorageWriter writer(database);
        writer.start();
        QElapsedTimer timer;
        timer.start();
        for (int d = 0; d < dayCount; ++d)
            writer.submit(syntheticDay(site, 19800 + d));
        must(writer.flush());
        report(QStringLiteral("writer_ingest_values_per_s"),
               double(dayCount) * meters * 4 * 48 / (double(timer.nsecsElapsed()) / 1e9),
               QStringLiteral("1/s"));
        writer.stop();
    }

    // The portable Qt Sql statement path (what QPSQL would use).
    {
        Database database({dir.filePath(QStringLiteral("ingest-qt.sqlite"))});
        must(database.openAndMigrate());
        QSqlDatabase db = must(database.connection());
        auto site = must(createSyntheticInstallation(db, {10, meters / 10, QStringLiteral("Q")}));
        Ingestor ingestor(db, false);
        const auto batch = syntheticDay(site, 19723);
        QElapsedTimer timer;
        timer.start();
        auto summary = ingestor.ingest(batch, 1);
        report(QStringLiteral("ingest_qtsql_values_per_s"),
               double(summary ? summary->inserted : 0) / (double(timer.nsecsElapsed()) / 1e9),
               QStringLiteral("1/s"));
    }

    // 2. Balance of a 2,500-meter group over a month (A+).
    {
        Database database({dir.filePath(QStringLiteral("balance.sqlite"))});
        must(database.openAndMigrate());
        QSqlDatabase db = must(database.connection());
        auto site = must(createSyntheticInstallation(db, {10, meters / 10, QStringLiteral("B")}));
        Ingestor ingestor(db);
        const int monthDays = quick ? 5 : 30;
        QElapsedTimer timer;
        timer.start();
        qint64 values = 0;
        for (int d = 0; d < monthDays; d += 5) {
            auto summary = ingestor.ingest(days(site, 19723 + d, 5, 1), 1);
            values += summary ? summary->inserted : 0;
        }
        report(QStringLiteral("ingest_month_a_plus_values_per_s"),
               double(values) / (double(timer.nsecsElapsed()) / 1e9), QStringLiteral("1/s"));
        analytics::BalanceQuery balance(db);
        const qint64 from = 19723LL * 86400, to = from + monthDays * 86400LL;
        for (auto [step, name] :
             {std::pair{analytics::BalanceStep::Month, QStringLiteral("month")},
              std::pair{analytics::BalanceStep::Day, QStringLiteral("day")},
              std::pair{analytics::BalanceStep::Interval, QStringLiteral("interval")}}) {
            const double ms = medianMs(step == analytics::BalanceStep::Interval ? 3 : 9, [&] {
                auto result = balance.compute(site.groupId, from, to, step);
                Q_UNUSED(result);
            });
            report(QStringLiteral("balance_2500_meters_month_by_%1_ms").arg(name), ms,
                   QStringLiteral("ms"));
        }
    }

    // 3. One meter's 3.5 years aggregated to 1,000 points.
    {
        Database database({dir.filePath(QStringLiteral("profile.sqlite"))});
        must(database.openAndMigrate());
        QSqlDatabase db = must(database.connection());
        auto site = must(createSyntheticInstallation(db, {1, 2, QStringLiteral("P")}));
        Ingestor ingestor(db);
        const int totalDays = 1279;
        for (int d = 0; d < totalDays; d += 100)
            must(ingestor.ingest(days(site, 18000 + d, std::min(100, totalDays - d), 1), 1));
        analytics::ProfileQuery profile(db);
        const qint64 from = 18000LL * 86400, to = from + totalDays * 86400LL;
        qsizetype points = 0;
        report(QStringLiteral("profile_3_5y_to_1000_points_ms"),
               medianMs(9,
                        [&] {
                            auto result = profile.aggregate(site.meterIds[1], 1, from, to, 1000);
                            points = result ? result->size() : 0;
                        }),
               QStringLiteral("ms"));
        report(QStringLiteral("profile_3_5y_to_1000_points_count"), double(points),
               QStringLiteral("points"));
        // Forced onto the interval rows (buckets shorter than a day).
        report(QStringLiteral("profile_3_5y_from_intervals_to_2000_points_ms"),
               medianMs(5,
                        [&] {
                            auto result = profile.aggregate(site.meterIds[1], 1, from, to, 2000);
                            Q_UNUSED(result);
                        }),
               QStringLiteral("ms"));
    }
    return 0;
}
