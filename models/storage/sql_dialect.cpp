#include "models/storage/sql_dialect.h"

namespace ims::storage {

QString SqlDialect::expand(QString sql) const
{
    sql.replace(QLatin1String("${ID}"), idType());
    sql.replace(QLatin1String("${BLOB}"), blobType());
    sql.replace(QLatin1String("${COMPACT}"), compactTableOption());
    return sql;
}

QStringList SqliteDialect::connectionSetup(int busyTimeoutMs) const
{
    // WAL: readers never wait for the writer. NORMAL: a power cut may lose the
    // last commits but never corrupts (WAL checkpoints are synced).
    return {QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs),
            QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA foreign_keys=ON"),
            QStringLiteral("PRAGMA cache_size=-65536"),
            QStringLiteral("PRAGMA temp_store=MEMORY")};
}

QString SqliteDialect::backupInto(const QString &quotedPath) const
{
    return QStringLiteral("VACUUM INTO %1").arg(quotedPath);
}

QStringList PostgresDialect::connectionSetup(int busyTimeoutMs) const
{
    return {QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs),
            QStringLiteral("SET TIME ZONE 'UTC'")};
}

std::unique_ptr<SqlDialect> dialectForDriver(const QString &driverName)
{
    if (driverName == QLatin1String("QSQLITE"))
        return std::make_unique<SqliteDialect>();
    if (driverName == QLatin1String("QPSQL"))
        return std::make_unique<PostgresDialect>();
    return nullptr;
}

QString sqlQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace ims::storage
