#pragma once
// The reading tables covered by the hash chain, described as data so that
// sealing, ingest and verification are written once for all of them.
// A table's rows are grouped into blocks: one meter, one subkey (channel for
// interval values, 0 for registers), one UTC day.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <limits>

namespace ims::storage {

enum class SealKind : quint8 { Intervals = 1, Registers = 2 };

constexpr int kMaxSealKeys = 4;
constexpr int kMaxSealValues = 4;
// Marks a NULL in a value column (no real reading uses INT64_MIN).
constexpr qint64 kNullValue = std::numeric_limits<qint64>::min();
constexpr qint64 kSecondsPerDay = 86400;

struct SealedTable
{
    SealKind kind;
    QString table;
    QString subkeyColumn;   // empty: subkey is always 0
    QStringList keyColumns; // within a (meter, subkey); the time column first
    QStringList valueColumns;
    int identityValues; // leading value columns that make two readings "the same"
    qint64 timeBias;    // day = floor((time - bias) / 86400); 1 makes 24:00 end its day

    qint64 dayOf(qint64 time) const;
    qint64 dayStart(qint64 day) const { return day * kSecondsPerDay + timeBias; } // inclusive
    qint64 dayEnd(qint64 day) const { return dayStart(day + 1); }                 // exclusive
    // "interval values", "register snapshots": translated, for reports.
    QString displayName() const;
};

// One row of a sealed table without its meter and subkey.
struct SealRow
{
    std::array<qint64, kMaxSealKeys> key{};
    std::array<qint64, kMaxSealValues> value{};
};

const SealedTable &intervalTable();
const SealedTable &registerTable();
QList<const SealedTable *> sealedTables();

} // namespace ims::storage
