#include "ui/alarms/alarm_watch.h"

#include "models/analytics/workstation_queries.h"
#include "models/storage/alarm_store.h"
#include "ui/core/query_runner.h"

#include <QTimer>

namespace ims::ui {

AlarmWatch::AlarmWatch(QueryRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{}

void AlarmWatch::start(int intervalMs)
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &AlarmWatch::poll);
    timer->start(intervalMs);
    poll();
}

void AlarmWatch::poll()
{
    if (m_polling)
        return; // the previous look has not come back yet
    m_polling = true;
    const qint64 since = m_lastSeenId;
    m_runner->run<analytics::AlarmOverview>(
        this,
        [since](QSqlDatabase &db) {
            return analytics::WorkstationQueries(db).alarmOverview(since);
        },
        [this](Result<analytics::AlarmOverview> look) {
            m_polling = false;
            if (!look)
                return;
            m_lastSeenId = look->maxId;
            if (look->unacknowledged != m_unacknowledged) {
                m_unacknowledged = look->unacknowledged;
                emit unacknowledgedChanged(m_unacknowledged);
            }
            if (look->newCritical > 0) {
                const QString kind = storage::AlarmNames::kindName(look->latestKind);
                QString latest = look->latestMeter.isEmpty()
                                     ? kind
                                     : tr("%1 — meter %2").arg(kind, look->latestMeter);
                if (!look->latestDetails.isEmpty())
                    latest += QStringLiteral(": ")
                              + storage::AlarmNames::detailsText(look->latestDetails);
                emit newCritical(look->newCritical, latest);
            }
        });
}

} // namespace ims::ui
