#include "protocol/axdr/cosem_datetime.h"

#include "protocol/axdr/datetime_text.h"
#include "protocol/core/bytes.h"

namespace ims::axdr {

namespace {

constexpr quint8 NotSpecified = 0xFF;
constexpr quint8 DstEnd = 0xFD; // month: DST end; day: second last day of month

// Blue Book 4.1.6.1: deviation is -720..+840 minutes or 0x8000.
constexpr int MinDeviation = -720;
constexpr int MaxDeviation = 840;

bool inRangeOrSpecial(quint8 v, quint8 lo, quint8 hi, quint8 firstSpecial)
{
    return (v >= lo && v <= hi) || v >= firstSpecial;
}

} // namespace

std::optional<CosemDateTime> CosemDateTime::fromOctets(QByteArrayView octets)
{
    if (octets.size() != OctetSize)
        return std::nullopt;
    const auto at = [&](int i) {
        return quint8(octets[i]);
    };
    CosemDateTime dt;
    dt.date.year = readBe16(octets, 0);
    dt.date.month = at(2);
    dt.date.day = at(3);
    dt.date.dayOfWeek = at(4);
    dt.time.hour = at(5);
    dt.time.minute = at(6);
    dt.time.second = at(7);
    dt.time.hundredths = at(8);
    dt.deviation = qint16(readBe16(octets, 9));
    dt.clockStatus = at(11);

    // An octet-string is only a date-time if every field is in its range;
    // this keeps a 12-byte serial number from being shown as a date.
    const bool valid = inRangeOrSpecial(dt.date.month, 1, 12, DstEnd)
                       && inRangeOrSpecial(dt.date.day, 1, 31, DstEnd)
                       && inRangeOrSpecial(dt.date.dayOfWeek, 1, 7, NotSpecified)
                       && inRangeOrSpecial(dt.time.hour, 0, 23, NotSpecified)
                       && inRangeOrSpecial(dt.time.minute, 0, 59, NotSpecified)
                       && inRangeOrSpecial(dt.time.second, 0, 59, NotSpecified)
                       && inRangeOrSpecial(dt.time.hundredths, 0, 99, NotSpecified)
                       && (dt.deviation == DeviationNotSpecified
                           || (dt.deviation >= MinDeviation && dt.deviation <= MaxDeviation));
    if (!valid)
        return std::nullopt;
    return dt;
}

QByteArray CosemDateTime::toOctets() const
{
    QByteArray out;
    out.reserve(OctetSize);
    appendBe16(out, date.year);
    out.append(char(date.month));
    out.append(char(date.day));
    out.append(char(date.dayOfWeek));
    out.append(char(time.hour));
    out.append(char(time.minute));
    out.append(char(time.second));
    out.append(char(time.hundredths));
    appendBe16(out, quint16(deviation));
    out.append(char(clockStatus));
    return out;
}

QDateTime CosemDateTime::toQDateTime() const
{
    if (date.year == 0xFFFF || deviation == DeviationNotSpecified || deviation < MinDeviation
        || deviation > MaxDeviation)
        return {};
    const QDate d(date.year, date.month, date.day);
    if (!d.isValid() || date.month > 12 || date.day > 31)
        return {};
    // Unspecified hundredths are common and harmless; anything else unspecified is not.
    const int msec = time.hundredths == NotSpecified ? 0 : time.hundredths * 10;
    if (time.hundredths != NotSpecified && time.hundredths > 99)
        return {};
    const QTime t(time.hour, time.minute, time.second, msec);
    if (!t.isValid() || time.hour > 23 || time.minute > 59 || time.second > 59)
        return {};
    // UTC = local + deviation, so the offset east of UTC is -deviation.
    return QDateTime(d, t, Qt::OffsetFromUTC, -int(deviation) * 60);
}

CosemDateTime CosemDateTime::fromQDateTime(const QDateTime &t, int utcOffsetSeconds,
                                           quint8 clockStatus)
{
    CosemDateTime dt;
    if (!t.isValid())
        return dt;
    const QDateTime local = t.toUTC().addSecs(utcOffsetSeconds);
    const QDate d = local.date();
    const QTime tm = local.time();
    dt.date.year = quint16(d.year());
    dt.date.month = quint8(d.month());
    dt.date.day = quint8(d.day());
    dt.date.dayOfWeek = quint8(d.dayOfWeek()); // Qt and COSEM both count Monday = 1
    dt.time.hour = quint8(tm.hour());
    dt.time.minute = quint8(tm.minute());
    dt.time.second = quint8(tm.second());
    dt.time.hundredths = quint8(tm.msec() / 10);
    dt.deviation = qint16(-utcOffsetSeconds / 60);
    dt.clockStatus = clockStatus;
    return dt;
}

QString CosemDateTime::toIsoString() const
{
    return cosemDateText(date) + QLatin1Char('T') + cosemTimeText(time)
           + cosemOffsetText(deviation);
}

} // namespace ims::axdr
