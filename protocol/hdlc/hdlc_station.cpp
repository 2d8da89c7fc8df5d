#include "protocol/hdlc/hdlc_station.h"

#include "protocol/core/bytes.h"
#include "protocol/core/logging.h"

#include <algorithm>

namespace ims::hdlc {

namespace {

int seqDistance(int from, int to)
{
    return (to - from + 8) % 8;
}

// FRMR information field (ISO/IEC 13239): the rejected control byte, our
// V(S) and V(R), and the reason bits (W 0x01 undefined control, X 0x02
// unexpected information field, Z 0x08 invalid N(R)).
QByteArray frmrInfo(quint8 rejectedControl, int vs, int vr, quint8 reason)
{
    QByteArray info;
    info.append(char(rejectedControl));
    info.append(char(((vr & 7) << 5) | ((vs & 7) << 1)));
    info.append(char(reason));
    return info;
}

} // namespace

QString linkStateName(HdlcLinkState state)
{
    switch (state) {
    case HdlcLinkState::Disconnected:
        return QStringLiteral("disconnected");
    case HdlcLinkState::Connecting:
        return QStringLiteral("connecting");
    case HdlcLinkState::Connected:
        return QStringLiteral("connected");
    case HdlcLinkState::Disconnecting:
        return QStringLiteral("disconnecting");
    }
    return QStringLiteral("?");
}

HdlcStation::HdlcStation(HdlcStationConfig config)
    : m_config(std::move(config))
    , m_reassembler(m_config.maxApduSize)
{
    m_peer = m_config.peerAddress;
    m_local = m_config.localAddress;
    m_haveTurn = isClient();
}

bool HdlcStation::awaitingResponse() const
{
    if (!isClient())
        return false;
    switch (m_state) {
    case HdlcLinkState::Connecting:
    case HdlcLinkState::Disconnecting:
        return true;
    case HdlcLinkState::Connected:
        return !m_haveTurn || (m_peerBusy && (!m_unacked.isEmpty() || !m_pending.isEmpty()));
    case HdlcLinkState::Disconnected:
        return false;
    }
    return false;
}

bool HdlcStation::addressedToUs(const HdlcFrame &frame) const
{
    const HdlcAddress &d = frame.destination;
    if (isClient())
        return sameStation(d, m_local) && sameStation(frame.source, m_peer);
    return d.upper == m_config.localAddress.upper
           && (d.size == 1 || m_config.localAddress.lower == 0
               || d.lower == m_config.localAddress.lower);
}

void HdlcStation::resetSequence()
{
    m_vs = 0;
    m_vr = 0;
    m_unacked.clear();
    m_pending.clear();
    m_reassembler.reset();
    m_rejectPending = false;
    m_peerBusy = false;
    m_awaitingApp = false;
    m_retries = 0;
    m_fruitlessAnswers = 0;
    m_extraPolls = 0;
    m_lastPollByTimer = false;
}

void HdlcStation::setState(HdlcActions &out, HdlcLinkState state)
{
    if (state == m_state)
        return;
    qCDebug(lcHdlc) << "link" << linkStateName(m_state) << "->" << linkStateName(state);
    m_state = state;
    if (state == HdlcLinkState::Disconnected) {
        resetSequence();
        m_haveTurn = isClient();
    }
    HdlcAction a;
    a.kind = HdlcAction::Kind::StateChanged;
    a.state = state;
    out.append(std::move(a));
}

void HdlcStation::fail(HdlcActions &out, ErrorKind kind, const QString &message, int code)
{
    qCWarning(lcHdlc) << errorKindName(kind) << message;
    HdlcAction a;
    a.kind = HdlcAction::Kind::Failed;
    a.error = Error(kind, message, code);
    out.append(std::move(a));
}

void HdlcStation::transmit(HdlcActions &out, HdlcFrame frame)
{
    frame.destination = m_peer;
    frame.source = m_local;
    frame.control = controlByte(frame.kind, frame.ns, frame.nr, frame.pf);
    HdlcAction a;
    a.kind = HdlcAction::Kind::Transmit;
    a.bytes = encodeFrame(frame);
    if (a.bytes.isEmpty()) {
        fail(out, ErrorKind::InvalidArgument, tr("cannot encode %1").arg(describeFrame(frame)));
        return;
    }
    if (m_trace)
        m_trace(TraceDirection::Out, frame);
    if (frame.pf)
        m_haveTurn = false; // P hands the turn to the server, F back to the client
    a.frame = std::move(frame);
    out.append(std::move(a));
}

void HdlcStation::sendUnnumbered(HdlcActions &out, FrameKind kind, QByteArray info)
{
    HdlcFrame f;
    f.kind = kind;
    f.pf = true;
    f.info = std::move(info);
    transmit(out, std::move(f));
}

void HdlcStation::sendSupervisory(HdlcActions &out, FrameKind kind)
{
    HdlcFrame f;
    f.kind = kind;
    f.nr = m_vr;
    f.pf = true;
    m_rejectPending = false;
    transmit(out, std::move(f));
}

void HdlcStation::deliver(HdlcActions &out, QByteArrayView llcPdu)
{
    Result<QByteArray> apdu = stripLlcHeader(llcPdu);
    if (!apdu) {
        fail(out, apdu.error().kind, apdu.error().message);
        return;
    }
    HdlcAction a;
    a.kind = HdlcAction::Kind::Deliver;
    a.bytes = std::move(apdu).value();
    out.append(std::move(a));
}

int HdlcStation::acknowledge(int nr)
{
    // N(R) must lie between the oldest unacknowledged N(S) and V(S).
    const int oldest = m_unacked.isEmpty() ? m_vs : m_unacked.first().ns;
    const int acked = seqDistance(oldest, nr);
    if (acked > m_unacked.size())
        return -1;
    m_unacked.remove(0, acked);
    return acked;
}

bool HdlcStation::isRepeat(const HdlcFrame &frame) const
{
    // The peer sends at most a window of new frames from our V(R) on; any
    // other N(S) is one we have already accepted, sent again. (With window
    // 7 only V(R) - 1 can be told apart; further back looks like a frame
    // ahead and is answered with RR(V(R)), which is still correct.)
    if (frame.kind != FrameKind::I || frame.ns == m_vr)
        return false;
    const int window = int(std::clamp<quint32>(m_negotiated.windowRx, 1, kMaxWindow));
    return seqDistance(m_vr, frame.ns) >= window;
}

void HdlcStation::takeTurn(HdlcActions &out)
{
    if (!m_haveTurn || m_state != HdlcLinkState::Connected)
        return;
    const qsizetype window = std::clamp<qsizetype>(m_negotiated.windowTx, 1, kMaxWindow);
    if (!m_peerBusy && (!m_unacked.isEmpty() || !m_pending.isEmpty())) {
        // Anything unacknowledged now was lost (the peer's N(R) covers all it
        // received before answering): go back and send it again, then fill the window.
        QList<HdlcFrame> burst;
        if (isClient())
            m_stats.retransmittedFrames += int(m_unacked.size());
        for (const SentFrame &s : std::as_const(m_unacked)) {
            HdlcFrame f;
            f.kind = FrameKind::I;
            f.ns = s.ns;
            f.segmented = s.segment.segmented;
            f.info = s.segment.info;
            burst.append(std::move(f));
        }
        while (m_unacked.size() < window && !m_pending.isEmpty()) {
            SentFrame s{m_vs, m_pending.takeFirst()};
            m_vs = (m_vs + 1) % 8;
            HdlcFrame f;
            f.kind = FrameKind::I;
            f.ns = s.ns;
            f.segmented = s.segment.segmented;
            f.info = s.segment.info;
            burst.append(std::move(f));
            m_unacked.append(std::move(s));
        }
        burst.last().pf = true;
        m_rejectPending = false;
        for (HdlcFrame &f : burst) {
            f.nr = m_vr;
            transmit(out, std::move(f));
        }
        return;
    }
    if (isClient()) {
        // Mid-way through a segmented response, or after a sequence error:
        // acknowledge and poll for more. Otherwise the link is idle.
        if (m_rejectPending || m_reassembler.inProgress())
            sendSupervisory(out, FrameKind::RR);
        return;
    }
    if (m_awaitingApp)
        return; // the answer comes with sendApdu(), or an RR from onTimeout()
    sendSupervisory(out, FrameKind::RR);
}

HdlcActions HdlcStation::connect()
{
    HdlcActions out;
    if (!isClient()) {
        fail(out, ErrorKind::InvalidArgument, tr("a server station does not connect"));
        return out;
    }
    if (m_state != HdlcLinkState::Disconnected)
        return out;
    resetSequence();
    setState(out, HdlcLinkState::Connecting);
    sendUnnumbered(out, FrameKind::SNRM, encodeParameters(m_config.parameters));
    return out;
}

HdlcActions HdlcStation::disconnect()
{
    HdlcActions out;
    if (m_state == HdlcLinkState::Disconnected)
        return out;
    if (!isClient()) {
        // A secondary cannot send DISC; it forgets the link and answers DM.
        setState(out, HdlcLinkState::Disconnected);
        return out;
    }
    m_retries = 0;
    setState(out, HdlcLinkState::Disconnecting);
    sendUnnumbered(out, FrameKind::DISC);
    return out;
}

HdlcActions HdlcStation::sendApdu(const QByteArray &apdu)
{
    HdlcActions out;
    if (m_state != HdlcLinkState::Connected) {
        fail(out, ErrorKind::LinkClosed, tr("HDLC link is not connected"));
        return out;
    }
    const QByteArray llcPdu = addLlcHeader(apdu, isClient() ? LlcDirection::ClientToServer
                                                            : LlcDirection::ServerToClient);
    m_pending.append(splitIntoSegments(llcPdu, qMax<quint32>(1, m_negotiated.maxInfoTx)));
    m_awaitingApp = false;
    takeTurn(out);
    return out;
}

HdlcActions HdlcStation::onTimeout()
{
    HdlcActions out;
    if (!isClient()) {
        if (m_state == HdlcLinkState::Connected && m_haveTurn && m_awaitingApp) {
            m_awaitingApp = false;
            sendSupervisory(out, FrameKind::RR);
        }
        return out;
    }
    if (!awaitingResponse())
        return out;
    ++m_stats.responseTimeouts;
    const int limit
        = m_state == HdlcLinkState::Connected ? m_config.maxRetries : m_config.connectRetries;
    if (++m_retries > limit) {
        fail(out, ErrorKind::Timeout, tr("no HDLC response after %1 retries").arg(limit));
        setState(out, HdlcLinkState::Disconnected);
        return out;
    }
    qCDebug(lcHdlc) << "response timeout, retry" << m_retries;
    switch (m_state) {
    case HdlcLinkState::Connecting:
        sendUnnumbered(out, FrameKind::SNRM, encodeParameters(m_config.parameters));
        break;
    case HdlcLinkState::Disconnecting:
        sendUnnumbered(out, FrameKind::DISC);
        break;
    case HdlcLinkState::Connected:
        // Poll with RR instead of repeating the I-frames (ISO/IEC 13239 lets
        // a primary recover from a missing F either way; IEC 62056-46 meters
        // answer an RR poll with their unacknowledged frames or their V(R)).
        // If only the answer was late or lost, a few bytes go out instead of
        // the whole request, and the meter does not see a request twice. If
        // the request was lost, the answer's N(R) acknowledges nothing and
        // takeTurn() sends the I-frames again from there. Every timeout poll
        // may draw one answer more than needed: counted in m_extraPolls so
        // that answer is recognised and dropped (sequencedFrame()).
        if (!m_haveTurn)
            m_extraPolls = std::min(m_extraPolls + 1, m_config.maxRetries + 1);
        m_haveTurn = true;
        m_lastPollByTimer = true;
        sendSupervisory(out, FrameKind::RR);
        break;
    case HdlcLinkState::Disconnected:
        break;
    }
    return out;
}

HdlcActions HdlcStation::onFrame(const HdlcFrame &frame)
{
    HdlcActions out;
    if (m_trace)
        m_trace(TraceDirection::In, frame);
    if (!addressedToUs(frame)) {
        qCDebug(lcHdlc) << "ignored, not for us:" << describeFrame(frame);
        return out;
    }
    if (isClient())
        clientFrame(out, frame);
    else
        serverFrame(out, frame);
    return out;
}

void HdlcStation::clientFrame(HdlcActions &out, const HdlcFrame &frame)
{
    switch (frame.kind) {
    case FrameKind::UA:
        if (m_state == HdlcLinkState::Connecting) {
            const Result<HdlcParameters> ua = decodeParameters(frame.info);
            if (!ua) {
                fail(out, ua.error().kind, ua.error().message);
                setState(out, HdlcLinkState::Disconnected);
                return;
            }
            // The UA speaks for the server: its rx is our tx. Never exceed our own proposal.
            const HdlcParameters &own = m_config.parameters;
            m_negotiated.maxInfoTx
                = std::clamp(std::min(own.maxInfoTx, ua->maxInfoRx), quint32(1), kMaxMaxInfo);
            m_negotiated.maxInfoRx
                = std::clamp(std::min(own.maxInfoRx, ua->maxInfoTx), quint32(1), kMaxMaxInfo);
            m_negotiated.windowTx
                = std::clamp(std::min(own.windowTx, ua->windowRx), quint32(1), kMaxWindow);
            m_negotiated.windowRx
                = std::clamp(std::min(own.windowRx, ua->windowTx), quint32(1), kMaxWindow);
            resetSequence();
            m_haveTurn = true;
            setState(out, HdlcLinkState::Connected);
        } else if (m_state == HdlcLinkState::Disconnecting) {
            setState(out, HdlcLinkState::Disconnected);
        }
        return;
    case FrameKind::DM:
        if (m_state == HdlcLinkState::Disconnecting) {
            setState(out, HdlcLinkState::Disconnected); // it was not connected: same outcome
        } else if (m_state != HdlcLinkState::Disconnected) {
            fail(out, ErrorKind::HdlcRejected, tr("the meter answered DM (disconnected mode)"),
                 frame.control);
            setState(out, HdlcLinkState::Disconnected);
        }
        return;
    case FrameKind::FRMR:
        if (m_state != HdlcLinkState::Disconnected) {
            fail(out, ErrorKind::HdlcRejected,
                 tr("the meter rejected a frame (FRMR %1)").arg(toSpacedHex(frame.info)),
                 frame.control);
            setState(out, HdlcLinkState::Disconnected);
        }
        return;
    case FrameKind::I:
    case FrameKind::RR:
    case FrameKind::RNR:
        if (m_state == HdlcLinkState::Connected)
            sequencedFrame(out, frame);
        return;
    case FrameKind::UI:
        deliver(out, frame.info); // unsolicited push (event/data notification)
        return;
    case FrameKind::SNRM:
    case FrameKind::DISC:
    case FrameKind::Unknown:
        qCDebug(lcHdlc) << "client ignores" << describeFrame(frame);
        return;
    }
}

void HdlcStation::serverFrame(HdlcActions &out, const HdlcFrame &frame)
{
    const bool connected = m_state == HdlcLinkState::Connected;
    switch (frame.kind) {
    case FrameKind::SNRM: {
        m_peer = frame.source;
        m_local = frame.destination;
        const Result<HdlcParameters> proposed = decodeParameters(frame.info);
        if (!proposed) {
            qCWarning(lcHdlc) << "SNRM parameters:" << proposed.error().message;
            // FRMR information: rejected control field, V(S)/V(R), W = invalid control/info.
            sendUnnumbered(out, FrameKind::FRMR, frmrInfo(frame.control, m_vs, m_vr, 0x03));
            return;
        }
        resetSequence();
        m_negotiated = negotiate(*proposed, m_config.parameters);
        setState(out, HdlcLinkState::Connected);
        m_haveTurn = true;
        sendUnnumbered(out, FrameKind::UA, encodeParameters(m_negotiated));
        return;
    }
    case FrameKind::DISC:
        m_peer = frame.source;
        m_local = frame.destination;
        m_haveTurn = true;
        if (connected) {
            sendUnnumbered(out, FrameKind::UA);
            setState(out, HdlcLinkState::Disconnected);
        } else {
            sendUnnumbered(out, FrameKind::DM);
        }
        return;
    case FrameKind::I:
    case FrameKind::RR:
    case FrameKind::RNR:
        if (!connected) {
            if (frame.pf) { // the only answer a disconnected secondary gives
                m_peer = frame.source;
                m_local = frame.destination;
                m_haveTurn = true;
                sendUnnumbered(out, FrameKind::DM);
            }
            return;
        }
        if (!sameStation(frame.source, m_peer)) {
            qCDebug(lcHdlc) << "server ignores a frame from another client:"
                            << describeFrame(frame);
            return;
        }
        sequencedFrame(out, frame);
        return;
    case FrameKind::UI:
        deliver(out, frame.info);
        return;
    case FrameKind::Unknown:
        if (connected && frame.pf && sameStation(frame.source, m_peer)) {
            m_haveTurn = true;
            sendUnnumbered(out, FrameKind::FRMR, frmrInfo(frame.control, m_vs, m_vr, 0x01));
        }
        return;
    case FrameKind::UA:
    case FrameKind::DM:
    case FrameKind::FRMR:
        qCDebug(lcHdlc) << "server ignores" << describeFrame(frame);
        return;
    }
}

void HdlcStation::sequencedFrame(HdlcActions &out, const HdlcFrame &frame)
{
    if (isClient() && isRepeat(frame)) {
        // Drawn by an earlier poll: its N(R) and F bit are as old as that
        // poll. Acting on them would resend what we sent since, and draw one
        // more repeat; the answer to our newest poll, or the timer, decides.
        ++m_stats.repeatsDiscarded;
        if (frame.pf && m_extraPolls > 0)
            --m_extraPolls;
        qCDebug(lcHdlc) << "N(S)" << frame.ns << "already accepted, repeat discarded; V(R)" << m_vr;
        return;
    }
    const int acked = acknowledge(frame.nr);
    if (acked < 0) {
        qCWarning(lcHdlc) << "N(R)" << frame.nr << "acknowledges frames never sent, V(S)" << m_vs;
        if (!isClient() && frame.pf) {
            m_haveTurn = true;
            // Z bit: invalid N(R). The client must reset the link (SNRM).
            sendUnnumbered(out, FrameKind::FRMR, frmrInfo(frame.control, m_vs, m_vr, 0x08));
        } else if (frame.pf && m_extraPolls > 0) {
            --m_extraPolls;
            ++m_stats.staleFinalsIgnored;
        }
        return;
    }
    m_peerBusy = frame.kind == FrameKind::RNR;
    bool progress = acked > 0;
    if (frame.kind == FrameKind::I) {
        if (frame.ns == m_vr) {
            progress = true;
            m_vr = (m_vr + 1) % 8;
            if (Status s = m_reassembler.add(frame.info, frame.segmented); !s) {
                fail(out, s.error().kind, s.error().message);
            } else if (m_reassembler.complete()) {
                if (!isClient())
                    m_awaitingApp = true;
                deliver(out, m_reassembler.take());
            }
        } else {
            // Out of sequence (a frame before it was lost, or a repeat):
            // drop it; the RR with V(R) that answers the poll tells the
            // sender where to resume.
            qCDebug(lcHdlc) << "N(S)" << frame.ns << "out of sequence, expected" << m_vr;
            m_rejectPending = true;
        }
    }
    if (!frame.pf)
        return;
    if (isClient()) {
        // An answer that brings nothing new, after we have taken a turn
        // since the last timeout poll, answers a poll that turn superseded:
        // its N(R) predates the frames we sent in the turn. The answer to
        // our newest poll is still to come (or the timer fires).
        if (!progress && !m_peerBusy && m_extraPolls > 0 && !m_lastPollByTimer) {
            --m_extraPolls;
            ++m_stats.staleFinalsIgnored;
            qCDebug(lcHdlc) << "final bit of a superseded poll ignored:" << describeFrame(frame);
            return;
        }
        m_lastPollByTimer = false;
        m_retries = 0; // the meter answers; m_fruitlessAnswers bounds answers that lead nowhere
        if (progress || m_peerBusy) {
            m_fruitlessAnswers = 0;
        } else if (++m_fruitlessAnswers > m_config.maxRetries) {
            // The meter answers but never gets our frames (too long for the
            // line, a broken repeater) nor sends new ones: give up as on silence.
            fail(out, ErrorKind::Timeout,
                 tr("the meter answered %1 times without taking or sending a frame")
                     .arg(m_fruitlessAnswers));
            setState(out, HdlcLinkState::Disconnected);
            return;
        }
    }
    m_haveTurn = true;
    takeTurn(out);
}

} // namespace ims::hdlc
