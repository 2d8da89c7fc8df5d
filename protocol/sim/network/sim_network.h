#pragma once
// A whole virtual substation network in one process: the virtual clock,
// the shared credentials, N routers with M meters each, and where each
// router can be reached (a TCP port with HDLC or WRAPPER framing, and/or a
// pty serving HDLC). What imsdesk-sim and the workstation's demo mode start.
//
// On request a meter of the network also gets its optical port on a pty
// (openOpticalPort): IEC 62056-21 mode C readout and mode E into HDLC, on
// the same meter state its router reaches over PLC.
#include "protocol/core/result.h"
#include "protocol/sim/meter/credentials.h"
#include "protocol/sim/optical/sim_optical_port.h"
#include "protocol/sim/router/sim_router.h"
#include "protocol/sim/server/virtual_clock.h"
#include "protocol/sim/transport/server_session.h"
#include "protocol/sim/transport/sim_tcp_server.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace ims::sim {

class PtyLink;

struct NetworkConfig
{
    int routers = 1;
    int metersPerRouter = 100;
    bool headMeters = true;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    int tcpPort = 4059; // router k listens on tcpPort + k - 1; -1 = no TCP, 0 = any free port
    Framing framing = Framing::Hdlc;
    QString ptyDir;        // non-empty: also serve every router on a pty, linked as DIR/routerN
    bool servePty = false; // serve ptys even without a directory for the links
    int baud = 4000;       // PLC bit rate: 300, 4000, 0 = unlimited
    int hopLatencyMs = 40; // modem turnaround per hop (0: the workstation's demo)
    double loss = 0.0;     // per-hop frame loss probability
    quint64 seed = 1;
    QDateTime start = QDateTime::currentDateTimeUtc();
    double timeScale = 1.0; // 0 = discrete clock (tests)
    int historyDays = 400;  // meters were commissioned this long before the start
    // What every meter accepts in an SNRM; unset: the IEC 62056-46 defaults
    // (128-byte information field, window 1), as small PLC meters answer.
    std::optional<hdlc::HdlcParameters> meterHdlcLimits;

    // The built-in demo: one SNT substation, 120 meters behind one router,
    // a head meter, a thief, a tamper event, outages, a drifting clock.
    static NetworkConfig demo();
};

// Where one router can be reached.
struct RouterEndpoint
{
    int router = 0;
    QString kind;    // "tcp" or "pty"
    QString address; // "127.0.0.1:4059" or "/dev/pts/7"
    QString link;    // pty: the symlink made in ptyDir, if any
    Framing framing = Framing::Hdlc;

    // "router 1 tcp 127.0.0.1:4059 hdlc", the line imsdesk-sim prints.
    QString describe() const;
};

// A meter of the network: its router (1-based) and physical address there.
struct MeterLocation
{
    int router = 0;
    quint16 physical = 0;
    bool operator==(const MeterLocation &) const = default;
};

// A meter's optical port opened on request.
struct OpticalEndpoint
{
    QByteArray serial;
    MeterLocation meter;
    QString address; // the pty, "/dev/pts/9"
    QString link;    // DIR/optical-SERIAL when the network has a ptyDir

    // "meter 5100100003 router 1 physical 19 optical /dev/pts/9", the line imsdesk-sim prints.
    QString describe() const;
};

class SimNetwork : public QObject
{
    Q_OBJECT
public:
    explicit SimNetwork(NetworkConfig config, QObject *parent = nullptr);
    ~SimNetwork() override;

    // Builds the routers and opens their ports and ptys.
    Status start();
    void stop();

    const NetworkConfig &config() const { return m_config; }
    VirtualClock &clock() { return *m_clock; }
    const SimCredentials &credentials() const { return m_credentials; }
    int routerCount() const { return int(m_routers.size()); }
    SimRouter &router(int number); // 1-based
    SimTcpServer *tcpServer(int number);
    const QList<RouterEndpoint> &endpoints() const { return m_endpoints; }

    // The meter with this serial number (its nameplate, 0.0.96.1.0.255), if
    // the network has one; nothing is materialised to find it.
    std::optional<MeterLocation> findMeter(QByteArrayView serial) const;
    // Opens the optical port of a meter of the running network on a pty
    // (see SimOpticalPort; config.networkMeter is set here, its fault
    // options apply). Opening it again returns the port already open.
    Result<SimOpticalPort *> openOpticalPort(MeterLocation meter, OpticalPortConfig config = {});
    Result<SimOpticalPort *> openOpticalPort(QByteArrayView serial, OpticalPortConfig config = {});
    SimOpticalPort *opticalPort(MeterLocation meter) const;
    const QList<OpticalEndpoint> &opticalEndpoints() const { return m_opticalEndpoints; }

private:
    Status servePty(int number);

    NetworkConfig m_config;
    SimCredentials m_credentials;
    std::unique_ptr<VirtualClock> m_clock;
    std::vector<std::unique_ptr<SimRouter>> m_routers;
    // After the routers: the ports use their meters and go first.
    std::vector<std::pair<MeterLocation, std::unique_ptr<SimOpticalPort>>> m_opticalPorts;
    QList<OpticalEndpoint> m_opticalEndpoints;
    std::vector<SimTcpServer *> m_tcp;
    std::vector<ServerSession *> m_ptySessions;
    QList<RouterEndpoint> m_endpoints;
    QStringList m_links;
};

} // namespace ims::sim
