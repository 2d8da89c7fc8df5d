#pragma once
// A prepared statement that is bound and run many times: the ingest path's
// unit of work. Two implementations: Qt Sql (any driver) and, when the Qt
// SQLite driver and our libsqlite3 are the same library, direct sqlite3
// calls that skip QVariant per value (about twice as fast for bulk inserts;
// see docs/benchmarks.md). Callers never know which one they have.
#include "protocol/core/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ims::storage {

class Statement
{
public:
    virtual ~Statement() = default;

    // Parameters are 0-based and keep their value across exec() calls.
    virtual void bind(int index, qint64 value) = 0;
    virtual void bindNull(int index) = 0;
    virtual void bind(int index, const QByteArray &blob) = 0;
    virtual void bind(int index, const QString &text) = 0;

    // Runs the statement; rows of a query are then read with next().
    virtual Status exec() = 0;
    virtual bool next() = 0;
    // Done with the rows before the end: releases the statement's read.
    virtual void finish() = 0;
    virtual qint64 int64(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;
    virtual QString text(int column) const = 0;
    // Rows changed by the last exec() of an INSERT/UPDATE/DELETE.
    virtual qint64 changes() const = 0;
};

// Creates statements on one connection, natively when possible.
class StatementFactory
{
public:
    explicit StatementFactory(QSqlDatabase db, bool allowNative = true);
    ~StatementFactory();
    StatementFactory(const StatementFactory &) = delete;
    StatementFactory &operator=(const StatementFactory &) = delete;

    Result<std::unique_ptr<Statement>> prepare(const QString &sql) const;
    bool isNative() const { return m_native != nullptr; }
    QSqlDatabase &database() { return m_db; }

private:
    QSqlDatabase m_db;
    void *m_native = nullptr; // sqlite3*, owned by the Qt connection
};

} // namespace ims::storage
