#include "models/analytics/balance_members.h"

#include "models/storage/sql_util.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ims::analytics {

using storage::Sql;

namespace {
constexpr qint64 kDay = 86400;

Status run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (const Status s = Sql::prepare(q, sql); !s)
        return s;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return Sql::exec(q);
}

// a / b x 10000 rounded half away from zero, in 128 bits.
qint64 basisPoints(qint64 a, qint64 b)
{
    __extension__ typedef __int128 Wide;
    const Wide n = Wide(a) * 10000;
    Wide q = n / b;
    const Wide r = n % b;
    if ((r < 0 ? -r : r) * 2 >= (b < 0 ? -Wide(b) : Wide(b)))
        q += ((n < 0) != (b < 0)) ? -1 : 1;
    return qint64(q);
}
} // namespace

Result<QList<BalanceGroupInfo>> BalanceMembersQuery::groups()
{
    QSqlQuery q(m_db);
    if (const Status s = run(q,
                             QStringLiteral("SELECT g.id, g.name, s.name, g.channel,"
                                            " (SELECT COUNT(*) FROM balance_group_members h"
                                            "  WHERE h.group_id = g.id AND h.role = 0),"
                                            " (SELECT COUNT(*) FROM balance_group_members m"
                                            "  WHERE m.group_id = g.id AND m.role = 1)"
                                            " FROM balance_groups g LEFT JOIN substations s"
                                            " ON s.id = g.substation_id ORDER BY g.id"),
                             {});
        !s)
        return s.error();
    QList<BalanceGroupInfo> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt()});
    return out;
}

Result<MemberRanking> BalanceMembersQuery::rank(qint64 groupId, qint64 fromDay, qint64 toDay,
                                                int recentDays)
{
    if (toDay <= fromDay || recentDays < 1)
        return Error(ErrorKind::InvalidArgument, tr("the period is empty"));
    MemberRanking ranking;
    ranking.groupId = groupId;
    ranking.fromDay = fromDay;
    ranking.toDay = toDay;
    ranking.recentFromDay = std::max(fromDay, toDay - recentDays);
    auto channel = Sql::scalar(
        m_db, QStringLiteral("SELECT channel FROM balance_groups WHERE id = ?"), {groupId});
    if (!channel)
        return channel.error();
    if (*channel == 0)
        return Error(ErrorKind::NotFound, tr("balance group %1 not found").arg(groupId));

    QSqlQuery q(m_db);
    const qint64 recent = ranking.recentFromDay;
    if (const Status s
        = run(q,
              QStringLiteral(
                  "SELECT m.id, m.serial, m.plot, COALESCE(s.name, s.account, ''),"
                  " SUM(d.sum_mwh), SUM(d.intervals),"
                  " SUM(CASE WHEN d.day >= ? THEN d.sum_mwh END),"
                  " SUM(CASE WHEN d.day >= ? THEN d.intervals END),"
                  " SUM(CASE WHEN d.day < ? THEN d.sum_mwh END),"
                  " SUM(CASE WHEN d.day < ? THEN d.intervals END)"
                  " FROM balance_group_members g JOIN meters m ON m.id = g.meter_id"
                  " LEFT JOIN subscribers s ON s.id = m.subscriber_id"
                  " LEFT JOIN meter_daily d ON d.meter_id = m.id AND d.channel = ?"
                  " AND d.day >= ? AND d.day < ?"
                  " WHERE g.group_id = ? AND g.role = 1 GROUP BY m.id, m.serial, m.plot, s.name,"
                  " s.account ORDER BY m.id"),
              {recent, recent, recent, recent, *channel, fromDay, toDay, groupId});
        !s)
        return s.error();
    QHash<qint64, int> index;
    while (q.next()) {
        MemberShare m;
        m.meterId = q.value(0).toLongLong();
        m.serial = q.value(1).toString();
        m.plot = q.value(2).toString();
        m.subscriber = q.value(3).toString();
        m.sumMwh = q.value(4).toLongLong();
        m.intervals = q.value(5).toLongLong();
        const qint64 recentSum = q.value(6).toLongLong(), recentCount = q.value(7).toLongLong();
        const qint64 baseSum = q.value(8).toLongLong(), baseCount = q.value(9).toLongLong();
        if (recentCount > 0)
            m.recentAverageMwh = recentSum / recentCount;
        if (baseCount > 0)
            m.baselineAverageMwh = baseSum / baseCount;
        if (m.recentAverageMwh && m.baselineAverageMwh && *m.baselineAverageMwh != 0)
            m.changeBasisPoints
                = basisPoints(*m.recentAverageMwh - *m.baselineAverageMwh, *m.baselineAverageMwh);
        ranking.totalMwh += m.sumMwh;
        index.insert(m.meterId, int(ranking.members.size()));
        ranking.members.append(m);
    }

    QSqlQuery t(m_db);
    if (const Status s = run(t,
                             QStringLiteral("SELECT e.meter_id, COUNT(*), MAX(e.event_time)"
                                            " FROM meter_events e JOIN balance_group_members g"
                                            " ON g.meter_id = e.meter_id AND g.group_id = ?"
                                            " AND g.role = 1 WHERE e.journal = ?"
                                            " AND e.event_time >= ? AND e.event_time < ?"
                                            " GROUP BY e.meter_id"),
                             {groupId, kTamperJournal, fromDay * kDay, toDay * kDay});
        !s)
        return s.error();
    while (t.next()) {
        auto it = index.constFind(t.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        MemberShare &m = ranking.members[*it];
        m.tamperEvents = t.value(1).toInt();
        m.lastTamperTime = t.value(2).toLongLong();
    }

    for (MemberShare &m : ranking.members) {
        if (ranking.totalMwh != 0)
            m.shareBasisPoints = basisPoints(m.sumMwh, ranking.totalMwh);
        if (m.changeBasisPoints && *m.changeBasisPoints <= -5000) {
            m.anomalies |= MemberAnomaly::Collapsed;
            m.anomalyScore += -*m.changeBasisPoints;
        }
        if (m.changeBasisPoints && *m.changeBasisPoints >= 10000) {
            m.anomalies |= MemberAnomaly::Surged;
            m.anomalyScore += *m.changeBasisPoints / 4;
        }
        if (m.baselineAverageMwh && !m.recentAverageMwh) {
            m.anomalies |= MemberAnomaly::NoRecentData;
            m.anomalyScore += 3000;
        }
        if (m.tamperEvents > 0) {
            m.anomalies |= MemberAnomaly::Tamper;
            // Tamper followed by a collapse is the classic theft signature.
            m.anomalyScore += (m.anomalies & MemberAnomaly::Collapsed) ? 10000 : 2000;
        }
    }
    std::stable_sort(
        ranking.members.begin(), ranking.members.end(),
        [](const MemberShare &a, const MemberShare &b) { return a.sumMwh > b.sumMwh; });
    return ranking;
}

QString BalanceMembersQuery::anomalyText(quint32 anomalies)
{
    QStringList words;
    if (anomalies & MemberAnomaly::Tamper)
        words << tr("tamper events");
    if (anomalies & MemberAnomaly::Collapsed)
        words << tr("consumption collapsed");
    if (anomalies & MemberAnomaly::NoRecentData)
        words << tr("no recent data");
    if (anomalies & MemberAnomaly::Surged)
        words << tr("consumption surged");
    return words.join(QStringLiteral(", "));
}

} // namespace ims::analytics
