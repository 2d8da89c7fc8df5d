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

QString OpticalEndpoint::describe() const
{
    QString line = QStringLiteral("meter %1 router %2 physical %3 optical %4")
                       .arg(QString::fromLatin1(serial))
                       .arg(meter.router)
                       .arg(meter.physical)
                       .arg(address);
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
        rc.meterHdlcLimits = m_config.meterHdlcLimits;
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

std::optional<MeterLocation> SimNetwork::findMeter(QByteArrayView serial) const
{
    // Serials read "FF RRR IIIII": model family (51, 54; 41 the head meter),
    // router number modulo 1000, index behind the router (makeMeterSpec).
    if (serial.size() != 10 || m_routers.empty())
        return std::nullopt;
    bool ok = false;
    const QByteArray digits = serial.toByteArray();
    const int routerMod = digits.mid(2, 3).toInt(&ok);
    if (!ok)
        return std::nullopt;
    const int index = digits.mid(5, 5).toInt(&ok);
    if (!ok)
        return std::nullopt;
    const qint64 startMs = m_config.start.toMSecsSinceEpoch();
    for (int router = routerMod == 0 ? 1000 : routerMod; router <= routerCount(); router += 1000) {
        if (m_config.headMeters
            && makeHeadMeterSpec(m_config.seed, quint32(router)).serial == digits)
            return MeterLocation{router, kHeadMeterPhysical};
        if (index < m_config.metersPerRouter
            && makeMeterSpec(m_config.seed, quint32(router), quint32(index), startMs).serial
                   == digits)
            return MeterLocation{router, quint16(kFirstMeterPhysical + index)};
    }
    return std::nullopt;
}

SimOpticalPort *SimNetwork::opticalPort(MeterLocation meter) const
{
    for (const auto &[location, port] : m_opticalPorts) {
        if (location == meter)
            return port.get();
    }
    return nullptr;
}

Result<SimOpticalPort *> SimNetwork::openOpticalPort(QByteArrayView serial,
                                                     OpticalPortConfig config)
{
    const std::optional<MeterLocation> meter = findMeter(serial);
    if (!meter)
        return Error(ErrorKind::NotFound, tr("the network has no meter with serial number %1")
                                              .arg(QString::fromLatin1(serial.toByteArray())));
    return openOpticalPort(*meter, std::move(config));
}

Result<SimOpticalPort *> SimNetwork::openOpticalPort(MeterLocation meter, OpticalPortConfig config)
{
    if (SimOpticalPort *open = opticalPort(meter))
        return open;
    if (meter.router < 1 || meter.router > routerCount())
        return Error(ErrorKind::NotFound, tr("the network has no router %1").arg(meter.router));
    SimMeter *m = router(meter.router).meter(meter.physical);
    if (!m)
        return Error(ErrorKind::NotFound, tr("router %1 has no meter at physical address %2")
                                              .arg(meter.router)
                                              .arg(meter.physical));
    config.networkMeter = m;
    config.spodes = true;
    Result<std::unique_ptr<SimOpticalPort>> port = SimOpticalPort::create(std::move(config));
    if (!port)
        return port.error();
    OpticalEndpoint e{m->spec().serial, meter, (*port)->slavePath(), {}};
    if (!m_config.ptyDir.isEmpty()) {
        QDir().mkpath(m_config.ptyDir);
        const QString path
            = QDir(m_config.ptyDir)
                  .filePath(QStringLiteral("optical-") + QString::fromLatin1(m->spec().serial));
        QFile::remove(path);
        if (!QFile::link(e.address, path))
            return Error(ErrorKind::Io, tr("cannot create the link %1 to %2").arg(path, e.address));
        e.link = path;
        m_links.append(path);
    }
    qCInfo(lcSim) << "optical port of meter" << e.serial << "on" << e.address;
    SimOpticalPort *raw = port->get();
    m_opticalPorts.emplace_back(meter, std::move(port).value());
    m_opticalEndpoints.append(e);
    return raw;
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
