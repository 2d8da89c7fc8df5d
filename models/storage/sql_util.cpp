#include "models/storage/sql_util.h"

#include "models/core/logging.h"

#include <QSqlError>

namespace ims::storage {

Error Sql::error(const QSqlError &error, const QString &statement)
{
    qCWarning(lcStorage) << "SQL failed:" << error.text() << "in" << statement.left(200);
    return Error(
        ErrorKind::Storage,
        tr("database error: %1").arg(error.text().isEmpty() ? statement.left(80) : error.text()),
        error.nativeErrorCode().toInt());
}

Status Sql::exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return error(query.lastError(), statement);
    return {};
}

Status Sql::exec(QSqlQuery &query)
{
    if (!query.exec())
        return error(query.lastError(), query.lastQuery());
    return {};
}

void Sql::bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values) {
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
}

Status Sql::prepare(QSqlQuery &query, const QString &statement)
{
    if (!query.prepare(statement))
        return error(query.lastError(), statement);
    return {};
}

Status Sql::putSetting(QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    if (const Status s = prepare(q, QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?)"
                                                   " ON CONFLICT (key) DO UPDATE"
                                                   " SET value = excluded.value"));
        !s)
        return s;
    bindAll(q, {key, value});
    return exec(q);
}

Result<qint64> Sql::scalar(QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        return error(query.lastError(), statement);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return error(query.lastError(), statement);
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    if (!m_db.transaction())
        return Sql::error(m_db.lastError(), QStringLiteral("BEGIN"));
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_open)
        return Error(ErrorKind::Storage, tr("no transaction to commit"));
    if (!m_db.commit())
        return Sql::error(m_db.lastError(), QStringLiteral("COMMIT"));
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (m_open) {
        m_db.rollback();
        m_open = false;
    }
}

} // namespace ims::storage
