#pragma once
// Copies the write-ahead log back into the database file on a thread of its
// own. SQLite's automatic checkpoint runs inside the committing writer's
// call, so the writer stalled on that I/O and its fsync (a sixth of the
// ingest's time); SQLite's documentation suggests this arrangement for
// write-heavy programs. Passive checkpoints never block the writer or the
// readers. Engines without a write-ahead log need none: start() does nothing.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QWaitCondition>

class QThread;

namespace ims::storage {

class Database;

class WalCheckpointer
{
    Q_DECLARE_TR_FUNCTIONS(WalCheckpointer)
public:
    explicit WalCheckpointer(Database &database);
    ~WalCheckpointer(); // stop()
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    void start();
    // On the writer's thread, with its connection: the writer stops
    // checkpointing by itself (only while this checkpointer runs).
    Status takeOver(QSqlDatabase writer);
    // After a commit: checkpoint soon. Requests made while one runs are
    // served by one more checkpoint after it.
    void request();
    // A last checkpoint of what is committed, then the thread ends.
    void stop();

private:
    void run();
    void checkpointUntilStopped(QSqlDatabase db);

    Database &m_database;
    QThread *m_thread = nullptr;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_started = false;   // run() has tried to connect
    bool m_connected = false; // ... and has its connection
    bool m_pending = false;
    bool m_stopping = false;
};

} // namespace ims::storage
