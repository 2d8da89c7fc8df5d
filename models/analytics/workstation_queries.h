#pragma once
// Small look-ups the workstation's views need besides the big queries:
// routers to choose from, where the newest data is, the alarm overview the
// status bar and the banner watch, and which meter, router and group show
// the views best (for screenshots and first start).
#include "models/analytics/profile_series.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ims::analytics {

struct RouterSummary
{
    qint64 id = 0;
    QString name;
    int meters = 0;
};

struct AlarmOverview
{
    qint64 maxId = 0;
    int unacknowledged = 0;
    int newCritical = 0; // critical alarms with an id above the one asked about
    QString latestKind;  // of the newest of them
    QString latestMeter;
    QString latestDetails;
};

struct Showcase
{
    qint64 meterId = 0; // a meter with registers and profile data, if any
    qint64 routerId = 0;
    qint64 groupId = 0;
};

class WorkstationQueries
{
    Q_DECLARE_TR_FUNCTIONS(WorkstationQueries)
public:
    explicit WorkstationQueries(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<QList<RouterSummary>> routers(int limit = 10000);
    // The newest calendar day (of the meters' site) with A+ data of any meter in the set.
    Result<std::optional<qint64>> newestDay(const MeterSet &set);
    // The smallest balance group id of a substation, 0 when it has none.
    Result<qint64> groupOfSubstation(qint64 substationId);
    // Counts and the critical alarms newer than `sinceId` (none when sinceId < 0).
    Result<AlarmOverview> alarmOverview(qint64 sinceId);
    Result<Showcase> showcase();

private:
    QSqlDatabase m_db;
};

} // namespace ims::analytics
