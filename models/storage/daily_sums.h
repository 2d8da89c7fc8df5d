#pragma once
// meter_daily is derived from interval_values (the ingest adds what it
// inserts); this rebuilds it whole, per civil day of each meter's site
// (civil_days.h). Runs inside the caller's transaction.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ims::storage {

class DailySums
{
    Q_DECLARE_TR_FUNCTIONS(DailySums)
public:
    // Returns the number of daily rows written.
    static Result<qint64> rebuild(QSqlDatabase &db);
};

} // namespace ims::storage
