#include "models/fleet/poll_planner.h"

#include "models/fleet/fleet_store.h"
#include "models/fleet/poll_cursors.h"
#include "models/storage/sql_util.h"
#include "models/storage/statement.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ims::fleet {

using storage::Sql;

namespace {

// Hops to a meter from its stored route ("16 40 212": the repeaters from the
// router outwards), 0 when no route was ever stored.
int hopsOfRoute(bool routeKnown, const QString &repeaters)
{
    if (!routeKnown)
        return 0;
    int count = 0;
    for (const QString &word : repeaters.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool ok = false;
        (void)word.toInt(&ok);
        count += ok ? 1 : 0;
    }
    return count + 1;
}

// The PLC line speed the response timers assume. No router reports its
// modems' speed, so it is one setting for all routers ("plc_baud",
// "plc_hop_latency_ms"), the PLC model's figures when absent.
Result<engine::PlcLineSpeed> plcLineSpeed(QSqlDatabase &db)
{
    engine::PlcLineSpeed line;
    QSqlQuery q(db);
    if (const Status s
        = Sql::prepare(q, QStringLiteral("SELECT key, value FROM settings WHERE"
                                         " key IN ('plc_baud', 'plc_hop_latency_ms')"));
        !s)
        return s.error();
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    while (q.next()) {
        bool ok = false;
        const int v = q.value(1).toString().toInt(&ok);
        if (!ok || v < 0)
            continue;
        if (q.value(0).toString() == u"plc_baud")
            line.baud = std::min(v, 1'000'000);
        else
            line.perHopLatencyMs = std::min(v, 60'000);
    }
    return line;
}

} // namespace

Result<engine::PollSettings> PollPlanner::settings(engine::PollSettings s)
{
    QSqlQuery q(m_db);
    if (const Status st = Sql::prepare(q, QStringLiteral("SELECT key, value FROM settings")); !st)
        return st.error();
    if (const Status st = Sql::exec(q); !st)
        return st.error();
    while (q.next()) {
        const QString key = q.value(0).toString();
        bool ok = false;
        const qint64 v = q.value(1).toString().toLongLong(&ok);
        if (!ok)
            continue;
        if (key == u"clock_tolerance_ms")
            s.clock.toleranceMs = v;
        else if (key == u"clock_alarm_ms")
            s.clock.alarmMs = v;
        else if (key == u"clock_shift_limit_ms")
            s.clock.shiftLimitMs = v;
        else if (key == u"poll_retries")
            s.maxAttempts = int(std::clamp<qint64>(v, 1, 10));
        else if (key == u"profile_backfill_days")
            s.profileBackfillSeconds = std::clamp<qint64>(v, 1, 400) * 86400;
    }
    return s;
}

Result<QList<engine::RouterPlan>> PollPlanner::plan(const PollTarget &target, quint32 what)
{
    // One read transaction for the pass: outside one, every statement takes
    // and drops SQLite's locks (file locks, WAL read marks), which was most of
    // the time of planning a million meters. Inside the caller's
    // transaction, BEGIN fails and the caller's is used.
    const bool ownTransaction = m_db.transaction();
    Result<QList<engine::RouterPlan>> plans = planInTransaction(target, what);
    // Nothing was written: ending the read cannot lose anything, but it must
    // end, or the connection would keep its snapshot (and the WAL) forever.
    if (ownTransaction && !m_db.commit())
        m_db.rollback();
    return plans;
}

Result<QList<engine::RouterPlan>> PollPlanner::planInTransaction(const PollTarget &target,
                                                                 quint32 what)
{
    QList<engine::RouterPlan> plans;
    if (target.kind == PollTarget::Kind::Meter) {
        const Result<qint64> router = Sql::scalar(
            m_db, QStringLiteral("SELECT router_id FROM meters WHERE id = ?"), {target.id});
        if (!router)
            return router.error();
        if (*router == 0)
            return Error(ErrorKind::NotFound,
                         tr("meter %1 is not reached through a router").arg(target.id));
        auto p = planRouter(*router, what, target.id);
        if (!p)
            return p.error();
        if (p->meters.isEmpty())
            return Error(ErrorKind::NotFound, tr("meter %1 is not active").arg(target.id));
        plans << *p;
        return plans;
    }
    QList<qint64> routers;
    if (target.kind == PollTarget::Kind::Router) {
        routers << target.id;
    } else {
        QSqlQuery q(m_db);
        if (const Status s = Sql::prepare(q, QStringLiteral("SELECT id FROM routers ORDER BY id"));
            !s)
            return s.error();
        if (const Status s = Sql::exec(q); !s)
            return s.error();
        while (q.next())
            routers << q.value(0).toLongLong();
    }
    for (qint64 id : routers) {
        auto p = planRouter(id, what, 0);
        if (!p)
            return p.error();
        plans << *p;
    }
    return plans;
}

Result<engine::RouterPlan> PollPlanner::planRouter(qint64 routerId, quint32 what, qint64 onlyMeter)
{
    FleetStore fleet(m_db);
    const Result<RouterEndpoint> router = fleet.router(routerId);
    if (!router)
        return router.error();
    engine::RouterPlan plan;
    plan.routerId = routerId;
    plan.name = router->router.name;
    plan.routerProfile = router->profile;
    plan.routerCounterScope = FleetStore::counterScope(*router, nullptr);
    if (auto c = fleet.invocationCounter(plan.routerCounterScope); c)
        plan.routerProfile.association.invocationCounter = *c;
    else
        return c.error();
    domain::Meter templateMeter;
    plan.meterProfile = FleetStore::meterProfile(*router, templateMeter);
    RouterEndpoint scopeOf; // what the meters' counter keys depend on
    scopeOf.router.id = routerId;
    scopeOf.router.clientAddress = router->router.clientAddress;
    plan.meterCounterScope = [endpoint = std::move(scopeOf)](const engine::MeterRef &meter) {
        domain::Meter m;
        m.serial = meter.serial;
        return FleetStore::counterScope(endpoint, &m);
    };
    const Result<engine::PlcLineSpeed> line = plcLineSpeed(m_db);
    if (!line)
        return line.error();
    plan.plc = *line;
    plan.checkRouterClock = onlyMeter == 0 && (what & engine::PollItem::Clock);
    if (plan.checkRouterClock) {
        const Result<qint64> last = Sql::scalar(
            m_db,
            QStringLiteral("SELECT MAX(workstation_time_ms) FROM clock_checks WHERE router_id = ?"
                           " AND target = 1 AND correction <> 0 AND correction_ok = 1"),
            {routerId});
        if (!last)
            return last.error();
        plan.routerLastClockCorrectionMs = *last;
    }

    QSqlQuery q(m_db);
    q.setForwardOnly(true); // thousands of rows read once: no cached copy of them
    // A meter that answered it has no prepayment account is not asked again.
    QString statement
        = QStringLiteral("SELECT m.id, m.serial, m.physical_address, COALESCE(p.supported, 1),"
                         " r.meter_id IS NOT NULL, COALESCE(r.repeaters, '') FROM meters m"
                         " LEFT JOIN meter_payment_state p ON p.meter_id = m.id"
                         " LEFT JOIN meter_routes r ON r.meter_id = m.id"
                         " WHERE m.router_id = ? AND m.state IN (0, 1)");
    if (onlyMeter != 0)
        statement += QStringLiteral(" AND m.id = ?");
    statement += QStringLiteral(" ORDER BY m.physical_address");
    if (const Status s = Sql::prepare(q, statement); !s)
        return s.error();
    q.addBindValue(routerId);
    if (onlyMeter != 0)
        q.addBindValue(onlyMeter);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    while (q.next()) {
        engine::MeterJob job;
        job.meter.id = q.value(0).toLongLong();
        job.meter.serial = q.value(1).toString();
        job.physical = quint16(q.value(2).toInt());
        job.readAccount = q.value(3).toInt() != 0;
        job.hops = hopsOfRoute(q.value(4).toInt() != 0, q.value(5).toString());
        job.what = what;
        plan.meters << job;
    }
    // Counters of ciphered associations, each by its key.
    if (router->access.protection != client::Protection::None
        || router->access.authentication == client::Authentication::HighGmac) {
        const storage::StatementFactory factory(m_db);
        auto counter = factory.prepare(
            QStringLiteral("SELECT next_value FROM invocation_counters WHERE scope = ?"));
        if (!counter)
            return counter.error();
        storage::Statement &c = **counter;
        for (engine::MeterJob &job : plan.meters) {
            c.bind(0, plan.counterScopeOf(job));
            if (const Status s = c.exec(); !s)
                return s.error();
            job.invocationCounter = c.next() ? quint64(c.int64(0)) : 0;
            c.finish();
        }
    }
    if (const Status s = PollCursorReader(m_db).read(routerId, onlyMeter, plan.meters); !s)
        return s.error();
    return plan;
}

} // namespace ims::fleet
