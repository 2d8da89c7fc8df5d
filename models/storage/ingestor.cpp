#include "models/storage/ingestor.h"

#include "models/control/payment_store.h"
#include "models/core/logging.h"
#include "models/domain/obis_code.h"
#include "models/domain/primary_value.h"
#include "models/storage/sql_dialect.h"
#include "models/storage/sql_util.h"

#include <QSet>
#include <QSqlError>

#include <map>

namespace ims::storage {

using namespace ims::engine;

struct Ingestor::Pending
{
    std::vector<IncomingRow> intervals;
    std::vector<IncomingRow> registers;
    QSet<QString> unknownMeters;
};

Ingestor::Ingestor(QSqlDatabase db, bool allowNative)
    : m_db(db)
    , m_statements(db, allowNative)
    , m_meters(m_statements)
    , m_alarms(db)
    , m_intervals(intervalTable(), m_statements)
    , m_registers(registerTable(), m_statements)
{

    m_intervals.onInserted
        = [this](qint64 meterId, qint64 channel, std::span<const SealRow> inserted) {
              return addToDailySums(meterId, channel, inserted);
          };
}

Ingestor::~Ingestor() = default;

Status Ingestor::prepare()
{
    if (const auto alarmMs = Sql::scalar(m_db, QStringLiteral("SELECT CAST(value AS INTEGER) FROM"
                                                              " settings WHERE key ="
                                                              " 'clock_alarm_ms'"));
        alarmMs && *alarmMs > 0)
        m_clockAlarmMs = *alarmMs;
    if (const Status s = m_intervals.prepare(); !s)
        return s;
    if (const Status s = m_registers.prepare(); !s)
        return s;
    struct Spec
    {
        std::unique_ptr<Statement> *target;
        const char *sql;
    };
    const Spec specs[] = {
        // Readings are insert-only, so a day's sum only ever grows by what
        // was inserted; no need to re-read the day.
        {&m_daily, "INSERT INTO meter_daily(meter_id, channel, day, sum_mwh, intervals)"
                   " VALUES (?, ?, ?, ?, ?) ON CONFLICT (meter_id, channel, day) DO UPDATE SET"
                   " sum_mwh = meter_daily.sum_mwh + excluded.sum_mwh,"
                   " intervals = meter_daily.intervals + excluded.intervals"},
        {&m_conflict, "INSERT INTO reading_conflicts(kind, meter_id, subkey, reading_time, raw,"
                      " scaler, status, stored_raw, stored_scaler, received_at_ms)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"},
        {&m_instant, "INSERT INTO instant_values(meter_id, obis, taken_at, raw, scaler, unit)"
                     " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"},
        {&m_event, "INSERT INTO meter_events(meter_id, journal, event_time, code)"
                   " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"},
        {&m_clock, "INSERT INTO clock_checks(target, meter_id, router_id, device_time_ms,"
                   " workstation_time_ms, delta_ms, correction, correction_ok)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_session, "INSERT INTO poll_sessions(meter_id, router_id, started_at_ms,"
                     " finished_at_ms, result, error_kind, message, bytes_sent, bytes_received,"
                     " intervals_read) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_command, "INSERT INTO commands(meter_id, operator, command, parameters, issued_at_ms,"
                     " finished_at_ms, succeeded, error_kind, message)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_manual, "INSERT INTO manual_readings(meter_id, taken_at, optical, code, text_value,"
                    " operator) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"},
        // A meter that stops answering is marked; one that answers again is not.
        {&m_meterState, "UPDATE meters SET state = ? WHERE id = ? AND state IN (0, 1)"},
        {&m_meterExists, "SELECT 1 FROM meters WHERE id = ?"},
        {&m_routerExists, "SELECT 1 FROM routers WHERE id = ?"},
    };
    for (const Spec &spec : specs) {
        auto statement = m_statements.prepare(QString::fromLatin1(spec.sql));
        if (!statement)
            return statement.error();
        *spec.target = std::move(*statement);
    }
    return {};
}

Status Ingestor::dedicateConnection()
{
    const auto dialect = dialectForDriver(m_db.driverName());
    const QString off = dialect ? dialect->enforceForeignKeys(false) : QString();
    if (off.isEmpty())
        return {};
    // Switched once for the connection's life: SQLite compiles the checks
    // into each statement, so switching per transaction would re-prepare
    // every statement each time (half the writer's time with small batches).
    QSqlQuery q(m_db);
    if (!q.exec(off))
        return Error(ErrorKind::Storage,
                     tr("cannot set up the ingest connection: %1").arg(q.lastError().text()));
    return {};
}

Result<std::optional<MeterConversion>> Ingestor::resolveMeter(const MeterRef &ref)
{
    auto meter = m_meters.resolve(ref);
    if (!meter || !meter->has_value() || m_meterChecked.contains((*meter)->id))
        return meter;
    Statement &q = *m_meterExists;
    q.bind(0, (*meter)->id);
    if (const Status s = q.exec(); !s)
        return s.error();
    const bool exists = q.next();
    q.finish();
    if (!exists) {
        // Removed since the resolver cached it: look again in this
        // transaction's snapshot (unknown now, or another meter by that serial).
        m_meters.invalidate();
        meter = m_meters.resolve(ref);
        if (!meter || !meter->has_value())
            return meter;
    }
    m_meterChecked.insert((*meter)->id);
    return meter;
}

Result<bool> Ingestor::routerExists(qint64 routerId)
{
    if (m_routerChecked.contains(routerId))
        return true;
    Statement &q = *m_routerExists;
    q.bind(0, routerId);
    if (const Status s = q.exec(); !s)
        return s.error();
    const bool exists = q.next();
    q.finish();
    if (exists)
        m_routerChecked.insert(routerId);
    return exists;
}

Result<qint64> Ingestor::meterId(const MeterRef &ref)
{
    auto meter = resolveMeter(ref);
    if (!meter)
        return meter.error();
    return meter->has_value() ? (*meter)->id : qint64(0);
}

Status Ingestor::convert(const ReadingBatch &batch, Pending &out, IngestSummary &summary,
                         qint64 nowMs)
{
    out.intervals.reserve(size_t(batch.intervals.size()));
    // A batch holds a meter's readings one after another: resolve each run once.
    const MeterRef *previousRef = nullptr;
    Result<std::optional<MeterConversion>> runMeter = std::optional<MeterConversion>();
    for (const IntervalReading &r : batch.intervals) {
        if (!previousRef || previousRef->id != r.meter.id || previousRef->serial != r.meter.serial)
            runMeter = resolveMeter(r.meter);
        previousRef = &r.meter;
        if (!runMeter)
            return runMeter.error();
        const std::optional<MeterConversion> *meter = &*runMeter;
        if (!meter->has_value()) {
            out.unknownMeters.insert(r.meter.id ? QString::number(r.meter.id) : r.meter.serial);
            ++summary.rejected;
            continue;
        }
        const int channel = int(r.channel);
        const auto primary
            = domain::primaryMilliWattHours(r.rawValue, r.scaler, (*meter)->ct, (*meter)->vt);
        if (channel < 1 || channel > kEnergyChannelCount || r.intervalEnd % kIntervalSeconds != 0
            || !primary) {
            ++summary.rejected;
            qCWarning(lcIngest) << "rejected interval" << r.meter.serial << channel << r.intervalEnd
                                << r.rawValue << r.scaler;
            continue;
        }
        quint32 status = r.status & IntervalStatus::MeterStatusMask;
        if (primary->rounded)
            status |= IntervalStatus::PrimaryRounded;
        IncomingRow row{(*meter)->id, channel, {}};
        row.row.key[0] = r.intervalEnd;
        row.row.value = {r.rawValue, r.scaler, qint64(status), primary->milliWattHours};
        out.intervals.push_back(row);
    }
    for (const RegisterSnapshot &r : batch.registers) {
        auto meter = resolveMeter(r.meter);
        if (!meter)
            return meter.error();
        const auto obis = domain::packObis(r.obis);
        if (!meter->has_value() || !obis || r.tariff > 8) {
            if (!meter->has_value())
                out.unknownMeters.insert(r.meter.id ? QString::number(r.meter.id) : r.meter.serial);
            ++summary.rejected;
            continue;
        }
        qint64 primary = kNullValue;
        if (r.unit == CosemUnit::WattHour || r.unit == CosemUnit::VarHour
            || r.unit == CosemUnit::VoltAmpereHour) {
            const auto p
                = domain::primaryMilliWattHours(r.rawValue, r.scaler, (*meter)->ct, (*meter)->vt);
            if (!p) {
                ++summary.rejected;
                continue;
            }
            primary = p->milliWattHours;
        }
        IncomingRow row{(*meter)->id, 0, {}};
        row.row.key = {r.time, qint64(r.kind), *obis, r.tariff};
        row.row.value = {r.rawValue, r.scaler, r.unit, primary};
        out.registers.push_back(row);
    }
    for (const QString &unknown : std::as_const(out.unknownMeters)) {
        auto alarm = m_alarms.raise(QString(AlarmKind::UnknownMeter), AlarmSeverity::Warning, 0,
                                    QStringLiteral("meter=%1").arg(unknown), nowMs);
        if (!alarm)
            return alarm.error();
        ++summary.alarms;
    }
    return {};
}

Status Ingestor::addToDailySums(qint64 meterId, qint64 channel, std::span<const SealRow> inserted)
{
    engine::MeterRef ref;
    ref.id = meterId;
    auto meter = m_meters.resolve(ref);
    if (!meter)
        return meter.error();
    CivilDays &days = m_calendars.forZone(meter->has_value() ? (*meter)->timeZone : QByteArray());
    // Rows come in time order: one statement per civil day they touch.
    auto add = [&](qint64 day, qint64 sum, qint64 count) {
        Statement &s = *m_daily;
        s.bind(0, meterId);
        s.bind(1, channel);
        s.bind(2, day);
        s.bind(3, sum);
        s.bind(4, count);
        return s.exec();
    };
    qint64 day = 0, sum = 0, count = 0;
    for (const SealRow &row : inserted) {
        const qint64 rowDay = days.dayOfIntervalEnd(row.key[0]);
        if (count > 0 && rowDay != day) {
            if (const Status s = add(day, sum, count); !s)
                return s;
            sum = count = 0;
        }
        day = rowDay;
        sum += row.value[3];
        ++count;
    }
    return count > 0 ? add(day, sum, count) : Status{};
}

Status Ingestor::recordConflicts(const SealedTable &table,
                                 const std::vector<RowConflict> &conflicts, IngestSummary &summary,
                                 qint64 nowMs)
{
    // One alarm per meter and batch, naming the first conflicting reading.
    std::map<qint64, std::pair<const RowConflict *, int>> perMeter;
    for (const RowConflict &c : conflicts) {
        // Registers: kind, OBIS and tariff packed into one subkey.
        const qint64 subkey
            = table.keyColumns.size() > 1
                  ? (c.offered.key[1] << 56) | (c.offered.key[2] << 8) | c.offered.key[3]
                  : c.subkey;
        Statement &s = *m_conflict;
        s.bind(0, qint64(table.kind));
        s.bind(1, c.meterId);
        s.bind(2, subkey);
        s.bind(3, c.offered.key[0]);
        s.bind(4, c.offered.value[0]);
        s.bind(5, c.offered.value[1]);
        s.bind(6, c.offered.value[2]);
        s.bind(7, c.stored.value[0]);
        s.bind(8, c.stored.value[1]);
        s.bind(9, nowMs);
        if (const Status st = s.exec(); !st)
            return st;
        if (s.changes() == 0)
            continue; // this very conflict was recorded before
        ++summary.conflicts;
        auto &slot = perMeter[c.meterId];
        if (!slot.first)
            slot.first = &c;
        ++slot.second;
    }
    for (const auto &[meter, first] : perMeter) {
        const RowConflict &c = *first.first;
        const QString details
            = QStringLiteral("table=%1 subkey=%2 time=%3 stored=%4e%5 offered=%6e%7 count=%8")
                  .arg(table.table)
                  .arg(c.subkey)
                  .arg(c.offered.key[0])
                  .arg(c.stored.value[0])
                  .arg(c.stored.value[1])
                  .arg(c.offered.value[0])
                  .arg(c.offered.value[1])
                  .arg(first.second);
        auto alarm = m_alarms.raise(QString(AlarmKind::ReadingConflict), AlarmSeverity::Critical,
                                    meter, details, nowMs);
        if (!alarm)
            return alarm.error();
        ++summary.alarms;
    }
    return {};
}

Status Ingestor::raise(const QString &kind, AlarmSeverity severity, qint64 meterId,
                       const QString &details, qint64 nowMs, IngestSummary &summary)
{
    auto alarm = m_alarms.raise(kind, severity, meterId, details, nowMs);
    if (!alarm)
        return alarm.error();
    ++summary.alarms;
    return {};
}

Status Ingestor::appendOthers(const ReadingBatch &batch, IngestSummary &summary, qint64 nowMs)
{
    auto ref = [](Statement &s, int index, qint64 id) {
        if (id == 0)
            s.bindNull(index);
        else
            s.bind(index, id);
    };
    for (const InstantValue &v : batch.instants) {
        auto id = meterId(v.meter);
        if (!id)
            return id.error();
        const auto obis = domain::packObis(v.obis);
        if (*id == 0 || !obis) {
            ++summary.rejected;
            continue;
        }
        Statement &s = *m_instant;
        s.bind(0, *id);
        s.bind(1, *obis);
        s.bind(2, v.time);
        s.bind(3, v.rawValue);
        s.bind(4, qint64(v.scaler));
        s.bind(5, qint64(v.unit));
        if (const Status st = s.exec(); !st)
            return st;
        summary.appended += s.changes();
    }
    for (const MeterEvent &e : batch.events) {
        auto id = meterId(e.meter);
        if (!id)
            return id.error();
        if (*id == 0) {
            ++summary.rejected;
            continue;
        }
        Statement &s = *m_event;
        s.bind(0, *id);
        s.bind(1, qint64(e.journal));
        s.bind(2, e.time);
        s.bind(3, qint64(e.code));
        if (const Status st = s.exec(); !st)
            return st;
        const qint64 added = s.changes();
        summary.appended += added;
        // A new tamper or intrusion record is an alarm; a re-read one is not.
        if (added > 0 && (e.journal == 4 || e.journal == 6)) {
            const QString details = QStringLiteral("journal=%1 code=%2 time=%3")
                                        .arg(e.journal)
                                        .arg(e.code)
                                        .arg(e.time);
            if (const Status st
                = raise(e.journal == 4 ? QString(AlarmKind::Tamper)
                                       : QString(AlarmKind::UnauthorizedAccess),
                        e.journal == 4 ? AlarmSeverity::Critical : AlarmSeverity::Warning, *id,
                        details, nowMs, summary);
                !st)
                return st;
        }
    }
    for (const ClockCheck &c : batch.clockChecks) {
        auto id = c.target == ClockTarget::Meter ? meterId(c.meter) : Result<qint64>(qint64(0));
        if (!id)
            return id.error();
        if (c.target == ClockTarget::Router) {
            auto known = routerExists(c.routerId);
            if (!known)
                return known.error();
            if (!*known) {
                ++summary.rejected;
                continue;
            }
        }
        Statement &s = *m_clock;
        s.bind(0, qint64(c.target));
        ref(s, 1, *id);
        ref(s, 2, c.target == ClockTarget::Router ? c.routerId : 0);
        s.bind(3, c.deviceTimeMs);
        s.bind(4, c.workstationTimeMs);
        s.bind(5, c.deltaMs);
        s.bind(6, qint64(c.correction));
        s.bind(7, qint64(c.correctionSucceeded ? 1 : 0));
        if (const Status st = s.exec(); !st)
            return st;
        ++summary.appended;
        if (std::llabs(c.deltaMs) > m_clockAlarmMs) {
            const QString details = QStringLiteral("target=%1 router=%2 delta_ms=%3 corrected=%4")
                                        .arg(int(c.target))
                                        .arg(c.routerId)
                                        .arg(c.deltaMs)
                                        .arg(c.correctionSucceeded ? 1 : 0);
            if (const Status st = raise(QString(AlarmKind::ClockDrift), AlarmSeverity::Warning, *id,
                                        details, nowMs, summary);
                !st)
                return st;
        }
    }
    for (const PollOutcome &o : batch.outcomes) {
        auto id = meterId(o.meter);
        if (!id)
            return id.error();
        // A session outlives a router removed meanwhile: kept without it.
        auto routerKnown = o.routerId != 0 ? routerExists(o.routerId) : Result<bool>(false);
        if (!routerKnown)
            return routerKnown.error();
        Statement &s = *m_session;
        ref(s, 0, *id);
        ref(s, 1, *routerKnown ? o.routerId : 0);
        s.bind(2, o.startedAtMs);
        s.bind(3, o.finishedAtMs);
        s.bind(4, qint64(o.result));
        s.bind(5, errorKindName(o.errorKind));
        s.bind(6, o.message);
        s.bind(7, qint64(o.bytesSent));
        s.bind(8, qint64(o.bytesReceived));
        s.bind(9, qint64(o.intervalsRead));
        if (const Status st = s.exec(); !st)
            return st;
        ++summary.appended;
        const bool silent
            = o.result == PollResult::Failed
              && (o.errorKind == ErrorKind::Timeout || o.errorKind == ErrorKind::HdlcRejected);
        if (*id != 0 && (silent || o.result != PollResult::Failed)) {
            Statement &st = *m_meterState;
            st.bind(0, qint64(silent ? 1 : 0));
            st.bind(1, *id);
            if (const Status e = st.exec(); !e)
                return e;
        }
    }
    for (const CommandRecord &c : batch.commands) {
        auto id = meterId(c.meter);
        if (!id)
            return id.error();
        Statement &s = *m_command;
        ref(s, 0, *id);
        s.bind(1, c.operatorName);
        s.bind(2, c.command);
        s.bind(3, c.parameters);
        s.bind(4, c.issuedAtMs);
        s.bind(5, c.finishedAtMs);
        s.bind(6, qint64(c.succeeded ? 1 : 0));
        s.bind(7, errorKindName(c.errorKind));
        s.bind(8, c.message);
        if (const Status st = s.exec(); !st)
            return st;
        ++summary.appended;
    }
    for (const ManualReading &m : batch.manual) {
        auto id = meterId(m.meter);
        if (!id)
            return id.error();
        if (*id == 0) {
            ++summary.rejected;
            continue;
        }
        Statement &s = *m_manual;
        s.bind(0, *id);
        s.bind(1, m.time);
        s.bind(2, qint64(m.optical ? 1 : 0));
        s.bind(3, m.code);
        s.bind(4, m.textValue);
        s.bind(5, m.operatorName);
        if (const Status st = s.exec(); !st)
            return st;
        summary.appended += s.changes();
    }
    // Prepayment accounts are the meter's current state, not readings: the
    // latest read replaces the one before (payments are in `commands`).
    for (const AccountReading &a : batch.accounts) {
        auto id = meterId(a.meter);
        if (!id)
            return id.error();
        if (*id == 0) {
            ++summary.rejected;
            continue;
        }
        control::PaymentStore store(m_db);
        if (const Status st = a.state ? store.recordState(*id, *a.state, a.timeMs)
                                      : store.recordUnsupported(*id, a.timeMs);
            !st)
            return st;
        ++summary.appended;
    }
    return {};
}

Result<IngestSummary> Ingestor::ingest(const ReadingBatch &batch, qint64 nowMs)
{
    if (!m_daily) {
        if (const Status s = prepare(); !s)
            return s.error();
    }
    IngestSummary summary;
    // Every meter and router the batch writes is looked up once, inside this
    // transaction (the snapshot it writes to; a stale snapshot cannot
    // commit); see dedicateConnection().
    m_meterChecked.clear();
    m_routerChecked.clear();
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    Pending pending;
    if (const Status s = convert(batch, pending, summary, nowMs); !s)
        return s.error();
    for (auto [ingest, rows] : {std::pair{&m_intervals, &pending.intervals},
                                std::pair{&m_registers, &pending.registers}}) {
        if (rows->empty())
            continue;
        auto result = ingest->ingest(*rows, nowMs);
        if (!result)
            return result.error();
        summary.inserted += result->inserted;
        summary.duplicates += result->duplicates;
        // A current register is a sample of a running counter stamped to the
        // second; two reads in one second (read now, twice) differ without
        // contradicting each other. Fixed readings (intervals, billing
        // snapshots) stay sacred: any difference there is a conflict.
        std::erase_if(result->conflicts, [&](const RowConflict &c) {
            const bool sample = rows == &pending.registers
                                && c.offered.key[1] == qint64(engine::RegisterKind::Current);
            summary.resampled += sample;
            return sample;
        });
        if (const Status s = recordConflicts(ingest->table(), result->conflicts, summary, nowMs);
            !s)
            return s.error();
    }
    if (const Status s = appendOthers(batch, summary, nowMs); !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace ims::storage
