#pragma once
// One asynchronous byte transport (serial, optical probe, TCP, in-memory).
// Nothing here blocks: open() starts opening and reports opened() or
// errorOccurred() later; write() queues. Signals are never emitted from inside
// a call to open()/close()/write(), only from the event loop, so a caller may
// connect and call in any order without re-entrancy surprises.
// Shape after QGroundControl's LinkInterface, without its LinkManager singleton:
// links are made by a LinkFactory that the application injects.
#include "protocol/core/error.h"
#include "protocol/core/result.h"
#include "protocol/link/link_settings.h"

#include <QByteArray>
#include <QObject>

namespace ims::link {

class Link : public QObject
{
    Q_OBJECT

public:
    explicit Link(QObject *parent = nullptr);
    ~Link() override;

    // Starts opening. Exactly one of opened() or errorOccurred() follows.
    virtual void open() = 0;
    // Closes at once, discarding unwritten bytes. closed() follows only if
    // opened() had been emitted (it pairs with opened()); closing while still
    // opening cancels quietly. Safe to call at any time.
    virtual void close() = 0;
    // Queues bytes for sending. Fails at once (no signal) when the link is not
    // open; failures of the device itself arrive through errorOccurred().
    virtual Status write(const QByteArray &bytes) = 0;
    virtual bool isOpen() const = 0;
    // "tcp 127.0.0.1:4059", "serial /dev/ttyUSB0 9600 8N1": the current state
    // of the line, for logs, traces and error messages.
    virtual QString description() const = 0;

    // Bytes delivered through bytesReceived() / confirmed by bytesWritten()
    // since the link object was made.
    quint64 bytesIn() const { return m_bytesIn; }
    quint64 bytesOut() const { return m_bytesOut; }

signals:
    void opened();
    // The link is no longer open, whichever side closed it. When the far end
    // or the device caused it, errorOccurred(LinkClosed or LinkError) comes first.
    void closed();
    void bytesReceived(const QByteArray &bytes);
    // LinkError (device or network failure), LinkClosed (the far end went
    // away), Timeout (connecting took too long). The message names the device
    // and, where there is one, the operating system's reason.
    void errorOccurred(const ims::Error &error);
    // Bytes handed to the operating system (the wire may still be busy).
    void bytesWritten(qint64 count);

protected:
    // For implementations: count and emit.
    void deliverReceived(const QByteArray &bytes);
    void deliverWritten(qint64 count);
    // Refusal for write() on a link that is not open.
    Error notOpenError() const;

private:
    quint64 m_bytesIn = 0;
    quint64 m_bytesOut = 0;
};

} // namespace ims::link
