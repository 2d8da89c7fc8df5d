#include "models/storage/retention.h"

#include "models/storage/sealed_table.h"
#include "models/storage/sql_util.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ims::storage {

Result<int> Retention::retentionDays(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'retention_days'")))
        return Sql::error(q.lastError(), q.lastQuery());
    const int days = q.next() ? q.value(0).toInt() : kMinimumDays;
    return std::max(days, int(kMinimumDays));
}

Status Retention::setRetentionDays(QSqlDatabase &db, int days)
{
    if (days < kMinimumDays)
        return Error(ErrorKind::InvalidArgument,
                     tr("readings must be kept at least %1 days (3.5 years)").arg(kMinimumDays));
    return Sql::putSetting(db, QStringLiteral("retention_days"), QString::number(days));
}

Result<PruneReport> Retention::prune(QSqlDatabase &db, qint64 nowSeconds)
{
    auto days = retentionDays(db);
    if (!days)
        return days.error();
    PruneReport report;
    const qint64 today = nowSeconds / kSecondsPerDay;
    report.cutoffDay = today - *days;

    Transaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    // Keep each chain's last pruned link as its anchor.
    QSqlQuery anchor(db);
    anchor.prepare(QStringLiteral(
        "INSERT INTO seal_anchors(kind, meter_id, subkey, before_day, prev_link)"
        " SELECT s.kind, s.meter_id, s.subkey, ?, s.link FROM reading_seals s"
        " WHERE s.day = (SELECT MAX(t.day) FROM reading_seals t WHERE t.kind = s.kind AND"
        " t.meter_id = s.meter_id AND t.subkey = s.subkey AND t.day < ?)"
        " ON CONFLICT (kind, meter_id, subkey) DO UPDATE SET before_day = excluded.before_day,"
        " prev_link = excluded.prev_link"));
    anchor.addBindValue(report.cutoffDay);
    anchor.addBindValue(report.cutoffDay);
    if (const Status s = Sql::exec(anchor); !s)
        return s.error();

    QSqlQuery meters(db);
    if (!meters.exec(QStringLiteral("SELECT id FROM meters ORDER BY id")))
        return Sql::error(meters.lastError(), meters.lastQuery());
    const qint64 intervalCut = intervalTable().dayStart(report.cutoffDay);
    const qint64 registerCut = registerTable().dayStart(report.cutoffDay);
    QSqlQuery intervals(db), daily(db), registers(db);
    intervals.prepare(QStringLiteral("DELETE FROM interval_values WHERE meter_id = ? AND"
                                     " channel = ? AND interval_end < ?"));
    daily.prepare(QStringLiteral("DELETE FROM meter_daily WHERE meter_id = ? AND channel = ? AND"
                                 " day < ?"));
    registers.prepare(QStringLiteral("DELETE FROM register_snapshots WHERE meter_id = ? AND"
                                     " taken_at < ?"));
    while (meters.next()) {
        const qint64 meter = meters.value(0).toLongLong();
        for (int channel = 1; channel <= 4; ++channel) {
            intervals.bindValue(0, meter);
            intervals.bindValue(1, channel);
            intervals.bindValue(2, intervalCut);
            if (const Status s = Sql::exec(intervals); !s)
                return s.error();
            report.intervals += intervals.numRowsAffected();
            // Daily sums count the site's calendar days, which straddle UTC
            // days: the first kept one may have lost its early hours, so its
            // sum goes too rather than disagree with the rows.
            daily.bindValue(0, meter);
            daily.bindValue(1, channel);
            daily.bindValue(2, report.cutoffDay + 1);
            if (const Status s = Sql::exec(daily); !s)
                return s.error();
        }
        registers.bindValue(0, meter);
        registers.bindValue(1, registerCut);
        if (const Status s = Sql::exec(registers); !s)
            return s.error();
        report.registers += registers.numRowsAffected();
    }
    const std::pair<const char *, qint64> others[] = {
        {"DELETE FROM reading_seals WHERE day < ?", report.cutoffDay},
        {"DELETE FROM instant_values WHERE taken_at < ?", registerCut},
        {"DELETE FROM meter_events WHERE event_time < ?", registerCut},
    };
    for (const auto &[sql, bound] : others) {
        QSqlQuery q(db);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(bound);
        if (const Status s = Sql::exec(q); !s)
            return s.error();
        if (!QByteArray(sql).contains("seals"))
            report.others += q.numRowsAffected();
    }
    if (const Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace ims::storage
