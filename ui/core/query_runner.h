#pragma once
// Runs database work off the GUI thread and hands the result back on it.
// Each task opens the worker thread's own connection (Qt Sql connections
// belong to one thread), runs, releases it, and posts the Result to the
// receiver; a receiver deleted meanwhile simply gets nothing.
#include "models/storage/database.h"
#include "protocol/core/result.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace ims::ui {

class QueryRunner : public QObject
{
    Q_OBJECT
public:
    explicit QueryRunner(storage::Database &database, QObject *parent = nullptr);
    ~QueryRunner() override; // waits for running tasks

    template<typename T>
    void run(QObject *receiver, std::function<Result<T>(QSqlDatabase &)> work,
             std::function<void(Result<T>)> done)
    {
        auto result = std::make_shared<std::optional<Result<T>>>();
        start(
            receiver,
            [work = std::move(work), result](Result<QSqlDatabase> &db) {
                if (db)
                    result->emplace(work(*db));
                else
                    result->emplace(db.error());
            },
            [done = std::move(done), result] { done(std::move(**result)); });
    }

    int pending() const { return m_pending; }
    // Processes events until every task started so far has delivered, or
    // the timeout passes; true when idle. For captures and tests.
    bool waitForIdle(int timeoutMs);
    storage::Database &database() { return m_database; }

signals:
    void busyChanged(bool busy);

private:
    void start(QObject *receiver, std::function<void(Result<QSqlDatabase> &)> work,
               std::function<void()> deliver);

    storage::Database &m_database;
    QThreadPool m_pool;
    int m_pending = 0;
};

} // namespace ims::ui
