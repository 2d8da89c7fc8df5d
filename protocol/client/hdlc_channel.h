#pragma once
// APDUs over HDLC (IEC 62056-46) on any byte link: the client end of the
// data link. Owns the I/O-free HdlcStation and runs its response timer.
#include "protocol/client/apdu_channel.h"
#include "protocol/hdlc/hdlc_line_timing.h"
#include "protocol/hdlc/hdlc_parser.h"
#include "protocol/hdlc/hdlc_station.h"
#include "protocol/link/link.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>
#include <optional>

namespace ims::client {

struct HdlcChannelSettings
{
    quint8 clientSap = 16;
    quint16 logicalDevice = 1;
    // Physical address of a meter behind a router; nullopt = 1-byte server address.
    std::optional<quint16> physicalDevice;
    // 0 = the smallest form that fits (1 byte without a physical address, else 2 or 4).
    int serverAddressSize = 0;
    // What we propose in the SNRM. The largest sizes the device accepts keep
    // round trips few on slow PLC links.
    hdlc::HdlcParameters proposal{hdlc::kMaxMaxInfo, hdlc::kMaxMaxInfo, hdlc::kMaxWindow,
                                  hdlc::kMaxWindow};
    int responseTimeoutMs = 3000; // per frame, then the station polls again
    int connectRetries = 3;       // SNRM or DISC without an answer
    int maxRetries = 5;           // polls without an answer once connected (hdlc_station.h)
    // The route to a meter many PLC hops away, when known: the response timer
    // then also allows for the largest exchange on it (hdlc_line_timing.h),
    // at the sizes the UA agreed, with responseTimeoutMs as the margin.
    std::optional<hdlc::LineTiming> line;
};

class HdlcChannel : public ApduChannel
{
    Q_OBJECT
public:
    // Takes ownership of the link.
    HdlcChannel(std::unique_ptr<link::Link> link, HdlcChannelSettings settings,
                QObject *parent = nullptr);
    ~HdlcChannel() override;

    void open() override;
    void close() override;
    Status sendApdu(const QByteArray &apdu) override;
    bool isReady() const override;
    int maxApduHint() const override;
    QString description() const override;

    link::Link &link() { return *m_link; }
    const hdlc::HdlcParameters &negotiated() const { return m_station->negotiated(); }
    // The response timeout in force now (it grows with the agreed frame sizes on a known route).
    int responseTimeoutMs() const;
    // The data link's error recovery so far (timeouts, repeats discarded, ...).
    const hdlc::HdlcLinkStats &linkStats() const { return m_station->stats(); }

private:
    void resetStation();
    void onLinkOpened();
    void onBytes(const QByteArray &bytes);
    void drainParser();
    void onLinkError(const ims::Error &error);
    void onLinkClosed();
    void apply(const hdlc::HdlcActions &actions);
    void armTimer();
    void noteLateAnswers();
    void failAndClose(const Error &error);

    std::unique_ptr<link::Link> m_link;
    HdlcChannelSettings m_settings;
    std::unique_ptr<hdlc::HdlcStation> m_station;
    hdlc::HdlcParser m_parser;
    QTimer m_responseTimer;
    int m_lateAnswersSeen = 0;
    int m_timeoutPercent = 100; // grows when answers prove to come after the timer
    bool m_closing = false;
    bool m_failed = false;
};

} // namespace ims::client
