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
// the station repeats SNRM or DISC, or, once connected, polls with RR: the
// answer's N(R) tells whether the I-frames need sending again (see
// onTimeout()). After `connectRetries` (connecting) or `maxRetries`
// (connected) timeouts without an answer, or
// `maxRetries` answers in a row that neither acknowledge our frames nor
// bring new ones, it fails with Timeout and drops the link.
// Server: after an APDU is delivered the station keeps the turn until the
// application answers with sendApdu(); if it has no answer, onTimeout()
// releases the turn with an RR.
//
// A late answer is not a lost one. When the response timer was too short
// for the line (a meter many PLC hops away), the answer to the first poll
// and then the answer to the timeout poll both arrive. The client takes the
// first; the second is a repeat — an I-frame whose N(S) it has already
// accepted, or an RR that acknowledges nothing new after the client has
// taken its turn since — and is discarded without taking the turn, so that
// it never makes the client send again (each resend drew one more repeat,
// and on a 6-hop line the repeats filled the line).
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
    // Timeouts in a row before the client gives up: while it connects (or
    // disconnects), and once the meter has answered. A meter that never
    // answered an SNRM is likely unreachable; one that has answered is worth
    // more polls, as giving up costs the whole visit again (a 1-hop PLC
    // line losing 15 % of frames fails an exchange 4 times in a row about
    // once in 200, i.e. one daily visit in three).
    int connectRetries = 3;
    int maxRetries = 5;
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

// What the client's error recovery did on this data link, for diagnostics
// and for the engine's round summary.
struct HdlcLinkStats
{
    int responseTimeouts = 0;    // the response timer expired (any state)
    int retransmittedFrames = 0; // I-frames sent again (go-back-N from the peer's N(R))
    int repeatsDiscarded = 0;    // received I-frames whose N(S) was already accepted
    int staleFinalsIgnored = 0;  // answers to a poll that a later poll superseded

    HdlcLinkStats &operator+=(const HdlcLinkStats &o)
    {
        responseTimeouts += o.responseTimeouts;
        retransmittedFrames += o.retransmittedFrames;
        repeatsDiscarded += o.repeatsDiscarded;
        staleFinalsIgnored += o.staleFinalsIgnored;
        return *this;
    }
};

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
    const HdlcLinkStats &stats() const { return m_stats; }

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
    int acknowledge(int nr); // frames acknowledged, or -1 when N(R) is not plausible
    bool isRepeat(const HdlcFrame &frame) const;
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
    int m_retries = 0;            // timeouts since the last answer we acted on
    int m_fruitlessAnswers = 0;   // client: answers in a row with nothing new (no ack, no frame)
    // Client: polls sent by the response timer whose answers may still come
    // (each timeout poll can draw one answer more than the exchange needs).
    int m_extraPolls = 0;
    // Client: the newest poll was sent by the response timer, not in a turn
    // the server gave us; its answer speaks for everything unacknowledged.
    bool m_lastPollByTimer = false;
    HdlcLinkStats m_stats;
};

} // namespace ims::hdlc
