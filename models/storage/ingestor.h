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
#include <QSet>

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
    // For a connection that only this ingestor uses (the writer thread's):
    // its per-row foreign-key look-ups are switched off for good — a tenth
    // of the ingest — since ingest() checks each meter and router it writes
    // once per transaction anyway. Every other connection keeps enforcing
    // them (a meter with readings still cannot be deleted).
    Status dedicateConnection();
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
    // The resolver's answer, checked against the database once per
    // transaction: the ingest writes without per-row foreign-key look-ups.
    Result<std::optional<MeterConversion>> resolveMeter(const engine::MeterRef &ref);
    Result<bool> routerExists(qint64 routerId);

    QSqlDatabase m_db;
    StatementFactory m_statements;
    MeterResolver m_meters;
    AlarmStore m_alarms;
    SealedIngest m_intervals;
    SealedIngest m_registers;
    std::unique_ptr<Statement> m_daily, m_conflict, m_instant, m_event, m_clock, m_session,
        m_command, m_manual, m_meterState, m_meterExists, m_routerExists;
    QString m_foreignKeysOff, m_foreignKeysOn;    // empty when the engine keeps them on
    QSet<qint64> m_meterChecked, m_routerChecked; // in the current transaction
    qint64 m_clockAlarmMs = 5000;                 // settings: clock_alarm_ms
    CivilCalendars m_calendars;
};

} // namespace ims::storage
