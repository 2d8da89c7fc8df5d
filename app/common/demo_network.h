#pragma once
// The workstation's built-in demo substation: the simulated network of
// imsdesk-sim (one router, 120 meters and a head meter, a thief, a tamper
// event, outages, a drifting clock) running in this process on a thread of
// its own, reached over real localhost TCP like any router. Its clock is
// the wall clock, so new half-hours arrive while the window is open.
#include "protocol/core/result.h"
#include "protocol/sim/meter/credentials.h"
#include "protocol/sim/network/sim_network.h"

#include <QObject>

class QThread;

namespace ims::app {

class DemoNetwork : public QObject
{
    Q_OBJECT
public:
    // The demo network as the workstation runs it: any free TCP port, no
    // PLC bit-rate limit and no modem turnaround, so that a first readout
    // takes seconds; real time.
    static sim::NetworkConfig workstationConfig();

    explicit DemoNetwork(sim::NetworkConfig config = workstationConfig(),
                         QObject *parent = nullptr);
    ~DemoNetwork() override; // stops the network, then its thread

    // Builds the network on its thread and opens the router's port; returns
    // when it listens (or why it cannot).
    Status start();
    bool isRunning() const { return m_network != nullptr; }

    // Where router 1 listens, once started.
    quint16 port() const { return m_port; }
    QString host() const;
    // The serial number of router 1's head meter (the substation's input).
    QString headMeterSerial() const;
    const sim::SimCredentials &credentials() const { return m_credentials; }
    const sim::NetworkConfig &config() const { return m_config; }

private:
    sim::NetworkConfig m_config;
    sim::SimCredentials m_credentials;
    QThread *m_thread = nullptr;
    sim::SimNetwork *m_network = nullptr; // lives on m_thread
    quint16 m_port = 0;
};

} // namespace ims::app
