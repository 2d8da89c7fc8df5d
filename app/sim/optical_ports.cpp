#include "app/sim/optical_ports.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace ims::app {

namespace {

const QString kOptical = QStringLiteral("optical");
const QString kDialect = QStringLiteral("optical-dialect");
const QString kFault = QStringLiteral("optical-fault");
const QString kFaultySessions = QStringLiteral("optical-faulty-sessions");
const QString kDelay = QStringLiteral("optical-delay");
const QString kReaction = QStringLiteral("optical-reaction");
const QString kOnly = QStringLiteral("optical-only");
const QString kNetworkMeters = QStringLiteral("optical-pty");

Error invalid(const QString &message)
{
    return Error(ErrorKind::InvalidArgument, message);
}

} // namespace

void OpticalSimOptions::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        {kOptical,
         tr("Serve the optical port (IEC 62056-21) of a simulated meter per dialect on a "
            "pseudo-terminal, linked as DIR/optical-<dialect>."),
         tr("DIR")},
        {kDialect,
         tr("Optical meters to serve: iec, energomera, neva, spodes (DLMS through mode E) or "
            "all."),
         tr("DIALECT"), QStringLiteral("all")},
        {kFault,
         tr("Misbehaviour of the optical meters: none, bad-bcc, garbage, echo, no-etx, slow, "
            "silent or no-mode-e."),
         tr("FAULT"), QStringLiteral("none")},
        {kFaultySessions, tr("The fault spoils only the first N sessions (0: every session)."),
         tr("N"), QStringLiteral("0")},
        {kDelay, tr("Delay of every answer with --optical-fault slow, in milliseconds."), tr("MS"),
         QStringLiteral("2500")},
        {kReaction,
         tr("Reaction time of the optical meters in milliseconds (default: as their "
            "identification announces, 20 or 200)."),
         tr("MS")},
        {kOnly, tr("Serve only the optical ports: no routers, no network.")},
        {kNetworkMeters,
         tr("Open the optical port of these meters of the network (serial numbers, comma "
            "separated) on pseudo-terminals: IEC 62056-21 readout and mode E into DLMS, on the "
            "same meter the router reaches. Linked as DIR/optical-SERIAL with --pty-dir."),
         tr("SERIAL[,SERIAL...]")},
    });
}

Result<std::optional<OpticalSimConfig>> OpticalSimOptions::read(const QCommandLineParser &parser)
{
    if (!parser.isSet(kOptical)) {
        if (parser.isSet(kOnly))
            return invalid(tr("--optical-only needs --optical DIR"));
        return std::optional<OpticalSimConfig>();
    }
    OpticalSimConfig c;
    c.dir = parser.value(kOptical);
    if (c.dir.isEmpty())
        return invalid(tr("--optical wants a directory for the port links"));
    const QString dialect = parser.value(kDialect).toLower();
    if (dialect == u"all") {
        c.dialects = {iec21::Dialect::Iec, iec21::Dialect::Energomera, iec21::Dialect::Neva};
        c.spodes = true;
    } else if (dialect == u"spodes")
        c.spodes = true;
    else if (dialect == u"iec")
        c.dialects = {iec21::Dialect::Iec};
    else if (dialect == u"energomera")
        c.dialects = {iec21::Dialect::Energomera};
    else if (dialect == u"neva")
        c.dialects = {iec21::Dialect::Neva};
    else
        return invalid(tr("--optical-dialect wants iec, energomera, neva, spodes or all"));
    const Result<sim::OpticalPortConfig> port = portOptions(parser);
    if (!port)
        return port.error();
    c.fault = port->fault;
    c.faultySessions = port->faultySessions;
    c.slowDelayMs = port->slowDelayMs;
    c.reactionMs = port->reactionMs;
    c.only = parser.isSet(kOnly);
    return std::optional<OpticalSimConfig>(c);
}

Result<sim::OpticalPortConfig> OpticalSimOptions::portOptions(const QCommandLineParser &parser)
{
    sim::OpticalPortConfig c;
    const auto fault = sim::parseOpticalFault(parser.value(kFault));
    if (!fault)
        return invalid(
            tr("--optical-fault wants none, bad-bcc, garbage, echo, no-etx, slow, silent or "
               "no-mode-e"));
    c.fault = *fault;
    bool ok = false;
    c.faultySessions = parser.value(kFaultySessions).toInt(&ok);
    if (!ok || c.faultySessions < 0)
        return invalid(tr("--optical-faulty-sessions wants a number, 0 or more"));
    c.slowDelayMs = parser.value(kDelay).toInt(&ok);
    if (!ok || c.slowDelayMs < 0 || c.slowDelayMs > 600000)
        return invalid(tr("--optical-delay wants milliseconds from 0 to 600000"));
    if (parser.isSet(kReaction)) {
        c.reactionMs = parser.value(kReaction).toInt(&ok);
        if (!ok || c.reactionMs < 0 || c.reactionMs > 10000)
            return invalid(tr("--optical-reaction wants milliseconds from 0 to 10000"));
    }
    return c;
}

Result<QList<QByteArray>> OpticalSimOptions::networkMeters(const QCommandLineParser &parser)
{
    QList<QByteArray> serials;
    for (const QString &value : parser.values(kNetworkMeters)) {
        for (const QString &serial : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = serial.trimmed();
            const bool digits = !trimmed.isEmpty()
                                && std::all_of(trimmed.begin(), trimmed.end(),
                                               [](QChar ch) { return ch.isDigit(); });
            if (!digits)
                return invalid(
                    tr("--optical-pty wants serial numbers (digits), comma separated: %1")
                        .arg(serial));
            if (!serials.contains(trimmed.toLatin1()))
                serials.append(trimmed.toLatin1());
        }
    }
    if (!serials.isEmpty() && parser.isSet(kOnly))
        return invalid(tr("--optical-pty opens ports of network meters: not with --optical-only"));
    return serials;
}

OpticalPorts::~OpticalPorts()
{
    for (const Port &p : m_ports) {
        if (!p.link.isEmpty())
            QFile::remove(p.link);
    }
}

Status OpticalPorts::start(const OpticalSimConfig &config)
{
    m_config = config;
    if (!QDir().mkpath(config.dir))
        return Error(ErrorKind::Io, tr("cannot create the directory %1").arg(config.dir));
    QList<sim::OpticalPortConfig> ports;
    for (const iec21::Dialect dialect : config.dialects) {
        sim::OpticalPortConfig pc;
        pc.dialect = dialect;
        ports.append(pc);
    }
    if (config.spodes) {
        sim::OpticalPortConfig pc;
        pc.spodes = true;
        ports.append(pc);
    }
    for (sim::OpticalPortConfig pc : std::as_const(ports)) {
        pc.fault = config.fault;
        pc.faultySessions = config.faultySessions;
        pc.slowDelayMs = config.slowDelayMs;
        pc.reactionMs = config.reactionMs;
        auto port = sim::SimOpticalPort::create(pc);
        if (!port)
            return port.error();
        const QString link
            = QDir(config.dir).filePath(QStringLiteral("optical-") + sim::opticalPortName(pc));
        QFile::remove(link);
        if (!QFile::link((*port)->slavePath(), link))
            return Error(ErrorKind::Io, tr("cannot link %1 to %2").arg(link, (*port)->slavePath()));
        m_ports.push_back({std::move(port).value(), link});
    }
    return {};
}

QStringList OpticalPorts::describe() const
{
    QStringList lines;
    for (const Port &p : m_ports) {
        lines << QStringLiteral("optical %1 pty %2 %3 serial %4 fault %5")
                     .arg(sim::opticalPortName(p.port->config()), p.port->slavePath(), p.link,
                          QString::fromLatin1(p.port->serialNumber()),
                          sim::opticalFaultName(p.port->config().fault));
    }
    return lines;
}

} // namespace ims::app
