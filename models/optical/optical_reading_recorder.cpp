#include "models/optical/optical_reading_recorder.h"

#include "models/storage/domain_store.h"
#include "models/storage/ingestor.h"
#include "protocol/iec62056_21/readout_session.h"

#include <QDateTime>

namespace ims::optical {

OpticalReadout readoutFrom(const iec21::ReadoutResult &result, qint64 takenAt,
                           const QString &operatorName, const QString &fallbackSerial)
{
    OpticalReadout r;
    r.serial = result.serialNumber.trimmed();
    if (r.serial.isEmpty())
        r.serial = fallbackSerial.trimmed();
    r.meterModel = result.identification.identification;
    r.takenAt = takenAt;
    r.operatorName = operatorName;
    r.values = result.values;
    return r;
}

QString storedText(const iec21::DataSetValue &value)
{
    return value.unit.isEmpty() ? value.value : value.value + u'*' + value.unit;
}

QString storedCode(const iec21::DataSetValue &value)
{
    return value.code.isEmpty() ? value.originalCode : value.code;
}

engine::ReadingBatch manualBatch(const OpticalReadout &readout, qint64 meterId)
{
    engine::ReadingBatch batch;
    for (const iec21::DataSetValue &v : readout.values) {
        engine::ManualReading m;
        m.meter.id = meterId;
        m.meter.serial = readout.serial;
        m.time = readout.takenAt;
        m.optical = true;
        m.code = storedCode(v);
        m.textValue = storedText(v);
        m.operatorName = readout.operatorName;
        batch.manual.append(m);
    }
    return batch;
}

Result<RecordOutcome> OpticalReadingRecorder::record(const OpticalReadout &readout,
                                                     const RecordOptions &options)
{
    if (readout.serial.isEmpty())
        return Error(ErrorKind::InvalidArgument,
                     tr("The meter reported no serial number, so the reading cannot be bound to "
                        "a meter. Read it again with the meter's address."));
    if (readout.values.isEmpty())
        return Error(ErrorKind::InvalidArgument, tr("The readout holds no values to store."));

    RecordOutcome outcome;
    outcome.serial = readout.serial;
    storage::DomainStore domain(m_db);
    auto meter = domain.meterBySerial(readout.serial);
    if (meter) {
        outcome.meterId = meter->id;
    } else if (meter.error().kind != ErrorKind::NotFound) {
        return meter.error();
    } else if (!options.createMeter) {
        outcome.status = RecordOutcome::Status::UnknownMeter;
        return outcome;
    } else {
        domain::Meter created;
        created.serial = readout.serial;
        created.model = readout.meterModel;
        created.opticalOnly = true;
        created.installDate
            = QDateTime::fromSecsSinceEpoch(readout.takenAt).date().toString(Qt::ISODate);
        auto id = domain.add(created);
        if (!id)
            return Error(id.error().kind,
                         tr("Cannot create meter %1: %2").arg(readout.serial, id.error().message));
        outcome.meterId = *id;
        outcome.meterCreated = true;
    }

    storage::Ingestor ingestor(m_db);
    auto summary = ingestor.ingest(manualBatch(readout, outcome.meterId),
                                   QDateTime::currentMSecsSinceEpoch());
    if (!summary)
        return Error(summary.error().kind, tr("Cannot store the reading of meter %1: %2")
                                               .arg(readout.serial, summary.error().message));
    outcome.stored = int(summary->appended);
    outcome.duplicates = int(readout.values.size()) - outcome.stored;
    return outcome;
}

} // namespace ims::optical
