#pragma once
// DLMS through an optical probe (IEC 62056-21 Annex E, "mode E"): the
// IEC 62056-21 sign-on at 300 7E1 with the option select ACK 2 Z 2, then
// HDLC (IEC 62056-46) at 8N1 and the agreed speed on the same open port:
// closing and reopening it would send the meter back to its opening state.
//
// Either the channel signs on by itself (open(), what makeChannel() builds
// for an optical link), or it adopts a probe an iec21::OpticalReader has
// already handed over (the laptop workflow decides from the identification
// whether a meter is read through its readout or through DLMS).
//
// A meter that takes the option select but never answers HDLC fails with a
// message that names the hand-over (and whether the meter confirmed it), not
// just "no HDLC response".
#include "protocol/client/apdu_channel.h"
#include "protocol/client/hdlc_channel.h"
#include "protocol/iec62056_21/optical_reader.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace ims::link {
class LinkFactory;
}

namespace ims::client {

// Direct to the meter, an HDLC answer comes within a few hundred
// milliseconds; far shorter than the frame timeout a PLC network needs.
inline constexpr int kOpticalHdlcResponseTimeoutMs = 1500;

struct OpticalChannelSettings
{
    // The sign-on: device, maxBaud, address, timeouts, retries. The mode is
    // always the mode E hand-over.
    iec21::OpticalReadOptions signOn;
    HdlcChannelSettings hdlc;
};

class OpticalDlmsChannel : public ApduChannel
{
    Q_OBJECT
public:
    // Signs on through a probe made by `factory` (which must outlive the channel).
    OpticalDlmsChannel(link::LinkFactory &factory, OpticalChannelSettings settings,
                       QObject *parent = nullptr);
    // Adopts a probe already switched to mode E (OpticalReader::takeHandedOverLink()).
    // Once closed, the channel cannot sign on again by itself.
    OpticalDlmsChannel(std::unique_ptr<link::Link> handedOver, iec21::ReadoutResult signOn,
                       HdlcChannelSettings hdlc, QObject *parent = nullptr);
    ~OpticalDlmsChannel() override;

    void open() override;
    void close() override;
    Status sendApdu(const QByteArray &apdu) override;
    bool isReady() const override;
    QString description() const override;

    // The identification and the agreed line of the last sign-on.
    const std::optional<iec21::ReadoutResult> &signOn() const { return m_signOn; }

signals:
    // A step of the sign-on, for people.
    void progress(const QString &step);

private:
    void onSignedOn(const iec21::OpticalReading &reading);
    void onSignOnFailed(const ims::Error &error);
    void startHdlc(std::unique_ptr<link::Link> link);
    void dropHdlc();
    void onHdlcFailed(const ims::Error &error);
    Error explainHandOverFailure(const Error &hdlcError) const;

    link::LinkFactory *m_factory = nullptr;
    OpticalChannelSettings m_settings;
    std::unique_ptr<iec21::OpticalReader> m_reader;
    std::unique_ptr<HdlcChannel> m_hdlc;
    std::unique_ptr<link::Link> m_adopted; // until open()
    std::optional<iec21::ReadoutResult> m_signOn;
    bool m_connected = false; // HDLC answered since the last sign-on
    bool m_closing = false;
};

} // namespace ims::client
