#pragma once
// Manual readings as CSV (RFC 4180: comma-separated, CRLF line ends, fields
// with commas, quotes or line breaks in double quotes), UTF-8, one header
// line: meter,taken_at,source,code,value,unit,operator. taken_at is ISO 8601
// with the offset of `zone` ("2026-03-16T12:00:05+03:00"); source is
// "optical" or "manual".
#include "models/analytics/manual_reading_query.h"

#include <QByteArray>
#include <QTimeZone>

namespace ims::optical {

QByteArray manualReadingsCsv(const QList<analytics::ManualReadingRecord> &readings,
                             const QTimeZone &zone = QTimeZone::systemTimeZone());

// [from, to) in UTC epoch seconds of calendar day `day` in `zone`.
std::pair<qint64, qint64> dayBounds(QDate day, const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace ims::optical
