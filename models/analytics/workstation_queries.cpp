#include "models/analytics/workstation_queries.h"

#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::analytics {

using storage::Sql;

Result<QList<RouterSummary>> WorkstationQueries::routers(int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (const Status s = Sql::prepare(q, QStringLiteral("SELECT r.id, r.name, (SELECT COUNT(*)"
                                                        " FROM meters m WHERE m.router_id = r.id)"
                                                        " FROM routers r ORDER BY r.id LIMIT ?"));
        !s)
        return s.error();
    q.addBindValue(limit);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    QList<RouterSummary> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

Result<std::optional<qint64>> WorkstationQueries::newestDay(const MeterSet &set)
{
    auto day = Sql::scalar(m_db,
                           QStringLiteral("SELECT COALESCE(MAX(day), -1) FROM meter_daily WHERE"
                                          " channel = 1 AND meter_id IN (%1)")
                               .arg(ProfileSeriesQuery::meterIdsSql(set.kind)),
                           {set.id});
    if (!day)
        return day.error();
    return *day < 0 ? std::optional<qint64>() : std::optional<qint64>(*day);
}

Result<qint64> WorkstationQueries::groupOfSubstation(qint64 substationId)
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT COALESCE(MIN(id), 0) FROM balance_groups"
                                      " WHERE substation_id = ?"),
                       {substationId});
}

Result<AlarmOverview> WorkstationQueries::alarmOverview(qint64 sinceId)
{
    AlarmOverview look;
    auto maxId = Sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM alarms"));
    if (!maxId)
        return maxId.error();
    look.maxId = *maxId;
    auto open = Sql::scalar(
        m_db, QStringLiteral("SELECT COUNT(*) FROM alarms WHERE acknowledged_at_ms IS NULL"));
    if (!open)
        return open.error();
    look.unacknowledged = int(*open);
    if (sinceId < 0 || look.maxId <= sinceId)
        return look;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (const Status s = Sql::prepare(q, QStringLiteral("SELECT a.kind, a.details, m.serial FROM"
                                                        " alarms a LEFT JOIN meters m"
                                                        " ON m.id = a.meter_id WHERE a.id > ?"
                                                        " AND a.severity >= 2 ORDER BY a.id DESC"));
        !s)
        return s.error();
    q.addBindValue(sinceId);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    while (q.next()) {
        if (look.newCritical++ == 0) {
            look.latestKind = q.value(0).toString();
            look.latestDetails = q.value(1).toString();
            look.latestMeter = q.value(2).toString();
        }
    }
    return look;
}

Result<Showcase> WorkstationQueries::showcase()
{
    Showcase choice;
    const QString candidates[] = {
        QStringLiteral("SELECT COALESCE(MIN(r.meter_id), 0) FROM register_snapshots r WHERE"
                       " EXISTS (SELECT 1 FROM meter_daily d WHERE d.meter_id = r.meter_id)"),
        QStringLiteral("SELECT COALESCE(MIN(meter_id), 0) FROM meter_daily"),
        QStringLiteral("SELECT COALESCE(MIN(id), 0) FROM meters"),
    };
    for (const QString &sql : candidates) {
        auto meter = Sql::scalar(m_db, sql);
        if (!meter)
            return meter.error();
        choice.meterId = *meter;
        if (choice.meterId != 0)
            break;
    }
    auto router = Sql::scalar(m_db,
                              QStringLiteral("SELECT COALESCE(MAX(router_id), 0) FROM meters"
                                             " WHERE id = ?"),
                              {choice.meterId});
    if (!router)
        return router.error();
    choice.routerId = *router;
    if (choice.routerId == 0) {
        auto first = Sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MIN(id), 0) FROM routers"));
        if (!first)
            return first.error();
        choice.routerId = *first;
    }
    auto group
        = Sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MIN(id), 0) FROM balance_groups"));
    if (!group)
        return group.error();
    choice.groupId = *group;
    return choice;
}

} // namespace ims::analytics
