#include "models/storage/schema.h"

namespace ims::storage {

const QList<Migration> &migrations()
{
    static const QList<Migration> steps{
        {1, "domain", &schemaDomain},
        {2, "readings", &schemaReadings},
        {3, "integrity", &schemaIntegrity},
        {4, "query aids", &schemaQueryAids},
        {5, "fleet access", &schemaFleet},
        {6, "control", &schemaControl},
        {7, "payment", &schemaPayment},
        {8, "daily sums by the site's calendar day", &schemaCivilDays, &rebuildDailySums},
        {9, "switching", &schemaSwitching},
        {10, "tariff sync", &schemaTariffSync},
    };
    return steps;
}

// Ratios (CT, VT) are kept as exact integer numerator/denominator pairs, so
// that 150/5 stays 30 and 10000/100 stays 100 without a float in sight.
QStringList schemaDomain()
{
    return {
        QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sites(id ${ID}, name TEXT NOT NULL,"
                       " kind SMALLINT NOT NULL DEFAULT 0, address TEXT NOT NULL DEFAULT '',"
                       " time_zone TEXT NOT NULL DEFAULT 'Europe/Moscow')"),
        QStringLiteral("CREATE TABLE substations(id ${ID},"
                       " site_id BIGINT NOT NULL REFERENCES sites(id), name TEXT NOT NULL,"
                       " voltage TEXT NOT NULL DEFAULT '10/0.4')"),
        QStringLiteral("CREATE TABLE transformers(id ${ID},"
                       " substation_id BIGINT NOT NULL REFERENCES substations(id),"
                       " name TEXT NOT NULL, rated_kva BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE feeders(id ${ID},"
                       " substation_id BIGINT NOT NULL REFERENCES substations(id),"
                       " transformer_id BIGINT REFERENCES transformers(id), name TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE routers(id ${ID}, site_id BIGINT NOT NULL REFERENCES sites(id),"
            " substation_id BIGINT REFERENCES substations(id), name TEXT NOT NULL,"
            " model TEXT NOT NULL DEFAULT '', serial TEXT NOT NULL DEFAULT '',"
            " transport SMALLINT NOT NULL DEFAULT 0,"
            " host TEXT NOT NULL DEFAULT '', port INTEGER NOT NULL DEFAULT 0,"
            " serial_device TEXT NOT NULL DEFAULT '',"
            " baud_rate INTEGER NOT NULL DEFAULT 9600,"
            " data_bits SMALLINT NOT NULL DEFAULT 8,"
            " parity TEXT NOT NULL DEFAULT 'N', stop_bits SMALLINT NOT NULL DEFAULT 1,"
            " client_address INTEGER NOT NULL DEFAULT 16,"
            " server_address INTEGER NOT NULL DEFAULT 1,"
            " credentials_ref TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE subscribers(id ${ID}, account TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',"
                       " address TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE tariff_plans(id ${ID}, name TEXT NOT NULL UNIQUE,"
                       " zones TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE meters(id ${ID}, serial TEXT NOT NULL UNIQUE,"
                       " model TEXT NOT NULL DEFAULT '',"
                       " site_id BIGINT REFERENCES sites(id),"
                       " router_id BIGINT REFERENCES routers(id),"
                       " feeder_id BIGINT REFERENCES feeders(id),"
                       " physical_address INTEGER NOT NULL DEFAULT 0,"
                       " phases SMALLINT NOT NULL DEFAULT 1 CHECK (phases IN (1, 3)),"
                       " ct_num BIGINT NOT NULL DEFAULT 1 CHECK (ct_num > 0),"
                       " ct_den BIGINT NOT NULL DEFAULT 1 CHECK (ct_den > 0),"
                       " vt_num BIGINT NOT NULL DEFAULT 1 CHECK (vt_num > 0),"
                       " vt_den BIGINT NOT NULL DEFAULT 1 CHECK (vt_den > 0),"
                       " install_date TEXT NOT NULL DEFAULT '',"
                       " subscriber_id BIGINT REFERENCES subscribers(id),"
                       " plot TEXT NOT NULL DEFAULT '',"
                       " tariff_plan_id BIGINT REFERENCES tariff_plans(id),"
                       " capabilities INTEGER NOT NULL DEFAULT 0,"
                       " optical_only SMALLINT NOT NULL DEFAULT 0,"
                       " state SMALLINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE channels(id SMALLINT PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
                       " obis TEXT NOT NULL, unit SMALLINT NOT NULL)"),
        QStringLiteral("INSERT INTO channels(id, code, obis, unit) VALUES"
                       " (1, 'A+', '1.0.1.29.0.255', 30), (2, 'A-', '1.0.2.29.0.255', 30),"
                       " (3, 'R+', '1.0.3.29.0.255', 32), (4, 'R-', '1.0.4.29.0.255', 32)"),
        QStringLiteral("CREATE TABLE balance_groups(id ${ID}, name TEXT NOT NULL,"
                       " parent_id BIGINT REFERENCES balance_groups(id),"
                       " site_id BIGINT REFERENCES sites(id),"
                       " substation_id BIGINT REFERENCES substations(id),"
                       " channel SMALLINT NOT NULL DEFAULT 1 REFERENCES channels(id))"),
        QStringLiteral("CREATE TABLE balance_group_members("
                       " group_id BIGINT NOT NULL REFERENCES balance_groups(id) ON DELETE CASCADE,"
                       " meter_id BIGINT NOT NULL REFERENCES meters(id),"
                       " role SMALLINT NOT NULL CHECK (role IN (0, 1)),"
                       " sign SMALLINT NOT NULL DEFAULT 1 CHECK (sign IN (-1, 1)),"
                       " PRIMARY KEY (group_id, meter_id))${COMPACT}"),
        QStringLiteral("CREATE TABLE poll_schedules(id ${ID}, name TEXT NOT NULL,"
                       " target_kind SMALLINT NOT NULL, target_id BIGINT NOT NULL,"
                       " what INTEGER NOT NULL, period_s INTEGER NOT NULL,"
                       " offset_s INTEGER NOT NULL DEFAULT 0,"
                       " enabled SMALLINT NOT NULL DEFAULT 1)"),
    };
}

} // namespace ims::storage
