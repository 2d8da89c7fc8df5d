#include "models/storage/backup.h"

#include "models/storage/migrator.h"
#include "models/storage/sql_dialect.h"
#include "models/storage/sql_util.h"
#include "models/storage/sqlite_native.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ims::storage {

Result<QStringList> Backup::integrityCheck(QSqlDatabase &db, const SqlDialect &dialect)
{
    QSqlQuery q(db);
    if (!q.exec(dialect.integrityCheck()))
        return Sql::error(q.lastError(), dialect.integrityCheck());
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines;
}

Status Backup::backup(QSqlDatabase &live, const SqlDialect &dialect, const QString &targetPath,
                      bool overwrite)
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (QFileInfo::exists(target) && !overwrite)
        return Error(ErrorKind::InvalidArgument, tr("%1 already exists").arg(target));
    if (dialect.backupInto(QString()).isEmpty())
        return Error(ErrorKind::Unsupported,
                     tr("online backup is not available for %1").arg(dialect.name()));
    const QString temporary
        = target + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const Status s = Sql::exec(live, dialect.backupInto(sqlQuote(temporary))); !s) {
        QFile::remove(temporary);
        return s;
    }
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        QFile::remove(temporary);
        return Error(ErrorKind::Io, tr("cannot replace %1").arg(target));
    }
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return Error(ErrorKind::Io, tr("cannot write %1").arg(target));
    }
    return {};
}

Status Backup::restore(QSqlDatabase &live, const QString &backupPath)
{
    if (!QFileInfo::exists(backupPath))
        return Error(ErrorKind::NotFound, tr("no backup at %1").arg(backupPath));
    void *handle = sqlite_native::handle(live);
    if (!handle)
        return Error(ErrorKind::Unsupported, tr("restore needs the SQLite backup API"));
    {
        // Check the copy before touching the live database.
        const QString name = QStringLiteral("imsdesk-restore-check-")
                             + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            copy.setDatabaseName(backupPath);
            copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            Status verdict;
            if (!copy.open()) {
                verdict = Error(ErrorKind::Storage, tr("cannot open %1").arg(backupPath));
            } else {
                SqliteDialect dialect;
                auto check = integrityCheck(copy, dialect);
                auto version = Migrator(dialect).currentVersion(copy);
                if (!check)
                    verdict = check.error();
                else if (*check != QStringList{QStringLiteral("ok")})
                    verdict = Error(
                        ErrorKind::Storage,
                        tr("the backup is damaged: %1").arg(check->join(QLatin1String("; "))));
                else if (!version)
                    verdict = version.error();
                else if (*version < 1 || *version > Migrator::latestVersion())
                    verdict = Error(ErrorKind::Unsupported,
                                    tr("the backup has schema version %1").arg(*version));
                copy.close();
            }
            if (!verdict) {
                copy = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return verdict;
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (const Status s = sqlite_native::restoreFrom(handle, backupPath); !s)
        return s;
    // A backup from an older program is brought up to date.
    return Migrator(SqliteDialect()).migrate(live);
}

} // namespace ims::storage
