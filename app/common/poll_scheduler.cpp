#include "app/common/poll_scheduler.h"

#include "models/fleet/poll_service.h"
#include "models/fleet/schedule_store.h"
#include "models/storage/database.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace ims::app {

namespace {
const QString kRole = QStringLiteral("engine");
Q_LOGGING_CATEGORY(lcSchedule, "ims.schedule")
} // namespace

PollScheduler::PollScheduler(storage::Database &database, fleet::PollService &service, Clock now,
                             QTimeZone zone, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_service(service)
    , m_now(now ? std::move(now) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_zone(std::move(zone))
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (const Result<int> fired = runDue(); !fired)
            qCWarning(lcSchedule) << fired.error().message;
    });
}

void PollScheduler::start(int checkMs)
{
    m_timer.start(checkMs);
    QTimer::singleShot(0, this, [this] {
        if (const Result<int> fired = runDue(); !fired)
            qCWarning(lcSchedule) << fired.error().message;
    });
}

void PollScheduler::stop()
{
    m_timer.stop();
}

qint64 PollScheduler::previousDue(qint64 nowMs, int periodSeconds, int offsetSeconds,
                                  const QTimeZone &zone)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    // Local midnight of today (of yesterday while before today's offset),
    // so that "01:00" means 01:00 on the wall whatever the UTC offset.
    const qint64 midnight = QDateTime(now.date(), QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 period = qint64(periodSeconds) * 1000;
    const qint64 since = nowMs - midnight - qint64(offsetSeconds) * 1000;
    const qint64 steps = since >= 0 ? since / period : -((-since + period - 1) / period);
    return midnight + qint64(offsetSeconds) * 1000 + steps * period;
}

Result<int> PollScheduler::runDue()
{
    auto db = m_database.connection(kRole);
    if (!db)
        return db.error();
    fleet::ScheduleStore store(*db);
    const auto schedules = store.schedules(true);
    if (!schedules)
        return schedules.error();
    const qint64 now = m_now();
    int fired = 0;
    for (const domain::PollSchedule &schedule : *schedules) {
        if (!fleet::validateTiming(schedule.periodSeconds, schedule.offsetSeconds))
            continue; // refused when stored; an edit outside the program is not run
        const qint64 due = previousDue(now, schedule.periodSeconds, schedule.offsetSeconds, m_zone);
        const Result<qint64> last = store.lastRun(schedule.id);
        if (!last)
            return last.error();
        if (*last >= due)
            continue;
        const auto targets = store.targetsOf(schedule);
        if (!targets) {
            emit scheduleFailed(schedule.id, schedule.name, targets.error().message);
            continue;
        }
        int meters = 0;
        QString failure;
        for (const fleet::PollTarget &target : *targets) {
            const Result<int> queued = m_service.poll(target, schedule.what);
            if (queued)
                meters += *queued;
            else
                failure = queued.error().message;
        }
        // Marked as run even when a target failed to plan: the next period
        // tries again, rather than every check of this one.
        if (const Status s = store.setLastRun(schedule.id, now); !s)
            return s.error();
        ++fired;
        if (!failure.isEmpty())
            emit scheduleFailed(schedule.id, schedule.name, failure);
        emit scheduleFired(schedule.id, schedule.name, meters);
    }
    return fired;
}

} // namespace ims::app
