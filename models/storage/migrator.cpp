#include "models/storage/migrator.h"

#include "models/core/logging.h"
#include "models/storage/schema.h"
#include "models/storage/sql_util.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ims::storage {

int Migrator::latestVersion()
{
    return migrations().last().version;
}

Result<int> Migrator::currentVersion(QSqlDatabase &db) const
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    auto version = Sql::scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!version)
        return version.error();
    return int(*version);
}

Status Migrator::migrate(QSqlDatabase &db, int target) const
{
    if (target < 0)
        target = latestVersion();
    if (target > latestVersion())
        return Error(ErrorKind::InvalidArgument,
                     tr("schema version %1 is unknown to this program").arg(target));
    if (const Status s = Sql::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version("
                                                      "version INTEGER PRIMARY KEY,"
                                                      " applied_at_ms BIGINT NOT NULL,"
                                                      " description TEXT NOT NULL)"));
        !s)
        return s;
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Error(ErrorKind::Unsupported,
                     tr("the database has schema version %1, newer than this program's %2")
                         .arg(*current)
                         .arg(latestVersion()));
    for (const Migration &step : migrations()) {
        if (step.version <= *current || step.version > target)
            continue;
        Transaction tx(db);
        if (const Status s = tx.begin(); !s)
            return s;
        for (const QString &statement : step.statements()) {
            if (const Status s = Sql::exec(db, m_dialect.expand(statement)); !s)
                return Error(ErrorKind::Storage, tr("migration to version %1 failed: %2")
                                                     .arg(step.version)
                                                     .arg(s.error().message));
        }
        if (step.afterStatements) {
            if (const Status s = step.afterStatements(db); !s)
                return Error(ErrorKind::Storage, tr("migration to version %1 failed: %2")
                                                     .arg(step.version)
                                                     .arg(s.error().message));
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO schema_version(version, applied_at_ms,"
                                      " description) VALUES (?, ?, ?)"));
        record.addBindValue(step.version);
        record.addBindValue(QDateTime::currentMSecsSinceEpoch());
        record.addBindValue(QString::fromLatin1(step.description));
        if (const Status s = Sql::exec(record); !s)
            return s;
        if (const Status s = tx.commit(); !s)
            return s;
        qCInfo(lcStorage) << "schema migrated to version" << step.version << step.description;
    }
    return {};
}

} // namespace ims::storage
