#pragma once
// An APDU channel: whole xDLMS APDUs over a byte link, with the framing
// (HDLC or WRAPPER) and the data-link connection handled inside. The DLMS
// client talks only to this interface, so it works the same over TCP, a
// serial line, an optical probe or an in-memory pair.
#include "protocol/core/error.h"
#include "protocol/core/result.h"
#include "protocol/link/frame_trace.h"

#include <QObject>

namespace ims::client {

class ApduChannel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Opens the link and, for HDLC, the data link (SNRM/UA). ready() or
    // failed() follows, never from inside this call.
    virtual void open() = 0;
    // Closes gracefully (HDLC: DISC/UA) and then the link; closed() follows.
    virtual void close() = 0;
    virtual Status sendApdu(const QByteArray &apdu) = 0;
    virtual bool isReady() const = 0;
    // The largest APDU the peer's data link can take in one go, or 0 when
    // the framing does not limit it (the xDLMS max PDU size still applies).
    virtual int maxApduHint() const { return 0; }
    virtual QString description() const = 0;

signals:
    void ready();
    void apduReceived(const QByteArray &apdu);
    // Part of an answer arrived (a frame, a segment): the peer is alive even
    // when a long APDU takes minutes over a slow PLC link.
    void receiving();
    // The channel is unusable: the link dropped, the data link was refused
    // (DM/FRMR) or timed out. The channel is closed afterwards.
    void failed(const ims::Error &error);
    void closed();
    // Every frame in and out, with a one-line decoded summary.
    void traced(const ims::link::TraceRecord &record);
};

} // namespace ims::client
