#pragma once
// Brings a database to a schema version, one step per transaction, forward
// only. schema_version records every step applied; a database written by a
// newer program (a higher version than we know) is refused, never touched.
#include "models/storage/sql_dialect.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ims::storage {

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    explicit Migrator(const SqlDialect &dialect)
        : m_dialect(dialect)
    {}

    static int latestVersion();

    // 0 for an empty database.
    Result<int> currentVersion(QSqlDatabase &db) const;
    // Applies the steps after the current version up to `target` (default: latest).
    Status migrate(QSqlDatabase &db, int target = -1) const;

private:
    const SqlDialect &m_dialect;
};

} // namespace ims::storage
