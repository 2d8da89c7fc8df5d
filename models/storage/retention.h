#pragma once
// How long readings are kept, and the pruning that enforces it. The
// АИИС КУЭ rule is at least 3.5 years of 30-minute data, so the setting
// cannot go below that and pruning only removes whole UTC days that lie
// entirely before the retention window. The hash chain survives pruning:
// the last pruned link is kept as the chain's new anchor.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ims::storage {

struct PruneReport
{
    qint64 cutoffDay = 0; // days before this one were removed
    qint64 intervals = 0;
    qint64 registers = 0;
    qint64 others = 0;
};

class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)
public:
    static constexpr int kMinimumDays = 1279; // 3.5 years, rounded up

    static Result<int> retentionDays(QSqlDatabase &db);
    static Status setRetentionDays(QSqlDatabase &db, int days);
    // Removes readings older than the retention window ending at `nowSeconds`.
    static Result<PruneReport> prune(QSqlDatabase &db, qint64 nowSeconds);
};

} // namespace ims::storage
