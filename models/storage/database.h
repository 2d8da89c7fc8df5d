#pragma once
// One database file (or server) and its connections. Qt Sql connections
// belong to the thread that opened them, so every thread asks for its own:
// connection() opens and configures a named connection per (role, thread) on
// first use. The writer thread uses role "writer", the UI "ui", and so on.
#include "models/storage/sql_dialect.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace ims::storage {

struct DatabaseConfig
{
    QString path; // file name for SQLite, database name for PostgreSQL
    QString driver = QStringLiteral("QSQLITE");
    int busyTimeoutMs = 10000;
    bool readOnly = false;
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    explicit Database(DatabaseConfig config);
    ~Database(); // closes every connection it opened; callers must have dropped theirs
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The calling thread's connection for `role`, opened on first use.
    Result<QSqlDatabase> connection(const QString &role = QStringLiteral("main"));
    // Closes the calling thread's connection for `role` (call before a thread ends).
    void releaseConnection(const QString &role = QStringLiteral("main"));

    // Opens (creating when needed) and migrates to the latest schema.
    Status openAndMigrate();

    const SqlDialect &dialect() const { return *m_dialect; }
    const DatabaseConfig &config() const { return m_config; }

private:
    QString connectionName(const QString &role) const;

    DatabaseConfig m_config;
    std::unique_ptr<SqlDialect> m_dialect;
    QMutex m_mutex;
    QSet<QString> m_opened;
};

} // namespace ims::storage
