#include "ui/load_profile/profile_export.h"

#include "models/domain/primary_value.h"

#include <QDateTime>
#include <QTimeZone>

namespace ims::ui {

QByteArray profileCsv(const analytics::ProfileSeries &series)
{
    // Machine-readable: fixed column names, '.' decimals, UTC.
    QByteArray out = "start_utc,end_utc,a_plus_kwh,a_minus_kwh,r_plus_kvarh,r_minus_kvarh,"
                     "intervals,expected_intervals\n";
    auto iso = [](qint64 t) {
        return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate).toUtf8();
    };
    for (const analytics::SeriesBucket &b : series.buckets) {
        out += iso(b.start) + ',' + iso(b.end);
        qint64 intervals = 0;
        for (size_t c = 0; c < 4; ++c) {
            out += ',';
            if (b.sumMwh[c])
                out += domain::formatFixed(*b.sumMwh[c], 6).toUtf8();
            intervals = std::max(intervals, b.intervals[c]);
        }
        out += ',' + QByteArray::number(intervals) + ','
               + QByteArray::number(series.expectedPerBucket) + '\n';
    }
    return out;
}

} // namespace ims::ui
