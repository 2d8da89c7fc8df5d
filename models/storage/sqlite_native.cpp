#include "models/storage/sqlite_native.h"

#include "models/core/logging.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace ims::storage::sqlite_native {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqliteNative)
};

Error sqliteError(sqlite3 *db, const QString &what)
{
    return Error(ErrorKind::Storage,
                 Tr::tr("database error: %1 (%2)").arg(QString::fromUtf8(sqlite3_errmsg(db)), what),
                 sqlite3_extended_errcode(db));
}

class NativeStatement final : public Statement
{
public:
    NativeStatement(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    ~NativeStatement() override { sqlite3_finalize(m_stmt); }

    // sqlite3_bind_*() refuse a statement that was stepped and not reset.
    void bind(int index, qint64 value) override
    {
        ready();
        sqlite3_bind_int64(m_stmt, index + 1, value);
    }
    void bindNull(int index) override
    {
        ready();
        sqlite3_bind_null(m_stmt, index + 1);
    }
    void bind(int index, const QByteArray &blob) override
    {
        ready();
        sqlite3_bind_blob64(m_stmt, index + 1, blob.constData(), quint64(blob.size()),
                            SQLITE_TRANSIENT);
    }
    void bind(int index, const QString &text) override
    {
        ready();
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text64(m_stmt, index + 1, utf8.constData(), quint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
    }

    Status exec() override
    {
        ready();
        m_state = sqlite3_step(m_stmt);
        m_fresh = true;
        if (m_state != SQLITE_ROW && m_state != SQLITE_DONE) {
            const Error error = sqliteError(m_db, QString::fromUtf8(sqlite3_sql(m_stmt)).left(80));
            sqlite3_reset(m_stmt);
            return error;
        }
        m_changes = m_state == SQLITE_DONE ? sqlite3_changes64(m_db) : 0;
        if (m_state == SQLITE_DONE)
            sqlite3_reset(m_stmt); // bindings stay; the next bind needs a reset statement
        else
            m_stepped = true;
        return {};
    }

    bool next() override
    {
        if (m_fresh) {
            m_fresh = false;
            return m_state == SQLITE_ROW;
        }
        if (m_state != SQLITE_ROW)
            return false;
        m_state = sqlite3_step(m_stmt);
        if (m_state != SQLITE_ROW) {
            sqlite3_reset(m_stmt);
            m_stepped = false;
        }
        return m_state == SQLITE_ROW;
    }

    void finish() override { ready(); }

    qint64 int64(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    }
    QByteArray blob(int column) const override
    {
        const void *data = sqlite3_column_blob(m_stmt, column);
        return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
    }
    QString text(int column) const override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
    }
    qint64 changes() const override { return m_changes; }

private:
    void ready()
    {
        if (m_stepped) {
            sqlite3_reset(m_stmt);
            m_stepped = false;
        }
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
    bool m_stepped = false; // stepped to a row and not reset yet
    int m_state = SQLITE_DONE;
    bool m_fresh = false;
    qint64 m_changes = 0;
};

} // namespace

void *handle(QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.isOpen())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    auto *native = *static_cast<sqlite3 *const *>(v.constData());
    if (!native)
        return nullptr;
    // Same library, not merely the same version: the plugin may bundle its own copy.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next()
        || q.value(0).toString() != QString::fromLatin1(sqlite3_sourceid())) {
        qCInfo(lcStorage) << "Qt's SQLite is not ours; using the Qt Sql statement path";
        return nullptr;
    }
    return native;
}

Result<std::unique_ptr<Statement>> prepare(void *handle, const QString &sql)
{
    auto *db = static_cast<sqlite3 *>(handle);
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr)
        != SQLITE_OK)
        return sqliteError(db, sql.left(80));
    return std::unique_ptr<Statement>(std::make_unique<NativeStatement>(db, stmt));
}

Status restoreFrom(void *handle, const QString &sourcePath)
{
    auto *target = static_cast<sqlite3 *>(handle);
    sqlite3 *source = nullptr;
    const QByteArray path = sourcePath.toUtf8();
    if (sqlite3_open_v2(path.constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const Error error = sqliteError(source, sourcePath);
        sqlite3_close(source);
        return error;
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup) {
        const Error error = sqliteError(target, sourcePath);
        sqlite3_close(source);
        return error;
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 4096);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    sqlite3_close(source);
    if (rc != SQLITE_DONE)
        return Error(ErrorKind::Storage,
                     Tr::tr("restore failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))), rc);
    return {};
}

} // namespace ims::storage::sqlite_native
