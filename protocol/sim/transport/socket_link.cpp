#include "protocol/sim/transport/socket_link.h"

namespace ims::sim {

SocketLink::SocketLink(QTcpSocket *socket, QObject *parent)
    : Link(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    m_description = QStringLiteral("tcp %1:%2")
                        .arg(m_socket->peerAddress().toString())
                        .arg(m_socket->peerPort());
    connect(m_socket, &QTcpSocket::readyRead, this,
            [this] { deliverReceived(m_socket->readAll()); });
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SocketLink::deliverWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &SocketLink::onDisconnected);
}

SocketLink::~SocketLink()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void SocketLink::open()
{
    if (m_open || m_socket->state() != QAbstractSocket::ConnectedState) {
        if (!m_open)
            QMetaObject::invokeMethod(
                this,
                [this] {
                    emit errorOccurred(Error(ErrorKind::LinkClosed,
                                             tr("%1: the connection is gone").arg(m_description)));
                },
                Qt::QueuedConnection);
        return;
    }
    m_open = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit opened();
            if (m_socket->bytesAvailable() > 0)
                deliverReceived(m_socket->readAll());
        },
        Qt::QueuedConnection);
}

void SocketLink::close()
{
    const bool wasOpen = m_open;
    m_open = false;
    m_socket->disconnect(this);
    m_socket->abort();
    if (wasOpen)
        QMetaObject::invokeMethod(this, &SocketLink::closed, Qt::QueuedConnection);
}

Status SocketLink::write(const QByteArray &bytes)
{
    if (!m_open)
        return notOpenError();
    if (m_socket->write(bytes) != bytes.size())
        return Error(ErrorKind::LinkError,
                     tr("%1: cannot write: %2").arg(m_description, m_socket->errorString()));
    return {};
}

void SocketLink::onDisconnected()
{
    if (!m_open)
        return;
    m_open = false;
    emit errorOccurred(Error(ErrorKind::LinkClosed,
                             tr("%1: the client closed the connection").arg(m_description)));
    emit closed();
}

} // namespace ims::sim
