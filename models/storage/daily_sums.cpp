#include "models/storage/daily_sums.h"

#include "models/storage/civil_days.h"
#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::storage {

Result<qint64> DailySums::rebuild(QSqlDatabase &db)
{
    if (const Status s = Sql::exec(db, QStringLiteral("DELETE FROM meter_daily")); !s)
        return s.error();
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    // interval_values' key order: each (meter, channel) run comes whole.
    if (const Status s = Sql::prepare(
            rows, QStringLiteral(
                      "SELECT v.meter_id, v.channel, v.interval_end, v.primary_mwh,"
                      " COALESCE(s.time_zone, '') FROM interval_values v"
                      " JOIN meters m ON m.id = v.meter_id LEFT JOIN sites s ON s.id = m.site_id"
                      " ORDER BY v.meter_id, v.channel, v.interval_end"));
        !s)
        return s.error();
    if (const Status s = Sql::exec(rows); !s)
        return s.error();
    QSqlQuery insert(db);
    if (const Status s = Sql::prepare(
            insert, QStringLiteral("INSERT INTO meter_daily(meter_id, channel, day, sum_mwh,"
                                   " intervals) VALUES (?, ?, ?, ?, ?)"));
        !s)
        return s.error();
    CivilCalendars calendars;
    qint64 written = 0;
    qint64 meter = 0, channel = 0, day = 0, sum = 0, count = 0;
    auto flush = [&]() -> Status {
        if (count == 0)
            return {};
        insert.bindValue(0, meter);
        insert.bindValue(1, channel);
        insert.bindValue(2, day);
        insert.bindValue(3, sum);
        insert.bindValue(4, count);
        ++written;
        sum = count = 0;
        return Sql::exec(insert);
    };
    CivilDays *days = nullptr;
    while (rows.next()) {
        const qint64 rowMeter = rows.value(0).toLongLong();
        const qint64 rowChannel = rows.value(1).toLongLong();
        if (rowMeter != meter || days == nullptr)
            days = &calendars.forZone(rows.value(4).toString().toLatin1());
        const qint64 rowDay = days->dayOfIntervalEnd(rows.value(2).toLongLong());
        if (rowMeter != meter || rowChannel != channel || rowDay != day) {
            if (const Status s = flush(); !s)
                return s.error();
            meter = rowMeter;
            channel = rowChannel;
            day = rowDay;
        }
        sum += rows.value(3).toLongLong();
        ++count;
    }
    if (const Status s = flush(); !s)
        return s.error();
    return written;
}

} // namespace ims::storage
