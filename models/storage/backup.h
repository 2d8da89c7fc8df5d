#pragma once
// Copies of a live database. backup() uses the dialect's online copy
// (SQLite: VACUUM INTO, a consistent snapshot taken while the writer keeps
// writing) into a temporary file renamed into place, so a half-written
// backup never carries the final name. restore() checks the copy first
// (integrity, schema version) and then replaces the live content through
// SQLite's online backup API, so open readers see either the old or the
// restored database, never a mix.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ims::storage {

class SqlDialect;

class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    static Status backup(QSqlDatabase &live, const SqlDialect &dialect, const QString &targetPath,
                         bool overwrite = false);
    static Status restore(QSqlDatabase &live, const QString &backupPath);
    // "ok" or the problems integrity_check reports, one per line.
    static Result<QStringList> integrityCheck(QSqlDatabase &db, const SqlDialect &dialect);
};

} // namespace ims::storage
