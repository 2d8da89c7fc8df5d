#include "protocol/engine/router_worker.h"

#include "protocol/client/hdlc_channel.h"
#include "protocol/client/wrapper_channel.h"
#include "protocol/link/borrowed_link.h"

#include <QDateTime>
#include <QHash>
#include <QMetaMethod>

namespace ims::engine {

namespace {

bool sameMeter(const MeterRef &a, const MeterRef &b)
{
    if (a.id != 0 && b.id != 0)
        return a.id == b.id;
    return !a.serial.isEmpty() && a.serial == b.serial;
}

bool isLinkFailure(const Error &e)
{
    return e.kind == ErrorKind::LinkClosed || e.kind == ErrorKind::LinkError;
}

} // namespace

RouterWorker::RouterWorker(link::LinkFactory &factory, const PollSettings &settings,
                           ReadingSink *sink, QObject *parent)
    : QObject(parent)
    , m_factory(factory)
    , m_settings(settings)
    , m_sink(sink)
{
    m_clock.start();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &RouterWorker::runNext);
}

RouterWorker::~RouterWorker()
{
    m_session.reset();
    m_channel.reset();
    if (m_link)
        m_link->close();
}

void RouterWorker::resetRound()
{
    m_summary = {};
    m_progress.total = int(m_queue.size()) + (m_session ? 1 : 0);
    m_progress.done = 0;
    m_progress.failed = 0;
    m_progress.retries = 0;
}

void RouterWorker::enqueue(const RouterPlan &plan, Priority priority)
{
    const bool first = m_plan.routerId == 0;
    m_plan.routerId = plan.routerId;
    m_plan.name = plan.name;
    m_plan.routerProfile = plan.routerProfile;
    m_plan.routerCounterScope = plan.routerCounterScope;
    m_plan.meterProfile = plan.meterProfile;
    m_plan.plc = plan.plc;
    m_plan.meterCounterScope = plan.meterCounterScope;
    m_plan.routerLastClockCorrectionMs
        = std::max(m_plan.routerLastClockCorrectionMs, plan.routerLastClockCorrectionMs);
    if (first || !(m_plan.routerProfile.link == plan.routerProfile.link)) {
        // New or changed address: the next visit connects afresh.
        if (m_link && !m_session)
            m_link.release()->deleteLater();
    }
    m_progress.routerId = plan.routerId;
    m_progress.name = plan.name;

    auto operatorEnd = [this] {
        auto it = m_queue.begin();
        while (it != m_queue.end() && it->priority == Priority::Operator)
            ++it;
        return it;
    };
    if (plan.checkRouterClock && !m_routerClockPending) {
        Queued item;
        item.routerClock = true;
        item.job.what = PollItem::Clock;
        item.job.counterScope = plan.routerCounterScope;
        item.job.cursor.lastClockCorrectionMs = m_plan.routerLastClockCorrectionMs;
        item.priority = priority;
        m_queue.insert(priority == Priority::Operator ? m_queue.begin() : operatorEnd(), item);
        m_routerClockPending = true;
    }
    // Scheduled work only appends, so queued entries keep their positions and
    // a plan of thousands of meters is merged through an index of them
    // instead of a search of the queue per meter. Operator work moves
    // entries: it searches. (Meters known by serial only are matched by
    // serial: they search too.)
    const auto hasId = [](const MeterJob &job) {
        return job.meter.id != 0;
    };
    bool indexed = priority == Priority::Scheduled && plan.meters.size() > kSearchLimit
                   && std::all_of(plan.meters.cbegin(), plan.meters.cend(), hasId);
    QHash<qint64, qsizetype> readsById; // meters queued for reads -> position
    if (indexed) {
        m_queue.reserve(m_queue.size() + plan.meters.size()); // no growth slack
        readsById.reserve(m_queue.size() + plan.meters.size());
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            const Queued &q = m_queue.at(i);
            if (!q.routerClock && !q.job.operation) {
                indexed = indexed && hasId(q.job);
                readsById.insert(q.job.meter.id, i);
            }
        }
    }
    for (const MeterJob &job : plan.meters) {
        // An operation (a relay switch, a tariff write) is its own visit: merged
        // into queued reads it would be lost, and reads merged into it would
        // be skipped.
        const auto mergesWith = [&](const Queued &q) {
            return !q.routerClock && !q.job.operation && !job.operation
                   && sameMeter(q.job.meter, job.meter);
        };
        if (indexed) {
            const qsizetype queued = job.operation ? -1 : readsById.value(job.meter.id, -1);
            if (queued >= 0) {
                m_queue[queued].job.what |= job.what; // scheduled work joins what is queued
                continue;
            }
            if (!job.operation)
                readsById.insert(job.meter.id, m_queue.size());
            Queued &item = m_queue.emplace_back();
            item.job = job;
            item.priority = priority;
            ++m_progress.total;
            continue;
        }
        auto existing = std::find_if(m_queue.begin(), m_queue.end(), mergesWith);
        Queued item;
        item.job = job;
        item.priority = priority;
        if (existing != m_queue.end()) {
            if (priority == Priority::Scheduled || existing->priority == Priority::Operator) {
                existing->job.what |= job.what;
                continue;
            }
            item.job.what |= existing->job.what;
            m_queue.erase(existing);
        } else {
            ++m_progress.total;
        }
        if (priority == Priority::Operator) {
            m_queue.insert(operatorEnd(), item);
            publish(item, MeterPollState::Queued, PollStep::Waiting);
        } else {
            m_queue.push_back(item);
        }
    }
    publishRouter();
    QMetaObject::invokeMethod(this, &RouterWorker::runNext, Qt::QueuedConnection);
}

void RouterWorker::cancel()
{
    for (const Queued &q : m_queue)
        if (!q.routerClock)
            publish(q, MeterPollState::Cancelled, PollStep::Finished,
                    Error(ErrorKind::Cancelled, tr("cancelled")));
    m_queue.clear();
    m_routerClockPending = false;
    m_wake.stop();
    if (m_session)
        m_session->cancel();
    publishRouter();
}

void RouterWorker::runNext()
{
    if (m_session || m_linkOpening)
        return;
    if (m_queue.empty()) {
        publishRouter();
        emit idle();
        return;
    }
    const qint64 now = monotonicMs();
    auto ready = std::find_if(m_queue.begin(), m_queue.end(),
                              [now](const Queued &q) { return q.notBeforeMs <= now; });
    if (ready == m_queue.end()) {
        qint64 earliest = m_queue.front().notBeforeMs;
        for (const Queued &q : m_queue)
            earliest = std::min(earliest, q.notBeforeMs);
        m_wake.start(int(std::max<qint64>(1, earliest - now)));
        return;
    }
    if (!m_link || !m_link->isOpen()) {
        openLink();
        return;
    }
    Queued item = std::move(*ready);
    m_queue.erase(ready);
    startSession(std::move(item));
}

void RouterWorker::openLink()
{
    if (m_link)
        m_link.release()->deleteLater();
    m_link = m_factory.create(m_plan.routerProfile.link);
    m_linkOpening = true;
    link::Link *l = m_link.get();
    connect(l, &link::Link::opened, this, [this] {
        m_linkOpening = false;
        m_linkFailures = 0;
        m_progress.linkUp = true;
        publishRouter();
        runNext();
    });
    connect(l, &link::Link::closed, this, [this] {
        m_progress.linkUp = false;
        publishRouter();
    });
    connect(l, &link::Link::errorOccurred, this, [this, l](const ims::Error &error) {
        m_progress.linkUp = false;
        if (!m_linkOpening || m_link.get() != l)
            return; // a running visit learns it from its channel
        m_linkOpening = false;
        ++m_linkFailures;
        if (m_linkFailures >= m_settings.linkRetryLimit) {
            m_linkFailures = 0;
            failAllQueued(Error(error.kind,
                                tr("cannot reach router %1: %2").arg(m_plan.name, error.message)));
            runNext();
            return;
        }
        ++m_progress.retries;
        publishRouter();
        m_wake.start(m_settings.retryDelayMs * (1 << std::min(m_linkFailures - 1, 6)));
    });
    l->open();
}

void RouterWorker::startSession(Queued item)
{
    m_current = std::move(item);
    ++m_current.attempt;
    m_startedAtMs = m_settings.now();
    const bool router = m_current.routerClock;
    client::ConnectionProfile profile = router ? m_plan.routerProfile : m_plan.meterProfile;
    auto borrowed = std::make_unique<link::BorrowedLink>(*m_link);
    m_borrowed = borrowed.get();
    if (profile.framing == client::Framing::Wrapper) {
        client::WrapperChannelSettings s;
        s.clientPort = profile.clientSap;
        s.serverPort = router ? profile.logicalDevice : m_current.job.physical;
        m_channel = std::make_unique<client::WrapperChannel>(std::move(borrowed), s);
    } else {
        client::HdlcChannelSettings s;
        s.clientSap = profile.clientSap;
        s.logicalDevice = profile.logicalDevice;
        s.responseTimeoutMs = profile.frameTimeoutMs;
        if (!router) {
            s.physicalDevice = m_current.job.physical;
            // A meter N hops away needs a timer that allows for N hops
            // (a late answer would otherwise cost a timeout poll per frame).
            s.line = meterLine(m_plan, m_current.job);
            profile.association.responseTimeoutMs
                = meterSilenceTimeoutMs(m_plan, m_current.job, s.maxRetries);
        }
        m_channel = std::make_unique<client::HdlcChannel>(std::move(borrowed), s);
    }
    const bool traceWanted
        = m_traceWanted ? m_traceWanted()
                        : isSignalConnected(QMetaMethod::fromSignal(&RouterWorker::traced));
    if (traceWanted)
        connect(m_channel.get(), &client::ApduChannel::traced, this, &RouterWorker::traced);
    m_session = std::make_unique<MeterSession>(
        *m_channel, profile.association, m_current.job,
        router ? SessionTarget::Router : SessionTarget::Meter, m_plan.routerId, m_settings, m_sink);
    const QString scope
        = router ? m_current.job.counterScope : m_plan.counterScopeOf(m_current.job);
    connect(m_session.get(), &MeterSession::invocationCounterChanged, this,
            [this, scope](quint64 next) {
                if (!scope.isEmpty())
                    emit counterChanged(scope, next);
            });
    connect(m_session.get(), &MeterSession::stepChanged, this, [this](PollStep step) {
        if (!m_current.routerClock)
            publish(m_current, MeterPollState::Running, step);
    });
    connect(m_session.get(), &MeterSession::finished, this, &RouterWorker::sessionFinished);
    ++m_progress.running;
    if (!router)
        publish(m_current, MeterPollState::Running, PollStep::Connecting);
    m_session->start();
}

void RouterWorker::sessionFinished()
{
    const SessionReport report = m_session->report();
    Queued item = m_current;
    item.job = m_session->job(); // cursors and counter as they are now
    const quint64 sent = m_borrowed ? m_borrowed->bytesOut() : 0;
    const quint64 received = m_borrowed ? m_borrowed->bytesIn() : 0;
    if (const auto *hdlc = qobject_cast<const client::HdlcChannel *>(m_channel.get()))
        m_summary.link += hdlc->linkStats();
    m_session.release()->deleteLater();
    m_channel.release()->deleteLater();
    m_borrowed = nullptr;
    --m_progress.running;
    m_progress.bytesSent += sent;
    m_progress.bytesReceived += received;
    m_summary.bytesSent += sent;
    m_summary.bytesReceived += received;
    m_summary.intervals += report.intervalsRead;
    const qint64 finishedAt = m_settings.now();

    if (item.routerClock) {
        m_routerClockPending = false;
        if (report.clockCorrected)
            m_plan.routerLastClockCorrectionMs = item.job.cursor.lastClockCorrectionMs;
        if (!report.status && MeterSession::isTransient(report.status.error())
            && item.attempt < m_settings.maxAttempts) {
            item.notBeforeMs = monotonicMs() + m_settings.retryDelayMs;
            m_queue.push_back(item);
            m_routerClockPending = true;
        }
    } else {
        const Error error = report.status ? Error() : report.status.error();
        const bool retry = !report.status && MeterSession::isTransient(error)
                           && item.attempt < m_settings.maxAttempts;
        MeterProgress p;
        p.routerId = m_plan.routerId;
        p.meter = item.job.meter;
        p.attempt = item.attempt;
        p.bytesSent = sent;
        p.bytesReceived = received;
        p.intervalsRead = report.intervalsRead;
        if (retry) {
            ++m_summary.retries;
            ++m_progress.retries;
            item.notBeforeMs
                = monotonicMs() + qint64(m_settings.retryDelayMs) * (1 << (item.attempt - 1));
            p.state = MeterPollState::Queued;
            p.step = PollStep::Waiting;
            p.error = error.kind;
            p.message
                = tr("attempt %1 failed: %2; will retry").arg(item.attempt).arg(error.message);
            emit meterProgress(p);
            m_queue.push_back(item);
        } else {
            PollOutcome outcome;
            outcome.meter = item.job.meter;
            outcome.routerId = m_plan.routerId;
            outcome.startedAtMs = m_startedAtMs;
            outcome.finishedAtMs = finishedAt;
            outcome.bytesSent = sent;
            outcome.bytesReceived = received;
            outcome.intervalsRead = report.intervalsRead;
            if (report.status) {
                outcome.result
                    = report.skipped.isEmpty() ? PollResult::Success : PollResult::Partial;
                outcome.message = report.skipped.join(QStringLiteral("; "));
                report.skipped.isEmpty() ? ++m_summary.ok : ++m_summary.partial;
                ++m_progress.done;
                p.state = MeterPollState::Done;
                p.message = outcome.message;
            } else {
                outcome.result = PollResult::Failed;
                outcome.errorKind = error.kind;
                outcome.message = error.message;
                ++m_summary.failed;
                ++m_progress.failed;
                p.state = MeterPollState::Failed;
                p.error = error.kind;
                p.message = error.message;
            }
            p.step = PollStep::Finished;
            emit meterProgress(p);
            if (m_sink) {
                ReadingBatch batch;
                batch.outcomes << outcome;
                m_sink->submit(std::move(batch));
            }
        }
        if (!report.status && isLinkFailure(error) && m_link)
            m_link.release()->deleteLater(); // reconnect for the next visit
    }
    publishRouter();
    QMetaObject::invokeMethod(this, &RouterWorker::runNext, Qt::QueuedConnection);
}

void RouterWorker::failAllQueued(const Error &error)
{
    QList<Queued> queued;
    queued.swap(m_queue);
    m_routerClockPending = false;
    ReadingBatch batch;
    batch.outcomes.reserve(queued.size()); // thousands: no growth slack
    const qint64 now = m_settings.now();
    for (const Queued &q : queued) {
        if (q.routerClock)
            continue;
        PollOutcome outcome;
        outcome.meter = q.job.meter;
        outcome.routerId = m_plan.routerId;
        outcome.startedAtMs = now;
        outcome.finishedAtMs = now;
        outcome.result = PollResult::Failed;
        outcome.errorKind = error.kind;
        outcome.message = error.message;
        batch.outcomes << outcome;
        ++m_summary.failed;
        ++m_progress.failed;
        publish(q, MeterPollState::Failed, PollStep::Finished, error);
    }
    if (m_sink && !batch.isEmpty())
        m_sink->submit(std::move(batch));
    publishRouter();
}

void RouterWorker::publish(const Queued &item, MeterPollState state, PollStep step,
                           const Error &error)
{
    MeterProgress p;
    p.routerId = m_plan.routerId;
    p.meter = item.job.meter;
    p.state = state;
    p.step = step;
    p.attempt = item.attempt;
    p.error = error.kind;
    p.message = error.message;
    emit meterProgress(p);
}

void RouterWorker::publishRouter()
{
    emit routerProgress(m_progress);
}

} // namespace ims::engine
