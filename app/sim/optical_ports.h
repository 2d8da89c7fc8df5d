#pragma once
// The optical ports of imsdesk-sim: one simulated meter per dialect, and a
// SPODES meter with mode E, each on a pseudo-terminal linked as
// DIR/optical-<dialect|spodes>, with a fault on request; and the optical
// ports of meters of the simulated network (--optical-pty SERIAL,...),
// which SimNetwork opens.
#include "protocol/core/result.h"
#include "protocol/sim/optical/sim_optical_port.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace ims::app {

struct OpticalSimConfig
{
    QString dir;
    QList<iec21::Dialect> dialects;
    bool spodes = false; // also a SPODES meter with mode E (DLMS through the probe)
    sim::OpticalFault fault = sim::OpticalFault::None;
    int faultySessions = 0;
    int slowDelayMs = 2500;
    int reactionMs = -1;
    bool only = false; // no routers, no network: just the optical ports
};

class OpticalSimOptions
{
    Q_DECLARE_TR_FUNCTIONS(OpticalSimOptions)
public:
    static void declare(QCommandLineParser &parser);
    // nullopt when --optical was not given.
    static Result<std::optional<OpticalSimConfig>> read(const QCommandLineParser &parser);
    // --optical-pty: serial numbers of network meters to open an optical
    // port for (empty when not given).
    static Result<QList<QByteArray>> networkMeters(const QCommandLineParser &parser);
    // The fault and timing options (--optical-fault, --optical-faulty-sessions,
    // --optical-delay, --optical-reaction) as a port configuration.
    static Result<sim::OpticalPortConfig> portOptions(const QCommandLineParser &parser);
};

class OpticalPorts
{
    Q_DECLARE_TR_FUNCTIONS(OpticalPorts)
public:
    OpticalPorts() = default;
    ~OpticalPorts(); // removes the links it made
    OpticalPorts(const OpticalPorts &) = delete;
    OpticalPorts &operator=(const OpticalPorts &) = delete;

    Status start(const OpticalSimConfig &config);
    // "optical iec pty /dev/pts/7 /tmp/sim/optical-iec serial 71234567 fault none", one per port.
    QStringList describe() const;

private:
    struct Port
    {
        std::unique_ptr<sim::SimOpticalPort> port;
        QString link;
    };
    std::vector<Port> m_ports;
    OpticalSimConfig m_config;
};

} // namespace ims::app
