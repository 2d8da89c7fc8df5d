#include "app/sim/sim_options.h"

namespace ims::app {

namespace {

Error invalid(const QString &message)
{
    return Error(ErrorKind::InvalidArgument, message);
}

} // namespace

void SimOptions::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("routers"), tr("Number of routers (substations)."), tr("N"),
         QStringLiteral("1")},
        {QStringLiteral("meters-per-router"), tr("Meters behind each router."), tr("M"),
         QStringLiteral("100")},
        {QStringLiteral("tcp-port"),
         tr("TCP port of router 1; router k listens on P+k-1 (0: any free port, -1: no TCP)."),
         tr("P"), QStringLiteral("4059")},
        {QStringLiteral("listen"), tr("Address to listen on."), tr("ADDRESS"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("wrapper"), tr("Use the DLMS/COSEM wrapper on TCP (IEC 62056-47).")},
        {QStringLiteral("hdlc"), tr("Use HDLC on TCP (IEC 62056-46), the default.")},
        {QStringLiteral("pty-dir"),
         tr("Also serve every router on a pseudo-terminal, linked as DIR/routerN."), tr("DIR")},
        {QStringLiteral("baud"), tr("PLC bit rate: 300, 4000 or 0 (unlimited)."), tr("BAUD"),
         QStringLiteral("4000")},
        {QStringLiteral("hop-latency"),
         tr("Modem turnaround per PLC hop in milliseconds (0: none)."), tr("MS"),
         QStringLiteral("40")},
        {QStringLiteral("seed"), tr("Seed of the deterministic network and consumption."), tr("S"),
         QStringLiteral("1")},
        {QStringLiteral("loss"), tr("Probability that one PLC hop loses a frame (0..1)."), tr("P"),
         QStringLiteral("0")},
        {QStringLiteral("start"), tr("Simulated time at start, ISO 8601 (default: now)."),
         tr("ISO8601")},
        {QStringLiteral("time-scale"),
         tr("Simulated seconds per real second (0: the clock moves only with PLC transfers)."),
         tr("X"), QStringLiteral("1")},
        {QStringLiteral("demo"),
         tr("The built-in demo substation (1 router, 120 meters, theft, tamper, outages).")},
    });
}

Result<sim::NetworkConfig> SimOptions::read(const QCommandLineParser &parser)
{
    sim::NetworkConfig c
        = parser.isSet(QStringLiteral("demo")) ? sim::NetworkConfig::demo() : sim::NetworkConfig{};
    bool ok = true;
    auto number = [&](const QString &name, qint64 min, qint64 max) -> std::optional<qint64> {
        const qint64 v = parser.value(name).toLongLong(&ok);
        if (!ok || v < min || v > max)
            return std::nullopt;
        return v;
    };
    if (!parser.isSet(QStringLiteral("demo")) || parser.isSet(QStringLiteral("routers"))) {
        const auto routers = number(QStringLiteral("routers"), 1, 10'000);
        if (!routers)
            return invalid(tr("--routers wants a number from 1 to 10000"));
        c.routers = int(*routers);
    }
    if (!parser.isSet(QStringLiteral("demo"))
        || parser.isSet(QStringLiteral("meters-per-router"))) {
        const auto meters = number(QStringLiteral("meters-per-router"), 0, 12'000);
        if (!meters)
            return invalid(tr("--meters-per-router wants a number from 0 to 12000"));
        c.metersPerRouter = int(*meters);
    }
    const auto port = number(QStringLiteral("tcp-port"), -1, 65535);
    if (!port)
        return invalid(tr("--tcp-port wants a port number, 0 or -1"));
    c.tcpPort = int(*port);
    if (*port > 0 && *port + c.routers - 1 > 65535)
        return invalid(tr("%1 routers do not fit above port %2").arg(c.routers).arg(*port));
    if (parser.isSet(QStringLiteral("wrapper")) && parser.isSet(QStringLiteral("hdlc")))
        return invalid(tr("--wrapper and --hdlc exclude each other"));
    c.framing
        = parser.isSet(QStringLiteral("wrapper")) ? sim::Framing::Wrapper : sim::Framing::Hdlc;
    c.listenAddress = QHostAddress(parser.value(QStringLiteral("listen")));
    if (c.listenAddress.isNull())
        return invalid(tr("--listen wants an IP address"));
    c.ptyDir = parser.value(QStringLiteral("pty-dir"));
    const auto baud = number(QStringLiteral("baud"), 0, 4000);
    if (!baud || (*baud != 0 && *baud != 300 && *baud != 4000))
        return invalid(tr("--baud wants 300, 4000 or 0"));
    c.baud = int(*baud);
    const auto hopLatency = number(QStringLiteral("hop-latency"), 0, 10000);
    if (!hopLatency)
        return invalid(tr("--hop-latency wants milliseconds from 0 to 10000"));
    c.hopLatencyMs = int(*hopLatency);
    if (!parser.isSet(QStringLiteral("demo")) || parser.isSet(QStringLiteral("seed"))) {
        const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return invalid(tr("--seed wants a non-negative number"));
        c.seed = seed;
    }
    c.loss = parser.value(QStringLiteral("loss")).toDouble(&ok);
    if (!ok || c.loss < 0.0 || c.loss > 1.0)
        return invalid(tr("--loss wants a probability from 0 to 1"));
    if (parser.isSet(QStringLiteral("start"))) {
        QDateTime start
            = QDateTime::fromString(parser.value(QStringLiteral("start")), Qt::ISODateWithMs);
        if (!start.isValid())
            return invalid(
                tr("--start wants an ISO 8601 date and time, e.g. 2026-03-16T12:00:00Z"));
        c.start = start.toUTC();
    }
    c.timeScale = parser.value(QStringLiteral("time-scale")).toDouble(&ok);
    // 0 = a discrete clock that moves only with PLC transfers: scripts and
    // tests get answers at once and readings that do not drift under them.
    if (!ok || c.timeScale < 0.0 || c.timeScale > 1e6)
        return invalid(tr("--time-scale wants a number from 0 to 1000000"));
    return c;
}

} // namespace ims::app
