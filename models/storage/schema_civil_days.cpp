#include "models/storage/daily_sums.h"
#include "models/storage/schema.h"

namespace ims::storage {

// Until version 7 a daily sum covered a UTC day; from 8 on, the calendar day
// where the meter's site is (civil_days.h), so day balances match the days
// the subscribers live by. No statement: the sums are rebuilt in C++.
QStringList schemaCivilDays()
{
    return {};
}

Status rebuildDailySums(QSqlDatabase &db)
{
    auto rows = DailySums::rebuild(db);
    if (!rows)
        return rows.error();
    return {};
}

} // namespace ims::storage
