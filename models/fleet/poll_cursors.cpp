#include "models/fleet/poll_cursors.h"

#include "models/storage/statement.h"

#include <QHash>

namespace ims::fleet {

namespace {

// Columns after the meter id: profile, daily, monthly, clock, then one per
// journal of engine::kEventJournals.
constexpr int kFirstJournalColumn = 5;

QString cursorStatement(bool oneMeter)
{
    // Channel 1 (A+) is in every profile; the other channels are read in the same rows.
    QString sql = QStringLiteral(
        "SELECT m.id,"
        " (SELECT MAX(interval_end) FROM interval_values v"
        "   WHERE v.meter_id = m.id AND v.channel = 1),"
        " (SELECT MAX(taken_at) FROM register_snapshots s WHERE s.meter_id = m.id AND s.kind = 1),"
        " (SELECT MAX(taken_at) FROM register_snapshots s WHERE s.meter_id = m.id AND s.kind = 2),"
        " (SELECT MAX(workstation_time_ms) FROM clock_checks c WHERE c.meter_id = m.id"
        "   AND c.target = 0 AND c.correction <> 0 AND c.correction_ok = 1)");
    for (const quint8 journal : engine::kEventJournals)
        sql += QStringLiteral(", (SELECT MAX(event_time) FROM meter_events e"
                              " WHERE e.meter_id = m.id AND e.journal = %1)")
                   .arg(journal);
    sql += QStringLiteral(" FROM meters m WHERE m.router_id = ? AND m.state IN (0, 1)");
    if (oneMeter)
        sql += QStringLiteral(" AND m.id = ?");
    return sql;
}

} // namespace

Status PollCursorReader::read(qint64 routerId, qint64 onlyMeter, QList<engine::MeterJob> &jobs)
{
    if (jobs.isEmpty())
        return {};
    QHash<qint64, qsizetype> byId;
    byId.reserve(jobs.size());
    for (qsizetype i = 0; i < jobs.size(); ++i)
        byId.insert(jobs[i].meter.id, i);

    const storage::StatementFactory factory(m_db);
    auto statement = factory.prepare(cursorStatement(onlyMeter != 0));
    if (!statement)
        return statement.error();
    storage::Statement &q = **statement;
    q.bind(0, routerId);
    if (onlyMeter != 0)
        q.bind(1, onlyMeter);
    if (const Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        const auto at = byId.constFind(q.int64(0));
        if (at == byId.constEnd())
            continue; // became active between the two statements: planned next time
        engine::MeterCursor &cursor = jobs[*at].cursor;
        cursor.profileEnd = q.int64(1);
        cursor.dailyTime = q.int64(2);
        cursor.monthlyTime = q.int64(3);
        cursor.lastClockCorrectionMs = q.int64(4);
        for (size_t slot = 0; slot < engine::kEventJournals.size(); ++slot)
            cursor.eventTimes[slot] = q.int64(kFirstJournalColumn + int(slot));
    }
    q.finish();
    return {};
}

} // namespace ims::fleet
