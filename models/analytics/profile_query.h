#pragma once
// One meter's load profile: aggregated to at most N points for a chart, or
// interval by interval for a table, and the gaps a poll should fill.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <array>
#include <optional>

namespace ims::analytics {

struct ProfilePoint
{
    // Inclusive. UTC epoch seconds; civil seconds (calendar day × 86400 of the
    // meter's site) when built from daily sums.
    qint64 start = 0;
    qint64 end = 0; // exclusive
    qint64 sumMwh = 0;
    qint64 intervals = 0; // stored intervals in the bucket
    // The largest single interval in the bucket; empty when the bucket was
    // built from daily sums (long ranges).
    std::optional<qint64> maxIntervalMwh;
};

// One row of the profile table: all four channels of one interval.
struct ProfileRow
{
    qint64 intervalEnd = 0;
    std::array<std::optional<qint64>, 4> primaryMwh; // A+, A-, R+, R-
    quint32 status = 0;                              // OR of the channels' status
};

struct LastInterval
{
    qint64 meterId = 0;
    int channel = 0;
    std::optional<qint64> intervalEnd; // empty: nothing stored yet
};

struct Gap
{
    qint64 firstMissingEnd = 0; // interval ends, inclusive
    qint64 lastMissingEnd = 0;
    qint64 count() const;
};

class ProfileQuery
{
    Q_DECLARE_TR_FUNCTIONS(ProfileQuery)
public:
    explicit ProfileQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // [from, to) aggregated to at most maxPoints buckets. Ranges whose buckets
    // span a day or more read the daily sums, shorter ones the intervals.
    Result<QList<ProfilePoint>> aggregate(qint64 meterId, int channel, qint64 from, qint64 to,
                                          int maxPoints);
    // Interval by interval, intervals ending in (from, to].
    Result<QList<ProfileRow>> rows(qint64 meterId, qint64 from, qint64 to);
    // The newest stored interval per meter and channel (all meters, or one router's).
    Result<QList<LastInterval>> lastIntervals(std::optional<qint64> routerId = std::nullopt);
    // Missing interval ends in (from, to] for one meter and channel.
    Result<QList<Gap>> gaps(qint64 meterId, int channel, qint64 from, qint64 to);

private:
    QSqlDatabase m_db;
};

} // namespace ims::analytics
