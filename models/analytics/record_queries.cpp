#include "models/analytics/record_queries.h"

#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::analytics {

using storage::Sql;

namespace {

struct Where
{
    QStringList conditions;
    QVariantList values;
    void add(const QString &condition, const QVariant &value)
    {
        conditions << condition;
        values << value;
    }
    QString sql() const
    {
        return conditions.isEmpty()
                   ? QString()
                   : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    }
};

Where eventWhere(const EventFilter &f)
{
    Where w;
    if (f.meterId)
        w.add(QStringLiteral("e.meter_id = ?"), *f.meterId);
    if (f.journal)
        w.add(QStringLiteral("e.journal = ?"), *f.journal);
    if (f.from)
        w.add(QStringLiteral("e.event_time >= ?"), *f.from);
    if (f.to)
        w.add(QStringLiteral("e.event_time < ?"), *f.to);
    return w;
}

Where alarmWhere(const AlarmFilter &f)
{
    Where w;
    if (f.meterId)
        w.add(QStringLiteral("a.meter_id = ?"), *f.meterId);
    if (f.kind)
        w.add(QStringLiteral("a.kind = ?"), *f.kind);
    if (f.minimumSeverity > 0)
        w.add(QStringLiteral("a.severity >= ?"), f.minimumSeverity);
    if (f.openOnly)
        w.conditions << QStringLiteral("a.acknowledged_at_ms IS NULL");
    if (f.fromMs)
        w.add(QStringLiteral("a.raised_at_ms >= ?"), *f.fromMs);
    if (f.toMs)
        w.add(QStringLiteral("a.raised_at_ms < ?"), *f.toMs);
    return w;
}

Status run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (const Status s = Sql::prepare(q, sql); !s)
        return s;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return Sql::exec(q);
}

} // namespace

Result<QList<EventRecord>> RecordQueries::events(const EventFilter &filter, int limit, int offset)
{
    const Where w = eventWhere(filter);
    QSqlQuery q(m_db);
    if (const Status s = run(q,
                             QStringLiteral("SELECT e.meter_id, m.serial, e.journal, e.code,"
                                            " e.event_time FROM meter_events e JOIN meters m"
                                            " ON m.id = e.meter_id%1 ORDER BY e.event_time DESC,"
                                            " e.meter_id, e.journal, e.code LIMIT ? OFFSET ?")
                                 .arg(w.sql()),
                             w.values + QVariantList{limit, offset});
        !s)
        return s.error();
    QList<EventRecord> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                    q.value(3).toInt(), q.value(4).toLongLong()});
    return out;
}

Result<qint64> RecordQueries::eventCount(const EventFilter &filter)
{
    const Where w = eventWhere(filter);
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM meter_events e%1").arg(w.sql()),
                       w.values);
}

Result<QList<AlarmRecord>> RecordQueries::alarms(const AlarmFilter &filter, int limit, int offset)
{
    const Where w = alarmWhere(filter);
    QSqlQuery q(m_db);
    if (const Status s = run(q,
                             QStringLiteral("SELECT a.id, a.raised_at_ms, a.severity, a.kind,"
                                            " a.meter_id, m.serial, a.details, a.acknowledged_by,"
                                            " a.acknowledged_at_ms FROM alarms a LEFT JOIN meters m"
                                            " ON m.id = a.meter_id%1"
                                            " ORDER BY a.raised_at_ms DESC, a.id DESC"
                                            " LIMIT ? OFFSET ?")
                                 .arg(w.sql()),
                             w.values + QVariantList{limit, offset});
        !s)
        return s.error();
    QList<AlarmRecord> out;
    while (q.next()) {
        AlarmRecord a;
        a.id = q.value(0).toLongLong();
        a.raisedAtMs = q.value(1).toLongLong();
        a.severity = q.value(2).toInt();
        a.kind = q.value(3).toString();
        a.meterId = q.value(4).toLongLong();
        a.meterSerial = q.value(5).toString();
        a.details = q.value(6).toString();
        a.acknowledgedBy = q.value(7).toString();
        if (!q.isNull(8))
            a.acknowledgedAtMs = q.value(8).toLongLong();
        out.append(a);
    }
    return out;
}

Result<qint64> RecordQueries::alarmCount(const AlarmFilter &filter)
{
    const Where w = alarmWhere(filter);
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM alarms a%1").arg(w.sql()),
                       w.values);
}

} // namespace ims::analytics
