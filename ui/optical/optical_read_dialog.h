#pragma once
// "Read meter through the optical port": the commissioning engineer's laptop
// flow. Pick the probe, press Read, watch the values arrive; the reading is
// stored as a manual optical reading of the meter whose serial it reports
// (with an offer to create that meter when the database does not know it).
// The readout runs on the event loop and storage on its own thread, so the
// window stays responsive; Cancel stops a readout at once. A SPODES meter
// that offers mode E is read through DLMS on the same probe (serial number,
// A+ per tariff, clock) and stored the same way.
#include "models/optical/optical_reading_recorder.h"
#include "protocol/client/optical_meter_reader.h"
#include "protocol/core/error.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QWidget;

namespace ims::storage {
class Database;
}
namespace ims::optical {
class AsyncReadingRecorder;
}

namespace ims::ui {

class OpticalReadDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpticalReadDialog(storage::Database &database, QWidget *parent = nullptr);
    ~OpticalReadDialog() override;

    // The probe's port as the system names it; also typed by hand.
    void setPort(const QString &systemLocation);
    QString port() const;
    // Answer timeout and repetitions of a failed readout (defaults 2000 ms, 2).
    void setRetryPolicy(int responseTimeoutMs, int retries);
    void setOperatorName(const QString &name) { m_operatorName = name; }

    bool isReading() const;
    QString statusText() const;

public slots:
    void startReading();
    void cancelReading();
    void refreshPorts();

signals:
    // A readout ended: ok = values were read.
    void readoutFinished(bool ok);
    // The reading is in the database as manual optical readings of the meter.
    void readingStored(qint64 meterId, const QString &serial, bool meterCreated);
    // Storing the reading failed (the database refused it).
    void storingFailed(const QString &message);

protected:
    void reject() override;

private:
    void onProgress(const QString &step, int done, int total);
    void onValues(const QList<iec21::DataSetValue> &values);
    void onFinished(const iec21::OpticalReading &reading);
    void onFailed(const Error &error);
    void onRecorded(const optical::RecordOutcome &outcome);
    void onRecordFailed(const Error &error);
    void store(bool createMeter);
    void setReading(bool reading);
    void setStatus(const QString &text, bool error = false);
    void showValues(const QList<iec21::DataSetValue> &values);

    client::OpticalMeterReader *m_reader;
    optical::AsyncReadingRecorder *m_recorder;
    std::optional<optical::OpticalReadout> m_lastReadout;
    QString m_operatorName;
    int m_responseTimeoutMs = 2000;
    int m_retries = 2;

    QComboBox *m_port;
    QPushButton *m_refresh;
    QComboBox *m_dialect;
    QLineEdit *m_address;
    QLineEdit *m_password;
    QCheckBox *m_storeReading;
    QPushButton *m_read;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_values;
    QWidget *m_unknownMeter;
    QLabel *m_unknownMeterText;
    QPushButton *m_createMeter;
};

} // namespace ims::ui
