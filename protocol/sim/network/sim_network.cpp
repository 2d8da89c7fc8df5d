#include "protocol/sim/network/sim_network.h"

#include "protocol/core/logging.h"
#include "protocol/sim/meter/consumption_model.h"
#include "protocol/sim/transport/pty_link.h"

#include <QDir>
#include <QFile>

namespace ims::sim {

QString RouterEndpoint::describe() const
{
    QString line
        = QStringLiteral("router %1 %2 %3 %4").arg(router).arg(kind, address, framingName(framing));
    if (!link.isEmpty())
        line += QLatin1Char(' ') + link;
    return line;
}

NetworkConfig NetworkConfig::demo()
{
    NetworkConfig c;
    c.routers = 1;
    c.metersPerRouter = 120;
    c.headMeters = true;
    c.seed = 2026;
    return c;
}

SimNetwork::SimNetwork(NetworkConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

SimNetwork::~SimNetwork()
{
    stop();
}

SimRouter &SimNetwork::router(int number)
{
    return *m_routers.at(size_t(number - 1));
}

SimTcpServer *SimNetwork::tcpServer(int number)
{
    return number >= 1 && size_t(number) <= m_tcp.size() ? m_tcp[size_t(number - 1)] : nullptr;
}

Status SimNetwork::start()
{
    if (m_config.routers < 1 || m_config.metersPerRouter < 0
        || m_config.metersPerRouter > 0x3000 - kFirstMeterPhysical)
        return Error(ErrorKind::InvalidArgument,
                     tr("between 1 router and 12,000 meters per router, please"));
    m_clock = std::make_unique<VirtualClock>(m_config.start, m_config.timeScale);
    const qint64 startMs = m_config.start.toMSecsSinceEpoch();
    const qint64 originDay = ConsumptionModel::dayOf(startMs) - m_config.historyDays;
    const qint64 originMs = originDay * kDayMs - qint64(kLocalUtcOffsetSeconds) * 1000;

    for (int n = 1; n <= m_config.routers; ++n) {
        RouterConfig rc;
        rc.number = quint32(n);
        rc.seed = m_config.seed;
        rc.meterCount = m_config.metersPerRouter;
        rc.headMeter = m_config.headMeters;
        rc.originMs = originMs;
        rc.startMs = startMs;
        rc.plc.baud = m_config.baud;
        rc.plc.perHopLatencyMs = m_config.hopLatencyMs;
        // Loss grows with the hops: each hop may lose the frame.
        rc.plc.lossPerHop = m_config.loss;
        rc.plc.corruptionPerHop = m_config.loss / 2;
        m_routers.push_back(std::make_unique<SimRouter>(rc, *m_clock, m_credentials));
    }
    for (int n = 1; n <= m_config.routers; ++n) {
        if (m_config.tcpPort >= 0) {
            auto *server = new SimTcpServer(router(n), m_config.framing, this);
            const quint16 port = m_config.tcpPort == 0 ? 0 : quint16(m_config.tcpPort + n - 1);
            if (const Status listening = server->listen(m_config.listenAddress, port); !listening)
                return listening;
            m_tcp.push_back(server);
            m_endpoints.append(
                {n,
                 QStringLiteral("tcp"),
                 QStringLiteral("%1:%2").arg(m_config.listenAddress.toString()).arg(server->port()),
                 {},
                 m_config.framing});
        }
        if (m_config.servePty || !m_config.ptyDir.isEmpty()) {
            if (const Status served = servePty(n); !served)
                return served;
        }
    }
    return {};
}

Status SimNetwork::servePty(int number)
{
    Result<std::unique_ptr<PtyLink>> link = PtyLink::create();
    if (!link)
        return link.error();
    const QString slave = (*link)->slavePath();
    auto *session = new ServerSession(std::move(*link), Framing::Hdlc, router(number), this);
    session->start();
    m_ptySessions.push_back(session);
    RouterEndpoint e{number, QStringLiteral("pty"), slave, {}, Framing::Hdlc};
    if (!m_config.ptyDir.isEmpty()) {
        QDir().mkpath(m_config.ptyDir);
        const QString path = QDir(m_config.ptyDir).filePath(QStringLiteral("router%1").arg(number));
        QFile::remove(path);
        if (!QFile::link(slave, path))
            return Error(ErrorKind::Io, tr("cannot create the link %1 to %2").arg(path, slave));
        e.link = path;
        m_links.append(path);
    }
    m_endpoints.append(e);
    return {};
}

void SimNetwork::stop()
{
    for (SimTcpServer *server : m_tcp)
        server->close();
    for (const QString &path : std::as_const(m_links))
        QFile::remove(path);
    m_links.clear();
}

} // namespace ims::sim
