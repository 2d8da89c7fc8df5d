#include "models/storage/schema.h"

namespace ims::storage {

// Readings are keyed by what they are (meter, channel, time), stored in the
// key's b-tree (${COMPACT}) with integer columns only: the bulk of the file.
// primary_mwh is the primary-side energy in Wh x 10^-3, computed exactly.
QStringList schemaReadings()
{
    return {
        QStringLiteral("CREATE TABLE interval_values("
                       " meter_id BIGINT NOT NULL REFERENCES meters(id),"
                       " channel SMALLINT NOT NULL, interval_end BIGINT NOT NULL,"
                       " raw BIGINT NOT NULL, scaler SMALLINT NOT NULL,"
                       " primary_mwh BIGINT NOT NULL, status BIGINT NOT NULL,"
                       " PRIMARY KEY (meter_id, channel, interval_end))${COMPACT}"),
        // Derived per-day sums for balances and long charts; rebuilt from
        // interval_values whenever a day block changes.
        QStringLiteral("CREATE TABLE meter_daily("
                       " meter_id BIGINT NOT NULL, channel SMALLINT NOT NULL,"
                       " day BIGINT NOT NULL, sum_mwh BIGINT NOT NULL,"
                       " intervals INTEGER NOT NULL,"
                       " PRIMARY KEY (meter_id, channel, day))${COMPACT}"),
        QStringLiteral("CREATE TABLE register_snapshots("
                       " meter_id BIGINT NOT NULL REFERENCES meters(id),"
                       " taken_at BIGINT NOT NULL, kind SMALLINT NOT NULL,"
                       " obis BIGINT NOT NULL, tariff SMALLINT NOT NULL,"
                       " raw BIGINT NOT NULL, scaler SMALLINT NOT NULL, unit SMALLINT NOT NULL,"
                       " primary_mwh BIGINT,"
                       " PRIMARY KEY (meter_id, taken_at, kind, obis, tariff))${COMPACT}"),
        QStringLiteral("CREATE TABLE instant_values("
                       " meter_id BIGINT NOT NULL REFERENCES meters(id),"
                       " obis BIGINT NOT NULL, taken_at BIGINT NOT NULL,"
                       " raw BIGINT NOT NULL, scaler SMALLINT NOT NULL, unit SMALLINT NOT NULL,"
                       " PRIMARY KEY (meter_id, obis, taken_at))${COMPACT}"),
        QStringLiteral("CREATE TABLE meter_events("
                       " meter_id BIGINT NOT NULL REFERENCES meters(id),"
                       " journal SMALLINT NOT NULL, event_time BIGINT NOT NULL,"
                       " code INTEGER NOT NULL,"
                       " PRIMARY KEY (meter_id, journal, event_time, code))${COMPACT}"),
        QStringLiteral("CREATE TABLE clock_checks(id ${ID}, target SMALLINT NOT NULL,"
                       " meter_id BIGINT REFERENCES meters(id),"
                       " router_id BIGINT REFERENCES routers(id),"
                       " device_time_ms BIGINT NOT NULL, workstation_time_ms BIGINT NOT NULL,"
                       " delta_ms BIGINT NOT NULL, correction SMALLINT NOT NULL,"
                       " correction_ok SMALLINT NOT NULL)"),
        QStringLiteral("CREATE TABLE poll_sessions(id ${ID},"
                       " meter_id BIGINT REFERENCES meters(id),"
                       " router_id BIGINT REFERENCES routers(id),"
                       " started_at_ms BIGINT NOT NULL, finished_at_ms BIGINT NOT NULL,"
                       " result SMALLINT NOT NULL, error_kind TEXT NOT NULL,"
                       " message TEXT NOT NULL, bytes_sent BIGINT NOT NULL,"
                       " bytes_received BIGINT NOT NULL, intervals_read INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE commands(id ${ID}, meter_id BIGINT REFERENCES meters(id),"
                       " operator TEXT NOT NULL, command TEXT NOT NULL,"
                       " parameters TEXT NOT NULL, issued_at_ms BIGINT NOT NULL,"
                       " finished_at_ms BIGINT NOT NULL, succeeded SMALLINT NOT NULL,"
                       " error_kind TEXT NOT NULL, message TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE manual_readings(id ${ID},"
                       " meter_id BIGINT NOT NULL REFERENCES meters(id),"
                       " taken_at BIGINT NOT NULL, optical SMALLINT NOT NULL,"
                       " code TEXT NOT NULL, text_value TEXT NOT NULL, operator TEXT NOT NULL,"
                       " UNIQUE (meter_id, code, taken_at))"),
    };
}

// A second value for a stored reading is kept here, never over the first.
// Sealed blocks carry the hash chain (see seal.h); anchors hold the link a
// chain continues from after retention pruned its beginning.
QStringList schemaIntegrity()
{
    return {
        QStringLiteral("CREATE TABLE reading_conflicts(id ${ID}, kind SMALLINT NOT NULL,"
                       " meter_id BIGINT NOT NULL REFERENCES meters(id),"
                       " subkey BIGINT NOT NULL, reading_time BIGINT NOT NULL,"
                       " raw BIGINT NOT NULL, scaler SMALLINT NOT NULL, status BIGINT NOT NULL,"
                       " stored_raw BIGINT NOT NULL, stored_scaler SMALLINT NOT NULL,"
                       " received_at_ms BIGINT NOT NULL,"
                       " UNIQUE (kind, meter_id, subkey, reading_time, raw, scaler, status))"),
        QStringLiteral("CREATE TABLE alarms(id ${ID}, raised_at_ms BIGINT NOT NULL,"
                       " severity SMALLINT NOT NULL, kind TEXT NOT NULL,"
                       " meter_id BIGINT REFERENCES meters(id),"
                       " details TEXT NOT NULL DEFAULT '',"
                       " acknowledged_by TEXT, acknowledged_at_ms BIGINT)"),
        QStringLiteral("CREATE TABLE reading_seals(kind SMALLINT NOT NULL,"
                       " meter_id BIGINT NOT NULL, subkey BIGINT NOT NULL, day BIGINT NOT NULL,"
                       " row_count INTEGER NOT NULL, entries ${BLOB} NOT NULL,"
                       " digest ${BLOB} NOT NULL, link ${BLOB} NOT NULL,"
                       " sealed_at_ms BIGINT NOT NULL,"
                       " PRIMARY KEY (kind, meter_id, subkey, day))${COMPACT}"),
        QStringLiteral("CREATE TABLE seal_anchors(kind SMALLINT NOT NULL,"
                       " meter_id BIGINT NOT NULL, subkey BIGINT NOT NULL,"
                       " before_day BIGINT NOT NULL, prev_link ${BLOB} NOT NULL,"
                       " PRIMARY KEY (kind, meter_id, subkey))${COMPACT}"),
    };
}

QStringList schemaQueryAids()
{
    return {
        QStringLiteral("CREATE INDEX meters_by_router ON meters(router_id)"),
        QStringLiteral("CREATE INDEX meters_by_site ON meters(site_id)"),
        QStringLiteral("CREATE INDEX meters_by_subscriber ON meters(subscriber_id)"),
        QStringLiteral("CREATE INDEX substations_by_site ON substations(site_id)"),
        QStringLiteral("CREATE INDEX routers_by_site ON routers(site_id, substation_id)"),
        QStringLiteral("CREATE INDEX group_members_by_meter ON balance_group_members(meter_id)"),
        QStringLiteral("CREATE INDEX alarms_by_time ON alarms(raised_at_ms)"),
        QStringLiteral("CREATE INDEX alarms_by_meter ON alarms(meter_id)"),
        QStringLiteral("CREATE INDEX events_by_time ON meter_events(event_time)"),
        QStringLiteral("CREATE INDEX poll_sessions_by_meter ON poll_sessions(meter_id)"),
        // 3.5 years (the АИИС КУЭ minimum for 30-minute data) rounded up.
        QStringLiteral("INSERT INTO settings(key, value) VALUES ('retention_days', '1279')"),
    };
}

} // namespace ims::storage
