#include "models/analytics/database_stats.h"

#include "models/storage/sql_util.h"

namespace ims::analytics {

Result<DatabaseStats> databaseStats(QSqlDatabase &db)
{
    DatabaseStats stats;
    const std::pair<qint64 *, const char *> counts[] = {
        {&stats.sites, "SELECT COUNT(*) FROM sites"},
        {&stats.substations, "SELECT COUNT(*) FROM substations"},
        {&stats.routers, "SELECT COUNT(*) FROM routers"},
        {&stats.meters, "SELECT COUNT(*) FROM meters"},
        {&stats.intervals, "SELECT COUNT(*) FROM interval_values"},
        {&stats.registers, "SELECT COUNT(*) FROM register_snapshots"},
        {&stats.events, "SELECT COUNT(*) FROM meter_events"},
        {&stats.alarms, "SELECT COUNT(*) FROM alarms"},
        {&stats.openAlarms, "SELECT COUNT(*) FROM alarms WHERE acknowledged_at_ms IS NULL"},
        {&stats.conflicts, "SELECT COUNT(*) FROM reading_conflicts"},
        {&stats.seals, "SELECT COUNT(*) FROM reading_seals"},
    };
    auto version
        = storage::Sql::scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!version)
        return version.error();
    stats.schemaVersion = int(*version);
    for (const auto &[target, sql] : counts) {
        auto value = storage::Sql::scalar(db, QString::fromLatin1(sql));
        if (!value)
            return value.error();
        *target = *value;
    }
    if (db.driverName() == QLatin1String("QSQLITE")) {
        auto pages = storage::Sql::scalar(db, QStringLiteral("PRAGMA page_count"));
        auto size = storage::Sql::scalar(db, QStringLiteral("PRAGMA page_size"));
        if (pages && size)
            stats.fileBytes = *pages * *size;
    }
    return stats;
}

} // namespace ims::analytics
