#pragma once
// What `imsdesk-cli relay off|on --group|--feeder|--router` and
// `imsdesk-cli switch-schedule run-due` share: the polling engine on the
// CLI's main thread with the storage writer behind it, a group switching
// run to its end, and each meter's result as one JSON object.
#include "models/control/group_switch.h"
#include "models/control/switch_scheduler.h"

#include <QJsonObject>

#include <functional>

namespace ims::storage {
class Database;
}

namespace ims::cli {

QJsonObject switchResultJson(const control::MeterSwitchResult &result);
// One line per meter, for people.
QString switchResultLine(const control::MeterSwitchResult &result);

// Runs the request through the engine (operator priority) and waits for
// every meter's result; `each` sees them as they come. Commands are
// committed before it returns.
Result<QList<control::MeterSwitchResult>>
runGroupSwitch(storage::Database &database, const control::GroupSwitchRequest &request,
               const std::function<void(const control::MeterSwitchResult &)> &each);

// Runs what is due now, one schedule after another, and waits.
struct ScheduleRun
{
    qint64 scheduleId = 0;
    QString name;
    QString summary;
    QList<control::MeterSwitchResult> results;
};
Result<QList<ScheduleRun>> runDueSchedules(storage::Database &database, const QString &operatorName,
                                           qint64 nowMs, QStringList *problems);

// Exit code for a group: 0 all applied, 4 any unknown, else 1 any not applied.
int groupExitCode(const QList<control::MeterSwitchResult> &results);

} // namespace ims::cli
