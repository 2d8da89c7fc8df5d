#pragma once
// One IEC 62056-21 readout through an optical probe, as an I/O-free state
// machine. The driver (a serial link, the simulator, a test) feeds it with
// start(), onBytes() and onTimeout() and carries out the returned actions in
// order:
//   SetLine     switch the port (after the preceding Write has left the wire)
//   Write       send the bytes
//   Wait        let this many milliseconds pass before the next action
//   ArmTimeout  (re)start the one answer timer; call onTimeout() when it expires
//   Values      data sets read so far (progress for the user)
//   Finished    done: result() holds everything; let a preceding Write (the
//               B0 of programming mode) leave the wire first; for mode E, hand
//               the port, already switched to 8N1, to the HDLC layer
//   Failed      error() says what went wrong and at which step
// Modes: data readout (option 0), programming mode (option 1: P1 password,
// W1 per write, R1 per register, B0 at the end) and the mode E hand-over
// (ACK 2 Z 2, IEC 62056-21 Annex E: the port then carries HDLC at 8N1).
#include "protocol/core/error.h"
#include "protocol/iec62056_21/data_set.h"
#include "protocol/iec62056_21/dialect.h"
#include "protocol/iec62056_21/iec21_messages.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ims::iec21 {

struct LineSettings
{
    enum class Framing { SevenE1, EightN1 };
    int baud = 300;
    Framing framing = Framing::SevenE1;
    bool operator==(const LineSettings &) const = default;
};

// Automatic: data readout (option 0) for standard IEC meters without a
// password; programming mode with the dialect's register list for Energomera
// and Neva (their readouts are vendor-specific) and whenever a password is set
// or something is to be written; the mode E hand-over when preferModeE is set
// and the meter offers it (a SPODES meter: DLMS reads more than its readout).
enum class ReadoutMode { DataReadout, Programming, ModeEHandOver, Automatic };

// One programming-mode write: W1 with data "address(value)".
struct WriteCommand
{
    QByteArray address;
    QByteArray value;
    bool operator==(const WriteCommand &) const = default;
};

struct ReadoutConfig
{
    QByteArray address; // sign-on address (serial number); empty: "/?!"
    ReadoutMode mode = ReadoutMode::DataReadout;
    std::optional<Dialect> dialect;     // manual override of the detection
    std::optional<QByteArray> password; // P1 operand; default: the dialect's factory password
    // Programming mode: the registers to read (R1) after the writes. Empty:
    // the dialect's standard list, or nothing at all when there are writes.
    QList<ReadCommand> commands;
    QList<WriteCommand> writes;         // programming mode: W1 each, before the reads
    bool preferModeE = false;           // Automatic: hand over to HDLC when the meter offers mode E
    int maxBaud = 9600;                 // what the probe can do
    int responseTimeoutMs = 2000;       // reaction time may reach 1500 ms
    int interCharacterTimeoutMs = 1500; // between bytes of one message
    int modeEConfirmTimeoutMs = 800;    // wait for the meter's ACK 2 Z 2 before switching
    int maxRetries = 3;                 // NAK repetitions per message
    qsizetype maxMessageBytes = 64 * 1024;
    qsizetype maxNoiseBytes = 64; // stray bytes tolerated before a message starts
};

struct SessionAction
{
    enum class Kind { SetLine, Write, Wait, ArmTimeout, Values, Finished, Failed };
    Kind kind = Kind::Write;
    QByteArray bytes;           // Write
    LineSettings line;          // SetLine
    int milliseconds = 0;       // Wait, ArmTimeout
    QList<DataSetValue> values; // Values
    Error error;                // Failed
};

// A register the meter would not give (error answer, unreadable value).
struct ItemFailure
{
    QString address;
    QString message;
};

struct ReadoutResult
{
    Identification identification;
    Dialect dialect = Dialect::Iec;
    QString serialNumber; // from 96.1.0 / C.1.0 / 0.0.0 when the meter sent one
    QString passwordPromptOperand;
    QList<DataSetValue> values;
    QList<ItemFailure> failures;
    std::optional<LineSettings> hdlcLine; // mode E: the line the HDLC layer takes over
    bool modeEConfirmed = false;          // mode E: the meter echoed ACK 2 Z 2 before switching
    int writesAccepted = 0;               // W1 answered with ACK
    ReadoutMode mode = ReadoutMode::DataReadout; // the one used (Automatic resolved)
};

class ReadoutSession
{
    Q_DECLARE_TR_FUNCTIONS(ReadoutSession)

public:
    explicit ReadoutSession(ReadoutConfig config);

    QList<SessionAction> start();
    QList<SessionAction> onBytes(QByteArrayView bytes);
    QList<SessionAction> onTimeout();

    bool isFinished() const { return m_state == State::Finished; }
    bool hasFailed() const { return m_state == State::Failed; }
    bool isActive() const { return !isFinished() && !hasFailed() && m_state != State::Idle; }
    const ReadoutResult &result() const { return m_result; }
    const Error &error() const { return m_error; }

    // For progress displays: what the session waits for now ("" when idle or
    // done), and registers asked for / to ask for in programming mode.
    QString currentStep() const { return stepDescription(); }
    int commandsSent() const { return int(m_nextWrite + m_nextCommand); }
    int commandCount() const { return int(m_config.writes.size() + m_commands.size()); }
    // The meter may be in programming mode now: a B0 would end it cleanly.
    bool mayBeInProgrammingMode() const { return m_programmingSelected; }

private:
    enum class State {
        Idle,
        AwaitIdentification,
        AwaitDataMessage,
        AwaitPasswordPrompt,
        AwaitPasswordAck,
        AwaitReadAnswer,
        AwaitWriteAnswer,
        AwaitModeEConfirmation,
        Finished,
        Failed,
    };
    using Actions = QList<SessionAction>;

    void transmit(Actions &out, const QByteArray &bytes, bool expectEcho = true);
    void arm(Actions &out, int ms);
    void setLine(Actions &out, LineSettings line);
    void fail(Actions &out, Error error);
    void finish(Actions &out);

    bool dropEcho(); // false: wait for more bytes
    void dropNoise(Actions &out);
    void process(Actions &out);
    void handleIdentification(Actions &out);
    void handleBlockStream(Actions &out);
    void handleControl(Actions &out, char control);
    void handleBlock(Actions &out, const Block &block);
    void handleMessageError(Actions &out, const Error &error);
    void handleDataMessage(Actions &out, const Block &block);
    void handleReadAnswer(Actions &out, const QByteArray &data);
    void sendNextCommand(Actions &out);
    void sendNextWrite(Actions &out);
    void handleWriteRefused(Actions &out, const QString &reason);
    void finishModeE(Actions &out);
    QString stepDescription() const;
    BccRule rule() const { return bccRule(m_result.dialect); }

    ReadoutConfig m_config;
    ReadoutResult m_result;
    Error m_error;
    State m_state = State::Idle;

    QByteArray m_rx;          // received, not yet consumed
    QByteArray m_pendingEcho; // our last transmission, if the probe echoes it
    QByteArray m_lastSent;    // repeated when the meter answers NAK
    QByteArray m_blockData;   // data of partial (EOT) blocks so far
    qsizetype m_noiseBytes = 0;
    int m_retries = 0;
    int m_reactionMs = 200;
    LineSettings m_agreedLine;
    QList<ReadCommand> m_commands;
    qsizetype m_nextCommand = 0;
    qsizetype m_nextWrite = 0;
    ReadoutMode m_mode = ReadoutMode::DataReadout; // m_config.mode, Automatic resolved
    bool m_programmingSelected = false;
};

} // namespace ims::iec21
