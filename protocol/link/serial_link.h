#pragma once
// A link over a serial port (RS-232, RS-485, USB adapters, an optical probe,
// a pty). The line settings may change while open: an IEC 62056-21 readout
// starts at 300 7E1 and moves to the agreed speed, then DLMS runs at 8N1.
//
// RS-485 half duplex, for adapters that leave it to software:
//  - inter-frame gap: each write waits until the line has been quiet for
//    interFrameGapMs (quiet = our last byte left the wire, by the baud-rate
//    estimate, and nothing has been received since). Writes keep their order.
//  - echo suppression: see EchoSuppressor.
#include "protocol/link/echo_suppressor.h"
#include "protocol/link/link.h"

#include <QElapsedTimer>
#include <QSerialPort>
#include <QTimer>

#include <deque>

namespace ims::link {

class SerialLink : public Link
{
    Q_OBJECT

public:
    explicit SerialLink(SerialSettings settings, QObject *parent = nullptr);
    ~SerialLink() override;

    void open() override;
    void close() override;
    Status write(const QByteArray &bytes) override;
    bool isOpen() const override { return m_port.isOpen(); }
    QString description() const override;

    // Applies at once when open (bytes still in the kernel's output queue may
    // go out at the new settings: wait for bytesWritten() and the protocol's
    // own turnaround delay first); otherwise remembered for open().
    Status setLineSettings(qint32 baud, int dataBits, Parity parity, int stopBits = 1);

    // The settings now in effect (or to be used by the next open()).
    const SerialSettings &settings() const { return m_settings; }
    // Frames written by write() but held back by the inter-frame gap.
    qsizetype framesWaitingForGap() const { return qsizetype(m_pending.size()); }
    quint64 echoBytesDropped() const { return m_echo.echoBytesDropped(); }

protected:
    // kind names the link in descriptions: "serial", "optical".
    SerialLink(SerialSettings settings, QString kind, QObject *parent);

private:
    void onReadyRead();
    void onPortError(QSerialPort::SerialPortError error);
    void writeDueFrames();
    void writeNow(const QByteArray &frame);
    qint64 wireTimeMs(qsizetype bytes) const;
    void releaseHeldEcho();
    Status applyToPort();
    bool deviceHungUp() const;
    Error validate(qint32 baud, int dataBits, Parity parity, int stopBits) const;

    SerialSettings m_settings;
    QString m_kind;
    QSerialPort m_port;
    EchoSuppressor m_echo;
    QTimer m_echoTimer; // gives up on an echo that stops half-way
    std::deque<QByteArray> m_pending;
    QTimer m_gapTimer;
    QElapsedTimer m_clock;
    qint64 m_lineBusyUntilMs = 0; // on m_clock; the line is quiet after this
    bool m_changingSettings = false;
    bool m_isPseudoTerminal = false;
};

} // namespace ims::link
