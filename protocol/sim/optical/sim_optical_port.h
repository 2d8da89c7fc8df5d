#pragma once
// The optical port of a simulated meter on a pseudo-terminal: a client opens
// slavePath() with an optical probe link and reads the meter as it would a
// real one through IEC 62056-21. Every sign-on ("/?...!") starts a new
// session with a fresh meter state, as a real meter returns to its opening
// state; a fault can be staged for every session or for the first few only.
//
// Programming mode: with the meter's password a W1 of its date or time
// register sets its clock (ACK), a W1 of any other register it has is
// refused (NAK), of a register it does not have answered with an error.
//
// A SPODES meter (OpticalPortConfig::spodes) offers mode E: after the option
// select ACK 2 Z 2 the port carries HDLC to the meter's DLMS server (the
// CosemServer of the PLC and TCP meters) until the next sign-on.
//
// The SPODES meter is its own, or (OpticalPortConfig::networkMeter) a meter
// of a simulated network: then the port reads and changes the very state the
// router reaches over PLC (SimNetwork::openOpticalPort).
#include "protocol/core/result.h"
#include "protocol/iec62056_21/meter_responder.h"
#include "protocol/sim/optical/optical_meters.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

namespace ims::link {
class MemoryLink;
class PtyEndpoint;
} // namespace ims::link

namespace ims::sim {

class SimMeter;

enum class OpticalFault {
    None,
    BadBcc,  // every block carries a wrong BCC
    Garbage, // line noise instead of the identification
    Echo,    // a half-duplex probe: the client's bytes come back first
    NoEtx,   // the answer to the option select stops before ETX/BCC
    Slow,    // every answer comes slowDelayMs late
    Silent,  // no answer to the sign-on
    NoModeE, // the mode E option select gets no confirmation and the port stays IEC
};

// "none", "bad-bcc", "garbage", "echo", "no-etx", "slow", "silent", "no-mode-e".
QString opticalFaultName(OpticalFault fault);
std::optional<OpticalFault> parseOpticalFault(QStringView name);
QList<OpticalFault> allOpticalFaults();

struct OpticalPortConfig
{
    iec21::Dialect dialect = iec21::Dialect::Iec;
    OpticalFault fault = OpticalFault::None;
    int faultySessions = 0; // the fault applies to sessions 1..N; 0: to every session
    int slowDelayMs = 2500; // Slow: beyond the client's default 2 s answer timeout
    int reactionMs = -1;    // before each answer; -1: as the identification announces
    OpticalClock clock;     // default: the system's local time (not used by a SPODES meter)
    // A SPODES meter with mode E (dialect Iec): readout and DLMS from one SimMeter.
    bool spodes = false;
    quint64 seed = 2026;    // the SPODES meter's consumption and serial number
    double timeScale = 1.0; // the SPODES meter's clock from clock(); 0: stands still (tests)
    // A meter of a simulated network (implies spodes; seed, timeScale and
    // clock are then the network's). Must outlive the port.
    SimMeter *networkMeter = nullptr;
};

// "iec", "energomera", "neva" or "spodes": how a port is named.
QString opticalPortName(const OpticalPortConfig &config);

class SpodesOpticalMeter;
class ServerSession;

class SimOpticalPort : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<SimOpticalPort>> create(OpticalPortConfig config,
                                                          QObject *parent = nullptr);
    ~SimOpticalPort() override;

    QString slavePath() const;
    // The simulator's own descriptor of the client's side: tcgetattr() on it
    // shows the line settings the client applied last.
    int slaveFd() const;
    const OpticalPortConfig &config() const { return m_config; }
    QByteArray serialNumber() const { return m_meter.address; }
    const iec21::MeterConfig &meter() const { return m_meter; }
    int sessions() const { return m_sessions; }
    // The line the meter is at now (its side of the agreed speed).
    iec21::LineSettings line() const;
    // After a mode E hand-over until the next sign-on.
    bool servesHdlc() const { return m_hdlcEnd != nullptr; }
    // The SPODES meter behind the port, or null.
    SpodesOpticalMeter *spodesMeter() const { return m_spodes.get(); }

signals:
    void sessionStarted(int number);

private:
    SimOpticalPort(OpticalPortConfig config, std::unique_ptr<link::PtyEndpoint> endpoint,
                   QObject *parent);
    void onBytes(const QByteArray &bytes);
    void beginSession();
    void flush();
    void enterHdlc();
    void leaveHdlc();
    iec21::WriteOutcome write(const QByteArray &address, const QByteArray &value);
    QDateTime meterTime() const;

    struct Outgoing
    {
        QByteArray bytes;
        qint64 dueMs = 0;
    };

    OpticalPortConfig m_config;
    iec21::MeterConfig m_meter;
    std::unique_ptr<SpodesOpticalMeter> m_spodes;
    qint64 m_clockShiftMs = 0; // what W1 of the date or time moved the clock by
    std::unique_ptr<link::PtyEndpoint> m_endpoint;
    std::unique_ptr<ServerSession> m_hdlcSession;
    std::unique_ptr<link::MemoryLink> m_hdlcEnd; // our end of the line to the DLMS server
    std::unique_ptr<iec21::MeterResponder> m_responder;
    std::deque<Outgoing> m_outgoing;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_sessions = 0;
};

} // namespace ims::sim
