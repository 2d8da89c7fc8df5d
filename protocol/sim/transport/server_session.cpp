#include "protocol/sim/transport/server_session.h"

#include "protocol/core/logging.h"
#include "protocol/sim/transport/plc_channel.h"

namespace ims::sim {

namespace {

quint64 hdlcKey(const hdlc::HdlcAddress &a)
{
    return (quint64(a.upper) << 16) | a.lower;
}

quint64 wrapperKey(quint16 serverPort, quint16 clientPort)
{
    return (quint64(serverPort) << 16) | clientPort;
}

// Real milliseconds until a transfer that ends at `endMs` is complete.
int delayFor(const PlcChannel &channel, qint64 beforeMs, qint64 endMs)
{
    return channel.clock().realDelayMs(endMs - beforeMs);
}

} // namespace

QString framingName(Framing framing)
{
    return framing == Framing::Hdlc ? QStringLiteral("hdlc") : QStringLiteral("wrapper");
}

ServerSession::ServerSession(std::unique_ptr<link::Link> link, Framing framing,
                             DeviceDirectory &directory, QObject *parent)
    : QObject(parent)
    , m_link(std::move(link))
    , m_framing(framing)
    , m_directory(directory)
    , m_line(this)
{
    connect(m_link.get(), &link::Link::bytesReceived, this, &ServerSession::onBytes);
    connect(m_link.get(), &link::Link::closed, this, &ServerSession::onLinkClosed);
    connect(m_link.get(), &link::Link::errorOccurred, this, [this](const ims::Error &e) {
        qCDebug(lcSim).noquote() << m_link->description() << e.message;
    });
}

ServerSession::~ServerSession()
{
    m_link->disconnect(this);
}

void ServerSession::start()
{
    if (!m_link->isOpen())
        m_link->open();
}

void ServerSession::closeLink()
{
    m_line.clear();
    m_link->close();
}

void ServerSession::onLinkClosed()
{
    m_line.clear();
    for (auto &[key, endpoint] : m_endpoints)
        endpoint->server->reset();
    m_endpoints.clear();
    m_hdlcParser.reset();
    m_wrapperParser.reset();
    if (!m_finished) {
        m_finished = true;
        emit finished();
    }
}

bool ServerSession::online(const Endpoint &endpoint) const
{
    return endpoint.route.device && endpoint.route.device->isOnline();
}

void ServerSession::onBytes(const QByteArray &bytes)
{
    if (m_framing == Framing::Hdlc) {
        m_hdlcParser.feed(bytes);
        for (;;) {
            hdlc::HdlcParseResult r = m_hdlcParser.next();
            if (r.needMore())
                break;
            if (r.isError()) {
                qCDebug(lcSim).noquote() << m_link->description() << r.error.message;
                continue;
            }
            const Result<int> length = hdlc::frameLength(r.frame);
            onHdlcFrame(r.frame, length ? *length + 2 : 0);
        }
        return;
    }
    m_wrapperParser.feed(bytes);
    for (;;) {
        wrapper::WrapperParseResult r = m_wrapperParser.next();
        if (r.needMore())
            return;
        if (r.isError()) {
            qCInfo(lcSim).noquote() << m_link->description() << r.error.message;
            closeLink(); // a byte stream without frame boundaries cannot go on
            return;
        }
        onWrapperFrame(r.frame);
    }
}

// ---- HDLC ------------------------------------------------------------------

ServerSession::Endpoint *ServerSession::hdlcEndpoint(const hdlc::HdlcAddress &destination)
{
    const quint64 key = hdlcKey(destination);
    if (auto it = m_endpoints.find(key); it != m_endpoints.end())
        return it->second.get();
    std::optional<DeviceRoute> route = m_directory.resolveHdlc(destination);
    if (!route || !route->device)
        return nullptr;
    auto endpoint = std::make_unique<Endpoint>();
    endpoint->route = *route;
    hdlc::HdlcStationConfig config;
    config.role = hdlc::HdlcRole::Server;
    config.localAddress = destination;
    config.parameters = route->device->hdlcLimits();
    endpoint->station = std::make_unique<hdlc::HdlcStation>(config);
    endpoint->server = std::make_unique<CosemServer>(route->device);
    Endpoint *raw = endpoint.get();
    m_endpoints.emplace(key, std::move(endpoint));
    return raw;
}

void ServerSession::onHdlcFrame(const hdlc::HdlcFrame &frame, qsizetype wireSize)
{
    Endpoint *endpoint = hdlcEndpoint(frame.destination);
    if (!endpoint || !online(*endpoint))
        return; // nobody there: silence, as on a real line
    const quint64 key = hdlcKey(frame.destination);
    if (PlcChannel *plc = endpoint->route.channel) {
        const qint64 before = plc->clock().nowMs();
        const PlcTransfer t = plc->transfer(wireSize, endpoint->route.hops);
        if (t.lost || t.corrupted)
            return; // the meter never sees a good frame; the client retransmits
        m_line.push(delayFor(*plc, before, t.endMs),
                    [this, key, frame] { stationInput(key, frame); });
        return;
    }
    if (!m_line.isEmpty()) {
        m_line.push(0, [this, key, frame] { stationInput(key, frame); });
        return;
    }
    stationInput(key, frame);
}

void ServerSession::stationInput(quint64 key, const hdlc::HdlcFrame &frame)
{
    auto it = m_endpoints.find(key);
    if (it == m_endpoints.end() || !online(*it->second))
        return;
    apply(key, it->second->station->onFrame(frame));
    // A station back in Disconnected (the DISC answered, or a frame refused
    // with DM) holds no association: let it go, so that a connection which
    // visits thousands of meters in turn does not keep every meter's object
    // model alive (SimRouter releases models no session holds). The next
    // SNRM to that address builds a new one.
    it = m_endpoints.find(key);
    if (it != m_endpoints.end()
        && it->second->station->state() == hdlc::HdlcLinkState::Disconnected)
        m_endpoints.erase(it);
}

void ServerSession::apply(quint64 key, const hdlc::HdlcActions &actions)
{
    auto it = m_endpoints.find(key);
    if (it == m_endpoints.end())
        return;
    Endpoint &endpoint = *it->second;
    for (const hdlc::HdlcAction &action : actions) {
        switch (action.kind) {
        case hdlc::HdlcAction::Kind::Transmit:
            send(endpoint, action.bytes);
            break;
        case hdlc::HdlcAction::Kind::Deliver: {
            const quint16 clientSap = endpoint.station->peerAddress().upper;
            const QByteArray answer = endpoint.server->handleApdu(clientSap, action.bytes);
            apply(key, answer.isEmpty() ? endpoint.station->onTimeout()
                                        : endpoint.station->sendApdu(answer));
            break;
        }
        case hdlc::HdlcAction::Kind::StateChanged:
            // A new SNRM or a DISC: whatever association there was is over.
            endpoint.server->reset();
            break;
        case hdlc::HdlcAction::Kind::Failed:
            qCInfo(lcSim).noquote() << m_link->description() << action.error.message;
            break;
        }
    }
}

// ---- WRAPPER ---------------------------------------------------------------

void ServerSession::onWrapperFrame(const wrapper::WrapperFrame &frame)
{
    const quint64 key = wrapperKey(frame.destinationPort, frame.sourcePort);
    auto it = m_endpoints.find(key);
    if (it == m_endpoints.end()) {
        std::optional<DeviceRoute> route = m_directory.resolveWrapper(frame.destinationPort);
        if (!route || !route->device)
            return;
        auto endpoint = std::make_unique<Endpoint>();
        endpoint->route = *route;
        endpoint->server = std::make_unique<CosemServer>(route->device);
        endpoint->clientPort = frame.sourcePort;
        endpoint->serverPort = frame.destinationPort;
        it = m_endpoints.emplace(key, std::move(endpoint)).first;
    }
    Endpoint &endpoint = *it->second;
    if (!online(endpoint))
        return;
    if (PlcChannel *plc = endpoint.route.channel) {
        const qint64 before = plc->clock().nowMs();
        const PlcTransfer t
            = plc->transfer(frame.apdu.size() + wrapper::kWrapperHeaderSize, endpoint.route.hops);
        if (t.lost || t.corrupted)
            return; // no retransmission in the wrapper: the client times out
        m_line.push(delayFor(*plc, before, t.endMs),
                    [this, key, apdu = frame.apdu] { wrapperAnswer(key, apdu); });
        return;
    }
    wrapperAnswer(key, frame.apdu);
}

void ServerSession::wrapperAnswer(quint64 key, const QByteArray &apdu)
{
    auto it = m_endpoints.find(key);
    if (it == m_endpoints.end() || !online(*it->second))
        return;
    Endpoint &endpoint = *it->second;
    const QByteArray answer = endpoint.server->handleApdu(endpoint.clientPort, apdu);
    if (answer.isEmpty())
        return;
    send(endpoint, wrapper::encodeWrapper(endpoint.serverPort, endpoint.clientPort, answer));
    // An RLRE ends the association: let the endpoint go, as after an HDLC DISC.
    constexpr char kRlreTag = char(0x63);
    if (answer.front() == kRlreTag)
        m_endpoints.erase(key); // by key: sending may have changed the map
}

// ---- output ----------------------------------------------------------------

void ServerSession::send(const Endpoint &endpoint, QByteArray bytes)
{
    if (m_dropFrames > 0) {
        --m_dropFrames;
        ++m_framesDropped;
        return;
    }
    if (m_corruptFrames > 0 && bytes.size() > 2) {
        --m_corruptFrames;
        ++m_framesCorrupted;
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5A);
    }
    if (PlcChannel *plc = endpoint.route.channel) {
        const qint64 before = plc->clock().nowMs();
        const PlcTransfer t = plc->transfer(bytes.size(), endpoint.route.hops);
        if (t.lost)
            return;
        if (t.corrupted && bytes.size() > 2)
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x21);
        m_line.push(delayFor(*plc, before, t.endMs), [this, bytes] { writeToLink(bytes); });
        return;
    }
    if (!m_line.isEmpty()) {
        m_line.push(0, [this, bytes] { writeToLink(bytes); });
        return;
    }
    writeToLink(bytes);
}

void ServerSession::writeToLink(const QByteArray &bytes)
{
    if (!m_link->isOpen())
        return;
    if (const Status written = m_link->write(bytes); !written)
        qCInfo(lcSim).noquote() << written.error().message;
}

} // namespace ims::sim
