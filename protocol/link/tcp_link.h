#pragma once
// A link over TCP (a router/concentrator port, a GSM modem in server mode, the
// simulator). Connecting has its own timeout; refusal, unknown host and the
// far end closing are reported as distinct, typed errors.
#include "protocol/link/link.h"

#include <QTcpSocket>
#include <QTimer>

namespace ims::link {

class TcpLink : public Link
{
    Q_OBJECT

public:
    explicit TcpLink(TcpSettings settings, QObject *parent = nullptr);
    ~TcpLink() override;

    void open() override;
    void close() override;
    Status write(const QByteArray &bytes) override;
    bool isOpen() const override { return m_state == State::Open; }
    QString description() const override;

    const TcpSettings &settings() const { return m_settings; }

private:
    enum class State { Closed, Connecting, Open };

    void onConnected();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onConnectTimeout();
    // Tears the socket down; emits the error, then closed() if we had been open.
    void fail(const Error &error);

    TcpSettings m_settings;
    QTcpSocket m_socket;
    QTimer m_connectTimer;
    State m_state = State::Closed;
};

} // namespace ims::link
