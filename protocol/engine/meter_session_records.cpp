// Billing profiles (daily, monthly) and the event journals of a visit.
// Each record is a profile generic object read as its layout
// (capture_objects) and its buffer by range; all of them, with the scalers
// of the energy registers, go in one GET-with-list, so a visit spends one
// exchange (or the few the device's receive size needs) where it spent two
// per record. The layout is read every time rather than cached: meters of
// one model with other firmware may capture other columns, and a cached
// layout that no longer matches would store values under the wrong names.
#include "protocol/cosem/profile_generic.h"
#include "protocol/cosem/spodes_objects.h"
#include "protocol/engine/meter_session.h"
#include "protocol/engine/session_objects.h"

namespace ims::engine {

using cosem::CaptureObject;
using cosem::Obis;
using namespace session_objects;

namespace {

struct Record
{
    Obis profile;
    RegisterKind kind = RegisterKind::Daily; // for billing profiles
    std::optional<quint8> journal;           // for event journals
    QString item;                            // its name in messages
};

} // namespace

void MeterSession::readRecords(quint32 items)
{
    const qint64 now = nowMs() / 1000;
    QList<Record> records;
    QList<dlms::AttributeWithSelection> list;
    auto add = [&](Record record, qint64 from) {
        list << dlms::AttributeWithSelection{attribute(kProfileGeneric, record.profile, 3), {}};
        list << dlms::AttributeWithSelection{
            attribute(kProfileGeneric, record.profile, 2),
            cosem::ProfileGeneric::byRange(deviceTime(from), deviceTime(now))};
        records << std::move(record);
    };
    auto billingFrom = [&](qint64 cursor) {
        return cursor > 0 ? cursor + 1 : now - m_settings.billingBackfillSeconds;
    };
    if (items & PollItem::Daily) {
        if (const qint64 from = billingFrom(m_job.cursor.dailyTime); from <= now)
            add({cosem::spodes::DailyBillingProfile,
                 RegisterKind::Daily,
                 {},
                 tr("daily registers")},
                from);
    }
    if (items & PollItem::Monthly) {
        if (const qint64 from = billingFrom(m_job.cursor.monthlyTime); from <= now)
            add({cosem::spodes::MonthlyBillingProfile,
                 RegisterKind::Monthly,
                 {},
                 tr("monthly registers")},
                from);
    }
    if (items & PollItem::Events) {
        for (const quint8 journal : kEventJournals) {
            const qint64 stored = m_job.cursor.eventTime(journal);
            // From the last stored second again: another event may share it;
            // the stored ones come back as duplicates and storage ignores them.
            const qint64 from = stored > 0 ? stored : now - m_settings.eventBackfillSeconds;
            add({Obis{0, 0, 99, 98, journal, 255}, RegisterKind::Daily, journal,
                 tr("event journal %1").arg(journal)},
                from);
        }
    }
    const QList<Obis> scalers = (items & (PollItem::Daily | PollItem::Monthly))
                                    ? unknownScalers(currentRegisters())
                                    : QList<Obis>();
    for (const Obis &o : scalers)
        list << dlms::AttributeWithSelection{attribute(kRegister, o, 3), {}};
    if (records.isEmpty())
        return next();

    m_client->getList(
        list, [this, records, scalers](Result<std::vector<Result<axdr::Value>>> answer) {
            if (!answer)
                return fail(answer.error());
            const size_t expected = size_t(2 * records.size() + scalers.size());
            if (answer->size() != expected)
                return fail(Error(ErrorKind::Malformed, tr("the device answered too few values")));
            keepScalers(scalers, *answer, size_t(2 * records.size()));

            struct Readable
            {
                Record record;
                QList<CaptureObject> columns;
                axdr::Value buffer;
            };
            auto readable = std::make_shared<QList<Readable>>();
            QList<CaptureObject> billingColumns;
            for (qsizetype i = 0; i < records.size(); ++i) {
                const Result<axdr::Value> &layout = (*answer)[size_t(2 * i)];
                const Result<axdr::Value> &buffer = (*answer)[size_t(2 * i + 1)];
                const Record &record = records[i];
                if (!layout || !buffer) {
                    const Error &error = !layout ? layout.error() : buffer.error();
                    if (skipOnDataError(error, record.item))
                        continue;
                    return fail(error);
                }
                const auto columns = CaptureObject::listFromValue(*layout);
                if (!columns)
                    return fail(columns.error());
                if (!record.journal)
                    billingColumns << *columns;
                readable->append({record, *columns, *buffer});
            }
            // Scalers of billing columns outside the usual registers, if any.
            readScalers(billingColumns, [this, readable] {
                for (const Readable &r : std::as_const(*readable)) {
                    const Status stored = r.record.journal
                                              ? storeEvents(*r.record.journal, r.columns, r.buffer)
                                              : storeBilling(r.columns, r.buffer, r.record.kind);
                    if (!stored)
                        return fail(stored.error());
                }
                next();
            });
        });
}

Status MeterSession::storeBilling(const QList<CaptureObject> &columns, const axdr::Value &buffer,
                                  RegisterKind kind)
{
    cosem::BufferDecodeOptions options;
    options.fallbackDeviation = qint16(-m_settings.clock.utcOffsetSeconds / 60);
    const auto rows = cosem::ProfileGeneric::decodeBuffer(buffer, columns, options);
    if (!rows)
        return rows.error();
    // Name and scale of each energy column, found once rather than per value.
    struct EnergyColumn
    {
        QString obis;
        quint8 tariff = 0;
        Scaler scaler;
    };
    QList<std::optional<EnergyColumn>> energy;
    for (const CaptureObject &column : columns) {
        const Obis &o = column.logicalName;
        const QString name = o.toString();
        const auto scaler = column.classId == kRegister && isEnergyRegister(o)
                                ? m_scalers.constFind(o)
                                : m_scalers.constEnd();
        energy << (scaler != m_scalers.constEnd()
                       ? std::optional(EnergyColumn{name, o.e(), *scaler})
                       : std::nullopt);
    }
    qint64 &cursor
        = kind == RegisterKind::Daily ? m_job.cursor.dailyTime : m_job.cursor.monthlyTime;
    ReadingBatch batch;
    for (const cosem::ProfileRow &row : *rows) {
        if (!row.time.isValid())
            continue;
        const qint64 time = row.time.toSecsSinceEpoch();
        for (qsizetype c = 0; c < energy.size() && c < row.values.size(); ++c) {
            if (!energy[c])
                continue;
            const auto raw = row.values[c].toInt64();
            if (!raw)
                continue;
            RegisterSnapshot s;
            s.meter = m_job.meter;
            s.obis = energy[c]->obis;
            s.tariff = energy[c]->tariff;
            s.time = time;
            s.rawValue = *raw;
            s.scaler = energy[c]->scaler.scaler;
            s.unit = energy[c]->scaler.unit;
            s.kind = kind;
            batch.registers << s;
        }
        cursor = std::max(cursor, time);
    }
    submit(std::move(batch));
    return {};
}

Status MeterSession::storeEvents(quint8 journal, const QList<CaptureObject> &columns,
                                 const axdr::Value &buffer)
{
    cosem::BufferDecodeOptions options;
    options.fallbackDeviation = qint16(-m_settings.clock.utcOffsetSeconds / 60);
    const auto rows = cosem::ProfileGeneric::decodeBuffer(buffer, columns, options);
    if (!rows)
        return rows.error();
    const qsizetype clock = cosem::ProfileGeneric::clockColumn(columns);
    ReadingBatch batch;
    for (const cosem::ProfileRow &row : *rows) {
        if (!row.time.isValid())
            continue;
        for (qsizetype c = 0; c < row.values.size(); ++c) {
            if (c == clock || !row.values[c].isInteger())
                continue;
            MeterEvent e;
            e.meter = m_job.meter;
            e.journal = journal;
            e.code = quint16(row.values[c].toUInt64().value_or(0));
            e.time = row.time.toSecsSinceEpoch();
            batch.events << e;
            m_job.cursor.setEventTime(journal, std::max(m_job.cursor.eventTime(journal), e.time));
            break; // the first integer column is the event code
        }
    }
    submit(std::move(batch));
    return {};
}

} // namespace ims::engine
