#pragma once
// A pseudo-terminal pair (Linux/Unix) so that serial code runs against
// something real without hardware: the simulator serves a meter on the
// master side, and QSerialPort opens slavePath() like any tty.
//
// Pty keeps its own descriptor of the slave open, in raw mode, for its whole
// life. That keeps the pair alive while the client closes and reopens the
// port (no EIO on the master in between), and lets a test read the line
// settings the client applied with tcgetattr(slaveFd()). Note that Linux's
// pty driver stores the baud rate and stop bits but always reports CS8 and
// no parity.
#include "protocol/core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QSocketNotifier>

namespace ims::link {

class Pty
{
    Q_DECLARE_TR_FUNCTIONS(Pty)

public:
    static Result<Pty> open();

    Pty(Pty &&other) noexcept;
    Pty &operator=(Pty &&other) noexcept;
    Pty(const Pty &) = delete;
    Pty &operator=(const Pty &) = delete;
    ~Pty();

    int masterFd() const { return m_master; } // non-blocking
    int slaveFd() const { return m_slave; }
    QString slavePath() const { return m_slavePath; } // e.g. /dev/pts/5

private:
    Pty(int master, int slave, QString slavePath);
    void reset();

    int m_master = -1;
    int m_slave = -1;
    QString m_slavePath;
};

// The master side of a Pty as an event-driven endpoint.
class PtyEndpoint : public QObject
{
    Q_OBJECT

public:
    explicit PtyEndpoint(Pty pty, QObject *parent = nullptr);
    ~PtyEndpoint() override;

    // Opens a new pty; the error names the failing call and the OS reason.
    static Result<std::unique_ptr<PtyEndpoint>> create();

    QString slavePath() const { return m_pty.slavePath(); }
    int slaveFd() const { return m_pty.slaveFd(); }

    // Queues bytes for the slave side; never blocks.
    void write(const QByteArray &bytes);
    qsizetype bytesToWrite() const { return m_outgoing.size(); }

signals:
    void bytesReceived(const QByteArray &bytes);
    void errorOccurred(const ims::Error &error);

private:
    void onReadable();
    void flush();

    Pty m_pty;
    QSocketNotifier m_readNotifier;
    QSocketNotifier m_writeNotifier;
    QByteArray m_outgoing;
};

} // namespace ims::link
