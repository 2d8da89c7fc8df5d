#pragma once
// Text forms of COSEM date, time and date-time, and their inverse. The text
// is ISO 8601 where the value allows it; fields a meter left unspecified are
// written as '*', the special month/day values 0xFD/0xFE as "FD"/"FE", and
// an unspecified deviation leaves the offset out (local time, offset unknown).
// Parsing accepts everything formatting produces, so that every field value
// survives a trip through text (JSON) unchanged — except the parts the text
// does not carry (see each parse function).
#include "protocol/axdr/cosem_datetime.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace ims::axdr {

QString cosemDateText(const CosemDate &date); // "2026-11-21", "****-**-FE"
QString
cosemTimeText(const CosemTime &time); // "23:38:27", "23:38:27.50" (0 and 0xFF hundredths omitted)
QString cosemOffsetText(qint16 deviation); // "+03:00" for deviation -180; empty if not specified

// The day of week a fully specified date falls on, else 0xFF.
quint8 inferredDayOfWeek(const CosemDate &date);

// Day of week is inferred (inferredDayOfWeek).
std::optional<CosemDate> parseCosemDate(QStringView text);
// Hundredths default to 0 when the text has no fraction.
std::optional<CosemTime> parseCosemTime(QStringView text);
// "YYYY-MM-DDThh:mm:ss[.hh][±hh:mm|Z]"; clock status is left 0xFF (not specified).
std::optional<CosemDateTime> parseCosemDateTime(QStringView text);

} // namespace ims::axdr
