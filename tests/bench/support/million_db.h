#pragma once
// A workstation database the size of the product's limit (1,000,000 meters)
// for the benchmarks that open the workstation on it. The real migrated
// schema and the real stores (FleetStore, DomainStore, ScheduleStore,
// Ingestor, AlarmStore); only the bulk rows (meters, routes, balance members,
// subscribers) go in through prepared statements in one transaction, because
// a store call per meter would take minutes.
//
// Shape: `substations` sites, each with one substation of
// `metersPerSubstation` meters (head meter included) behind one router, or
// two (60 % + 40 %) at every fourth substation; a balance group per
// substation headed by its meter on the transformer; PLC routes; the
// schedules commissioning adds; every `readEvery`-th substation has `days`
// days of A+ profile, daily registers, clock checks, poll sessions and relay
// states before today; scattered alarms everywhere.
#include "protocol/core/result.h"

#include <QString>

namespace ims::bench {

struct MillionDbConfig
{
    QString path;
    int substations = 400;
    int metersPerSubstation = 2500;
    int readEvery = 10;
    int days = 3;
};

struct MillionDbInfo
{
    bool created = false; // false: an existing complete database was reused
    double seconds = 0;   // to generate (0 when reused)
    qint64 meters = 0;
    qint64 routers = 0;
    qint64 intervalValues = 0;
    qint64 alarms = 0;
    qint64 fileBytes = 0;
    qint64 largestRouterId = 0; // a router with the most meters
    qint64 largestRouterMeters = 0;
    qint64 sampleMeterId = 0; // a meter with data, in the middle of the largest router
    QString sampleSerial;
};

// The description stored in the database once it is complete; a file
// without it (an interrupted run) or with another one is made again.
QString millionDbSignature(const MillionDbConfig &config);

// Reuses `config.path` when it holds a complete database of this shape,
// otherwise (re)creates it. Progress goes to stderr.
Result<MillionDbInfo> ensureMillionDb(const MillionDbConfig &config);

// Forgets when each poll schedule last ran (settings schedule.N.last_run_ms):
// the next workstation opened on the file finds every schedule due.
Status clearScheduleMarks(const QString &path);

} // namespace ims::bench
