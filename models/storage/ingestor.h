#pragma once
// Stores one ReadingBatch atomically (one transaction) on the calling
// thread's connection. Interval values and register snapshots go through
// SealedIngest (insert-only, conflicts kept aside, hash chain); the other
// records are appended. The writer thread owns one Ingestor.
#include "models/storage/alarm_store.h"
#include "models/storage/civil_days.h"
#include "models/storage/meter_resolver.h"
#include "models/storage/sealed_ingest.h"
#include "protocol/engine/readings.h"

#include <QCoreApplication>

namespace ims::storage {

struct IngestSummary
{
    qint64 inserted = 0;   // new interval values and register snapshots
    qint64 duplicates = 0; // the same value again: nothing written
    qint64 conflicts = 0;  // a different value for a stored reading: kept aside
    // A current register read again within the same second with a value
    // that moved on: the first sample of that second is kept (not a conflict).
    qint64 resampled = 0;
    qint64 rejected = 0; // unknown meter, off-grid time, value out of range
    qint64 appended = 0; // events, instants, sessions, commands, clock, manual
    qint64 alarms = 0;
};

class Ingestor
{
    Q_DECLARE_TR_FUNCTIONS(Ingestor)
public:
    explicit Ingestor(QSqlDatabase db, bool allowNative = true);
    ~Ingestor();

    Status prepare();
    Result<IngestSummary> ingest(const engine::ReadingBatch &batch, qint64 nowMs);
    void invalidateMeterCache() { m_meters.invalidate(); }
    bool usesNativeStatements() const { return m_statements.isNative(); }

private:
    struct Pending; // the batch converted to rows
    Status convert(const engine::ReadingBatch &batch, Pending &out, IngestSummary &summary,
                   qint64 nowMs);
    Status appendOthers(const engine::ReadingBatch &batch, IngestSummary &summary, qint64 nowMs);
    Status raise(const QString &kind, AlarmSeverity severity, qint64 meterId,
                 const QString &details, qint64 nowMs, IngestSummary &summary);
    Status recordConflicts(const SealedTable &table, const std::vector<RowConflict> &conflicts,
                           IngestSummary &summary, qint64 nowMs);
    Status addToDailySums(qint64 meterId, qint64 channel, std::span<const SealRow> inserted);
    Result<qint64> meterId(const engine::MeterRef &ref); // 0 when unknown

    QSqlDatabase m_db;
    StatementFactory m_statements;
    MeterResolver m_meters;
    AlarmStore m_alarms;
    SealedIngest m_intervals;
    SealedIngest m_registers;
    std::unique_ptr<Statement> m_daily, m_conflict, m_instant, m_event, m_clock, m_session,
        m_command, m_manual, m_meterState;
    qint64 m_clockAlarmMs = 5000; // settings: clock_alarm_ms
    CivilCalendars m_calendars;
};

} // namespace ims::storage
