#include "models/storage/schema.h"

namespace ims::storage {

// Scheduled relay switching and street lighting (models/control/switch_schedule*.h).
// A site's coordinates give its sunrise and sunset; NULL when unknown. Each
// schedule belongs to the site whose clock and sky it follows. The switching
// itself is recorded per meter in `commands` like every write to a meter;
// the schedule keeps when it last ran and a one-line summary.
QStringList schemaSwitching()
{
    return {
        QStringLiteral("ALTER TABLE sites ADD COLUMN latitude DOUBLE PRECISION"),
        QStringLiteral("ALTER TABLE sites ADD COLUMN longitude DOUBLE PRECISION"),
        // target_kind: 0 meter, 1 balance group, 2 feeder, 3 router (control::SwitchTargetKind).
        // action: 0 disconnect, 1 reconnect. time_kind: 0 fixed local time
        // (minute_of_day), 1 sunrise, 2 sunset (± offset_minutes).
        // days: bit 0 Monday ... bit 6 Sunday, local dates.
        QStringLiteral("CREATE TABLE switch_schedules(id ${ID}, name TEXT NOT NULL,"
                       " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,"
                       " target_kind SMALLINT NOT NULL CHECK (target_kind IN (0, 1, 2, 3)),"
                       " target_id BIGINT NOT NULL,"
                       " action SMALLINT NOT NULL CHECK (action IN (0, 1)),"
                       " time_kind SMALLINT NOT NULL CHECK (time_kind IN (0, 1, 2)),"
                       " minute_of_day INTEGER NOT NULL DEFAULT 0"
                       " CHECK (minute_of_day BETWEEN 0 AND 1439),"
                       " offset_minutes INTEGER NOT NULL DEFAULT 0"
                       " CHECK (offset_minutes BETWEEN -720 AND 720),"
                       " days SMALLINT NOT NULL DEFAULT 127 CHECK (days BETWEEN 1 AND 127),"
                       " enabled SMALLINT NOT NULL DEFAULT 1,"
                       " created_ms BIGINT NOT NULL DEFAULT 0,"
                       " last_run_ms BIGINT NOT NULL DEFAULT 0,"
                       " last_result TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX switch_schedules_site ON switch_schedules(site_id)"),
    };
}

} // namespace ims::storage
