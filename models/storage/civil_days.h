#pragma once
// Which calendar day a reading belongs to where the meter is. Daily sums,
// day and month balances follow the site's local calendar (a day in Moscow
// starts at 21:00 UTC), so day numbers here count civil days since
// 1970-01-01 in the site's time zone: day × 86400 is the local midnight
// written as if it were UTC, which is what QDate(1970, 1, 1).addDays(day)
// shows.
#include <QHash>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace ims::storage {

// a / b rounded towards minus infinity (b > 0): the day of a time before 1970
// is the one before, not day 0.
inline qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

class CivilDays
{
public:
    // An empty or unknown zone id (a meter without a site) counts UTC days.
    explicit CivilDays(const QByteArray &ianaId);

    // The civil day containing the instant `utcSeconds`.
    qint64 dayOf(qint64 utcSeconds);
    // The civil day of a 30-minute interval, by its start.
    qint64 dayOfIntervalEnd(qint64 intervalEnd) { return dayOf(intervalEnd - 1800); }
    // Offset from UTC in seconds at the instant.
    int offsetAt(qint64 utcSeconds);

    const QTimeZone &zone() const { return m_zone; }

private:
    // Zones change their offset at most once a UTC day: the offset at the
    // day's start, and from `switchAt` on (when it changes) the other one.
    struct UtcDay
    {
        int offsetAtStart = 0;
        int offsetAfterSwitch = 0;
        qint64 switchAt = 0; // 0: no change this day
    };
    const UtcDay &utcDay(qint64 day);

    QTimeZone m_zone;
    QHash<qint64, UtcDay> m_days;
};

// Civil days per zone id, created on first use.
class CivilCalendars
{
public:
    CivilDays &forZone(const QByteArray &ianaId);

private:
    QHash<QByteArray, CivilDays *> m_index;
    std::vector<std::unique_ptr<CivilDays>> m_owned;
};

} // namespace ims::storage
