#pragma once
// Recomputes the seals and the hash chain of every sealed table and names
// each row that no longer matches: changed, deleted, or added behind the
// program's back (for example with the sqlite3 shell). Read-only.
#include "models/storage/sealed_table.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ims::storage {

class StatementFactory;

struct IntegrityIssue
{
    enum class Kind {
        RowAltered,   // a sealed row's content changed
        RowMissing,   // a sealed row is gone
        RowUnsealed,  // a row no seal covers (inserted outside the program)
        BlockAltered, // the block digest differs but no single row could be named
        SealAltered,  // a seal no longer links to its predecessor
        SealMalformed,
    };
    Kind kind = Kind::RowAltered;
    SealKind table = SealKind::Intervals;
    qint64 meterId = 0;
    QString meterSerial;
    qint64 subkey = 0; // channel for interval values
    qint64 time = 0;   // interval end / snapshot time, UTC epoch seconds
    qint64 day = 0;    // the block's day
    std::array<qint64, kMaxSealKeys> key{};

    static QString kindToken(Kind kind); // "row-altered", ...
    QString describe() const;            // one translated line
};

struct VerifyReport
{
    qint64 blocks = 0;
    qint64 rows = 0;
    QList<IntegrityIssue> issues;
    bool truncated = false; // stopped at the issue limit
    bool ok() const { return issues.isEmpty(); }
};

class IntegrityVerifier
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityVerifier)
public:
    explicit IntegrityVerifier(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<VerifyReport> verify(int maxIssues = 100000);

private:
    Status verifyMeter(StatementFactory &statements, const SealedTable &table, qint64 meterId,
                       const QString &serial, VerifyReport &report, int maxIssues);

    QSqlDatabase m_db;
};

} // namespace ims::storage
