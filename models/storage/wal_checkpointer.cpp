#include "models/storage/wal_checkpointer.h"

#include "models/core/logging.h"
#include "models/storage/database.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace ims::storage {

namespace {
const QString kRole = QStringLiteral("checkpointer");
constexpr qint64 kMinimumIntervalMs = 1000;
} // namespace

WalCheckpointer::WalCheckpointer(Database &database)
    : m_database(database)
{}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

void WalCheckpointer::start()
{
    if (m_thread || m_database.dialect().walCheckpoint().isEmpty())
        return;
    m_stopping = false;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("imsdesk-wal-checkpointer"));
    QMutexLocker lock(&m_mutex);
    m_started = false;
    m_thread->start();
    // Wait for its connection: without one, the writer keeps checkpointing
    // by itself (takeOver() does nothing) and the log cannot grow unchecked.
    while (!m_started)
        m_wake.wait(&m_mutex);
    if (!m_connected) {
        lock.unlock();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

Status WalCheckpointer::takeOver(QSqlDatabase writer)
{
    const QString off = m_database.dialect().automaticCheckpoints(false);
    if (!m_thread || off.isEmpty())
        return {};
    QSqlQuery q(writer);
    if (!q.exec(off))
        return Error(ErrorKind::Storage,
                     tr("cannot hand checkpoints to their thread: %1").arg(q.lastError().text()));
    return {};
}

void WalCheckpointer::request()
{
    QMutexLocker lock(&m_mutex);
    m_pending = true;
    m_wake.wakeAll();
}

void WalCheckpointer::stop()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_pending = true; // one last time
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void WalCheckpointer::run()
{
    bool connected = false;
    {
        auto db = m_database.connection(kRole);
        {
            QMutexLocker lock(&m_mutex);
            m_started = true;
            m_connected = connected = db.ok();
            m_wake.wakeAll();
        }
        if (!db) {
            qCWarning(lcIngest) << "checkpointer without a connection:" << db.error().message;
            return;
        }
        checkpointUntilStopped(*db);
    } // the last handle goes before the connection is released
    if (connected)
        m_database.releaseConnection(kRole);
}

void WalCheckpointer::checkpointUntilStopped(QSqlDatabase db)
{
    const QString statement = m_database.dialect().walCheckpoint();
    // Each checkpoint ends with an fsync of the database file: a second
    // apart at most, however often the writer commits; stop() does not wait.
    QDeadlineTimer nextAllowed(0);
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            while (!m_pending && !m_stopping)
                m_wake.wait(&m_mutex);
            while (!m_stopping && !nextAllowed.hasExpired())
                m_wake.wait(&m_mutex, nextAllowed);
            if (!m_pending)
                return;
            m_pending = false;
        }
        nextAllowed.setRemainingTime(kMinimumIntervalMs);
        // A failed checkpoint loses nothing (the log keeps every commit);
        // the next request tries again.
        {
            QSqlQuery q(db);
            if (!q.exec(statement))
                qCWarning(lcIngest) << "checkpoint failed:" << q.lastError().text();
        }
        QMutexLocker lock(&m_mutex);
        if (m_stopping && !m_pending)
            return;
    }
}

} // namespace ims::storage
