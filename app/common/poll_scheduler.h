#pragma once
// Runs the stored poll schedules (table poll_schedules) without anyone
// watching: every schedule fires at local midnight + offset + k × period
// (a daily readout at 01:00, profiles every half hour two minutes after the
// interval closed). A schedule whose last due time passed while the
// workstation was off fires once at start: gap filling reads only what is
// missing. Lives on the engine thread, beside the PollService it feeds.
#include "models/domain/entities.h"
#include "models/fleet/poll_planner.h"
#include "protocol/core/result.h"

#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <functional>

namespace ims::storage {
class Database;
}
namespace ims::fleet {
class PollService;
}

namespace ims::app {

class PollScheduler : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;

    PollScheduler(storage::Database &database, fleet::PollService &service, Clock now = {},
                  QTimeZone zone = QTimeZone::systemTimeZone(), QObject *parent = nullptr);

    // Checks the schedules now and then every `checkMs`.
    void start(int checkMs = 20000);
    void stop();

    // Fires what is due now; returns how many schedules fired.
    Result<int> runDue();

    // The latest due instant of a schedule at or before `nowMs`.
    static qint64 previousDue(qint64 nowMs, int periodSeconds, int offsetSeconds,
                              const QTimeZone &zone);

signals:
    void scheduleFired(qint64 scheduleId, const QString &name, int meters);
    void scheduleFailed(qint64 scheduleId, const QString &name, const QString &message);

private:
    storage::Database &m_database;
    fleet::PollService &m_service;
    Clock m_now;
    QTimeZone m_zone;
    QTimer m_timer;
};

} // namespace ims::app
