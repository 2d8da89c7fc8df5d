#pragma once
// The one thread that writes readings. It owns the "writer" connection and
// an Ingestor; submit() only queues, so the polling engine never waits for
// the disk. Batches queued together are committed in one transaction (each
// batch is still all-or-nothing). Readers use their own connections and,
// with WAL, never wait for this thread.
#include "models/storage/ingestor.h"
#include "models/storage/wal_checkpointer.h"
#include "protocol/engine/reading_sink.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <deque>
#include <memory>

class QThread;

namespace ims::storage {

class Database;

class StorageWriter : public QObject, public engine::ReadingSink
{
    Q_OBJECT
public:
    explicit StorageWriter(Database &database, QObject *parent = nullptr);
    ~StorageWriter() override; // drains the queue, then stops

    void start();
    void stop(); // commits what is queued, then ends the thread

    void submit(engine::ReadingBatch batch) override;
    // Waits until every batch submitted before the call is committed or
    // failed; returns the first failure since the previous flush().
    Status flush();
    // Meters changed (ratios, new meters): re-read them before the next batch.
    void invalidateMeterCache();

    quint64 committedBatches() const;
    qsizetype queuedBatches() const;

    // Values per transaction when merging queued batches.
    void setMergeLimit(qsizetype values) { m_mergeLimit = values; }
    // How long a batch may wait for others to share its transaction
    // (flush() and stop() do not wait for it).
    void setLingerMs(int ms) { m_lingerMs = ms; }

signals:
    void batchesCommitted(quint64 lastSequence, const ims::storage::IngestSummary &summary);
    void batchesFailed(quint64 lastSequence, const QString &message);

private:
    void run();
    qsizetype queuedValues() const; // with m_mutex held

    Database &m_database;
    WalCheckpointer m_checkpointer; // the log's copying, off this thread
    QThread *m_thread = nullptr;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_done;
    std::deque<std::pair<quint64, engine::ReadingBatch>> m_queue;
    quint64 m_submitted = 0;
    quint64 m_finished = 0; // committed or failed
    quint64 m_committed = 0;
    bool m_stopping = false;
    int m_flushWaiters = 0;
    bool m_invalidate = false;
    qsizetype m_mergeLimit = 200000;
    int m_lingerMs = 250;
    std::optional<Error> m_firstError;
};

} // namespace ims::storage
