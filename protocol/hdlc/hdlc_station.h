#pragma once
// An I/O-free HDLC data-link station of IEC 62056-46 in normal response mode,
// for either end of the link: the client (primary) or the server (secondary,
// used by the meter simulator).
//
// Every input returns the list of actions it causes, in order; the caller
// carries them out (no signals, no timers, no sockets here):
//   Transmit      send `bytes` (the encoded `frame`) on the line
//   Deliver       `bytes` is an APDU received from the peer (LLC header removed)
//   StateChanged  the link is now `state`
//   Failed        `error`: HdlcRejected (DM/FRMR), Timeout, TooLarge, LinkClosed, ...
//
// Turn taking (NRM): a frame with the P bit hands the turn to the server, one
// with the F bit hands it back. Whoever holds the turn sends up to a window of
// I-frames (P/F on the last), or an RR when it must acknowledge segments or
// report a sequence error. Frames still unacknowledged when the turn comes
// back were lost and are sent again (go-back-N).
//
// Timers belong to the caller. Client: while awaitingResponse() is true, arm
// the response timer after each Transmit and call onTimeout() when it expires;
// the station retransmits (SNRM, DISC, unacknowledged I-frames, or an RR poll)
// up to `maxRetries` times, then fails with Timeout and drops the link.
// Server: after an APDU is delivered the station keeps the turn until the
// application answers with sendApdu(); if it has no answer, onTimeout()
// releases the turn with an RR.
#include "protocol/core/error.h"
#include "protocol/hdlc/hdlc_frame.h"
#include "protocol/hdlc/hdlc_parameters.h"
#include "protocol/hdlc/hdlc_segmenter.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace ims::hdlc {

enum class HdlcRole { Client, Server };
enum class HdlcLinkState { Disconnected, Connecting, Connected, Disconnecting };
QString linkStateName(HdlcLinkState state);

struct HdlcStationConfig
{
    HdlcRole role = HdlcRole::Client;
    // Client: its own SAP. Server: its own address (frames to other stations
    // on the same line are ignored; a 1-byte destination matches any physical
    // address, and so does a local address with lower == 0).
    HdlcAddress localAddress;
    // Client: the server to talk to. Server: unused (taken from the SNRM).
    HdlcAddress peerAddress;
    // Client: the proposal sent in the SNRM. Server: its own limits.
    HdlcParameters parameters;
    int maxRetries = 3;
    qsizetype maxApduSize = 65535 + kLlcHeaderSize; // reassembly bound
};

struct HdlcAction
{
    enum class Kind { Transmit, Deliver, StateChanged, Failed };
    Kind kind = Kind::Transmit;
    HdlcFrame frame;                                   // Transmit
    QByteArray bytes;                                  // Transmit: wire bytes; Deliver: the APDU
    HdlcLinkState state = HdlcLinkState::Disconnected; // StateChanged
    Error error;                                       // Failed
};
using HdlcActions = QList<HdlcAction>;

enum class TraceDirection { In, Out };
// Called for every frame handed to onFrame() (In, before address filtering)
// and every frame the station emits (Out).
using HdlcTraceHook = std::function<void(TraceDirection, const HdlcFrame &)>;

class HdlcStation
{
    Q_DECLARE_TR_FUNCTIONS(HdlcStation)
public:
    explicit HdlcStation(HdlcStationConfig config);

    HdlcActions connect();                       // client: SNRM
    HdlcActions onFrame(const HdlcFrame &frame); // a frame from the parser
    HdlcActions sendApdu(const QByteArray &apdu);
    HdlcActions disconnect(); // client: DISC; server: drop locally
    HdlcActions onTimeout();

    HdlcLinkState state() const { return m_state; }
    HdlcRole role() const { return m_config.role; }
    // Agreed parameters from this station's point of view (tx = what it sends).
    const HdlcParameters &negotiated() const { return m_negotiated; }
    // Client: a response is due, so the response timer should run.
    bool awaitingResponse() const;
    // The peer's address: configured (client) or learnt from the SNRM (server).
    const HdlcAddress &peerAddress() const { return m_peer; }
    void setTraceHook(HdlcTraceHook hook) { m_trace = std::move(hook); }

private:
    struct SentFrame
    {
        int ns = 0;
        Segment segment;
    };

    bool isClient() const { return m_config.role == HdlcRole::Client; }
    bool addressedToUs(const HdlcFrame &frame) const;
    void resetSequence();
    void setState(HdlcActions &out, HdlcLinkState state);
    void fail(HdlcActions &out, ErrorKind kind, const QString &message, int code = 0);
    void transmit(HdlcActions &out, HdlcFrame frame);
    void sendUnnumbered(HdlcActions &out, FrameKind kind, QByteArray info = {});
    void sendSupervisory(HdlcActions &out, FrameKind kind);
    void deliver(HdlcActions &out, QByteArrayView llcPdu);
    bool acknowledge(int nr);
    void takeTurn(HdlcActions &out);

    void clientFrame(HdlcActions &out, const HdlcFrame &frame);
    void serverFrame(HdlcActions &out, const HdlcFrame &frame);
    void sequencedFrame(HdlcActions &out, const HdlcFrame &frame);

    HdlcStationConfig m_config;
    HdlcTraceHook m_trace;
    HdlcLinkState m_state = HdlcLinkState::Disconnected;
    HdlcParameters m_negotiated;
    HdlcAddress m_peer;
    HdlcAddress m_local; // as it goes on the wire
    HdlcReassembler m_reassembler;

    int m_vs = 0; // V(S): N(S) of the next new I-frame
    int m_vr = 0; // V(R): N(S) expected next from the peer
    QList<SentFrame> m_unacked;
    QList<Segment> m_pending;
    bool m_haveTurn = false;
    bool m_rejectPending = false; // an out-of-sequence I-frame awaits our RR
    bool m_peerBusy = false;      // the peer sent RNR
    bool m_awaitingApp = false;   // server: an APDU was delivered, no answer yet
    int m_retries = 0;
};

} // namespace ims::hdlc
