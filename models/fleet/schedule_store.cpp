#include "models/fleet/schedule_store.h"

#include "models/storage/domain_store.h"
#include "models/storage/sql_util.h"
#include "protocol/engine/poll_job.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::fleet {

namespace {

constexpr int kDay = 86400;

QString lastRunKey(qint64 id)
{
    return QStringLiteral("schedule.%1.last_run_ms").arg(id);
}

Result<QList<qint64>> ids(QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (const Status s = storage::Sql::prepare(q, statement); !s)
        return s.error();
    storage::Sql::bindAll(q, binds);
    if (const Status s = storage::Sql::exec(q); !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace

Status validateTiming(int periodSeconds, int offsetSeconds)
{
    // Shorter than five minutes would poll a PLC network without a pause;
    // a period must divide the day so that "01:00 every day" stays 01:00.
    if (periodSeconds < 300 || periodSeconds > 7 * kDay
        || (periodSeconds <= kDay && kDay % periodSeconds != 0)
        || (periodSeconds > kDay && periodSeconds % kDay != 0))
        return Error(ErrorKind::InvalidArgument,
                     ScheduleStore::tr("a schedule repeats every 5 minutes or more, in steps that"
                                       " divide a day (or whole days up to a week)"));
    if (offsetSeconds < 0 || offsetSeconds >= periodSeconds)
        return Error(ErrorKind::InvalidArgument,
                     ScheduleStore::tr("the start offset must lie within one period"));
    return {};
}

Result<QList<domain::PollSchedule>> ScheduleStore::schedules(bool enabledOnly)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString statement = QStringLiteral("SELECT id, name, target_kind, target_id, what,"
                                             " period_s, offset_s, enabled FROM poll_schedules")
                              + (enabledOnly ? QStringLiteral(" WHERE enabled = 1") : QString())
                              + QStringLiteral(" ORDER BY id");
    if (const Status s = storage::Sql::prepare(q, statement); !s)
        return s.error();
    if (const Status s = storage::Sql::exec(q); !s)
        return s.error();
    QList<domain::PollSchedule> out;
    while (q.next()) {
        domain::PollSchedule p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.target = domain::PollTarget(q.value(2).toInt());
        p.targetId = q.value(3).toLongLong();
        p.what = quint32(q.value(4).toLongLong());
        p.periodSeconds = q.value(5).toInt();
        p.offsetSeconds = q.value(6).toInt();
        p.enabled = q.value(7).toInt() != 0;
        out << p;
    }
    return out;
}

Result<qint64> ScheduleStore::add(const domain::PollSchedule &schedule)
{
    if (const Status s = validateTiming(schedule.periodSeconds, schedule.offsetSeconds); !s)
        return s.error();
    if (schedule.what == 0)
        return Error(ErrorKind::InvalidArgument, tr("a schedule must read something"));
    return storage::DomainStore(m_db).add(schedule);
}

Status ScheduleStore::setEnabled(qint64 id, bool enabled)
{
    QSqlQuery q(m_db);
    if (const Status s
        = storage::Sql::prepare(q, QStringLiteral("UPDATE poll_schedules SET enabled = ?"
                                                  " WHERE id = ?"));
        !s)
        return s;
    storage::Sql::bindAll(q, {enabled ? 1 : 0, id});
    if (const Status s = storage::Sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(ErrorKind::NotFound, tr("no poll schedule with id %1").arg(id));
    return {};
}

Status ScheduleStore::setTiming(qint64 id, int periodSeconds, int offsetSeconds)
{
    if (const Status s = validateTiming(periodSeconds, offsetSeconds); !s)
        return s;
    QSqlQuery q(m_db);
    if (const Status s
        = storage::Sql::prepare(q, QStringLiteral("UPDATE poll_schedules SET period_s = ?,"
                                                  " offset_s = ? WHERE id = ?"));
        !s)
        return s;
    storage::Sql::bindAll(q, {periodSeconds, offsetSeconds, id});
    if (const Status s = storage::Sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(ErrorKind::NotFound, tr("no poll schedule with id %1").arg(id));
    return {};
}

Result<qint64> ScheduleStore::lastRun(qint64 id)
{
    QSqlQuery q(m_db);
    if (const Status s
        = storage::Sql::prepare(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        !s)
        return s.error();
    storage::Sql::bindAll(q, {lastRunKey(id)});
    if (const Status s = storage::Sql::exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status ScheduleStore::setLastRun(qint64 id, qint64 ms)
{
    return storage::Sql::putSetting(m_db, lastRunKey(id), QString::number(ms));
}

Result<QList<PollTarget>> ScheduleStore::targetsOf(const domain::PollSchedule &schedule)
{
    QList<PollTarget> out;
    switch (schedule.target) {
    case domain::PollTarget::Site: {
        if (schedule.targetId == 0)
            return QList<PollTarget>{PollTarget::all()};
        const auto routers = ids(m_db, QStringLiteral("SELECT id FROM routers WHERE site_id = ?"),
                                 {schedule.targetId});
        if (!routers)
            return routers.error();
        for (qint64 id : *routers)
            out << PollTarget::router(id);
        return out;
    }
    case domain::PollTarget::Router:
        return QList<PollTarget>{PollTarget::router(schedule.targetId)};
    case domain::PollTarget::Meter:
        return QList<PollTarget>{PollTarget::meter(schedule.targetId)};
    case domain::PollTarget::Group: {
        const auto meters = ids(m_db,
                                QStringLiteral("SELECT meter_id FROM balance_group_members"
                                               " WHERE group_id = ? ORDER BY meter_id"),
                                {schedule.targetId});
        if (!meters)
            return meters.error();
        for (qint64 id : *meters)
            out << PollTarget::meter(id);
        return out;
    }
    }
    return Error(ErrorKind::InvalidArgument,
                 tr("poll schedule %1 has an unknown kind of target").arg(schedule.id));
}

Result<int> ScheduleStore::ensureDefaults(qint64 siteId)
{
    const Result<qint64> existing = storage::Sql::scalar(
        m_db,
        QStringLiteral("SELECT COUNT(*) FROM poll_schedules WHERE (target_kind = ? AND"
                       " target_id IN (0, ?)) OR (target_kind = ? AND target_id IN"
                       " (SELECT id FROM routers WHERE site_id = ?))"),
        {int(domain::PollTarget::Site), siteId, int(domain::PollTarget::Router), siteId});
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return 0;
    int added = 0;
    domain::PollSchedule daily;
    daily.name = tr("Daily readout");
    daily.target = domain::PollTarget::Site;
    daily.targetId = siteId;
    daily.what = engine::PollItem::DailyReadout | engine::PollItem::Registers;
    daily.periodSeconds = kDay;
    daily.offsetSeconds = 3600;
    if (const auto id = add(daily); !id)
        return id.error();
    ++added;

    const auto heads = ids(m_db,
                           QStringLiteral("SELECT DISTINCT m.meter_id FROM balance_group_members m"
                                          " JOIN balance_groups g ON g.id = m.group_id"
                                          " WHERE g.site_id = ? AND m.role = ?"
                                          " ORDER BY m.meter_id"),
                           {siteId, int(domain::BalanceRole::Head)});
    if (!heads)
        return heads.error();
    for (qint64 meter : *heads) {
        domain::PollSchedule halfHourly;
        halfHourly.name = tr("Head meter every half hour");
        halfHourly.target = domain::PollTarget::Meter;
        halfHourly.targetId = meter;
        halfHourly.what = engine::PollItem::Profile | engine::PollItem::Instant;
        halfHourly.periodSeconds = 1800;
        halfHourly.offsetSeconds = 120; // the interval has closed in the meter
        if (const auto id = add(halfHourly); !id)
            return id.error();
        ++added;
    }
    return added;
}

} // namespace ims::fleet
