#include "protocol/engine/meter_session.h"

#include "protocol/control/payment_control.h"
#include "protocol/cosem/class_id.h"
#include "protocol/cosem/clock.h"
#include "protocol/cosem/profile_generic.h"
#include "protocol/cosem/scaler_unit.h"
#include "protocol/cosem/spodes_objects.h"
#include "protocol/engine/clock_policy.h"
#include "protocol/engine/session_objects.h"

#include <QDateTime>

namespace ims::engine {

using cosem::CaptureObject;
using cosem::Obis;
using dlms::CosemAttributeDescriptor;

namespace {

using namespace session_objects;

std::optional<EnergyChannel> profileChannel(const CaptureObject &c)
{
    const Obis &o = c.logicalName;
    if (c.classId != kRegister || c.attributeIndex != 2 || o.a() != 1 || o.d() != 29)
        return std::nullopt;
    if (o.c() >= 1 && o.c() <= 4)
        return EnergyChannel(o.c());
    return std::nullopt;
}

bool isStatusColumn(const CaptureObject &c)
{
    return c.classId == kData && c.logicalName.c() == 96 && c.logicalName.d() == 10;
}

QString serialText(const axdr::Value &v)
{
    return QString::fromLatin1(v.bytes()).trimmed();
}

QList<Obis> instantRegisters()
{
    return {
        Obis{1, 0, 12, 7, 0, 255}, Obis{1, 0, 11, 7, 0, 255}, // U, I single-phase
        Obis{1, 0, 32, 7, 0, 255}, Obis{1, 0, 52, 7, 0, 255}, Obis{1, 0, 72, 7, 0, 255},
        Obis{1, 0, 31, 7, 0, 255}, Obis{1, 0, 51, 7, 0, 255}, Obis{1, 0, 71, 7, 0, 255},
        Obis{1, 0, 1, 7, 0, 255},  Obis{1, 0, 3, 7, 0, 255},  // P, Q
        Obis{1, 0, 14, 7, 0, 255}, Obis{1, 0, 13, 7, 0, 255}, // f, cos phi
        Obis{1, 0, 91, 7, 0, 255},                            // differential current
    };
}

} // namespace

MeterSession::MeterSession(client::ApduChannel &channel, client::AssociationSettings association,
                           MeterJob job, SessionTarget target, qint64 routerId,
                           const PollSettings &settings, ReadingSink *sink, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_job(std::move(job))
    , m_target(target)
    , m_routerId(routerId)
    , m_settings(settings)
    , m_sink(sink)
{
    association.invocationCounter
        = std::max(association.invocationCounter, m_job.invocationCounter);
    m_client = std::make_unique<client::DlmsClient>(channel, std::move(association), this);
    connect(m_client.get(), &client::DlmsClient::invocationCounterChanged, this,
            [this](quint64 next) {
                m_job.invocationCounter = next;
                emit invocationCounterChanged(next);
            });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_client->cancelAll();
        fail(Error(ErrorKind::Timeout, tr("the visit took longer than %n minute(s)", nullptr,
                                          m_settings.sessionTimeoutMs / 60000)));
    });
}

MeterSession::~MeterSession() = default;

bool MeterSession::isTransient(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Timeout:
    case ErrorKind::LinkClosed:
    case ErrorKind::LinkError:
    case ErrorKind::HdlcRejected:
    case ErrorKind::Truncated:
    case ErrorKind::BadChecksum:
    case ErrorKind::Malformed:
        return true;
    default:
        return false;
    }
}

QString MeterSession::stepText(PollStep step)
{
    switch (step) {
    case PollStep::Waiting:
        return tr("waiting");
    case PollStep::Connecting:
        return tr("connecting");
    case PollStep::Associating:
        return tr("associating");
    case PollStep::Clock:
        return tr("checking identity and clock");
    case PollStep::Profile:
        return tr("reading the load profile");
    case PollStep::DailyRegisters:
        return tr("reading daily registers");
    case PollStep::MonthlyRegisters:
        return tr("reading monthly registers");
    case PollStep::Events:
        return tr("reading event journals");
    case PollStep::Registers:
        return tr("reading energy registers");
    case PollStep::Instant:
        return tr("reading instantaneous values");
    case PollStep::Releasing:
        return tr("releasing");
    case PollStep::Finished:
        return tr("finished");
    }
    return QString();
}

qint64 MeterSession::nowMs() const
{
    return m_settings.now();
}

void MeterSession::start()
{
    if (m_settings.sessionTimeoutMs > 0)
        m_deadline.start(m_settings.sessionTimeoutMs);
    addStep(PollStep::Associating, [this] {
        m_client->associate([this](Status s) {
            if (!s)
                return fail(s.error());
            m_associated = true;
            next();
        });
    });
    addStep(PollStep::Clock, [this] { readIdentityAndClock(); });
    const quint32 what = m_target == SessionTarget::Router ? 0u : m_job.what;
    if (m_job.operation) {
        addStep(PollStep::Registers, [this] {
            m_job.operation(*m_client, [this](Status s) {
                if (!s)
                    return fail(s.error());
                next();
            });
        });
    } else {
        if (what & PollItem::Profile)
            addStep(PollStep::Profile, [this] { readProfile(); });
        // Billing registers and event journals together: one GET-with-list
        // instead of two exchanges (layout, then buffer) per record.
        const quint32 records = what & (PollItem::Daily | PollItem::Monthly | PollItem::Events);
        if (records) {
            const PollStep step = (records & PollItem::Daily)     ? PollStep::DailyRegisters
                                  : (records & PollItem::Monthly) ? PollStep::MonthlyRegisters
                                                                  : PollStep::Events;
            addStep(step, [this, records] { readRecords(records); });
        }
        if (what & PollItem::Registers)
            addStep(PollStep::Registers,
                    [this] { readRegisterList(currentRegisters(), RegisterKind::Current, false); });
        if (what & PollItem::Instant)
            addStep(PollStep::Instant,
                    [this] { readRegisterList(instantRegisters(), RegisterKind::Current, true); });
    }
    addStep(PollStep::Releasing, [this] { release(); });
    QMetaObject::invokeMethod(this, &MeterSession::next, Qt::QueuedConnection);
}

void MeterSession::cancel()
{
    if (m_finished)
        return;
    m_client->cancelAll();
    fail(Error(ErrorKind::Cancelled, tr("cancelled")));
}

void MeterSession::addStep(PollStep step, Step run)
{
    m_steps.emplace_back(step, std::move(run));
}

void MeterSession::next()
{
    if (m_finished)
        return;
    if (m_steps.empty()) {
        finish();
        return;
    }
    auto [step, run] = std::move(m_steps.front());
    m_steps.pop_front();
    if (step != m_step) {
        m_step = step;
        emit stepChanged(step);
    }
    run();
}

void MeterSession::fail(const Error &error)
{
    if (m_finished)
        return;
    if (m_report.status)
        m_report.status = error;
    m_steps.clear();
    // After a refusal the association is still good: say goodbye properly.
    // After a timeout or a dropped link there is nobody to say it to.
    if (m_associated && !isTransient(error) && error.kind != ErrorKind::Cancelled) {
        m_associated = false;
        m_step = PollStep::Releasing;
        emit stepChanged(m_step);
        m_client->release([this](Status) { finish(); });
        return;
    }
    m_channel.close();
    finish();
}

bool MeterSession::skipOnDataError(const Error &error, const QString &item)
{
    if (error.kind != ErrorKind::DataAccess && error.kind != ErrorKind::Unsupported)
        return false;
    m_report.skipped << QStringLiteral("%1: %2").arg(item, error.message);
    return true;
}

void MeterSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_step = PollStep::Finished;
    QMetaObject::invokeMethod(this, &MeterSession::finished, Qt::QueuedConnection);
}

void MeterSession::submit(ReadingBatch batch)
{
    if (m_sink && !batch.isEmpty())
        m_sink->submit(std::move(batch));
}

axdr::CosemDateTime MeterSession::deviceTime(qint64 utcSeconds) const
{
    return axdr::CosemDateTime::fromQDateTime(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC),
                                              m_settings.clock.utcOffsetSeconds, 0);
}

// ---- identity and clock ------------------------------------------------------

void MeterSession::readIdentityAndClock()
{
    const bool wantClock
        = (m_target == SessionTarget::Router) || (m_job.what & PollItem::Clock) != 0;
    QList<dlms::AttributeWithSelection> list;
    list << dlms::AttributeWithSelection{attribute(kData, cosem::spodes::SerialNumber, 2), {}};
    if (wantClock)
        list << dlms::AttributeWithSelection{attribute(kClock, cosem::spodes::Clock, 2), {}};
    const qint64 sentAt = nowMs();
    m_client->getList(list, [this, wantClock,
                             sentAt](Result<std::vector<Result<axdr::Value>>> answer) {
        if (!answer)
            return fail(answer.error());
        const qint64 receivedAt = nowMs();
        const std::vector<Result<axdr::Value>> &values = *answer;
        if (values.size() < (wantClock ? 2u : 1u))
            return fail(Error(ErrorKind::Malformed, tr("the device answered too few values")));
        if (values[0] && m_target == SessionTarget::Meter && !m_job.meter.serial.isEmpty()) {
            const QString reported = serialText(*values[0]);
            if (!reported.isEmpty() && reported != m_job.meter.serial)
                return fail(Error(ErrorKind::InvalidArgument,
                                  tr("the meter at address %1 reports serial %2, not %3;"
                                     " nothing was read")
                                      .arg(m_job.physical)
                                      .arg(reported, m_job.meter.serial)));
        }
        if (!wantClock)
            return next();
        if (!values[1]) {
            if (skipOnDataError(values[1].error(), tr("clock")))
                return next();
            return fail(values[1].error());
        }
        const std::optional<axdr::CosemDateTime> dt = values[1]->asDateTime();
        const QDateTime device = dt ? dt->toQDateTime() : QDateTime();
        if (!device.isValid()) {
            m_report.skipped << tr("clock: the device time is not valid");
            return next();
        }
        // The device read its clock about halfway through the round trip.
        const qint64 rtt = receivedAt - sentAt;
        const qint64 reference = sentAt + rtt / 2;
        ClockCheck check;
        check.target = m_target == SessionTarget::Router ? ClockTarget::Router : ClockTarget::Meter;
        check.meter = m_job.meter;
        check.routerId = m_routerId;
        check.deviceTimeMs = device.toMSecsSinceEpoch();
        check.workstationTimeMs = reference;
        check.deltaMs = check.deviceTimeMs - reference;
        correctClock(check.deltaMs, rtt, check);
    });
}

void MeterSession::correctClock(qint64 deltaMs, qint64 rttMs, ClockCheck check)
{
    const ClockDecision decision
        = decideClock(deltaMs, nowMs(), m_job.cursor.lastClockCorrectionMs, m_settings.clock);
    check.correction = decision.correction;
    auto record = [this](ClockCheck c) {
        if (c.correctionSucceeded) {
            m_job.cursor.lastClockCorrectionMs = nowMs();
            m_report.clockCorrected = true;
        }
        ReadingBatch batch;
        batch.clockChecks << c;
        submit(std::move(batch));
        next();
    };
    if (decision.correction == ClockCorrection::None)
        return record(check);
    if (decision.correction == ClockCorrection::Shift) {
        const Result<axdr::Value> parameter
            = cosem::Clock::shiftTimeParameter(decision.shiftSeconds);
        if (!parameter)
            return record(check);
        m_client->action({kClock, cosem::spodes::Clock, 6}, *parameter,
                         [this, check, record](Result<axdr::Value> r) mutable {
                             if (!r && !skipOnDataError(r.error(), tr("clock correction")))
                                 return fail(r.error());
                             check.correctionSucceeded = bool(r);
                             record(check);
                         });
        return;
    }
    // Set: the time the value will arrive at the device, in whole seconds.
    const qint64 target = (nowMs() + rttMs / 2 + 500) / 1000;
    const axdr::Value value = axdr::Value::octetString(deviceTime(target).toOctets());
    m_client->set({kClock, cosem::spodes::Clock, 2}, value,
                  [this, check, record](Status s) mutable {
                      if (!s && !skipOnDataError(s.error(), tr("clock correction")))
                          return fail(s.error());
                      check.correctionSucceeded = bool(s);
                      record(check);
                  });
}

// ---- profiles --------------------------------------------------------------

void MeterSession::readColumns(const Obis &profile, const QString &item,
                               const QList<Obis> &likelyRegisters, ColumnsReady ready)
{
    QList<dlms::AttributeWithSelection> list;
    list << dlms::AttributeWithSelection{attribute(kProfileGeneric, profile, 3), {}};
    const QList<Obis> scalers = unknownScalers(likelyRegisters);
    for (const Obis &o : scalers)
        list << dlms::AttributeWithSelection{attribute(kRegister, o, 3), {}};
    m_client->getList(
        list, [this, item, ready, scalers](Result<std::vector<Result<axdr::Value>>> answer) {
            if (!answer)
                return fail(answer.error());
            if (answer->size() != size_t(1 + scalers.size()))
                return fail(Error(ErrorKind::Malformed, tr("the device answered too few values")));
            keepScalers(scalers, *answer, 1);
            const Result<axdr::Value> &v = answer->front();
            if (!v) {
                if (skipOnDataError(v.error(), item))
                    return next();
                return fail(v.error());
            }
            const auto columns = CaptureObject::listFromValue(*v);
            if (!columns)
                return fail(columns.error());
            ready(*columns);
        });
}

QList<Obis> MeterSession::unknownScalers(const QList<Obis> &registers) const
{
    QList<Obis> unknown;
    for (const Obis &o : registers)
        if (!m_scalers.contains(o))
            unknown << o;
    return unknown;
}

void MeterSession::keepScalers(const QList<Obis> &registers,
                               const std::vector<Result<axdr::Value>> &answer, size_t first)
{
    // A register the model does not have is simply not kept: a column that
    // needs it is asked again, and skipped with a note, in readScalers().
    for (qsizetype i = 0; i < registers.size() && first + size_t(i) < answer.size(); ++i) {
        const Result<axdr::Value> &v = answer[first + size_t(i)];
        if (!v)
            continue;
        if (const auto su = cosem::ScalerUnit::fromValue(*v))
            m_scalers.insert(registers[i], {su->scaler, su->unit});
    }
}

void MeterSession::readScalers(const QList<CaptureObject> &columns, std::function<void()> ready)
{
    QList<dlms::AttributeWithSelection> list;
    QList<Obis> names;
    for (const CaptureObject &c : columns) {
        const Obis &name = c.logicalName;
        if (c.classId != kRegister || m_scalers.contains(name) || names.contains(name))
            continue;
        list << dlms::AttributeWithSelection{attribute(kRegister, c.logicalName, 3), {}};
        names << name;
    }
    if (list.isEmpty())
        return ready();
    m_client->getList(list, [this, names, ready](Result<std::vector<Result<axdr::Value>>> r) {
        if (!r)
            return fail(r.error());
        for (size_t i = 0; i < r->size() && i < size_t(names.size()); ++i) {
            const Result<axdr::Value> &v = (*r)[i];
            if (!v) {
                // The column cannot be stored without its scale: say so.
                m_report.skipped << tr("scaler of %1: %2")
                                        .arg(names[qsizetype(i)].toString(), v.error().message);
                continue;
            }
            const auto su = cosem::ScalerUnit::fromValue(*v);
            if (su)
                m_scalers.insert(names[qsizetype(i)], {su->scaler, su->unit});
        }
        ready();
    });
}

void MeterSession::readProfile()
{
    // The layout and the scalers of the SPODES energy channels in one
    // exchange; a column outside them gets its scaler read separately.
    QList<Obis> channelRegisters;
    for (quint8 c = 1; c <= kEnergyChannelCount; ++c)
        channelRegisters << Obis{1, 0, c, 29, 0, 255};
    readColumns(cosem::spodes::LoadProfile, tr("load profile"), channelRegisters,
                [this](const QList<CaptureObject> &columns) {
                    m_profileColumns = columns;
                    readScalers(columns, [this] {
                        const qint64 now = nowMs() / 1000;
                        m_lastInterval = now - now % kIntervalSeconds;
                        // The backfill bounds only a first read; later ones
                        // continue after the last stored interval.
                        const qint64 back = m_job.cursor.profileEnd > 0
                                                ? m_settings.profileCatchUpSeconds
                                                : m_settings.profileBackfillSeconds;
                        qint64 from = m_lastInterval - back;
                        from -= from % kIntervalSeconds;
                        if (m_job.cursor.profileEnd > 0)
                            from = std::max(from, m_job.cursor.profileEnd + kIntervalSeconds);
                        m_chunkFrom = from;
                        readProfileChunk();
                    });
                });
}

void MeterSession::readProfileChunk()
{
    if (m_chunkFrom > m_lastInterval)
        return next();
    const qint64 to
        = std::min(m_lastInterval,
                   m_chunkFrom + qint64(m_settings.profileChunkIntervals - 1) * kIntervalSeconds);
    const auto access = cosem::ProfileGeneric::byRange(deviceTime(m_chunkFrom), deviceTime(to));
    m_client->get(
        attribute(kProfileGeneric, cosem::spodes::LoadProfile, 2),
        [this, to](Result<axdr::Value> v) {
            if (!v) {
                if (skipOnDataError(v.error(), tr("load profile")))
                    return next();
                return fail(v.error());
            }
            cosem::BufferDecodeOptions options;
            options.capturePeriodSeconds = quint32(kIntervalSeconds);
            options.fallbackDeviation = qint16(-m_settings.clock.utcOffsetSeconds / 60);
            const auto rows = cosem::ProfileGeneric::decodeBuffer(*v, m_profileColumns, options);
            if (!rows)
                return fail(rows.error());
            // Channel and scale of each column, found once per chunk rather than per value.
            QList<std::optional<std::pair<EnergyChannel, Scaler>>> energy;
            for (const CaptureObject &column : std::as_const(m_profileColumns)) {
                const auto channel = profileChannel(column);
                const auto scaler
                    = channel ? m_scalers.constFind(column.logicalName) : m_scalers.constEnd();
                energy << (scaler != m_scalers.constEnd()
                               ? std::optional(std::pair(*channel, *scaler))
                               : std::nullopt);
            }
            ReadingBatch batch;
            qint64 newest = 0;
            for (const cosem::ProfileRow &row : *rows) {
                if (!row.time.isValid())
                    continue;
                const qint64 end = row.time.toSecsSinceEpoch();
                if (end % kIntervalSeconds != 0 || end < m_chunkFrom || end > to)
                    continue; // off the grid or outside the asked range
                quint32 status = IntervalStatus::None;
                for (qsizetype c = 0; c < m_profileColumns.size() && c < row.values.size(); ++c)
                    if (isStatusColumn(m_profileColumns[c]))
                        status = quint32(row.values[c].toUInt64().value_or(0))
                                 & IntervalStatus::MeterStatusMask;
                for (qsizetype c = 0; c < energy.size() && c < row.values.size(); ++c) {
                    if (!energy[c])
                        continue;
                    const auto raw = row.values[c].toInt64();
                    if (!raw)
                        continue;
                    IntervalReading r;
                    r.meter = m_job.meter;
                    r.channel = energy[c]->first;
                    r.intervalEnd = end;
                    r.rawValue = *raw;
                    r.scaler = energy[c]->second.scaler;
                    r.status = status;
                    batch.intervals << r;
                }
                newest = std::max(newest, end);
            }
            const int count = int(batch.intervals.size());
            submit(std::move(batch));
            if (newest > 0) {
                m_job.cursor.profileEnd = std::max(m_job.cursor.profileEnd, newest);
                m_report.intervalsRead += count;
                emit intervalsStored(count);
            }
            m_chunkFrom = to + kIntervalSeconds;
            readProfileChunk();
        },
        access);
}

void MeterSession::readRegisterList(const QList<Obis> &registers, RegisterKind kind, bool instant)
{
    QList<dlms::AttributeWithSelection> list;
    for (const Obis &o : registers) {
        list << dlms::AttributeWithSelection{attribute(kRegister, o, 2), {}};
        list << dlms::AttributeWithSelection{attribute(kRegister, o, 3), {}};
    }
    // With the instantaneous values, the relay: disconnect control's
    // output_state (true = connected), stored as 1 / 0 under its OBIS.
    if (instant)
        list << dlms::AttributeWithSelection{
            attribute(kDisconnectControl, cosem::spodes::DisconnectControl, 2), {}};
    // With the energy registers, the prepayment account (balance, mode,
    // thresholds) of a meter that has one: the operator sees who is about to
    // be disconnected without asking each meter.
    const qsizetype accountFrom = list.size();
    const bool account = !instant && m_job.readAccount;
    if (account)
        list << control::PaymentControl::stateAttributes();
    const qint64 now = nowMs() / 1000;
    m_client->getList(list, [this, registers, kind, instant, now, account,
                             accountFrom](Result<std::vector<Result<axdr::Value>>> r) {
        if (!r) {
            if (skipOnDataError(r.error(),
                                instant ? tr("instantaneous values") : tr("energy registers")))
                return next();
            return fail(r.error());
        }
        ReadingBatch batch;
        for (qsizetype i = 0; i < registers.size() && size_t(2 * i + 1) < r->size(); ++i) {
            const Result<axdr::Value> &value = (*r)[size_t(2 * i)];
            const Result<axdr::Value> &su = (*r)[size_t(2 * i + 1)];
            if (!value || !su)
                continue; // not every model has every register
            const auto raw = value->toInt64();
            const auto scalerUnit = cosem::ScalerUnit::fromValue(*su);
            if (!raw || !scalerUnit)
                continue;
            if (instant) {
                InstantValue v;
                v.meter = m_job.meter;
                v.obis = registers[i].toString();
                v.time = now;
                v.rawValue = *raw;
                v.scaler = scalerUnit->scaler;
                v.unit = scalerUnit->unit;
                batch.instants << v;
            } else {
                RegisterSnapshot s;
                s.meter = m_job.meter;
                s.obis = registers[i].toString();
                s.tariff = registers[i].e();
                s.time = now;
                s.rawValue = *raw;
                s.scaler = scalerUnit->scaler;
                s.unit = scalerUnit->unit;
                s.kind = kind;
                batch.registers << s;
            }
        }
        if (account && r->size() > size_t(accountFrom))
            storeAccount(std::vector<Result<axdr::Value>>(r->begin() + accountFrom, r->end()),
                         batch);
        if (instant && r->size() == size_t(2 * registers.size() + 1)) {
            const Result<axdr::Value> &relay = r->back();
            if (relay && relay->type() == axdr::DataType::Boolean) {
                InstantValue v;
                v.meter = m_job.meter;
                v.obis = cosem::spodes::DisconnectControl.toString();
                v.time = now;
                v.rawValue = relay->toBool() ? 1 : 0;
                batch.instants << v;
            }
        }
        submit(std::move(batch));
        next();
    });
}

void MeterSession::storeAccount(const std::vector<Result<axdr::Value>> &results,
                                ReadingBatch &batch)
{
    Result<control::AccountState> state = control::PaymentControl::stateFromResults(results);
    AccountReading reading;
    reading.meter = m_job.meter;
    reading.timeMs = nowMs();
    if (state) {
        reading.state = std::make_shared<const control::AccountState>(std::move(*state));
    } else if (state.error().kind != ErrorKind::Unsupported) {
        m_report.skipped << tr("prepayment account: %1").arg(state.error().message);
        return;
    }
    m_job.readAccount = bool(reading.state);
    batch.accounts << std::move(reading);
}

void MeterSession::release()
{
    m_associated = false;
    m_client->release([this](Status) { next(); });
}

} // namespace ims::engine
