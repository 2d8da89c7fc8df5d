#pragma once
// The stored switch schedules (table switch_schedules) and the sites'
// coordinates they need for sunrise and sunset. What the CLI, the dialog and
// the workstation's scheduler read and write.
#include "models/control/switch_schedule.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ims::control {

class SwitchScheduleStore
{
    Q_DECLARE_TR_FUNCTIONS(SwitchScheduleStore)

public:
    explicit SwitchScheduleStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // nullopt clears them.
    Status setSiteCoordinates(qint64 siteId, std::optional<GeoPosition> position);
    Result<std::optional<GeoPosition>> siteCoordinates(qint64 siteId);
    // The site's zone and coordinates: when its schedules are due.
    Result<SwitchCalendar> calendarFor(qint64 siteId);

    Result<QList<SwitchSchedule>> schedules(bool enabledOnly = false);
    Result<SwitchSchedule> schedule(qint64 id);
    // Validates and stores; the site is the target's unless given. A new
    // schedule counts as having run when it was created: it does not fire
    // for the instants already past.
    Result<qint64> add(SwitchSchedule schedule, qint64 nowMs);
    Status remove(qint64 id);
    Status setEnabled(qint64 id, bool enabled);
    // It ran for the due instant `dueMs`, with this summary.
    Status recordRun(qint64 id, qint64 dueMs, const QString &result);

private:
    QSqlDatabase m_db;
};

} // namespace ims::control
