#include "protocol/link/tcp_link.h"

#include "protocol/core/logging.h"

namespace ims::link {

TcpLink::TcpLink(TcpSettings settings, QObject *parent)
    : Link(parent)
    , m_settings(std::move(settings))
    , m_socket(this)
    , m_connectTimer(this)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &TcpLink::onConnectTimeout);
    connect(&m_socket, &QTcpSocket::connected, this, &TcpLink::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &TcpLink::onReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &TcpLink::onSocketError);
    connect(&m_socket, &QTcpSocket::disconnected, this, &TcpLink::onDisconnected);
    connect(&m_socket, &QTcpSocket::bytesWritten, this, &TcpLink::deliverWritten);
}

TcpLink::~TcpLink()
{
    // No signals to a half-destroyed receiver.
    m_socket.disconnect(this);
    m_socket.abort();
}

QString TcpLink::description() const
{
    return LinkSettings(m_settings).describe();
}

void TcpLink::open()
{
    if (m_state != State::Closed) {
        qCDebug(lcLink) << description() << "open() ignored: already open or opening";
        return;
    }
    m_state = State::Connecting;
    qCDebug(lcLink) << "connecting" << description();
    // connectToHost may report an error synchronously (a malformed address);
    // queue the start so that no signal is emitted from inside open().
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_state != State::Connecting)
                return;
            m_connectTimer.start(m_settings.connectTimeoutMs);
            m_socket.connectToHost(m_settings.host, m_settings.port);
        },
        Qt::QueuedConnection);
}

void TcpLink::close()
{
    const bool wasOpen = m_state == State::Open;
    m_state = State::Closed;
    m_connectTimer.stop();
    m_socket.abort();
    if (wasOpen) {
        qCDebug(lcLink) << "closed" << description();
        QMetaObject::invokeMethod(this, &TcpLink::closed, Qt::QueuedConnection);
    }
}

Status TcpLink::write(const QByteArray &bytes)
{
    if (m_state != State::Open)
        return notOpenError();
    if (m_socket.write(bytes) != bytes.size())
        return Error(ErrorKind::LinkError,
                     tr("%1: cannot write: %2").arg(description(), m_socket.errorString()));
    // Hand the frame to the kernel now rather than on the next turn of the
    // event loop: one wake-up less per frame, and no frame waits behind
    // whatever else the loop has queued.
    m_socket.flush();
    return {};
}

void TcpLink::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_connectTimer.stop();
    // Request/response traffic of a few hundred bytes: do not let Nagle hold it.
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_state = State::Open;
    qCDebug(lcLink) << "connected" << description();
    emit opened();
}

void TcpLink::onReadyRead()
{
    if (m_state == State::Open)
        deliverReceived(m_socket.readAll());
}

void TcpLink::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_state == State::Closed)
        return;
    const QString reason = m_socket.errorString();
    if (m_state == State::Connecting) {
        QString what;
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            what = tr("connection refused");
            break;
        case QAbstractSocket::HostNotFoundError:
            what = tr("host not found");
            break;
        case QAbstractSocket::NetworkError:
            what = tr("network unreachable");
            break;
        default:
            what = tr("cannot connect");
            break;
        }
        fail(Error(ErrorKind::LinkError, tr("%1: %2 (%3)").arg(description(), what, reason),
                   int(error)));
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        fail(Error(ErrorKind::LinkClosed,
                   tr("%1: the remote end closed the connection").arg(description()), int(error)));
        return;
    }
    fail(Error(ErrorKind::LinkError, tr("%1: %2").arg(description(), reason), int(error)));
}

void TcpLink::onDisconnected()
{
    // Normally preceded by errorOccurred(RemoteHostClosedError), handled there.
    if (m_state == State::Open)
        fail(Error(ErrorKind::LinkClosed,
                   tr("%1: the remote end closed the connection").arg(description()),
                   int(QAbstractSocket::RemoteHostClosedError)));
}

void TcpLink::onConnectTimeout()
{
    if (m_state != State::Connecting)
        return;
    fail(Error(ErrorKind::Timeout,
               tr("%1: no connection within %n ms", nullptr, m_settings.connectTimeoutMs)
                   .arg(description())));
}

void TcpLink::fail(const Error &error)
{
    const bool wasOpen = m_state == State::Open;
    // Bytes that arrived just before the close still belong to the conversation.
    if (wasOpen && m_socket.bytesAvailable() > 0) {
        deliverReceived(m_socket.readAll());
        if (m_state != State::Open)
            return; // a receiver closed the link in reaction; nothing more to report
    }
    m_state = State::Closed;
    m_connectTimer.stop();
    m_socket.abort();
    qCDebug(lcLink) << error.message;
    emit errorOccurred(error);
    if (wasOpen)
        emit closed();
}

} // namespace ims::link
