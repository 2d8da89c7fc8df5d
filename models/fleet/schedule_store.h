#pragma once
// The stored poll schedules (table poll_schedules) and when each last ran.
// What the scheduler fires and what the operator edits.
#include "models/domain/entities.h"
#include "models/fleet/poll_planner.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ims::fleet {

class ScheduleStore
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleStore)
public:
    explicit ScheduleStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<QList<domain::PollSchedule>> schedules(bool enabledOnly = false);
    Result<qint64> add(const domain::PollSchedule &schedule);
    Status setEnabled(qint64 id, bool enabled);
    Status setTiming(qint64 id, int periodSeconds, int offsetSeconds);

    // When the schedule last fired (ms since the epoch), 0 when never.
    Result<qint64> lastRun(qint64 id);
    Status setLastRun(qint64 id, qint64 ms);

    // The poll targets a schedule stands for: a site is its routers (site 0:
    // every router), a balance group its meters.
    Result<QList<PollTarget>> targetsOf(const domain::PollSchedule &schedule);

    // A site gets a daily readout (01:00 local: profiles, events, clocks,
    // billing registers) and half-hourly profiles of its head meters when it
    // has no schedule of its own yet. Returns how many were added.
    Result<int> ensureDefaults(qint64 siteId);

private:
    QSqlDatabase m_db;
};

// Limits an operator's timing to what the engine can honour.
Status validateTiming(int periodSeconds, int offsetSeconds);

} // namespace ims::fleet
