#pragma once
// The queue of one medium: a router's PLC side is half duplex and a serial
// port is exclusive, so one conversation runs at a time per link. Keeps one
// connection to the router and lends it to each meter visit in turn.
// Operator work goes ahead of scheduled work; failed visits are retried
// with backoff later in the round; a dropped connection is re-opened.
#include "protocol/engine/meter_session.h"
#include "protocol/hdlc/hdlc_station.h"
#include "protocol/link/frame_trace.h"
#include "protocol/link/link_factory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace ims::engine {

struct RouterRoundSummary
{
    int ok = 0;
    int partial = 0;
    int failed = 0;
    int retries = 0;
    int intervals = 0;
    quint64 bytesSent = 0;
    quint64 bytesReceived = 0;
    hdlc::HdlcLinkStats link; // the HDLC data links' error recovery, all visits together
};

class RouterWorker : public QObject
{
    Q_OBJECT
public:
    RouterWorker(link::LinkFactory &factory, const PollSettings &settings, ReadingSink *sink,
                 QObject *parent = nullptr);
    ~RouterWorker() override;

    // Adopts the plan's connection settings and queues its meters (a meter
    // already queued is not queued twice; operator work moves it forward).
    void enqueue(const RouterPlan &plan, Priority priority);
    void cancel();

    bool isIdle() const { return !m_session && m_queue.empty() && !m_routerClockPending; }
    const RouterProgress &progress() const { return m_progress; }
    const RouterRoundSummary &summary() const { return m_summary; }
    void resetRound();
    // Frame summaries cost more CPU than the conversation itself, so a visit
    // is traced only when this says, as it starts, that somebody reads the
    // trace (unset: when traced() is connected).
    void setTraceWanted(std::function<bool()> wanted) { m_traceWanted = std::move(wanted); }

signals:
    void meterProgress(const ims::engine::MeterProgress &progress);
    void routerProgress(const ims::engine::RouterProgress &progress);
    void counterChanged(const QString &scope, quint64 next);
    void idle();
    void traced(const ims::link::TraceRecord &record);

private:
    struct Queued
    {
        MeterJob job;
        Priority priority = Priority::Scheduled;
        int attempt = 0;
        qint64 notBeforeMs = 0;
        bool routerClock = false; // the router's own clock check
    };

    // Plans up to this many meters are merged by searching the queue.
    static constexpr qsizetype kSearchLimit = 16;

    void schedule();
    void runNext();
    void openLink();
    void startSession(Queued item);
    void sessionFinished();
    void failAllQueued(const Error &error);
    void publish(const Queued &item, MeterPollState state, PollStep step, const Error &error = {});
    void publishRouter();
    qint64 monotonicMs() const { return m_clock.elapsed(); }

    link::LinkFactory &m_factory;
    const PollSettings &m_settings;
    ReadingSink *m_sink;
    RouterPlan m_plan; // connection settings; meters are in m_queue
    // Contiguous: a router's thousands of queued meters are one allocation,
    // handed back whole when the queue empties (a deque's many small blocks
    // leave the heap fragmented after a million-meter round).
    QList<Queued> m_queue;
    bool m_routerClockPending = false;

    std::unique_ptr<link::Link> m_link;
    int m_linkFailures = 0;
    bool m_linkOpening = false;
    QTimer m_wake;
    QElapsedTimer m_clock;

    // The running visit.
    link::Link *m_borrowed = nullptr; // owned by m_channel
    std::unique_ptr<client::ApduChannel> m_channel;
    std::unique_ptr<MeterSession> m_session;
    Queued m_current;
    qint64 m_startedAtMs = 0;

    RouterProgress m_progress;
    RouterRoundSummary m_summary;
    std::function<bool()> m_traceWanted;
};

} // namespace ims::engine
