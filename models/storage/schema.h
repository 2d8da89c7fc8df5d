#pragma once
// The schema, one forward-only step per version. Statements use the
// placeholders of SqlDialect::expand(). A released step is never edited:
// a change is a new step at the end of migrations().
#include "protocol/core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace ims::storage {

struct Migration
{
    int version;
    const char *description;
    QStringList (*statements)();
    // Work SQL cannot express (e.g. time zones), after the statements, in
    // the same transaction.
    Status (*afterStatements)(QSqlDatabase &db) = nullptr;
};

// Every step, in order; versions are 1, 2, 3 ...
const QList<Migration> &migrations();

QStringList schemaDomain();    // 1: topology, meters, subscribers, groups, schedules
QStringList schemaReadings();  // 2: interval values, registers, events, sessions ...
QStringList schemaIntegrity(); // 3: conflicts, alarms, seals (hash chain)
QStringList schemaQueryAids(); // 4: indexes for the product's queries, retention default
QStringList schemaFleet();     // 5: router access, invocation counters, engine settings
QStringList schemaControl();   // 6: tariff plan documents, per-meter tariff state
QStringList schemaPayment();   // 7: per-meter prepayment account as last read
QStringList schemaCivilDays(); // 8: daily sums by the site's calendar day (none: C++ below)
Status rebuildDailySums(QSqlDatabase &db);
QStringList schemaSwitching();  // 9: site coordinates, relay switching schedules
QStringList schemaTariffSync(); // 10: per meter the plan last written and the digest read back

} // namespace ims::storage
