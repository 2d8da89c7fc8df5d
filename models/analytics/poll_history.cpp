#include "models/analytics/poll_history.h"

#include "models/storage/sql_util.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace ims::analytics {

using storage::Sql;

ErrorKind errorKindFromName(const QString &name)
{
    for (int k = int(ErrorKind::None); k <= int(ErrorKind::Io); ++k)
        if (errorKindName(ErrorKind(k)) == name)
            return ErrorKind(k);
    return ErrorKind::None;
}

Result<PollHistory> PollHistoryQuery::lastRound(int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The newest session per meter: sessions are appended, so the largest id.
    if (const Status s = Sql::prepare(
            q,
            QStringLiteral("SELECT p.meter_id, m.serial, COALESCE(p.router_id, m.router_id, 0),"
                           " COALESCE(r.name, ''), p.result, p.error_kind, p.message, p.bytes_sent,"
                           " p.bytes_received, p.intervals_read FROM poll_sessions p"
                           " JOIN meters m ON m.id = p.meter_id"
                           " LEFT JOIN routers r ON r.id = COALESCE(p.router_id, m.router_id)"
                           " WHERE p.id IN (SELECT MAX(id) FROM poll_sessions GROUP BY meter_id)"
                           " ORDER BY 3, m.serial LIMIT ?"));
        !s)
        return s.error();
    q.addBindValue(limit);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    PollHistory history;
    QHash<qint64, int> routerIndex;
    while (q.next()) {
        engine::MeterProgress m;
        m.meter.id = q.value(0).toLongLong();
        m.meter.serial = q.value(1).toString();
        m.routerId = q.value(2).toLongLong();
        const bool failed = q.value(4).toInt() == int(engine::PollResult::Failed);
        m.state = failed ? engine::MeterPollState::Failed : engine::MeterPollState::Done;
        m.step = engine::PollStep::Finished;
        m.attempt = 1;
        m.error = failed ? errorKindFromName(q.value(5).toString()) : ErrorKind::None;
        m.message = q.value(6).toString();
        m.bytesSent = q.value(7).toULongLong();
        m.bytesReceived = q.value(8).toULongLong();
        m.intervalsRead = q.value(9).toInt();
        auto it = routerIndex.find(m.routerId);
        if (it == routerIndex.end()) {
            engine::RouterProgress r;
            r.routerId = m.routerId;
            r.name = q.value(3).toString();
            r.linkUp = true;
            it = routerIndex.insert(m.routerId, int(history.routers.size()));
            history.routers.append(r);
        }
        engine::RouterProgress &r = history.routers[*it];
        ++r.total;
        (failed ? r.failed : r.done) += 1;
        r.bytesSent += m.bytesSent;
        r.bytesReceived += m.bytesReceived;
        history.meters.append(m);
    }
    return history;
}

} // namespace ims::analytics
