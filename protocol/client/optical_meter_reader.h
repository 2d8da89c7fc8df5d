#pragma once
// The laptop workflow's "Read meter" through an optical probe, whatever the
// meter speaks: an IEC 62056-21 readout (mode C, the three dialects), or,
// for a SPODES meter whose identification offers mode E, DLMS on the same
// probe: the IEC 62056-21 sign-on hands the port over to HDLC and the meter
// is read through its COSEM objects (serial number, A+ total and per tariff,
// clock). Either way the result is an iec21::OpticalReading with values in
// the readout's codes ("96.1.0", "1.8.0", "1.8.1", "0.9.1", ...), so storage
// and display treat both alike (a manual reading flagged optical).
//
// Same contract as iec21::OpticalReader: exactly one of finished() or
// failed() after start(), from the event loop; cancel() ends at once.
#include "protocol/iec62056_21/optical_reader.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace ims::link {
class LinkFactory;
}

namespace ims::client {

class DlmsClient;
class OpticalDlmsChannel;

// The DLMS side of a mode E reading. SPODES: the meter reader (client 32,
// LLS) may read every energy register; the public client (16) only the total.
struct OpticalDlmsOptions
{
    quint8 clientSap = 32;
    QByteArray password = QByteArrayLiteral("12345678"); // LLS; empty: no authentication
    quint16 logicalDevice = 1;
    int tariffs = 8;               // A+ registers 1.0.1.8.1..N read after the total
    int responseTimeoutMs = 15000; // silence allowed per request
};

struct OpticalMeterReadOptions
{
    iec21::OpticalReadOptions readout; // readout.preferModeE: DLMS when offered
    OpticalDlmsOptions dlms;
};

class OpticalMeterReader : public QObject
{
    Q_OBJECT
public:
    explicit OpticalMeterReader(QObject *parent = nullptr);
    explicit OpticalMeterReader(link::LinkFactory &factory, QObject *parent = nullptr);
    ~OpticalMeterReader() override;

    // Ignored (false) while a reading runs.
    bool start(const OpticalMeterReadOptions &options);
    void cancel();
    bool isRunning() const;

signals:
    void progress(const QString &step, int done, int total);
    void valuesRead(const QList<ims::iec21::DataSetValue> &values);
    void finished(const ims::iec21::OpticalReading &reading);
    void failed(const ims::Error &error);

private:
    struct DlmsRead;

    void onReadoutFinished(const iec21::OpticalReading &reading);
    void onReadoutFailed(const Error &error);
    void readSerial();
    void readClock();
    void readEnergy(int tariff);
    bool reportStep(const QString &step); // false: cancelled meanwhile
    void addValues(const QList<iec21::DataSetValue> &values);
    void releaseAndFinish();
    void fail(const Error &error);
    void endDlms();

    std::unique_ptr<iec21::OpticalReader> m_reader;
    OpticalMeterReadOptions m_options;
    std::unique_ptr<OpticalDlmsChannel> m_channel;
    std::unique_ptr<DlmsClient> m_client;
    std::unique_ptr<DlmsRead> m_read;
    bool m_running = false;
    quint64 m_generation = 0; // callbacks of a cancelled reading are ignored
};

} // namespace ims::client
