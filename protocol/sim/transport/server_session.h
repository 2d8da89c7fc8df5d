#pragma once
// One client connection to a simulated device: a byte link (accepted TCP
// socket, pty, in-memory pair) with HDLC or WRAPPER framing in front of the
// xDLMS servers it reaches. HDLC: one server station per addressed device,
// so a client can go from the router (server address 1) to meter after meter
// (upper 1, lower = physical address) on the same connection. WRAPPER: one
// server per (client wPort, server wPort) pair.
//
// Frames to a device behind a PLC channel take simulated time and may be
// lost or damaged on the way, in both directions; the HDLC retransmissions
// of the client then recover them, as on a real line.
#include "protocol/hdlc/hdlc_parser.h"
#include "protocol/hdlc/hdlc_station.h"
#include "protocol/link/link.h"
#include "protocol/sim/server/cosem_server.h"
#include "protocol/sim/transport/delay_line.h"
#include "protocol/sim/transport/device_directory.h"
#include "protocol/wrapper/wrapper_frame.h"

#include <QObject>

#include <map>
#include <memory>

namespace ims::sim {

enum class Framing { Hdlc, Wrapper };
QString framingName(Framing framing); // "hdlc", "wrapper"

class ServerSession : public QObject
{
    Q_OBJECT
public:
    // The directory must outlive the session.
    ServerSession(std::unique_ptr<link::Link> link, Framing framing, DeviceDirectory &directory,
                  QObject *parent = nullptr);
    ~ServerSession() override;

    void start(); // opens the link
    link::Link &link() { return *m_link; }
    Framing framing() const { return m_framing; }

    // Fault injection, on what this session sends to the client.
    void dropNextFrames(int count) { m_dropFrames += count; }
    void corruptNextFrames(int count) { m_corruptFrames += count; }
    // The server side hangs up.
    void closeLink();

    // Servers currently open, and faults carried out, for tests and diagnostics.
    int endpointCount() const { return int(m_endpoints.size()); }
    int framesDropped() const { return m_framesDropped; }
    int framesCorrupted() const { return m_framesCorrupted; }

signals:
    void finished();

private:
    struct Endpoint
    {
        DeviceRoute route;
        std::unique_ptr<hdlc::HdlcStation> station; // HDLC only
        std::unique_ptr<CosemServer> server;
        quint16 clientPort = 0; // WRAPPER only
        quint16 serverPort = 0;
    };

    void onBytes(const QByteArray &bytes);
    void onLinkClosed();
    void onHdlcFrame(const hdlc::HdlcFrame &frame, qsizetype wireSize);
    void onWrapperFrame(const wrapper::WrapperFrame &frame);
    Endpoint *hdlcEndpoint(const hdlc::HdlcAddress &destination);
    void stationInput(quint64 key, const hdlc::HdlcFrame &frame);
    void apply(quint64 key, const hdlc::HdlcActions &actions);
    void wrapperAnswer(quint64 key, const QByteArray &apdu);
    // Sends `bytes` to the client, through the endpoint's PLC channel if it has one.
    void send(const Endpoint &endpoint, QByteArray bytes);
    void writeToLink(const QByteArray &bytes);
    bool online(const Endpoint &endpoint) const;

    std::unique_ptr<link::Link> m_link;
    Framing m_framing;
    DeviceDirectory &m_directory;
    hdlc::HdlcParser m_hdlcParser;
    wrapper::WrapperParser m_wrapperParser;
    std::map<quint64, std::unique_ptr<Endpoint>> m_endpoints;
    DelayLine m_line;
    int m_dropFrames = 0;
    int m_corruptFrames = 0;
    int m_framesDropped = 0;
    int m_framesCorrupted = 0;
    bool m_finished = false;
};

} // namespace ims::sim
