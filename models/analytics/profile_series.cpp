#include "models/analytics/profile_series.h"

#include "models/storage/sql_util.h"
#include "protocol/engine/readings.h"

#include <QMap>
#include <QSqlQuery>
#include <QVariant>

namespace ims::analytics {

using storage::Sql;

namespace {
constexpr qint64 kDay = 86400;

qint64 floorTo(qint64 v, qint64 step)
{
    return v >= 0 ? v / step * step : -((-v + step - 1) / step) * step;
}
} // namespace

QString ProfileSeriesQuery::meterIdsSql(MeterSet::Kind kind)
{
    switch (kind) {
    case MeterSet::Kind::Meter:
        return QStringLiteral("SELECT id FROM meters WHERE id = ?");
    case MeterSet::Kind::GroupMembers:
        return QStringLiteral("SELECT meter_id FROM balance_group_members WHERE group_id = ?"
                              " AND role = 1");
    case MeterSet::Kind::GroupHead:
        return QStringLiteral("SELECT meter_id FROM balance_group_members WHERE group_id = ?"
                              " AND role = 0");
    case MeterSet::Kind::Router:
        return QStringLiteral("SELECT id FROM meters WHERE router_id = ?");
    }
    return QString();
}

Result<ProfileSeries> ProfileSeriesQuery::load(const MeterSet &set, qint64 from, qint64 to,
                                               qint64 bucketSeconds)
{
    const bool daily = bucketSeconds % kDay == 0;
    if (bucketSeconds <= 0 || bucketSeconds % engine::kIntervalSeconds != 0)
        return Error(ErrorKind::InvalidArgument, tr("a bucket must be whole intervals"));
    from = floorTo(from, bucketSeconds);
    to = floorTo(to + bucketSeconds - 1, bucketSeconds);
    if (to <= from)
        return Error(ErrorKind::InvalidArgument, tr("the period is empty"));
    if ((to - from) / bucketSeconds > 100000)
        return Error(ErrorKind::TooLarge, tr("too many points for one chart"));

    ProfileSeries series;
    series.from = from;
    series.to = to;
    series.bucketSeconds = bucketSeconds;
    const QString ids = meterIdsSql(set.kind);
    auto count
        = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM (%1) s").arg(ids), {set.id});
    if (!count)
        return count.error();
    series.meters = int(*count);
    series.expectedPerBucket = series.meters * (bucketSeconds / engine::kIntervalSeconds);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVariantList binds;
    if (daily) {
        const qint64 days = bucketSeconds / kDay;
        if (const Status s = Sql::prepare(
                q, QStringLiteral("SELECT (day - ?) / ?, channel, SUM(sum_mwh), SUM(intervals)"
                                  " FROM meter_daily WHERE meter_id IN (%1) AND channel BETWEEN"
                                  " 1 AND 4 AND day >= ? AND day < ? GROUP BY 1, 2 ORDER BY 1, 2")
                       .arg(ids));
            !s)
            return s.error();
        binds = {from / kDay, days, set.id, from / kDay, to / kDay};
    } else {
        // An interval belongs to the bucket its end falls in: (start, end].
        if (const Status s = Sql::prepare(
                q, QStringLiteral("SELECT (interval_end - 1 - ?) / ?, channel, SUM(primary_mwh),"
                                  " COUNT(*) FROM interval_values WHERE meter_id IN (%1) AND"
                                  " channel BETWEEN 1 AND 4 AND interval_end > ? AND"
                                  " interval_end <= ? GROUP BY 1, 2 ORDER BY 1, 2")
                       .arg(ids));
            !s)
            return s.error();
        binds = {from, bucketSeconds, set.id, from, to};
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    QMap<qint64, SeriesBucket> buckets;
    while (q.next()) {
        const qint64 index = q.value(0).toLongLong();
        const int channel = q.value(1).toInt();
        SeriesBucket &b = buckets[index];
        b.start = from + index * bucketSeconds;
        b.end = b.start + bucketSeconds;
        b.sumMwh[size_t(channel - 1)] = q.value(2).toLongLong();
        b.intervals[size_t(channel - 1)] = q.value(3).toLongLong();
    }
    series.buckets = buckets.values();
    return series;
}

} // namespace ims::analytics
