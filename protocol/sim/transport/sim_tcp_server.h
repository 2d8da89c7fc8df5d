#pragma once
// A TCP port of a simulated device (a router's Ethernet/GPRS uplink): every
// accepted connection becomes a ServerSession with the port's framing.
#include "protocol/core/result.h"
#include "protocol/sim/transport/server_session.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>

namespace ims::sim {

class SimTcpServer : public QObject
{
    Q_OBJECT
public:
    // The directory must outlive the server.
    SimTcpServer(DeviceDirectory &directory, Framing framing, QObject *parent = nullptr);
    ~SimTcpServer() override;

    // Port 0 picks a free one; port() tells which.
    Status listen(const QHostAddress &address, quint16 port);
    void close();
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    Framing framing() const { return m_framing; }

    // Fault injection: hang up on every connected client.
    void closeAllConnections();
    int sessionCount() const;
    QList<ServerSession *> sessions() const;

signals:
    void sessionStarted(ims::sim::ServerSession *session);

private:
    void onNewConnection();

    DeviceDirectory &m_directory;
    Framing m_framing;
    QTcpServer m_server;
};

} // namespace ims::sim
