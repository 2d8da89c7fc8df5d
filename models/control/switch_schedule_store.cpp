#include "models/control/switch_schedule_store.h"

#include "models/control/switch_targets.h"
#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::control {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, name, site_id, target_kind, target_id, action, time_kind, minute_of_day,"
    " offset_minutes, days, enabled, created_ms, last_run_ms, last_result FROM switch_schedules");

SwitchSchedule fromRow(const QSqlQuery &q)
{
    SwitchSchedule s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.siteId = q.value(2).toLongLong();
    s.target.kind = SwitchTargetKind(q.value(3).toInt());
    s.target.id = q.value(4).toLongLong();
    s.action = SwitchAction(q.value(5).toInt());
    s.timeKind = SwitchTimeKind(q.value(6).toInt());
    s.minuteOfDay = q.value(7).toInt();
    s.offsetMinutes = q.value(8).toInt();
    s.days = quint8(q.value(9).toInt());
    s.enabled = q.value(10).toInt() != 0;
    s.createdMs = q.value(11).toLongLong();
    s.lastRunMs = q.value(12).toLongLong();
    s.lastResult = q.value(13).toString();
    return s;
}

Status execWith(QSqlDatabase &db, const QString &statement, const QVariantList &binds,
                int *rowsAffected = nullptr)
{
    QSqlQuery q(db);
    if (const Status s = storage::Sql::prepare(q, statement); !s)
        return s;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (const Status s = storage::Sql::exec(q); !s)
        return s;
    if (rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return {};
}

} // namespace

Status SwitchScheduleStore::setSiteCoordinates(qint64 siteId, std::optional<GeoPosition> position)
{
    if (position && !position->isValid())
        return Error(ErrorKind::InvalidArgument,
                     tr("latitude is -90..90 and longitude -180..180 degrees"));
    const QVariant lat = position ? QVariant(position->latitude) : QVariant();
    const QVariant lon = position ? QVariant(position->longitude) : QVariant();
    int rows = 0;
    if (const Status s = execWith(m_db,
                                  QStringLiteral("UPDATE sites SET latitude = ?, longitude = ?"
                                                 " WHERE id = ?"),
                                  {lat, lon, siteId}, &rows);
        !s)
        return s;
    if (rows == 0)
        return Error(ErrorKind::NotFound, tr("no site with id %1").arg(siteId));
    return {};
}

Result<std::optional<GeoPosition>> SwitchScheduleStore::siteCoordinates(qint64 siteId)
{
    QSqlQuery q(m_db);
    if (const Status s = storage::Sql::prepare(
            q, QStringLiteral("SELECT latitude, longitude FROM sites WHERE id = ?"));
        !s)
        return s.error();
    q.addBindValue(siteId);
    if (const Status s = storage::Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorKind::NotFound, tr("no site with id %1").arg(siteId));
    if (q.value(0).isNull() || q.value(1).isNull())
        return std::optional<GeoPosition>();
    return std::optional<GeoPosition>(GeoPosition{q.value(0).toDouble(), q.value(1).toDouble()});
}

Result<SwitchCalendar> SwitchScheduleStore::calendarFor(qint64 siteId)
{
    Result<std::optional<GeoPosition>> position = siteCoordinates(siteId);
    if (!position)
        return position.error();
    QSqlQuery q(m_db);
    if (const Status s
        = storage::Sql::prepare(q, QStringLiteral("SELECT time_zone FROM sites WHERE id = ?"));
        !s)
        return s.error();
    q.addBindValue(siteId);
    if (const Status s = storage::Sql::exec(q); !s)
        return s.error();
    const QByteArray zoneId = q.next() ? q.value(0).toString().toUtf8() : QByteArray();
    QTimeZone zone(zoneId);
    if (!zone.isValid())
        return Error(ErrorKind::InvalidArgument,
                     tr("the site's time zone %1 is unknown").arg(QString::fromUtf8(zoneId)));
    return SwitchCalendar(zone, *position);
}

Result<QList<SwitchSchedule>> SwitchScheduleStore::schedules(bool enabledOnly)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (const Status s = storage::Sql::prepare(
            q, kColumns + (enabledOnly ? QStringLiteral(" WHERE enabled = 1") : QString())
                   + QStringLiteral(" ORDER BY id"));
        !s)
        return s.error();
    if (const Status s = storage::Sql::exec(q); !s)
        return s.error();
    QList<SwitchSchedule> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<SwitchSchedule> SwitchScheduleStore::schedule(qint64 id)
{
    QSqlQuery q(m_db);
    if (const Status s = storage::Sql::prepare(q, kColumns + QStringLiteral(" WHERE id = ?")); !s)
        return s.error();
    q.addBindValue(id);
    if (const Status s = storage::Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorKind::NotFound, tr("no switch schedule with id %1").arg(id));
    return fromRow(q);
}

Result<qint64> SwitchScheduleStore::add(SwitchSchedule s, qint64 nowMs)
{
    if (const Status valid = validateSchedule(s); !valid)
        return valid.error();
    SwitchTargets targets(m_db);
    if (Result<QString> exists = targets.describe(s.target); !exists)
        return exists.error();
    if (s.siteId == 0) {
        Result<qint64> site = targets.siteOf(s.target);
        if (!site)
            return site.error();
        s.siteId = *site;
    }
    // A sun schedule without coordinates could never run: refuse it now.
    Result<SwitchCalendar> calendar = calendarFor(s.siteId);
    if (!calendar)
        return calendar.error();
    if (Result<std::optional<qint64>> due = calendar->nextDue(s, nowMs); !due)
        return due.error();
    QSqlQuery q(m_db);
    if (const Status st = storage::Sql::prepare(
            q, QStringLiteral("INSERT INTO switch_schedules(name, site_id, target_kind, target_id,"
                              " action, time_kind, minute_of_day, offset_minutes, days, enabled,"
                              " created_ms, last_run_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                              " ?)"));
        !st)
        return st.error();
    storage::Sql::bindAll(q, {s.name.trimmed(), s.siteId, int(s.target.kind), s.target.id,
                              int(s.action), int(s.timeKind), s.minuteOfDay, s.offsetMinutes,
                              int(s.days), s.enabled ? 1 : 0, nowMs, nowMs});
    if (const Status st = storage::Sql::exec(q); !st)
        return st.error();
    return q.lastInsertId().toLongLong();
}

Status SwitchScheduleStore::remove(qint64 id)
{
    int rows = 0;
    if (const Status s
        = execWith(m_db, QStringLiteral("DELETE FROM switch_schedules WHERE id = ?"), {id}, &rows);
        !s)
        return s;
    if (rows == 0)
        return Error(ErrorKind::NotFound, tr("no switch schedule with id %1").arg(id));
    return {};
}

Status SwitchScheduleStore::setEnabled(qint64 id, bool enabled)
{
    int rows = 0;
    if (const Status s
        = execWith(m_db, QStringLiteral("UPDATE switch_schedules SET enabled = ? WHERE id = ?"),
                   {enabled ? 1 : 0, id}, &rows);
        !s)
        return s;
    if (rows == 0)
        return Error(ErrorKind::NotFound, tr("no switch schedule with id %1").arg(id));
    return {};
}

Status SwitchScheduleStore::recordRun(qint64 id, qint64 dueMs, const QString &result)
{
    return execWith(m_db,
                    QStringLiteral("UPDATE switch_schedules SET last_run_ms = ?, last_result = ?"
                                   " WHERE id = ?"),
                    {dueMs, result, id});
}

} // namespace ims::control
