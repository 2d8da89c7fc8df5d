#pragma once
// Small helpers that turn Qt Sql's bool-and-lastError style into Status.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace ims::storage {

class Sql
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
public:
    static Error error(const QSqlError &error, const QString &statement);
    static Status exec(QSqlDatabase &db, const QString &statement);
    static Status exec(QSqlQuery &query); // a prepared query
    static Status prepare(QSqlQuery &query, const QString &statement);
    // Binds the values in order. A null QString is bound as '' rather than
    // NULL (Qt's default): the schema's text columns are NOT NULL.
    static void bindAll(QSqlQuery &query, const QVariantList &values);
    // First column of the first row, as an integer (0 when no row).
    static Result<qint64> scalar(QSqlDatabase &db, const QString &statement,
                                 const QVariantList &binds = {});
    // Writes one row of the settings table (key → value), replacing it.
    static Status putSetting(QSqlDatabase &db, const QString &key, const QString &value);
};

// A transaction that rolls back unless committed.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace ims::storage
