#include "app/common/demo_network.h"

#include "protocol/sim/meter/meter_spec.h"

#include <QThread>

namespace ims::app {

sim::NetworkConfig DemoNetwork::workstationConfig()
{
    sim::NetworkConfig config = sim::NetworkConfig::demo();
    config.tcpPort = 0;
    config.baud = 0;
    config.hopLatencyMs = 0;
    config.timeScale = 1.0;
    config.start = QDateTime::currentDateTimeUtc();
    return config;
}

DemoNetwork::DemoNetwork(sim::NetworkConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

DemoNetwork::~DemoNetwork()
{
    if (!m_thread)
        return;
    // The network's sockets belong to its thread: delete it there.
    if (m_network) {
        sim::SimNetwork *network = m_network;
        QMetaObject::invokeMethod(
            network, [network] { delete network; }, Qt::BlockingQueuedConnection);
        m_network = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

Status DemoNetwork::start()
{
    if (m_network)
        return {};
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("demo-network"));
        m_thread->start();
    }
    auto *network = new sim::SimNetwork(m_config);
    m_credentials = network->credentials();
    network->moveToThread(m_thread);
    Status started;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        network,
        [network, &started, &port] {
            started = network->start();
            if (started && network->tcpServer(1))
                port = network->tcpServer(1)->port();
        },
        Qt::BlockingQueuedConnection);
    if (!started || port == 0) {
        QMetaObject::invokeMethod(
            network, [network] { delete network; }, Qt::BlockingQueuedConnection);
        if (!started)
            return started;
        return Error(ErrorKind::Io, tr("the demo router did not open a TCP port"));
    }
    m_network = network;
    m_port = port;
    return {};
}

QString DemoNetwork::host() const
{
    return m_config.listenAddress.toString();
}

QString DemoNetwork::headMeterSerial() const
{
    return QString::fromLatin1(sim::makeHeadMeterSpec(m_config.seed, 1).serial);
}

} // namespace ims::app
