#pragma once
// The meter's side of IEC 62056-21 for the simulator's optical port, I/O-free:
// bytes from the probe in, the meter's answers (with the delay it would take)
// out. Speaks the three dialects and can misbehave on purpose (wrong BCC,
// garbage, a missing ETX, slowness, silence, probe echo) so that the client's
// error handling can be exercised without hardware.
#include "protocol/iec62056_21/data_set.h"
#include "protocol/iec62056_21/dialect.h"
#include "protocol/iec62056_21/iec21_messages.h"
#include "protocol/iec62056_21/readout_session.h"

#include <QList>

#include <functional>

namespace ims::iec21 {

struct MeterFaults
{
    int wrongBccCount = 0;    // the first N blocks sent carry a wrong BCC
    int garbageAtStep = 0;    // the answer to request N (1 = sign-on) is line noise
    int missingEtxAtStep = 0; // the answer to request N stops before ETX/BCC (or CR LF)
    int silentAtStep = 0;     // request N gets no answer at all
    int answerDelayMs = 0;    // every answer comes this late
    bool echo = false;        // a half-duplex probe: every received byte comes back first
    bool ignoreModeE = false; // the mode E option select gets no confirmation and no switch
};

// What the meter makes of a W1 (programming-mode write).
enum class WriteOutcome {
    Accepted, // stored: ACK
    Refused,  // read-only or protected: NAK
    Unknown,  // no such register: an error message
};

struct MeterConfig
{
    Dialect dialect = Dialect::Iec;
    QByteArray address; // answers "/?ADDRESS!" only for this one (and "/?!")
    Identification identification;
    QByteArray password;              // accepted with P1
    QByteArray passwordPromptOperand; // sent with P0
    // The registers as the meter names them: code = its own address ("1.8.0",
    // "ET0PE", "0F0880FF"); several entries with one code = total, tariffs...
    std::function<QList<DataSetValue>()> registers;
    // W1 "address(value)" after the right password; unset: every write is
    // acknowledged and forgotten.
    std::function<WriteOutcome(const QByteArray &address, const QByteArray &value)> write;
    int maxBlockData = 0;             // > 0: answers split into EOT blocks of this size
    bool energomeraRepeatName = true; // CE301 "ET0PE(..)" per line; false: CE102M "(..)"
    MeterFaults faults;
};

struct MeterAction
{
    enum class Kind { Write, SetLine };
    Kind kind = Kind::Write;
    QByteArray bytes;
    int delayMs = 0;     // after the request that caused it
    bool isEcho = false; // the probe's echo: at the client's speed, whatever the meter's
    LineSettings line;
};

class MeterResponder
{
public:
    explicit MeterResponder(MeterConfig config);

    QList<MeterAction> onBytes(QByteArrayView bytes);
    // Back to the opening state (300 baud 7E1, waiting for a sign-on).
    void reset();

    LineSettings line() const { return m_line; }
    int requestCount() const { return m_requests; }
    const MeterConfig &config() const { return m_config; }

private:
    enum class State {
        Idle,
        AwaitOption,
        AwaitPassword,
        Programming,
        AwaitBlockAck,
        ReadoutDone, // the data message may be asked for again (NAK)
    };
    using Actions = QList<MeterAction>;

    void handleSignOn(Actions &out, QByteArrayView line);
    void handleOption(Actions &out, QByteArrayView line);
    void handleCommand(Actions &out, const Block &block);
    void handleBlockAck(Actions &out, char control);
    void handleWrite(Actions &out, const QByteArray &data);
    void answer(Actions &out, QByteArray bytes);
    void sendBlocks(Actions &out, const QByteArray &data);
    void sendNextBlock(Actions &out);
    void setLine(Actions &out, LineSettings line);
    QByteArray formatRegister(const QList<DataSetValue> &values, bool withAddress,
                              bool dataReadout) const;
    QByteArray dataReadout() const;
    QByteArray errorAnswer() const;
    BccRule rule() const { return bccRule(m_config.dialect); }

    MeterConfig m_config;
    State m_state = State::Idle;
    LineSettings m_line;
    QByteArray m_rx;
    QByteArray m_lastSent;
    QList<QByteArray> m_pendingBlocks; // data of blocks not sent yet
    int m_requests = 0;
    int m_wrongBccLeft = 0;
    bool m_inProgramming = false;
};

} // namespace ims::iec21
