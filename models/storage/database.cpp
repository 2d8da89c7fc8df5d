#include "models/storage/database.h"

#include "models/core/logging.h"
#include "models/storage/migrator.h"
#include "models/storage/sql_util.h"

#include <QSqlError>
#include <QThread>

namespace ims::storage {

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_dialect(dialectForDriver(m_config.driver))
{
    if (!m_dialect)
        m_dialect = std::make_unique<SqliteDialect>();
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_opened)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::connectionName(const QString &role) const
{
    return QStringLiteral("imsdesk:%1:%2:%3")
        .arg(quintptr(this), 0, 16)
        .arg(role)
        .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

Result<QSqlDatabase> Database::connection(const QString &role)
{
    const QString name = connectionName(role);
    {
        QMutexLocker lock(&m_mutex);
        if (m_opened.contains(name)) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                return db;
        }
    }
    if (!QSqlDatabase::isDriverAvailable(m_config.driver))
        return Error(ErrorKind::Unsupported,
                     tr("the database driver %1 is not available").arg(m_config.driver));
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(m_config.driver, name);
    db.setDatabaseName(m_config.path);
    if (m_config.readOnly && m_config.driver == QLatin1String("QSQLITE"))
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    {
        QMutexLocker lock(&m_mutex);
        m_opened.insert(name);
    }
    if (!db.open())
        return Error(
            ErrorKind::Storage,
            tr("cannot open the database %1: %2").arg(m_config.path, db.lastError().text()));
    for (const QString &statement : m_dialect->connectionSetup(m_config.busyTimeoutMs)) {
        const Status status = Sql::exec(db, statement);
        // A read-only connection cannot switch the journal mode; the writer did.
        if (!status && !m_config.readOnly)
            return status.error();
    }
    qCDebug(lcStorage) << "opened" << name << m_config.path;
    return db;
}

void Database::releaseConnection(const QString &role)
{
    const QString name = connectionName(role);
    QMutexLocker lock(&m_mutex);
    if (!m_opened.remove(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status Database::openAndMigrate()
{
    auto db = connection();
    if (!db)
        return db.error();
    return Migrator(*m_dialect).migrate(*db);
}

} // namespace ims::storage
