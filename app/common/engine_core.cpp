#include "app/common/engine_core.h"

#include "app/common/poll_scheduler.h"
#include "models/fleet/poll_service.h"
#include "models/storage/storage_writer.h"

namespace ims::app {

namespace {
// Frames kept per flush: a fast link shows its latest frames, and says how
// many it skipped, instead of queueing thousands of rows for the window.
constexpr qsizetype kTraceBatchLimit = 400;
constexpr int kTraceFlushMs = 250;
} // namespace

EngineCore::EngineCore(storage::Database &database, storage::StorageWriter &writer)
    : m_database(database)
    , m_writer(writer)
    , m_traceFlush(this)
{
    m_traceFlush.setInterval(kTraceFlushMs);
    connect(&m_traceFlush, &QTimer::timeout, this, &EngineCore::flushTrace);
}

EngineCore::~EngineCore() = default;

void EngineCore::initialise()
{
    m_service = std::make_unique<fleet::PollService>(m_database, m_writer, m_factory);
    connect(m_service.get(), &fleet::PollService::planFailed, this, &EngineCore::problem);
    connect(&m_service->engine(), &engine::PollEngine::traced, this,
            [this](qint64, const link::TraceRecord &record) {
                if (m_trace.size() >= kTraceBatchLimit) {
                    m_trace.removeFirst();
                    ++m_traceDropped;
                }
                m_trace.append(record);
            });
    m_scheduler = std::make_unique<PollScheduler>(m_database, *m_service);
    connect(m_scheduler.get(), &PollScheduler::scheduleFired, this,
            [this](qint64, const QString &name, int meters) { emit scheduleFired(name, meters); });
    connect(m_scheduler.get(), &PollScheduler::scheduleFailed, this,
            [this](qint64, const QString &name, const QString &message) {
                emit problem(tr("Schedule \"%1\": %2").arg(name, message));
            });
    m_traceFlush.start();
}

void EngineCore::shutdown()
{
    m_traceFlush.stop();
    m_scheduler.reset();
    if (m_service)
        m_service->cancel();
    m_service.reset();
}

void EngineCore::startSchedules()
{
    if (m_scheduler)
        m_scheduler->start();
}

void EngineCore::prepareDemo(const DemoSite &site)
{
    DemoSetup::prepare(m_database, m_factory, site, [this](Result<DemoOutcome> outcome) {
        if (!outcome) {
            emit demoReady(false, outcome.error().message, false);
            return;
        }
        // New meters: the writer must learn their ratios before their readings.
        m_writer.invalidateMeterCache();
        emit demoReady(true,
                       outcome->firstStart ? tr("Demo substation commissioned: %n meter(s).",
                                                nullptr, outcome->metersAdded)
                                           : tr("Demo substation connected."),
                       outcome->firstStart);
    });
}

void EngineCore::poll(qint64 routerId, qint64 meterId, quint32 what, bool operatorWork)
{
    if (m_service)
        m_service->pollAsync(routerId, meterId, what, operatorWork);
}

void EngineCore::cancel()
{
    if (m_service)
        m_service->cancel();
}

void EngineCore::flushTrace()
{
    if (m_trace.isEmpty())
        return;
    if (m_traceDropped > 0) {
        link::TraceRecord note;
        note.direction = link::TraceDirection::In;
        note.timestamp = QDateTime::currentDateTimeUtc();
        note.summary = tr("%n frame(s) not shown: the link is faster than the trace", nullptr,
                          int(std::min<quint64>(m_traceDropped, INT_MAX)));
        note.link = m_trace.constFirst().link;
        m_trace.prepend(note);
        m_traceDropped = 0;
    }
    emit traced(m_trace);
    m_trace.clear();
}

} // namespace ims::app
