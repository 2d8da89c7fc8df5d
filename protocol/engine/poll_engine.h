#pragma once
// The polling engine: one RouterWorker per router, all running in parallel
// on the thread the engine lives on (asynchronous I/O, no thread per meter).
// Plans come in from the models layer (which knows the database); readings
// go out through a ReadingSink; progress goes out as signals.
#include "protocol/engine/router_worker.h"

#include <QElapsedTimer>
#include <QObject>

#include <map>
#include <memory>

namespace ims::engine {

struct PollSummary
{
    int metersOk = 0;
    int metersPartial = 0;
    int metersFailed = 0;
    int retries = 0;
    int intervals = 0;
    quint64 bytesSent = 0;
    quint64 bytesReceived = 0;
    qint64 durationMs = 0;
    hdlc::HdlcLinkStats link; // timeouts, repeats discarded, frames sent again
};

class PollEngine : public QObject
{
    Q_OBJECT
public:
    // The factory and the sink must outlive the engine.
    PollEngine(link::LinkFactory &factory, ReadingSink *sink, PollSettings settings = {},
               QObject *parent = nullptr);
    ~PollEngine() override;

    // Queues the plans. Work of a router already busy joins its queue;
    // Operator priority goes ahead of scheduled work on the same router.
    void submit(const QList<RouterPlan> &plans, Priority priority = Priority::Scheduled);
    void cancel();

    bool isIdle() const;
    // Totals since the engine last became idle.
    PollSummary summary() const;
    const PollSettings &settings() const { return m_settings; }
    QList<RouterProgress> routers() const;

signals:
    void meterProgress(const ims::engine::MeterProgress &progress);
    void routerProgress(const ims::engine::RouterProgress &progress);
    // Persist: the next invocation counter of a ciphered association.
    void invocationCounterChanged(const QString &scope, quint64 next);
    // Every frame of the visits that start while something is connected here.
    void traced(qint64 routerId, const ims::link::TraceRecord &record);
    void started();
    // Every queue is empty: the round is over.
    void finished(const ims::engine::PollSummary &summary);

private:
    RouterWorker &worker(qint64 routerId);
    void onWorkerIdle();

    link::LinkFactory &m_factory;
    ReadingSink *m_sink;
    PollSettings m_settings;
    std::map<qint64, std::unique_ptr<RouterWorker>> m_workers;
    QElapsedTimer m_round;
    bool m_running = false;
};

} // namespace ims::engine

Q_DECLARE_METATYPE(ims::engine::PollSummary)
