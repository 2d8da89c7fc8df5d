#include "protocol/client/optical_dlms_channel.h"

#include "protocol/core/logging.h"
#include "protocol/link/link.h"
#include "protocol/link/link_factory.h"

namespace ims::client {

namespace {

QString lineText(const std::optional<iec21::ReadoutResult> &signOn)
{
    if (!signOn || !signOn->hdlcLine)
        return QStringLiteral("8N1");
    return QStringLiteral("%1 8N1").arg(signOn->hdlcLine->baud);
}

} // namespace

OpticalDlmsChannel::OpticalDlmsChannel(link::LinkFactory &factory, OpticalChannelSettings settings,
                                       QObject *parent)
    : ApduChannel(parent)
    , m_factory(&factory)
    , m_settings(std::move(settings))
{
    m_settings.signOn.mode = iec21::ReadoutMode::ModeEHandOver;
    m_reader = std::make_unique<iec21::OpticalReader>(factory);
    connect(m_reader.get(), &iec21::OpticalReader::progress, this,
            [this](const QString &step, int, int) { emit progress(step); });
    connect(m_reader.get(), &iec21::OpticalReader::finished, this, &OpticalDlmsChannel::onSignedOn);
    connect(m_reader.get(), &iec21::OpticalReader::failed, this,
            &OpticalDlmsChannel::onSignOnFailed);
}

OpticalDlmsChannel::OpticalDlmsChannel(std::unique_ptr<link::Link> handedOver,
                                       iec21::ReadoutResult signOn, HdlcChannelSettings hdlc,
                                       QObject *parent)
    : ApduChannel(parent)
    , m_adopted(std::move(handedOver))
    , m_signOn(std::move(signOn))
{
    m_settings.hdlc = hdlc;
}

OpticalDlmsChannel::~OpticalDlmsChannel()
{
    if (m_hdlc)
        m_hdlc->disconnect(this);
    if (m_reader)
        m_reader->disconnect(this);
}

void OpticalDlmsChannel::open()
{
    m_closing = false;
    m_connected = false;
    dropHdlc();
    if (m_adopted) {
        startHdlc(std::move(m_adopted));
        return;
    }
    if (!m_reader) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit failed(Error(ErrorKind::LinkClosed,
                                  tr("The optical probe was closed after the mode E hand-over; "
                                     "sign on again to talk to the meter.")));
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_reader->isRunning())
        return;
    m_signOn.reset();
    m_reader->start(m_settings.signOn);
}

void OpticalDlmsChannel::close()
{
    m_closing = true;
    if (m_hdlc) {
        m_hdlc->close(); // DISC/UA, then the probe; its closed() is ours
        return;
    }
    if (m_reader && m_reader->isRunning()) {
        m_reader->cancel(); // its failed(Cancelled) ends in closed()
        return;
    }
    if (m_adopted) {
        m_adopted->close();
        m_adopted.reset();
    }
    QMetaObject::invokeMethod(this, &OpticalDlmsChannel::closed, Qt::QueuedConnection);
}

Status OpticalDlmsChannel::sendApdu(const QByteArray &apdu)
{
    if (!m_hdlc)
        return Error(ErrorKind::LinkClosed,
                     tr("DLMS through the optical probe %1 is not connected").arg(description()));
    return m_hdlc->sendApdu(apdu);
}

bool OpticalDlmsChannel::isReady() const
{
    return m_hdlc && m_hdlc->isReady();
}

QString OpticalDlmsChannel::description() const
{
    if (m_hdlc)
        return tr("%1 (IEC 62056-21 mode E)").arg(m_hdlc->description());
    return tr("optical %1 (IEC 62056-21 mode E)").arg(m_settings.signOn.device);
}

void OpticalDlmsChannel::onSignedOn(const iec21::OpticalReading &reading)
{
    std::unique_ptr<link::Link> probe = m_reader->takeHandedOverLink();
    m_signOn = reading.result;
    if (m_closing) {
        if (probe)
            probe->close();
        emit closed();
        return;
    }
    if (!probe || !reading.result.hdlcLine) {
        emit failed(Error(ErrorKind::LinkClosed,
                          tr("The optical probe %1 was closed during the hand-over to mode E.")
                              .arg(m_settings.signOn.device)));
        return;
    }
    qCDebug(lcIec21) << "mode E on" << m_settings.signOn.device << "at"
                     << reading.result.hdlcLine->baud << "confirmed"
                     << reading.result.modeEConfirmed;
    startHdlc(std::move(probe));
}

void OpticalDlmsChannel::onSignOnFailed(const ims::Error &error)
{
    if (m_closing || error.kind == ErrorKind::Cancelled) {
        emit closed();
        return;
    }
    emit failed(Error(
        error.kind,
        tr("The sign-on for DLMS through the optical probe (mode E) failed: %1").arg(error.message),
        error.code));
}

void OpticalDlmsChannel::startHdlc(std::unique_ptr<link::Link> link)
{
    m_hdlc = std::make_unique<HdlcChannel>(std::move(link), m_settings.hdlc);
    HdlcChannel *hdlc = m_hdlc.get();
    connect(hdlc, &ApduChannel::ready, this, [this] {
        m_connected = true;
        emit ready();
    });
    connect(hdlc, &ApduChannel::apduReceived, this, &ApduChannel::apduReceived);
    connect(hdlc, &ApduChannel::receiving, this, &ApduChannel::receiving);
    connect(hdlc, &ApduChannel::traced, this, &ApduChannel::traced);
    connect(hdlc, &ApduChannel::failed, this, &OpticalDlmsChannel::onHdlcFailed);
    connect(hdlc, &ApduChannel::closed, this, &ApduChannel::closed);
    hdlc->open(); // the probe is open: SNRM goes out from the event loop
}

void OpticalDlmsChannel::dropHdlc()
{
    if (!m_hdlc)
        return;
    m_hdlc->disconnect(this);
    // It may be inside one of its own signals: delete it later.
    m_hdlc.release()->deleteLater();
}

void OpticalDlmsChannel::onHdlcFailed(const ims::Error &error)
{
    emit failed(m_connected ? error : explainHandOverFailure(error));
}

Error OpticalDlmsChannel::explainHandOverFailure(const Error &hdlcError) const
{
    if (hdlcError.kind != ErrorKind::Timeout)
        return hdlcError;
    const bool confirmed = m_signOn && m_signOn->modeEConfirmed;
    const QString text
        = confirmed ? tr("The meter switched to mode E but does not answer HDLC at %1 (%2). "
                         "Check the client and server addresses.")
                    : tr("The meter did not confirm the switch to mode E (ACK 2 Z 2) and does "
                         "not answer HDLC at %1 (%2). Its optical port may not offer DLMS, or "
                         "the probe slipped during the hand-over.");
    return Error(ErrorKind::Timeout, text.arg(lineText(m_signOn), hdlcError.message),
                 hdlcError.code);
}

} // namespace ims::client
