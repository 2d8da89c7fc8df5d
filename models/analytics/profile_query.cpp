#include "models/analytics/profile_query.h"

#include "models/storage/sql_util.h"
#include "protocol/engine/readings.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::analytics {

using storage::Sql;

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kStep = engine::kIntervalSeconds;

qint64 floorTo(qint64 v, qint64 step)
{
    return v >= 0 ? v / step * step : -((-v + step - 1) / step) * step;
}
} // namespace

qint64 Gap::count() const
{
    return (lastMissingEnd - firstMissingEnd) / kStep + 1;
}

Result<QList<ProfilePoint>> ProfileQuery::aggregate(qint64 meterId, int channel, qint64 from,
                                                    qint64 to, int maxPoints)
{
    if (maxPoints < 1 || to <= from)
        return Error(ErrorKind::InvalidArgument, tr("nothing to aggregate"));
    from = floorTo(from, kStep);
    to = floorTo(to + kStep - 1, kStep);
    QList<ProfilePoint> points;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const qint64 span = to - from;
    if (span / maxPoints >= kDay) {
        // Whole days, spread over the buckets: day d goes to bucket
        // (d - first) x buckets / days, so no bucket is empty of days.
        const qint64 firstDay = floorTo(from, kDay) / kDay;
        const qint64 endDay = floorTo(to + kDay - 1, kDay) / kDay;
        const qint64 days = endDay - firstDay;
        const qint64 buckets = std::min<qint64>(maxPoints, days);
        q.prepare(QStringLiteral("SELECT (day - ?) * ? / ?, MIN(day), MAX(day), SUM(sum_mwh),"
                                 " SUM(intervals) FROM meter_daily WHERE meter_id = ? AND"
                                 " channel = ? AND day >= ? AND day < ? GROUP BY 1 ORDER BY 1"));
        for (const QVariant &v :
             {QVariant(firstDay), QVariant(buckets), QVariant(days), QVariant(meterId),
              QVariant(channel), QVariant(firstDay), QVariant(endDay)})
            q.addBindValue(v);
        if (const Status s = Sql::exec(q); !s)
            return s.error();
        while (q.next()) {
            const qint64 bucket = q.value(0).toLongLong();
            ProfilePoint p;
            // Bucket edges from the same integer mapping, so they tile the range.
            p.start = (firstDay + (bucket * days + buckets - 1) / buckets) * kDay;
            p.end = (firstDay + ((bucket + 1) * days + buckets - 1) / buckets) * kDay;
            p.sumMwh = q.value(3).toLongLong();
            p.intervals = q.value(4).toLongLong();
            points.append(p);
        }
        return points;
    }
    const qint64 slotCount = span / kStep;
    const qint64 perBucket = (slotCount + maxPoints - 1) / maxPoints;
    const qint64 bucketSeconds = perBucket * kStep;
    q.prepare(QStringLiteral("SELECT (interval_end - 1 - ?) / ?, SUM(primary_mwh), COUNT(*),"
                             " MAX(primary_mwh) FROM interval_values WHERE meter_id = ? AND"
                             " channel = ? AND interval_end > ? AND interval_end <= ?"
                             " GROUP BY 1 ORDER BY 1"));
    for (const QVariant &v : {QVariant(from), QVariant(bucketSeconds), QVariant(meterId),
                              QVariant(channel), QVariant(from), QVariant(to)})
        q.addBindValue(v);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    while (q.next()) {
        ProfilePoint p;
        p.start = from + q.value(0).toLongLong() * bucketSeconds;
        p.end = std::min(p.start + bucketSeconds, to);
        p.sumMwh = q.value(1).toLongLong();
        p.intervals = q.value(2).toLongLong();
        p.maxIntervalMwh = q.value(3).toLongLong();
        points.append(p);
    }
    return points;
}

Result<QList<ProfileRow>> ProfileQuery::rows(qint64 meterId, qint64 from, qint64 to)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Channel-major in the key; merged into rows here.
    q.prepare(QStringLiteral("SELECT interval_end, channel, primary_mwh, status"
                             " FROM interval_values WHERE meter_id = ? AND channel BETWEEN 1 AND 4"
                             " AND interval_end > ? AND interval_end <= ?"
                             " ORDER BY interval_end, channel"));
    q.addBindValue(meterId);
    q.addBindValue(from);
    q.addBindValue(to);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    QList<ProfileRow> out;
    while (q.next()) {
        const qint64 end = q.value(0).toLongLong();
        if (out.isEmpty() || out.last().intervalEnd != end) {
            out.append(ProfileRow{});
            out.last().intervalEnd = end;
        }
        const int channel = q.value(1).toInt();
        out.last().primaryMwh[size_t(channel - 1)] = q.value(2).toLongLong();
        out.last().status |= quint32(q.value(3).toLongLong());
    }
    return out;
}

Result<QList<LastInterval>> ProfileQuery::lastIntervals(std::optional<qint64> routerId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A correlated MAX() per (meter, channel) is one b-tree descent each.
    q.prepare(QStringLiteral("SELECT m.id, c.id, (SELECT MAX(v.interval_end) FROM interval_values v"
                             " WHERE v.meter_id = m.id AND v.channel = c.id)"
                             " FROM meters m CROSS JOIN channels c%1 ORDER BY m.id, c.id")
                  .arg(routerId ? QStringLiteral(" WHERE m.router_id = ?") : QString()));
    if (routerId)
        q.addBindValue(*routerId);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    QList<LastInterval> out;
    while (q.next()) {
        LastInterval last{q.value(0).toLongLong(), q.value(1).toInt(), std::nullopt};
        if (!q.isNull(2))
            last.intervalEnd = q.value(2).toLongLong();
        out.append(last);
    }
    return out;
}

Result<QList<Gap>> ProfileQuery::gaps(qint64 meterId, int channel, qint64 from, qint64 to)
{
    from = floorTo(from, kStep);
    to = floorTo(to, kStep);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT interval_end FROM interval_values WHERE meter_id = ? AND"
                             " channel = ? AND interval_end > ? AND interval_end <= ?"
                             " ORDER BY interval_end"));
    q.addBindValue(meterId);
    q.addBindValue(channel);
    q.addBindValue(from);
    q.addBindValue(to);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    QList<Gap> out;
    qint64 expected = from + kStep;
    while (q.next()) {
        const qint64 end = q.value(0).toLongLong();
        if (end > expected)
            out.append({expected, end - kStep});
        expected = end + kStep;
    }
    if (expected <= to)
        out.append({expected, to});
    return out;
}

} // namespace ims::analytics
