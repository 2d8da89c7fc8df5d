#pragma once
// Stores an optical readout as manual readings flagged optical, bound to the
// meter by the serial number the meter reported. An unknown meter is reported
// back (the caller asks the operator) or, when asked to, created as an
// optical-only meter (no router, read by hand).
#include "protocol/core/result.h"
#include "protocol/engine/readings.h"
#include "protocol/iec62056_21/data_set.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ims::iec21 {
struct ReadoutResult;
}

namespace ims::optical {

// A readout as storage needs it.
struct OpticalReadout
{
    QString serial;       // as the meter reported it
    QString meterModel;   // from the identification: "CE102Mv01"
    qint64 takenAt = 0;   // UTC epoch seconds
    QString operatorName; // who held the probe
    QList<iec21::DataSetValue> values;
};

// The readout of a finished session (serial: what the meter reported, else
// `fallbackSerial`, e.g. the sign-on address).
OpticalReadout readoutFrom(const iec21::ReadoutResult &result, qint64 takenAt,
                           const QString &operatorName, const QString &fallbackSerial = {});

// The text stored for a value: "061561.289*kWh" (the value alone without a unit).
QString storedText(const iec21::DataSetValue &value);
// The code stored for a value: the canonical code, else the meter's own address.
QString storedCode(const iec21::DataSetValue &value);

// The manual readings of a readout for meter `meterId`.
engine::ReadingBatch manualBatch(const OpticalReadout &readout, qint64 meterId);

struct RecordOptions
{
    bool createMeter = false; // an unknown serial becomes a new optical-only meter
};

struct RecordOutcome
{
    enum class Status { Stored, UnknownMeter };
    Status status = Status::Stored;
    QString serial;
    qint64 meterId = 0; // 0 when unknown
    bool meterCreated = false;
    int stored = 0;     // new rows in manual_readings
    int duplicates = 0; // the same code at the same second was already stored
};

class OpticalReadingRecorder
{
    Q_DECLARE_TR_FUNCTIONS(OpticalReadingRecorder)
public:
    explicit OpticalReadingRecorder(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<RecordOutcome> record(const OpticalReadout &readout, const RecordOptions &options);

private:
    QSqlDatabase m_db;
};

} // namespace ims::optical
