#include "protocol/sim/transport/sim_tcp_server.h"

#include "protocol/core/logging.h"
#include "protocol/sim/transport/socket_link.h"

#include <QTcpSocket>

namespace ims::sim {

SimTcpServer::SimTcpServer(DeviceDirectory &directory, Framing framing, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_framing(framing)
{
    connect(&m_server, &QTcpServer::newConnection, this, &SimTcpServer::onNewConnection);
}

SimTcpServer::~SimTcpServer() = default;

Status SimTcpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server.listen(address, port))
        return Error(ErrorKind::Io,
                     QCoreApplication::translate("SimTcpServer", "cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_server.errorString()));
    return {};
}

void SimTcpServer::close()
{
    m_server.close();
    closeAllConnections();
}

void SimTcpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *session
            = new ServerSession(std::make_unique<SocketLink>(socket), m_framing, m_directory, this);
        connect(session, &ServerSession::finished, session, &QObject::deleteLater);
        qCDebug(lcSim).noquote() << "connection from" << session->link().description();
        session->start();
        emit sessionStarted(session);
    }
}

void SimTcpServer::closeAllConnections()
{
    for (ServerSession *session : sessions())
        session->closeLink();
}

QList<ServerSession *> SimTcpServer::sessions() const
{
    return findChildren<ServerSession *>(Qt::FindDirectChildrenOnly);
}

int SimTcpServer::sessionCount() const
{
    return int(sessions().size());
}

} // namespace ims::sim
