#include "protocol/engine/poll_engine.h"

#include <QMetaMethod>

namespace ims::engine {

PollEngine::PollEngine(link::LinkFactory &factory, ReadingSink *sink, PollSettings settings,
                       QObject *parent)
    : QObject(parent)
    , m_factory(factory)
    , m_sink(sink)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<MeterProgress>();
    qRegisterMetaType<RouterProgress>();
    qRegisterMetaType<PollSummary>();
}

PollEngine::~PollEngine() = default;

RouterWorker &PollEngine::worker(qint64 routerId)
{
    auto it = m_workers.find(routerId);
    if (it != m_workers.end())
        return *it->second;
    auto w = std::make_unique<RouterWorker>(m_factory, m_settings, m_sink, this);
    RouterWorker *raw = w.get();
    connect(raw, &RouterWorker::meterProgress, this, &PollEngine::meterProgress);
    connect(raw, &RouterWorker::routerProgress, this, &PollEngine::routerProgress);
    connect(raw, &RouterWorker::counterChanged, this, &PollEngine::invocationCounterChanged);
    connect(raw, &RouterWorker::traced, this,
            [this, routerId](const link::TraceRecord &r) { emit traced(routerId, r); });
    raw->setTraceWanted(
        [this] { return isSignalConnected(QMetaMethod::fromSignal(&PollEngine::traced)); });
    connect(raw, &RouterWorker::idle, this, &PollEngine::onWorkerIdle);
    m_workers.emplace(routerId, std::move(w));
    return *raw;
}

void PollEngine::submit(const QList<RouterPlan> &plans, Priority priority)
{
    if (plans.isEmpty())
        return;
    if (!m_running) {
        m_running = true;
        m_round.start();
        for (auto &[id, w] : m_workers)
            w->resetRound();
        emit started();
    }
    for (const RouterPlan &plan : plans)
        worker(plan.routerId).enqueue(plan, priority);
}

void PollEngine::cancel()
{
    for (auto &[id, w] : m_workers)
        w->cancel();
}

bool PollEngine::isIdle() const
{
    for (const auto &[id, w] : m_workers)
        if (!w->isIdle())
            return false;
    return true;
}

PollSummary PollEngine::summary() const
{
    PollSummary s;
    for (const auto &[id, w] : m_workers) {
        const RouterRoundSummary &r = w->summary();
        s.metersOk += r.ok;
        s.metersPartial += r.partial;
        s.metersFailed += r.failed;
        s.retries += r.retries;
        s.intervals += r.intervals;
        s.bytesSent += r.bytesSent;
        s.bytesReceived += r.bytesReceived;
        s.link += r.link;
    }
    s.durationMs = m_running ? m_round.elapsed() : 0;
    return s;
}

QList<RouterProgress> PollEngine::routers() const
{
    QList<RouterProgress> list;
    for (const auto &[id, w] : m_workers)
        list << w->progress();
    return list;
}

void PollEngine::onWorkerIdle()
{
    if (!m_running || !isIdle())
        return;
    PollSummary s = summary();
    m_running = false;
    emit finished(s);
}

} // namespace ims::engine
