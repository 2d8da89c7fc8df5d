#pragma once
// The schema, one forward-only step per version. Statements use the
// placeholders of SqlDialect::expand(). A released step is never edited:
// a change is a new step at the end of migrations().
#include <QList>
#include <QStringList>

namespace ims::storage {

struct Migration
{
    int version;
    const char *description;
    QStringList (*statements)();
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

} // namespace ims::storage
