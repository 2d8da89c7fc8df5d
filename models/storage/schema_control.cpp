#include "models/storage/schema.h"

namespace ims::storage {

// The write path to meters: the tariff plan documents behind tariff_plans,
// and per meter what was last written to it and what it was last seen to
// run (models/control/control_store.h). Commands themselves are in
// `commands` (step 2).
QStringList schemaControl()
{
    return {
        QStringLiteral("CREATE TABLE tariff_plan_documents("
                       " plan_id BIGINT PRIMARY KEY REFERENCES tariff_plans(id) ON DELETE CASCADE,"
                       " document TEXT NOT NULL, digest TEXT NOT NULL,"
                       " updated_ms BIGINT NOT NULL DEFAULT 0)"),
        // outcome: 'not-applied', 'applied' or 'unknown' (control::outcomeToken);
        // activation_ms NULL = activated at once; retry = 1 until verified.
        QStringLiteral("CREATE TABLE meter_tariff_state("
                       " meter_id BIGINT PRIMARY KEY REFERENCES meters(id) ON DELETE CASCADE,"
                       " plan_id BIGINT REFERENCES tariff_plans(id),"
                       " plan_digest TEXT NOT NULL DEFAULT '',"
                       " outcome TEXT NOT NULL DEFAULT '',"
                       " activation_ms BIGINT,"
                       " written_ms BIGINT NOT NULL DEFAULT 0,"
                       " meter_digest TEXT NOT NULL DEFAULT '',"
                       " meter_plan_name TEXT NOT NULL DEFAULT '',"
                       " checked_ms BIGINT NOT NULL DEFAULT 0,"
                       " retry SMALLINT NOT NULL DEFAULT 0,"
                       " message TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX meter_tariff_state_retry ON meter_tariff_state(retry)"),
    };
}

} // namespace ims::storage
