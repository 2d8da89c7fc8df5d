#pragma once
// COSEM date, time and date-time (IEC 62056-6-2, 4.1.6.1), with the
// don't-care and special values kept exactly as received.
#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace ims::axdr {

struct CosemDate
{
    quint16 year = 0xFFFF;   // 0xFFFF = not specified
    quint8 month = 0xFF;     // 1..12, 0xFD DST end, 0xFE DST begin, 0xFF not specified
    quint8 day = 0xFF;       // 1..31, 0xFD 2nd last, 0xFE last day, 0xFF not specified
    quint8 dayOfWeek = 0xFF; // 1 = Monday .. 7 = Sunday, 0xFF not specified
    bool operator==(const CosemDate &) const = default;
};

struct CosemTime
{
    quint8 hour = 0xFF;
    quint8 minute = 0xFF;
    quint8 second = 0xFF;
    quint8 hundredths = 0xFF;
    bool operator==(const CosemTime &) const = default;
};

struct CosemDateTime
{
    static constexpr qint16 DeviationNotSpecified = qint16(0x8000);

    CosemDate date;
    CosemTime time;
    qint16 deviation = DeviationNotSpecified; // minutes; UTC = local time + deviation
    quint8 clockStatus = 0xFF;                // 0xFF = not specified
    bool operator==(const CosemDateTime &) const = default;

    static constexpr int OctetSize = 12;
    static std::optional<CosemDateTime> fromOctets(QByteArrayView octets); // exactly 12 bytes
    QByteArray toOctets() const;

    // A fully specified value as an absolute time. The Blue Book defines
    // deviation as minutes of local time *behind* UTC (UTC = local + deviation);
    // SPODES meters follow it. Returns an invalid QDateTime when fields are
    // not specified or out of range.
    QDateTime toQDateTime() const;
    // From an absolute time, expressed in the given UTC offset (seconds).
    static CosemDateTime fromQDateTime(const QDateTime &t, int utcOffsetSeconds,
                                       quint8 clockStatus = 0);

    QString toIsoString() const; // "2026-11-21T23:38:27+00:00", or with unspecified parts as "*"
};

} // namespace ims::axdr
