#include "models/fleet/poll_planner.h"

#include "models/fleet/fleet_store.h"
#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::fleet {

using storage::Sql;

namespace {

// Where each read of a meter starts, from what is stored. The statements are
// prepared once per router, not once per meter.
class CursorReader
{
public:
    explicit CursorReader(QSqlDatabase &db)
        : m_profile(db)
        , m_daily(db)
        , m_monthly(db)
        , m_clock(db)
        , m_events(db)
    {}

    Status prepare()
    {
        // Channel 1 (A+) is in every profile; the others are read in the same rows.
        const std::pair<QSqlQuery *, QString> statements[] = {
            {&m_profile, QStringLiteral("SELECT MAX(interval_end) FROM interval_values"
                                        " WHERE meter_id = ? AND channel = 1")},
            {&m_daily, QStringLiteral("SELECT MAX(taken_at) FROM register_snapshots"
                                      " WHERE meter_id = ? AND kind = 1")},
            {&m_monthly, QStringLiteral("SELECT MAX(taken_at) FROM register_snapshots"
                                        " WHERE meter_id = ? AND kind = 2")},
            {&m_clock, QStringLiteral("SELECT MAX(workstation_time_ms) FROM clock_checks"
                                      " WHERE meter_id = ? AND target = 0 AND correction <> 0"
                                      " AND correction_ok = 1")},
            {&m_events, QStringLiteral("SELECT journal, MAX(event_time) FROM meter_events"
                                       " WHERE meter_id = ? GROUP BY journal")},
        };
        for (const auto &[query, statement] : statements)
            if (const Status s = Sql::prepare(*query, statement); !s)
                return s;
        return {};
    }

    Status read(qint64 meterId, engine::MeterCursor &cursor)
    {
        const std::pair<QSqlQuery *, qint64 *> scalars[] = {
            {&m_profile, &cursor.profileEnd},
            {&m_daily, &cursor.dailyTime},
            {&m_monthly, &cursor.monthlyTime},
            {&m_clock, &cursor.lastClockCorrectionMs},
        };
        for (const auto &[query, target] : scalars) {
            query->addBindValue(meterId);
            if (const Status s = Sql::exec(*query); !s)
                return s;
            *target = query->next() ? query->value(0).toLongLong() : 0;
            query->finish();
        }
        m_events.addBindValue(meterId);
        if (const Status s = Sql::exec(m_events); !s)
            return s;
        while (m_events.next()) {
            const int journal = m_events.value(0).toInt();
            if (journal >= 0 && journal < engine::kJournalSlots)
                cursor.eventTime[size_t(journal)] = m_events.value(1).toLongLong();
        }
        m_events.finish();
        return {};
    }

private:
    QSqlQuery m_profile, m_daily, m_monthly, m_clock, m_events;
};

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
    // A meter that answered it has no prepayment account is not asked again.
    QString statement = QStringLiteral(
        "SELECT m.id, m.serial, m.physical_address, COALESCE(p.supported, 1) FROM meters m"
        " LEFT JOIN meter_payment_state p ON p.meter_id = m.id"
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
        job.what = what;
        domain::Meter m;
        m.serial = job.meter.serial;
        job.counterScope = FleetStore::counterScope(*router, &m);
        plan.meters << job;
    }
    // Counters of ciphered associations, in one pass.
    if (router->access.protection != client::Protection::None
        || router->access.authentication == client::Authentication::HighGmac) {
        QSqlQuery c(m_db);
        if (const Status s = Sql::prepare(c, QStringLiteral("SELECT scope, next_value FROM"
                                                            " invocation_counters"));
            !s)
            return s.error();
        if (const Status s = Sql::exec(c); !s)
            return s.error();
        QHash<QString, quint64> counters;
        while (c.next())
            counters.insert(c.value(0).toString(), quint64(c.value(1).toLongLong()));
        for (engine::MeterJob &job : plan.meters)
            job.invocationCounter = counters.value(job.counterScope, 0);
    }
    CursorReader cursors(m_db);
    if (const Status s = cursors.prepare(); !s)
        return s.error();
    for (engine::MeterJob &job : plan.meters)
        if (const Status s = cursors.read(job.meter.id, job.cursor); !s)
            return s.error();
    return plan;
}

} // namespace ims::fleet
