#include "protocol/sim/optical/sim_optical_port.h"

#include "protocol/core/logging.h"
#include "protocol/link/memory_link.h"
#include "protocol/link/pty.h"
#include "protocol/sim/optical/spodes_optical_meter.h"
#include "protocol/sim/transport/server_session.h"

namespace ims::sim {

QString opticalFaultName(OpticalFault fault)
{
    switch (fault) {
    case OpticalFault::None:
        return QStringLiteral("none");
    case OpticalFault::BadBcc:
        return QStringLiteral("bad-bcc");
    case OpticalFault::Garbage:
        return QStringLiteral("garbage");
    case OpticalFault::Echo:
        return QStringLiteral("echo");
    case OpticalFault::NoEtx:
        return QStringLiteral("no-etx");
    case OpticalFault::Slow:
        return QStringLiteral("slow");
    case OpticalFault::Silent:
        return QStringLiteral("silent");
    case OpticalFault::NoModeE:
        return QStringLiteral("no-mode-e");
    }
    return {};
}

QString opticalPortName(const OpticalPortConfig &config)
{
    return config.spodes ? QStringLiteral("spodes") : iec21::dialectName(config.dialect);
}

QList<OpticalFault> allOpticalFaults()
{
    return {OpticalFault::None,   OpticalFault::BadBcc, OpticalFault::Garbage,
            OpticalFault::Echo,   OpticalFault::NoEtx,  OpticalFault::Slow,
            OpticalFault::Silent, OpticalFault::NoModeE};
}

std::optional<OpticalFault> parseOpticalFault(QStringView name)
{
    for (const OpticalFault f : allOpticalFaults()) {
        if (name.compare(opticalFaultName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

Result<std::unique_ptr<SimOpticalPort>> SimOpticalPort::create(OpticalPortConfig config,
                                                               QObject *parent)
{
    auto endpoint = link::PtyEndpoint::create();
    if (!endpoint)
        return endpoint.error();
    return std::unique_ptr<SimOpticalPort>(
        new SimOpticalPort(std::move(config), std::move(endpoint).value(), parent));
}

SimOpticalPort::SimOpticalPort(OpticalPortConfig config,
                               std::unique_ptr<link::PtyEndpoint> endpoint, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_endpoint(std::move(endpoint))
{
    if (!m_config.clock)
        m_config.clock = [] {
            return QDateTime::currentDateTime();
        };
    if (m_config.networkMeter)
        m_config.spodes = true;
    if (m_config.spodes) {
        m_config.dialect = iec21::Dialect::Iec;
        m_spodes = m_config.networkMeter
                       ? std::make_unique<SpodesOpticalMeter>(*m_config.networkMeter)
                       : std::make_unique<SpodesOpticalMeter>(m_config.clock().toUTC(),
                                                              m_config.seed, m_config.timeScale);
        m_meter = m_spodes->opticalConfig();
    } else {
        m_meter = opticalMeter(m_config.dialect, [this] { return meterTime(); });
    }
    m_meter.write = [this](const QByteArray &address, const QByteArray &value) {
        return write(address, value);
    };
    m_responder = std::make_unique<iec21::MeterResponder>(m_meter);
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SimOpticalPort::flush);
    connect(m_endpoint.get(), &link::PtyEndpoint::bytesReceived, this, &SimOpticalPort::onBytes);
    connect(m_endpoint.get(), &link::PtyEndpoint::errorOccurred, this,
            [](const Error &e) { qCWarning(lcSim) << "optical port:" << e.message; });
}

SimOpticalPort::~SimOpticalPort()
{
    leaveHdlc();
}

QDateTime SimOpticalPort::meterTime() const
{
    return m_config.clock().addMSecs(m_clockShiftMs);
}

iec21::WriteOutcome SimOpticalPort::write(const QByteArray &address, const QByteArray &value)
{
    const QList<iec21::DataSetValue> registers = m_meter.registers();
    const bool known
        = std::any_of(registers.begin(), registers.end(),
                      [&](const iec21::DataSetValue &v) { return v.code.toLatin1() == address; });
    if (!known)
        return iec21::WriteOutcome::Unknown;
    if (!isOpticalClockRegister(m_config.dialect, address))
        return iec21::WriteOutcome::Refused; // energy, serial, measurements: read-only
    const QDateTime now = m_spodes ? m_spodes->localTime() : meterTime();
    const std::optional<QDateTime> set = opticalClockWrite(m_config.dialect, address, value, now);
    if (!set)
        return iec21::WriteOutcome::Refused;
    qCDebug(lcSim) << "optical port" << slavePath() << "W1" << address << value;
    if (m_spodes) {
        m_spodes->setLocalTime(*set);
    } else {
        // Both as wall-clock fields: a daylight-saving change in between is no business of ours.
        const QDateTime from(now.date(), now.time(), Qt::UTC);
        const QDateTime to(set->date(), set->time(), Qt::UTC);
        m_clockShiftMs += from.msecsTo(to);
    }
    return iec21::WriteOutcome::Accepted;
}

QString SimOpticalPort::slavePath() const
{
    return m_endpoint->slavePath();
}

int SimOpticalPort::slaveFd() const
{
    return m_endpoint->slaveFd();
}

iec21::LineSettings SimOpticalPort::line() const
{
    return m_responder->line();
}

void SimOpticalPort::beginSession()
{
    ++m_sessions;
    iec21::MeterConfig meter = m_meter;
    const bool faulty = m_config.faultySessions <= 0 || m_sessions <= m_config.faultySessions;
    if (faulty) {
        iec21::MeterFaults &f = meter.faults;
        switch (m_config.fault) {
        case OpticalFault::None:
            break;
        case OpticalFault::BadBcc:
            f.wrongBccCount = 1'000'000;
            break;
        case OpticalFault::Garbage:
            f.garbageAtStep = 1;
            break;
        case OpticalFault::Echo:
            f.echo = true;
            break;
        case OpticalFault::NoEtx:
            f.missingEtxAtStep = 2;
            break;
        case OpticalFault::Slow:
            f.answerDelayMs = m_config.slowDelayMs;
            break;
        case OpticalFault::Silent:
            f.silentAtStep = 1;
            break;
        case OpticalFault::NoModeE:
            f.ignoreModeE = true;
            break;
        }
    }
    // A new sign-on: whatever the previous session still had to say is void.
    m_outgoing.clear();
    m_timer.stop();
    m_responder = std::make_unique<iec21::MeterResponder>(meter);
    qCDebug(lcSim) << "optical port" << slavePath() << "session" << m_sessions << "fault"
                   << (faulty ? opticalFaultName(m_config.fault) : QStringLiteral("none"));
    emit sessionStarted(m_sessions);
}

void SimOpticalPort::onBytes(const QByteArray &bytes)
{
    if (bytes.startsWith("/?")) {
        leaveHdlc(); // the meter is back at its opening state
        beginSession();
    } else if (m_hdlcEnd) {
        (void)m_hdlcEnd->write(bytes); // mode E: HDLC for the meter's DLMS server
        return;
    }
    const int reaction
        = m_config.reactionMs >= 0 ? m_config.reactionMs : m_meter.identification.reactionTimeMs();
    const qint64 now = m_clock.elapsed();
    const QList<iec21::MeterAction> actions = m_responder->onBytes(bytes);
    bool handOver = false;
    for (const iec21::MeterAction &a : actions) {
        if (a.kind == iec21::MeterAction::Kind::SetLine) {
            // A pty has no speed: the line change is the responder's own
            // record, but 8N1 means mode E: HDLC from now on.
            handOver = a.line.framing == iec21::LineSettings::Framing::EightN1;
            continue;
        }
        const qint64 due = now + (a.isEcho ? 0 : reaction + a.delayMs);
        // Keep the order of the answers, whatever their delays.
        const qint64 after = m_outgoing.empty() ? due : std::max(due, m_outgoing.back().dueMs);
        m_outgoing.push_back({a.bytes, after});
    }
    flush();
    if (handOver)
        enterHdlc();
}

void SimOpticalPort::enterHdlc()
{
    if (!m_spodes)
        return; // only a SPODES meter offers mode E
    leaveHdlc();
    link::MemoryLinkPair pair(QStringLiteral("optical-hdlc"));
    m_hdlcSession
        = std::make_unique<ServerSession>(pair.takeB(), Framing::Hdlc, m_spodes->directory());
    m_hdlcSession->start();
    m_hdlcEnd = pair.takeA();
    // Answers leave after the confirmation still queued at the opening speed.
    connect(m_hdlcEnd.get(), &link::Link::bytesReceived, this, [this](const QByteArray &bytes) {
        const qint64 due = m_outgoing.empty() ? 0 : m_outgoing.back().dueMs;
        m_outgoing.push_back({bytes, due});
        flush();
    });
    m_hdlcEnd->open();
    qCDebug(lcSim) << "optical port" << slavePath() << "mode E: HDLC to the meter's DLMS server";
}

void SimOpticalPort::leaveHdlc()
{
    if (m_hdlcEnd) {
        m_hdlcEnd->disconnect(this);
        m_hdlcEnd->close();
    }
    m_hdlcEnd.reset();
    m_hdlcSession.reset();
}

void SimOpticalPort::flush()
{
    const qint64 now = m_clock.elapsed();
    while (!m_outgoing.empty() && m_outgoing.front().dueMs <= now) {
        m_endpoint->write(m_outgoing.front().bytes);
        m_outgoing.pop_front();
    }
    if (!m_outgoing.empty())
        m_timer.start(int(m_outgoing.front().dueMs - now));
}

} // namespace ims::sim
