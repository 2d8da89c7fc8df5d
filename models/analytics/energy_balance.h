#pragma once
// Energy balance of a group: what the head meter(s) measured against the sum
// of the member meters, per interval, day or month, with the losses in
// mWh and in hundredths of a percent. Integers throughout: energies are the
// stored primary values (Wh x 10^-3), never summed in floating point.
// Day and month boundaries are the calendar days of the meters' site
// (storage/civil_days.h): for Day and Month, times are civil seconds, a
// calendar day number × 86400, not UTC instants.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ims::analytics {

enum class BalanceStep { Interval, Day, Month };

struct BalancePoint
{
    // Interval: UTC epoch seconds of the interval's start. Day, Month: civil
    // seconds (calendar day × 86400) of the local midnight.
    qint64 start = 0;
    qint64 end = 0; // exclusive
    qint64 headMwh = 0;
    qint64 membersMwh = 0;
    qint64 headIntervals = 0;   // stored intervals behind headMwh
    qint64 memberIntervals = 0; // ... and behind membersMwh
    qint64 lossMwh() const { return headMwh - membersMwh; }
    // Loss as a share of the head energy in 0.01 %, rounded half away from
    // zero; empty when the head measured nothing.
    std::optional<qint64> lossBasisPoints() const;
};

struct EnergyBalance
{
    qint64 groupId = 0;
    int channel = 1;
    BalanceStep step = BalanceStep::Day;
    int headMeters = 0;
    int memberMeters = 0;
    QList<BalancePoint> points;
    BalancePoint total;
};

class BalanceQuery
{
    Q_DECLARE_TR_FUNCTIONS(BalanceQuery)
public:
    explicit BalanceQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // [from, to): UTC epoch seconds for Interval; for Day and Month civil
    // seconds, rounded to whole calendar days.
    Result<EnergyBalance> compute(qint64 groupId, qint64 from, qint64 to, BalanceStep step);

private:
    QSqlDatabase m_db;
};

// "12.34" for 1234 basis points.
QString formatPercent(qint64 basisPoints);

} // namespace ims::analytics
