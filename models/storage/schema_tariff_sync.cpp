#include "models/storage/schema.h"

namespace ims::storage {

// Which plan each meter runs, kept so that it survives a plan being renamed,
// replaced or unassigned: the name of the plan last written (its digest is
// plan_digest, step 6), and the digest of what was last read back from the
// meter — by the write's read-back or a verify — with when. The digest
// (control::TariffPlan::digest) is the SHA-256 of the plan in the form a
// meter holds it: the calendar, special days and, when there are any,
// energy zones and penalty tariff.
QStringList schemaTariffSync()
{
    return {
        QStringLiteral("ALTER TABLE meter_tariff_state"
                       " ADD COLUMN written_plan_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE meter_tariff_state"
                       " ADD COLUMN read_back_digest TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE meter_tariff_state"
                       " ADD COLUMN read_back_ms BIGINT NOT NULL DEFAULT 0"),
        // What was known before this step: an applied immediate write was
        // read back equal, and a check stored what the meter held.
        QStringLiteral("UPDATE meter_tariff_state SET read_back_digest = meter_digest,"
                       " read_back_ms = checked_ms,"
                       " written_plan_name = COALESCE((SELECT name FROM tariff_plans p"
                       " WHERE p.id = meter_tariff_state.plan_id), '')"),
    };
}

} // namespace ims::storage
