#include "models/control/switch_scheduler.h"

#include "models/control/switch_schedule_store.h"

#include <QDateTime>

#include <algorithm>

namespace ims::control {

SwitchScheduler::SwitchScheduler(engine::PollEngine &engine, engine::ReadingSink &sink,
                                 QSqlDatabase db, QString operatorName, Clock now, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_sink(sink)
    , m_db(std::move(db))
    , m_operator(std::move(operatorName))
    , m_now(now ? std::move(now) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)runDue(); });
}

SwitchScheduler::~SwitchScheduler() = default;

Result<QList<DueSwitch>> SwitchScheduler::due(QSqlDatabase db, qint64 nowMs, QStringList *problems)
{
    SwitchScheduleStore store(db);
    Result<QList<SwitchSchedule>> schedules = store.schedules(/*enabledOnly=*/true);
    if (!schedules)
        return schedules.error();
    QList<DueSwitch> out;
    for (const SwitchSchedule &s : *schedules) {
        Result<SwitchCalendar> calendar = store.calendarFor(s.siteId);
        Result<std::optional<qint64>> at = calendar
                                               ? calendar->previousDue(s, nowMs)
                                               : Result<std::optional<qint64>>(calendar.error());
        if (!at) {
            if (problems)
                *problems << QStringLiteral("%1: %2").arg(s.name, at.error().message);
            continue;
        }
        if (*at && **at > s.lastRunMs)
            out << DueSwitch{s, **at};
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const DueSwitch &a, const DueSwitch &b) { return a.dueMs < b.dueMs; });
    return out;
}

void SwitchScheduler::start(int checkMs)
{
    (void)runDue();
    m_timer.start(checkMs);
}

void SwitchScheduler::stop()
{
    m_timer.stop();
}

Result<int> SwitchScheduler::runDue()
{
    QStringList problems;
    Result<QList<DueSwitch>> due = SwitchScheduler::due(m_db, m_now(), &problems);
    if (!due)
        return due.error();
    for (const QString &p : problems)
        emit scheduleFailed(0, QString(), p);
    int queued = 0;
    for (const DueSwitch &d : *due) {
        const auto same = [&](const DueSwitch &q) {
            return q.schedule.id == d.schedule.id && q.dueMs == d.dueMs;
        };
        if ((m_running && same(m_current)) || std::any_of(m_queue.begin(), m_queue.end(), same))
            continue;
        m_queue.push_back(d);
        ++queued;
    }
    if (!m_running)
        runNext();
    return queued;
}

void SwitchScheduler::runNext()
{
    while (!m_running && !m_queue.empty()) {
        m_current = m_queue.front();
        m_queue.pop_front();
        const SwitchSchedule &s = m_current.schedule;
        SwitchScheduleStore store(m_db);
        // Marked as run before switching: a schedule fires once per due
        // instant even if the program stops halfway (the commands say how far it got).
        if (const Status st = store.recordRun(s.id, m_current.dueMs, tr("running")); !st) {
            emit scheduleFailed(s.id, s.name, st.error().message);
            continue;
        }
        SwitchTargets targets(m_db);
        Result<QList<SwitchMeter>> meters = targets.meters(s.target);
        if (!meters) {
            (void)store.recordRun(s.id, m_current.dueMs, meters.error().message);
            emit scheduleFailed(s.id, s.name, meters.error().message);
            continue;
        }
        GroupSwitchRequest request;
        request.meters = *meters;
        request.action = s.action;
        request.operatorName = m_operator;
        request.parameters = tr("schedule %1 \"%2\" (%3 at %4)")
                                 .arg(s.id)
                                 .arg(s.name, SwitchScheduleText::actionToken(s.action),
                                      SwitchScheduleText::timeText(s));
        m_running = std::make_unique<GroupSwitch>(m_engine, m_sink, m_db);
        connect(m_running.get(), &GroupSwitch::finished, this, &SwitchScheduler::onFinished,
                Qt::QueuedConnection);
        emit scheduleStarted(s.id, s.name, int(meters->size()));
        m_running->start(request);
    }
    if (!m_running && m_queue.empty())
        emit idle();
}

void SwitchScheduler::onFinished(const QList<MeterSwitchResult> &results)
{
    const SwitchSchedule s = m_current.schedule;
    const QString summary = summarise(results).describe();
    (void)SwitchScheduleStore(m_db).recordRun(s.id, m_current.dueMs, summary);
    m_running.reset();
    emit scheduleFinished(s.id, s.name, summary, results);
    runNext();
}

} // namespace ims::control
