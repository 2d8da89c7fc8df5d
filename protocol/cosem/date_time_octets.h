#pragma once
// COSEM date (5 octets) and time (4 octets) as octet-strings, the form the
// Blue Book prescribes for calendar and schedule attributes (season_start,
// start_time, specialday_date, execution_time). The 12-octet date-time has
// its own conversion in CosemDateTime.
#include "protocol/axdr/cosem_datetime.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace ims::cosem {

inline constexpr int DateOctetSize = 5;
inline constexpr int TimeOctetSize = 4;

// Exactly 5 octets with every field in range or one of its special values.
std::optional<axdr::CosemDate> dateFromOctets(QByteArrayView octets);
QByteArray dateToOctets(const axdr::CosemDate &date);

// Exactly 4 octets, each field in range or 0xFF (not specified).
std::optional<axdr::CosemTime> timeFromOctets(QByteArrayView octets);
QByteArray timeToOctets(const axdr::CosemTime &time);

} // namespace ims::cosem
