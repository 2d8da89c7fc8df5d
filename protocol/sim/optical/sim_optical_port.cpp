#include "protocol/sim/optical/sim_optical_port.h"

#include "protocol/core/logging.h"
#include "protocol/link/pty.h"

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
    }
    return {};
}

QList<OpticalFault> allOpticalFaults()
{
    return {OpticalFault::None,  OpticalFault::BadBcc, OpticalFault::Garbage, OpticalFault::Echo,
            OpticalFault::NoEtx, OpticalFault::Slow,   OpticalFault::Silent};
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
    m_meter = opticalMeter(m_config.dialect, m_config.clock);
    m_responder = std::make_unique<iec21::MeterResponder>(m_meter);
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SimOpticalPort::flush);
    connect(m_endpoint.get(), &link::PtyEndpoint::bytesReceived, this, &SimOpticalPort::onBytes);
    connect(m_endpoint.get(), &link::PtyEndpoint::errorOccurred, this,
            [](const Error &e) { qCWarning(lcSim) << "optical port:" << e.message; });
}

SimOpticalPort::~SimOpticalPort() = default;

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
    if (bytes.startsWith("/?"))
        beginSession();
    const int reaction
        = m_config.reactionMs >= 0 ? m_config.reactionMs : m_meter.identification.reactionTimeMs();
    const qint64 now = m_clock.elapsed();
    const QList<iec21::MeterAction> actions = m_responder->onBytes(bytes);
    for (const iec21::MeterAction &a : actions) {
        if (a.kind != iec21::MeterAction::Kind::Write)
            continue; // a pty has no speed: the line change is the responder's own record
        const qint64 due = now + (a.isEcho ? 0 : reaction + a.delayMs);
        // Keep the order of the answers, whatever their delays.
        const qint64 after = m_outgoing.empty() ? due : std::max(due, m_outgoing.back().dueMs);
        m_outgoing.push_back({a.bytes, after});
    }
    flush();
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
