#include "models/storage/schema.h"

namespace ims::storage {

// How the workstation reaches each router (and the meters behind it), the
// invocation counters of ciphered associations, and the engine's settings.
// Keys are kept here, readable by whoever can read the database file: the
// file belongs to the operator's account (see docs/ARCHITECTURE.md, "Secrets").
QStringList schemaFleet()
{
    return {
        QStringLiteral("CREATE TABLE router_access("
                       " router_id BIGINT PRIMARY KEY REFERENCES routers(id) ON DELETE CASCADE,"
                       " framing SMALLINT NOT NULL DEFAULT 0 CHECK (framing IN (0, 1)),"
                       " authentication TEXT NOT NULL DEFAULT 'none',"
                       " password TEXT NOT NULL DEFAULT '',"
                       " protection TEXT NOT NULL DEFAULT 'none',"
                       " block_key TEXT NOT NULL DEFAULT '', auth_key TEXT NOT NULL DEFAULT '',"
                       " system_title TEXT NOT NULL DEFAULT '',"
                       " frame_timeout_ms INTEGER NOT NULL DEFAULT 3000,"
                       " response_timeout_ms INTEGER NOT NULL DEFAULT 30000)"),
        // One row per (key, server): the next counter the workstation may use.
        QStringLiteral("CREATE TABLE invocation_counters(scope TEXT PRIMARY KEY,"
                       " next_value BIGINT NOT NULL)"),
        // The PLC route to each meter as its router last reported it
        // (repeaters from the router outwards, link quality per hop in %).
        QStringLiteral("CREATE TABLE meter_routes("
                       " meter_id BIGINT PRIMARY KEY REFERENCES meters(id) ON DELETE CASCADE,"
                       " repeaters TEXT NOT NULL DEFAULT '', quality TEXT NOT NULL DEFAULT '',"
                       " updated_ms BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX clock_checks_by_meter ON clock_checks(meter_id)"),
        QStringLiteral("CREATE INDEX clock_checks_by_router ON clock_checks(router_id)"),
        QStringLiteral("INSERT INTO settings(key, value) VALUES"
                       " ('clock_tolerance_ms', '1000'), ('clock_alarm_ms', '5000'),"
                       " ('clock_shift_limit_ms', '900000'), ('poll_retries', '3'),"
                       " ('profile_backfill_days', '30')"),
    };
}

} // namespace ims::storage
