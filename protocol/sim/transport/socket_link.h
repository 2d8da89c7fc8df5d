#pragma once
// A Link over a TCP socket someone else connected: the server side of an
// accepted connection. Same contract as every Link (signals only from the
// event loop); open() on an already connected socket just reports opened().
#include "protocol/link/link.h"

#include <QTcpSocket>

namespace ims::sim {

class SocketLink : public link::Link
{
    Q_OBJECT
public:
    // Takes ownership of the socket.
    explicit SocketLink(QTcpSocket *socket, QObject *parent = nullptr);
    ~SocketLink() override;

    void open() override;
    void close() override;
    Status write(const QByteArray &bytes) override;
    bool isOpen() const override { return m_open; }
    QString description() const override { return m_description; }

private:
    void onDisconnected();

    QTcpSocket *m_socket;
    QString m_description;
    bool m_open = false;
};

} // namespace ims::sim
