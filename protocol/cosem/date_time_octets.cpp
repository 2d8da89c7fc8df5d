#include "protocol/cosem/date_time_octets.h"

#include "protocol/core/bytes.h"

namespace ims::cosem {

namespace {

constexpr quint8 NotSpecified = 0xFF;
constexpr quint8 FirstSpecialMonthOrDay = 0xFD; // 0xFD, 0xFE: DST end/begin, 2nd last/last day

bool inRangeOr(quint8 v, quint8 lo, quint8 hi, quint8 firstSpecial)
{
    return (v >= lo && v <= hi) || v >= firstSpecial;
}

} // namespace

std::optional<axdr::CosemDate> dateFromOctets(QByteArrayView octets)
{
    if (octets.size() != DateOctetSize)
        return std::nullopt;
    axdr::CosemDate d;
    d.year = readBe16(octets, 0);
    d.month = quint8(octets[2]);
    d.day = quint8(octets[3]);
    d.dayOfWeek = quint8(octets[4]);
    if (!inRangeOr(d.month, 1, 12, FirstSpecialMonthOrDay)
        || !inRangeOr(d.day, 1, 31, FirstSpecialMonthOrDay)
        || !inRangeOr(d.dayOfWeek, 1, 7, NotSpecified))
        return std::nullopt;
    return d;
}

QByteArray dateToOctets(const axdr::CosemDate &date)
{
    QByteArray out;
    out.reserve(DateOctetSize);
    appendBe16(out, date.year);
    out.append(char(date.month));
    out.append(char(date.day));
    out.append(char(date.dayOfWeek));
    return out;
}

std::optional<axdr::CosemTime> timeFromOctets(QByteArrayView octets)
{
    if (octets.size() != TimeOctetSize)
        return std::nullopt;
    axdr::CosemTime t;
    t.hour = quint8(octets[0]);
    t.minute = quint8(octets[1]);
    t.second = quint8(octets[2]);
    t.hundredths = quint8(octets[3]);
    if (!inRangeOr(t.hour, 0, 23, NotSpecified) || !inRangeOr(t.minute, 0, 59, NotSpecified)
        || !inRangeOr(t.second, 0, 59, NotSpecified)
        || !inRangeOr(t.hundredths, 0, 99, NotSpecified))
        return std::nullopt;
    return t;
}

QByteArray timeToOctets(const axdr::CosemTime &time)
{
    QByteArray out;
    out.reserve(TimeOctetSize);
    out.append(char(time.hour));
    out.append(char(time.minute));
    out.append(char(time.second));
    out.append(char(time.hundredths));
    return out;
}

} // namespace ims::cosem
