#pragma once
// Load profile series for a chart: one meter or the sum of a set of meters,
// all four channels, in buckets of whole intervals (30 min, an hour, ...) or
// whole calendar days of the site (civil seconds, storage/civil_days.h). Buckets with no stored
// interval are absent, so a chart can draw gaps as gaps; energies are exact integers (mWh).
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <array>
#include <optional>

namespace ims::analytics {

struct SeriesBucket
{
    qint64 start = 0;                            // UTC epoch seconds, inclusive
    qint64 end = 0;                              // exclusive
    std::array<std::optional<qint64>, 4> sumMwh; // A+, A-, R+, R-; empty: nothing stored
    std::array<qint64, 4> intervals{};           // stored intervals behind each sum
};

struct ProfileSeries
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 bucketSeconds = 1800;
    int meters = 0;               // meters in the set
    qint64 expectedPerBucket = 1; // intervals a complete bucket holds (all meters)
    QList<SeriesBucket> buckets;  // ascending, only buckets with data
};

// Which meters: one, a balance group's members (or head), or a router's.
struct MeterSet
{
    enum class Kind { Meter, GroupMembers, GroupHead, Router };
    Kind kind = Kind::Meter;
    qint64 id = 0;
};

class ProfileSeriesQuery
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSeriesQuery)
public:
    explicit ProfileSeriesQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // [from, to) in buckets of bucketSeconds: a multiple of 1800, or of
    // 86400 (read from the daily sums). from/to are aligned to the bucket.
    Result<ProfileSeries> load(const MeterSet &set, qint64 from, qint64 to, qint64 bucketSeconds);

    // SQL selecting the set's meter ids (one bind: the set's id).
    static QString meterIdsSql(MeterSet::Kind kind);

private:
    QSqlDatabase m_db;
};

} // namespace ims::analytics
