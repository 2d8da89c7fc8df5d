#include "models/analytics/meter_status.h"

#include "models/domain/entities.h"
#include "models/domain/obis_code.h"
#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::analytics {

using storage::Sql;

namespace {
constexpr qint64 kNoDataAfterSeconds = 86400;
constexpr qint64 kDefaultClockAlarmMs = 5000;

Status run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (const Status s = Sql::prepare(q, sql); !s)
        return s;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return Sql::exec(q);
}
} // namespace

quint32 dominantStatus(quint32 flags)
{
    using namespace MeterStatusFlag;
    for (quint32 flag : {Disabled, Alarm, RelayOpen, NotResponding, ClockOff, NoData, Online})
        if (flags & flag)
            return flag;
    return 0;
}

Result<QHash<qint64, quint32>> MeterStatusQuery::forMeters(const QList<qint64> &meterIds,
                                                           qint64 nowMs)
{
    if (meterIds.isEmpty())
        return QHash<qint64, quint32>{};
    QStringList ids;
    ids.reserve(meterIds.size());
    for (qint64 id : meterIds)
        ids << QString::number(id); // integers only: safe to inline
    return query(QStringLiteral("m.id IN (%1)").arg(ids.join(QLatin1Char(','))), {}, nowMs);
}

Result<QHash<qint64, quint32>> MeterStatusQuery::forRouter(qint64 routerId, qint64 nowMs)
{
    return query(QStringLiteral("m.router_id = ?"), {routerId}, nowMs);
}

Result<QHash<qint64, quint32>> MeterStatusQuery::query(const QString &meterCondition,
                                                       const QVariantList &binds, qint64 nowMs)
{
    using namespace MeterStatusFlag;
    auto clockAlarm = Sql::scalar(
        m_db, QStringLiteral("SELECT value FROM settings WHERE key = 'clock_alarm_ms'"));
    const qint64 clockAlarmMs = clockAlarm && *clockAlarm > 0 ? *clockAlarm : kDefaultClockAlarmMs;
    const qint64 relayObis = domain::packObis(kRelayStateObis).value_or(0);
    const qint64 recentEnd = nowMs / 1000 - kNoDataAfterSeconds;

    QHash<qint64, quint32> flags;
    QSqlQuery q(m_db);
    // Correlated sub-selects walk the primary keys (meter first) and the
    // per-meter indexes: one short descent per meter and source.
    QVariantList values{QVariant(recentEnd), QVariant(relayObis)};
    values += binds;
    const QString sql
        = QStringLiteral(
              "SELECT m.id, m.state,"
              " (SELECT p.result FROM poll_sessions p WHERE p.meter_id = m.id"
              "  ORDER BY p.id DESC LIMIT 1),"
              " EXISTS (SELECT 1 FROM interval_values v WHERE v.meter_id = m.id AND v.channel = 1"
              "  AND v.interval_end > ?),"
              " EXISTS (SELECT 1 FROM alarms a WHERE a.meter_id = m.id AND a.severity >= 1"
              "  AND a.acknowledged_at_ms IS NULL),"
              " (SELECT i.raw FROM instant_values i WHERE i.meter_id = m.id AND i.obis = ?"
              "  ORDER BY i.taken_at DESC LIMIT 1)"
              " FROM meters m WHERE %1")
              .arg(meterCondition);
    if (const Status s = run(q, sql, values); !s)
        return s.error();
    while (q.next()) {
        quint32 f = 0;
        const int state = q.value(1).toInt();
        if (state == int(domain::MeterState::Disabled)
            || state == int(domain::MeterState::Decommissioned))
            f |= Disabled;
        if (!q.isNull(2))
            f |= q.value(2).toInt() == 2 ? NotResponding : Online;
        else if (state == int(domain::MeterState::NotResponding))
            f |= NotResponding;
        if (!q.value(3).toBool())
            f |= NoData;
        if (q.value(4).toBool())
            f |= Alarm;
        if (!q.isNull(5) && q.value(5).toLongLong() == 0)
            f |= RelayOpen;
        flags.insert(q.value(0).toLongLong(), f);
    }
    // clock_checks has no per-meter index: one pass over the newest check
    // of each meter instead of a lookup per meter.
    QSqlQuery c(m_db);
    const QString clockSql
        = QStringLiteral("SELECT c.meter_id, c.delta_ms FROM clock_checks c WHERE c.id IN"
                         " (SELECT MAX(id) FROM clock_checks WHERE target = 0 AND meter_id IN"
                         "  (SELECT m.id FROM meters m WHERE %1) GROUP BY meter_id)")
              .arg(meterCondition);
    if (const Status s = run(c, clockSql, binds); !s)
        return s.error();
    while (c.next()) {
        const qint64 delta = c.value(1).toLongLong();
        if (delta > clockAlarmMs || delta < -clockAlarmMs) {
            auto it = flags.find(c.value(0).toLongLong());
            if (it != flags.end())
                *it |= ClockOff;
        }
    }
    return flags;
}

QString MeterStatusQuery::flagName(quint32 flag)
{
    using namespace MeterStatusFlag;
    switch (flag) {
    case Online:
        return tr("Online");
    case NotResponding:
        return tr("Not responding");
    case NoData:
        return tr("No data for a day");
    case Alarm:
        return tr("Open alarm");
    case RelayOpen:
        return tr("Relay open");
    case ClockOff:
        return tr("Clock off");
    case Disabled:
        return tr("Disabled");
    }
    return tr("Unknown");
}

QString MeterStatusQuery::describe(quint32 flags)
{
    QStringList words;
    for (quint32 bit = 1; bit <= MeterStatusFlag::Disabled; bit <<= 1)
        if (flags & bit)
            words << flagName(bit);
    return words.isEmpty() ? tr("Never polled") : words.join(QStringLiteral(", "));
}

} // namespace ims::analytics
