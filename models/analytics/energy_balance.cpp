#include "models/analytics/energy_balance.h"

#include "models/domain/primary_value.h"
#include "models/storage/civil_days.h"
#include "models/storage/sql_util.h"
#include "protocol/engine/readings.h"

#include <QDate>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <map>

namespace ims::analytics {

using storage::floorDiv;
using storage::Sql;

namespace {
constexpr qint64 kDay = 86400;

qint64 monthStartOf(qint64 day)
{
    const QDate date = QDate(1970, 1, 1).addDays(day);
    return QDate(1970, 1, 1).daysTo(QDate(date.year(), date.month(), 1));
}

qint64 nextMonthStart(qint64 monthStartDay)
{
    const QDate date = QDate(1970, 1, 1).addDays(monthStartDay).addMonths(1);
    return QDate(1970, 1, 1).daysTo(date);
}
} // namespace

std::optional<qint64> BalancePoint::lossBasisPoints() const
{
    if (headMwh == 0)
        return std::nullopt;
    // loss / head x 10000, rounded half away from zero, in 128 bits.
    __extension__ typedef __int128 Wide;
    const Wide numerator = Wide(lossMwh()) * 10000;
    const Wide denominator = headMwh;
    Wide quotient = numerator / denominator;
    const Wide remainder = numerator % denominator;
    const Wide twice = (remainder < 0 ? -remainder : remainder) * 2;
    const Wide absDen = denominator < 0 ? -denominator : denominator;
    if (twice >= absDen)
        quotient += ((numerator < 0) != (denominator < 0)) ? -1 : 1;
    return qint64(quotient);
}

QString formatPercent(qint64 basisPoints)
{
    return domain::formatFixed(basisPoints, 2);
}

Result<EnergyBalance> BalanceQuery::compute(qint64 groupId, qint64 from, qint64 to,
                                            BalanceStep step)
{
    EnergyBalance balance;
    balance.groupId = groupId;
    balance.step = step;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT g.channel, SUM(CASE WHEN m.role = 0 THEN 1 ELSE 0 END),"
                                 " SUM(CASE WHEN m.role = 1 THEN 1 ELSE 0 END)"
                                 " FROM balance_groups g LEFT JOIN balance_group_members m"
                                 " ON m.group_id = g.id WHERE g.id = ? GROUP BY g.channel"));
        q.addBindValue(groupId);
        if (const Status s = Sql::exec(q); !s)
            return s.error();
        if (!q.next())
            return Error(ErrorKind::NotFound, tr("no balance group %1").arg(groupId));
        balance.channel = q.value(0).toInt();
        balance.headMeters = q.value(1).toInt();
        balance.memberMeters = q.value(2).toInt();
    }
    if (to <= from)
        return Error(ErrorKind::InvalidArgument, tr("the period is empty"));

    // Interval: straight from interval_values. Day/Month: the daily sums.
    std::map<qint64, BalancePoint> points;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (step == BalanceStep::Interval) {
        q.prepare(QStringLiteral(
            "SELECT v.interval_end, m.role, SUM(m.sign * v.primary_mwh), COUNT(*)"
            " FROM balance_group_members m JOIN interval_values v"
            " ON v.meter_id = m.meter_id AND v.channel = ? AND v.interval_end > ?"
            " AND v.interval_end <= ? WHERE m.group_id = ? GROUP BY v.interval_end, m.role"));
        // Intervals that lie within [from, to): their ends are in (from, to].
        q.addBindValue(balance.channel);
        q.addBindValue(from);
        q.addBindValue(to);
        q.addBindValue(groupId);
    } else {
        from = floorDiv(from, kDay) * kDay;
        to = floorDiv(to + kDay - 1, kDay) * kDay;
        q.prepare(QStringLiteral(
            "SELECT d.day, m.role, SUM(m.sign * d.sum_mwh), SUM(d.intervals)"
            " FROM balance_group_members m JOIN meter_daily d"
            " ON d.meter_id = m.meter_id AND d.channel = ? AND d.day >= ? AND d.day < ?"
            " WHERE m.group_id = ? GROUP BY d.day, m.role"));
        q.addBindValue(balance.channel);
        q.addBindValue(from / kDay);
        q.addBindValue(to / kDay);
        q.addBindValue(groupId);
    }
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    while (q.next()) {
        const qint64 key = q.value(0).toLongLong();
        qint64 start = 0, end = 0;
        switch (step) {
        case BalanceStep::Interval:
            start = key - engine::kIntervalSeconds;
            end = key;
            break;
        case BalanceStep::Day:
            start = key * kDay;
            end = start + kDay;
            break;
        case BalanceStep::Month: {
            const qint64 month = monthStartOf(key);
            start = month * kDay;
            end = nextMonthStart(month) * kDay;
            break;
        }
        }
        BalancePoint &point = points[start];
        point.start = start;
        point.end = end;
        const bool head = q.value(1).toInt() == 0;
        (head ? point.headMwh : point.membersMwh) += q.value(2).toLongLong();
        (head ? point.headIntervals : point.memberIntervals) += q.value(3).toLongLong();
    }
    balance.total.start = from;
    balance.total.end = to;
    for (const auto &[start, point] : points) {
        balance.points.append(point);
        balance.total.headMwh += point.headMwh;
        balance.total.membersMwh += point.membersMwh;
        balance.total.headIntervals += point.headIntervals;
        balance.total.memberIntervals += point.memberIntervals;
    }
    return balance;
}

} // namespace ims::analytics
