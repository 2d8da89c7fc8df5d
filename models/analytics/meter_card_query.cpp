#include "models/analytics/meter_card_query.h"

#include "models/analytics/meter_status.h"
#include "models/domain/obis_code.h"
#include "models/storage/domain_store.h"
#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::analytics {

using storage::Sql;

namespace {
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

QList<int> parseNumberList(const QString &text)
{
    QList<int> out;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        bool ok = false;
        const int value = word.toInt(&ok);
        if (ok)
            out.append(value);
    }
    return out;
}

Result<MeterCard> MeterCardQuery::load(qint64 meterId, qint64 nowMs, int listLimit)
{
    MeterCard card;
    auto meter = storage::DomainStore(m_db).meter(meterId);
    if (!meter)
        return meter.error();
    card.meter = *meter;
    for (const Status &s :
         {loadIdentity(card), loadRoute(card), loadRegisters(card), loadInstants(card),
          loadClock(card), loadManual(card, listLimit), loadSessions(card, listLimit)})
        if (!s)
            return s.error();
    // The newest stored intervals: a window back from the last one.
    auto last = Sql::scalar(m_db,
                            QStringLiteral("SELECT MAX(interval_end) FROM interval_values"
                                           " WHERE meter_id = ? AND channel = 1"),
                            {meterId});
    if (!last)
        return last.error();
    if (*last > 0) {
        auto rows = ProfileQuery(m_db).rows(meterId, *last - 1800LL * listLimit, *last);
        if (!rows)
            return rows.error();
        card.lastIntervals = *rows;
        std::reverse(card.lastIntervals.begin(), card.lastIntervals.end());
    }
    EventFilter events;
    events.meterId = meterId;
    auto eventRows = RecordQueries(m_db).events(events, listLimit);
    if (!eventRows)
        return eventRows.error();
    card.events = *eventRows;
    auto status = MeterStatusQuery(m_db).forMeters({meterId}, nowMs);
    if (!status)
        return status.error();
    card.statusFlags = status->value(meterId);
    return card;
}

Status MeterCardQuery::loadIdentity(MeterCard &card)
{
    QSqlQuery q(m_db);
    if (const Status s
        = run(q,
              QStringLiteral("SELECT st.name, s.account, s.name, s.address, t.name, r.name,"
                             " r.transport, r.host, r.port, r.serial_device FROM meters m"
                             " LEFT JOIN sites st ON st.id = m.site_id"
                             " LEFT JOIN subscribers s ON s.id = m.subscriber_id"
                             " LEFT JOIN tariff_plans t ON t.id = m.tariff_plan_id"
                             " LEFT JOIN routers r ON r.id = m.router_id WHERE m.id = ?"),
              {card.meter.id});
        !s)
        return s;
    if (!q.next())
        return Error(ErrorKind::NotFound, tr("meter %1 not found").arg(card.meter.id));
    card.siteName = q.value(0).toString();
    card.subscriberAccount = q.value(1).toString();
    card.subscriberName = q.value(2).toString();
    card.subscriberAddress = q.value(3).toString();
    card.tariffPlan = q.value(4).toString();
    card.routerName = q.value(5).toString();
    if (!q.isNull(6)) {
        card.routerEndpoint
            = q.value(6).toInt() == int(domain::RouterTransport::Serial)
                  ? q.value(9).toString()
                  : QStringLiteral("%1:%2").arg(q.value(7).toString()).arg(q.value(8).toInt());
    }
    return {};
}

Status MeterCardQuery::loadRoute(MeterCard &card)
{
    QSqlQuery q(m_db);
    if (const Status s
        = run(q,
              QStringLiteral("SELECT repeaters, quality, updated_ms FROM meter_routes"
                             " WHERE meter_id = ?"),
              {card.meter.id});
        !s)
        return s;
    if (q.next()) {
        card.repeaters = parseNumberList(q.value(0).toString());
        card.hopQuality = parseNumberList(q.value(1).toString());
        card.routeUpdatedMs = q.value(2).toLongLong();
    }
    return {};
}

Status MeterCardQuery::loadRegisters(MeterCard &card)
{
    QSqlQuery q(m_db);
    // The newest snapshot time of each kind, then every register taken then.
    if (const Status s
        = run(q,
              QStringLiteral("SELECT r.obis, r.tariff, r.taken_at, r.kind, r.raw, r.scaler,"
                             " r.unit, r.primary_mwh FROM register_snapshots r JOIN"
                             " (SELECT kind, MAX(taken_at) AS newest FROM register_snapshots"
                             "  WHERE meter_id = ? GROUP BY kind) n"
                             " ON n.kind = r.kind AND n.newest = r.taken_at"
                             " WHERE r.meter_id = ? ORDER BY r.kind, r.obis, r.tariff"),
              {card.meter.id, card.meter.id});
        !s)
        return s;
    while (q.next()) {
        RegisterValue v;
        v.obis = domain::unpackObis(q.value(0).toLongLong());
        v.tariff = q.value(1).toInt();
        v.takenAt = q.value(2).toLongLong();
        v.kind = q.value(3).toInt();
        v.raw = q.value(4).toLongLong();
        v.scaler = q.value(5).toInt();
        v.unit = q.value(6).toInt();
        if (!q.isNull(7))
            v.primaryMwh = q.value(7).toLongLong();
        card.registers.append(v);
    }
    return {};
}

Status MeterCardQuery::loadInstants(MeterCard &card)
{
    QSqlQuery q(m_db);
    if (const Status s
        = run(q,
              QStringLiteral("SELECT i.obis, i.taken_at, i.raw, i.scaler, i.unit"
                             " FROM instant_values i WHERE i.meter_id = ? AND i.taken_at ="
                             " (SELECT MAX(taken_at) FROM instant_values j"
                             "  WHERE j.meter_id = i.meter_id AND j.obis = i.obis)"
                             " ORDER BY i.obis"),
              {card.meter.id});
        !s)
        return s;
    const qint64 relay = domain::packObis(kRelayStateObis).value_or(-1);
    while (q.next()) {
        const qint64 obis = q.value(0).toLongLong();
        InstantReading r{domain::unpackObis(obis), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         q.value(3).toInt(), q.value(4).toInt()};
        if (obis == relay)
            card.relayClosed = r.raw != 0;
        else
            card.instants.append(r);
    }
    return {};
}

Status MeterCardQuery::loadClock(MeterCard &card)
{
    QSqlQuery q(m_db);
    if (const Status s = run(q,
                             QStringLiteral("SELECT device_time_ms, workstation_time_ms, delta_ms,"
                                            " correction, correction_ok FROM clock_checks"
                                            " WHERE meter_id = ? AND target = 0"
                                            " ORDER BY id DESC LIMIT 1"),
                             {card.meter.id});
        !s)
        return s;
    if (q.next())
        card.clock
            = ClockReading{q.value(0).toLongLong(), q.value(1).toLongLong(),
                           q.value(2).toLongLong(), q.value(3).toInt(), q.value(4).toInt() != 0};
    return {};
}

Status MeterCardQuery::loadManual(MeterCard &card, int limit)
{
    QSqlQuery q(m_db);
    if (const Status s = run(q,
                             QStringLiteral("SELECT taken_at, optical, code, text_value, operator"
                                            " FROM manual_readings WHERE meter_id = ?"
                                            " ORDER BY taken_at DESC, id DESC LIMIT ?"),
                             {card.meter.id, limit});
        !s)
        return s;
    while (q.next())
        card.manual.append({q.value(0).toLongLong(), q.value(1).toInt() != 0, q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString()});
    return {};
}

Status MeterCardQuery::loadSessions(MeterCard &card, int limit)
{
    QSqlQuery q(m_db);
    if (const Status s
        = run(q,
              QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN result = 0 THEN 1 ELSE 0 END),"
                             " SUM(CASE WHEN result = 1 THEN 1 ELSE 0 END),"
                             " SUM(CASE WHEN result = 2 THEN 1 ELSE 0 END),"
                             " MAX(CASE WHEN result < 2 THEN finished_at_ms END),"
                             " MAX(CASE WHEN result = 2 THEN finished_at_ms END),"
                             " SUM(bytes_sent), SUM(bytes_received),"
                             " AVG(finished_at_ms - started_at_ms)"
                             " FROM poll_sessions WHERE meter_id = ?"),
              {card.meter.id});
        !s)
        return s;
    if (q.next()) {
        SessionStats &st = card.stats;
        st.sessions = q.value(0).toLongLong();
        st.succeeded = q.value(1).toLongLong();
        st.partial = q.value(2).toLongLong();
        st.failed = q.value(3).toLongLong();
        if (!q.isNull(4))
            st.lastSuccessMs = q.value(4).toLongLong();
        if (!q.isNull(5))
            st.lastFailureMs = q.value(5).toLongLong();
        st.bytesSent = q.value(6).toLongLong();
        st.bytesReceived = q.value(7).toLongLong();
        st.averageDurationMs = qint64(q.value(8).toDouble() + 0.5);
    }
    QSqlQuery list(m_db);
    if (const Status s = run(list,
                             QStringLiteral("SELECT started_at_ms, finished_at_ms, result,"
                                            " error_kind, message, bytes_sent, bytes_received,"
                                            " intervals_read FROM poll_sessions WHERE meter_id = ?"
                                            " ORDER BY id DESC LIMIT ?"),
                             {card.meter.id, limit});
        !s)
        return s;
    while (list.next()) {
        SessionRecord r{list.value(0).toLongLong(), list.value(1).toLongLong(),
                        list.value(2).toInt(),      list.value(3).toString(),
                        list.value(4).toString(),   list.value(5).toLongLong(),
                        list.value(6).toLongLong(), list.value(7).toInt()};
        if (r.result == 2 && card.stats.lastFailureMessage.isEmpty())
            card.stats.lastFailureMessage = r.message;
        card.sessions.append(r);
    }
    return {};
}

} // namespace ims::analytics
