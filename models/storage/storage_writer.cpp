#include "models/storage/storage_writer.h"

#include "models/core/logging.h"
#include "models/storage/database.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>

namespace ims::storage {

namespace {
void append(engine::ReadingBatch &into, engine::ReadingBatch &&from)
{
    into.intervals.append(std::move(from.intervals));
    into.registers.append(std::move(from.registers));
    into.instants.append(std::move(from.instants));
    into.events.append(std::move(from.events));
    into.clockChecks.append(std::move(from.clockChecks));
    into.outcomes.append(std::move(from.outcomes));
    into.commands.append(std::move(from.commands));
    into.manual.append(std::move(from.manual));
    into.accounts.append(std::move(from.accounts));
}
} // namespace

StorageWriter::StorageWriter(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_checkpointer(database)
{}

StorageWriter::~StorageWriter()
{
    stop();
}

void StorageWriter::start()
{
    if (m_thread)
        return;
    m_stopping = false;
    m_checkpointer.start();
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("imsdesk-storage-writer"));
    m_thread->start();
}

void StorageWriter::stop()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_checkpointer.stop();
}

void StorageWriter::submit(engine::ReadingBatch batch)
{
    QMutexLocker lock(&m_mutex);
    m_queue.emplace_back(++m_submitted, std::move(batch));
    m_wake.wakeOne();
}

Status StorageWriter::flush()
{
    QMutexLocker lock(&m_mutex);
    const quint64 target = m_submitted;
    ++m_flushWaiters;
    m_wake.wakeAll(); // no lingering while someone waits
    while (m_finished < target && m_thread)
        m_done.wait(&m_mutex);
    --m_flushWaiters;
    if (m_finished < target)
        return Error(ErrorKind::Cancelled, tr("the storage writer is not running"));
    std::optional<Error> error = std::exchange(m_firstError, std::nullopt);
    if (error)
        return *error;
    return {};
}

void StorageWriter::invalidateMeterCache()
{
    QMutexLocker lock(&m_mutex);
    m_invalidate = true;
}

quint64 StorageWriter::committedBatches() const
{
    QMutexLocker lock(&m_mutex);
    return m_committed;
}

qsizetype StorageWriter::queuedValues() const
{
    qsizetype values = 0;
    for (const auto &[sequence, batch] : m_queue)
        values += batch.size();
    return values;
}

qsizetype StorageWriter::queuedBatches() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_queue.size());
}

void StorageWriter::run()
{
    const QString role = QStringLiteral("writer");
    std::unique_ptr<Ingestor> ingestor;
    std::optional<Error> setupError;
    if (auto db = m_database.connection(role); db) {
        ingestor = std::make_unique<Ingestor>(*db);
        if (const Status s = ingestor->dedicateConnection(); !s)
            setupError = s.error();
        else if (const Status p = ingestor->prepare(); !p)
            setupError = p.error();
        // Not fatal: the writer then checkpoints by itself, only slower.
        if (const Status c = m_checkpointer.takeOver(*db); !c)
            qCWarning(lcIngest) << c.error().message;
    } else {
        setupError = db.error();
    }
    for (;;) {
        std::vector<std::pair<quint64, engine::ReadingBatch>> taken;
        qsizetype values = 0;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.empty())
                break;
            // A visit submits a few small batches; waiting a moment for the
            // next visits' lets one transaction carry many meters.
            QDeadlineTimer linger(m_lingerMs);
            while (!m_stopping && m_flushWaiters == 0 && queuedValues() < m_mergeLimit
                   && !linger.hasExpired())
                m_wake.wait(&m_mutex, linger);
            if (m_invalidate && ingestor) {
                ingestor->invalidateMeterCache();
                m_invalidate = false;
            }
            while (!m_queue.empty()
                   && (taken.empty() || values + m_queue.front().second.size() <= m_mergeLimit)) {
                values += m_queue.front().second.size();
                taken.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        // Small batches share one transaction; if that fails, each is retried
        // alone so that one bad batch does not take its neighbours down.
        auto ingest = [&](const engine::ReadingBatch &batch) {
            return setupError ? Result<IngestSummary>(*setupError)
                              : ingestor->ingest(batch, QDateTime::currentMSecsSinceEpoch());
        };
        std::vector<std::pair<quint64, Result<IngestSummary>>> outcomes;
        if (taken.size() == 1) {
            outcomes.emplace_back(taken.front().first, ingest(taken.front().second));
        } else {
            engine::ReadingBatch merged;
            for (auto &[sequence, batch] : taken)
                append(merged, engine::ReadingBatch(batch));
            Result<IngestSummary> together = ingest(merged);
            if (together) {
                outcomes.emplace_back(taken.back().first, std::move(together));
            } else {
                for (auto &[sequence, batch] : taken)
                    outcomes.emplace_back(sequence, ingest(batch));
            }
        }
        if (std::any_of(outcomes.begin(), outcomes.end(),
                        [](const auto &o) { return o.second.ok(); }))
            m_checkpointer.request();
        for (auto &[sequence, result] : outcomes) {
            {
                QMutexLocker lock(&m_mutex);
                if (result) {
                    // A merged commit stands for every batch it carried.
                    for (const auto &t : taken)
                        m_committed += (t.first <= sequence && t.first > m_finished) ? 1 : 0;
                } else if (!m_firstError) {
                    m_firstError = result.error();
                }
                m_finished = sequence;
                m_done.wakeAll();
            }
            if (result) {
                emit batchesCommitted(sequence, *result);
            } else {
                qCWarning(lcIngest) << "batch" << sequence << "failed:" << result.error().message;
                emit batchesFailed(sequence, result.error().message);
            }
        }
    }
    ingestor.reset(); // statements before the connection
    m_database.releaseConnection(role);
    QMutexLocker lock(&m_mutex);
    m_done.wakeAll();
}

} // namespace ims::storage
