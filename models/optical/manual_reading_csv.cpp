#include "models/optical/manual_reading_csv.h"

#include <QDateTime>

namespace ims::optical {

namespace {

QByteArray field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n')
        && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

} // namespace

QByteArray manualReadingsCsv(const QList<analytics::ManualReadingRecord> &readings,
                             const QTimeZone &zone)
{
    QByteArray out("meter,taken_at,source,code,value,unit,operator\r\n");
    for (const analytics::ManualReadingRecord &r : readings) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(r.takenAt, zone);
        const QList<QByteArray> fields{
            field(r.meterSerial),
            field(at.toString(Qt::ISODate)),
            r.optical ? QByteArrayLiteral("optical") : QByteArrayLiteral("manual"),
            field(r.code),
            field(r.value()),
            field(r.unit()),
            field(r.operatorName),
        };
        out += fields.join(',');
        out += "\r\n";
    }
    return out;
}

std::pair<qint64, qint64> dayBounds(QDate day, const QTimeZone &zone)
{
    const qint64 from = QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 to = QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    return {from, to};
}

} // namespace ims::optical
