#pragma once
// A whole IEC 62056-21 readout through an optical probe, asynchronously: opens
// the probe (300 7E1), drives a ReadoutSession over the link (waits, baud
// switch once the option select has left the wire, answer timeouts), repeats
// the readout after failures that another attempt may cure, and closes the
// probe. Exactly one of finished() or failed() follows start(), always from
// the event loop; cancel() ends everything at once (failed() with Cancelled).
// Every step is bounded by a timer, so a readout can never hang.
//
// Mode E: the reading ends with result.hdlcLine set and the probe is not
// closed: it stays open, already switched to 8N1 at the agreed speed, for the
// HDLC layer. Take it with takeHandedOverLink() from the finished() slot (the
// meter drops back to its opening state if the port is closed and reopened);
// a probe nobody takes is closed at the next start() or with the reader.
#include "protocol/core/error.h"
#include "protocol/iec62056_21/readout_session.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace ims::link {
class Link;
class LinkFactory;
} // namespace ims::link

namespace ims::iec21 {

// "auto", "iec", "energomera", "neva": nullopt inside means automatic.
struct DialectChoice
{
    std::optional<Dialect> dialect;
    static std::optional<DialectChoice> parse(QStringView text);
};

struct OpticalReadOptions
{
    QString device;                 // "/dev/ttyUSB0", "COM3", a pty
    int maxBaud = 9600;             // what the probe can do
    QByteArray address;             // sign-on address; empty: "/?!"
    std::optional<Dialect> dialect; // manual override; nullopt: from the identification
    ReadoutMode mode = ReadoutMode::Automatic;
    std::optional<QByteArray> password; // P1; default: the dialect's factory password
    QList<ReadCommand> commands;        // programming mode; empty: the dialect's list
    QList<WriteCommand> writes;         // programming mode: W1 each before the reads
    bool preferModeE = false;           // Automatic: mode E hand-over when the meter offers it
    int responseTimeoutMs = 2000;
    int interCharacterTimeoutMs = 1500;
    // Whole-readout repetitions after a failure that may pass on another try
    // (timeout, garbage, wrong BCC, missing ETX); never after a refused password.
    int retries = 2;
    // Each repetition gives a slow meter more time: timeouts x this factor.
    double timeoutGrowth = 1.5;
    int retryPauseMs = 1000; // lets the meter fall back to its opening state
};

struct OpticalReading
{
    QString device;
    ReadoutResult result;
    int attempts = 1;
};

class OpticalReader : public QObject
{
    Q_OBJECT

public:
    // Without a factory the reader makes an OpticalLink itself.
    explicit OpticalReader(QObject *parent = nullptr);
    explicit OpticalReader(link::LinkFactory &factory, QObject *parent = nullptr);
    ~OpticalReader() override;

    // Starts a readout; ignored (returns false) while one is running.
    bool start(const OpticalReadOptions &options);
    // Stops at once: the probe is closed (after a B0 if the meter may be in
    // programming mode) and failed() reports Cancelled.
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }
    int attempt() const { return m_attempt; }
    // After a mode E hand-over: the open probe at 8N1 (null otherwise, or
    // once taken). The caller owns it from then on.
    std::unique_ptr<link::Link> takeHandedOverLink();

signals:
    // A step for people ("waiting for the data readout", "attempt 2 of 3...").
    void progress(const QString &step, int done, int total);
    void valuesRead(const QList<ims::iec21::DataSetValue> &values);
    void finished(const ims::iec21::OpticalReading &reading);
    void failed(const ims::Error &error);

private:
    enum class Phase { Idle, Opening, Reading, Pausing, Closing };

    void onOpened();
    void onLinkError(const Error &error);
    void onBytes(const QByteArray &bytes);
    void onBytesWritten(qint64 count);
    void onAnswerTimeout();
    void onStepTimer();
    void startAttempt();
    void run(QList<SessionAction> actions);
    void pump();
    bool waitForWire(); // true when the line is quiet; else arms m_stepTimer
    bool applyLine(const LineSettings &line, Error &error);
    void attemptFailed(const Error &error);
    void succeed();
    void end(std::optional<Error> error);
    qint64 wireTimeMs(qsizetype bytes) const;
    ReadoutConfig sessionConfig() const;
    void report(const QString &step);
    static bool worthRepeating(const Error &error);

    link::LinkFactory *m_factory = nullptr;
    std::unique_ptr<link::LinkFactory> m_ownFactory;
    std::unique_ptr<link::Link> m_link;
    std::unique_ptr<link::Link> m_handedOver; // mode E: the open probe, until taken
    std::unique_ptr<ReadoutSession> m_session;
    OpticalReadOptions m_options;
    Phase m_phase = Phase::Idle;
    int m_attempt = 0;
    QList<SessionAction> m_queue;
    bool m_blocked = false; // m_stepTimer runs a Wait or a wire drain
    QTimer m_answerTimer;
    QTimer m_stepTimer;
    QTimer m_deadline; // the drain of the link may not take longer than this
    qint64 m_bytesQueued = 0;
    qint64 m_bytesConfirmed = 0;
    qsizetype m_lastWriteSize = 0;
    QElapsedTimer m_sinceConfirmed;
    LineSettings m_line;
    QString m_lastStep;
    std::optional<Error> m_pendingError; // Closing: what to report once the B0 left
    std::optional<OpticalReading> m_pendingReading;
};

} // namespace ims::iec21
