#include "protocol/client/hdlc_channel.h"

#include "protocol/client/trace_summary.h"
#include "protocol/core/logging.h"

#include <QMetaMethod>

namespace ims::client {

namespace {

hdlc::HdlcStationConfig stationConfig(const HdlcChannelSettings &s)
{
    hdlc::HdlcStationConfig config;
    config.role = hdlc::HdlcRole::Client;
    config.localAddress = hdlc::HdlcAddress::client(s.clientSap);
    int size = s.serverAddressSize;
    if (size == 0)
        size = s.physicalDevice ? (*s.physicalDevice > 0x7F || s.logicalDevice > 0x7F ? 4 : 2) : 1;
    config.peerAddress
        = hdlc::HdlcAddress::server(s.logicalDevice, s.physicalDevice.value_or(0), size);
    config.parameters = s.proposal;
    config.connectRetries = s.connectRetries;
    config.maxRetries = s.maxRetries;
    return config;
}

link::TraceDirection toLinkDirection(hdlc::TraceDirection d)
{
    return d == hdlc::TraceDirection::In ? link::TraceDirection::In : link::TraceDirection::Out;
}

} // namespace

HdlcChannel::HdlcChannel(std::unique_ptr<link::Link> link, HdlcChannelSettings settings,
                         QObject *parent)
    : ApduChannel(parent)
    , m_link(std::move(link))
    , m_settings(settings)
{
    m_responseTimer.setSingleShot(true);
    connect(&m_responseTimer, &QTimer::timeout, this, [this] {
        // A frame cut short may declare a length that hides good frames
        // behind it: give it up and look again before retransmitting.
        if (m_parser.bufferedBytes() > 0) {
            (void)m_parser.abandonPartialFrame();
            drainParser();
            if (!m_station->awaitingResponse())
                return;
        }
        apply(m_station->onTimeout());
    });
    connect(m_link.get(), &link::Link::opened, this, &HdlcChannel::onLinkOpened);
    connect(m_link.get(), &link::Link::bytesReceived, this, &HdlcChannel::onBytes);
    connect(m_link.get(), &link::Link::errorOccurred, this, &HdlcChannel::onLinkError);
    connect(m_link.get(), &link::Link::closed, this, &HdlcChannel::onLinkClosed);
    resetStation();
}

void HdlcChannel::resetStation()
{
    m_lateAnswersSeen = 0;
    m_timeoutPercent = 100;
    m_station = std::make_unique<hdlc::HdlcStation>(stationConfig(m_settings));
    m_station->setTraceHook([this](hdlc::TraceDirection direction, const hdlc::HdlcFrame &frame) {
        // Summaries parse every APDU: only when somebody reads the trace.
        if (!isSignalConnected(QMetaMethod::fromSignal(&ApduChannel::traced))
            && !lcTrace().isDebugEnabled())
            return;
        link::TraceRecord record;
        record.direction = toLinkDirection(direction);
        record.timestamp = QDateTime::currentDateTimeUtc();
        record.bytes = hdlc::encodeFrame(frame);
        record.summary = summarizeHdlcFrame(frame);
        record.link = m_link->description();
        qCDebug(lcTrace).noquote() << link::formatTraceRecord(record);
        emit traced(record);
    });
}

HdlcChannel::~HdlcChannel()
{
    m_link->disconnect(this);
}

void HdlcChannel::open()
{
    m_closing = false;
    m_failed = false;
    m_parser.reset();
    resetStation(); // a fresh data link after DM, FRMR or a dropped line
    if (m_link->isOpen())
        QMetaObject::invokeMethod(this, &HdlcChannel::onLinkOpened, Qt::QueuedConnection);
    else
        m_link->open();
}

void HdlcChannel::onLinkOpened()
{
    apply(m_station->connect());
}

void HdlcChannel::close()
{
    m_closing = true;
    if (m_station->state() == hdlc::HdlcLinkState::Connected) {
        apply(m_station->disconnect());
        return; // the UA (or the retries running out) closes the link
    }
    m_responseTimer.stop();
    m_link->close();
}

Status HdlcChannel::sendApdu(const QByteArray &apdu)
{
    if (!isReady())
        return Error(ErrorKind::LinkClosed,
                     tr("the HDLC data link to %1 is not connected").arg(m_link->description()));
    apply(m_station->sendApdu(apdu));
    return {};
}

bool HdlcChannel::isReady() const
{
    return m_station->state() == hdlc::HdlcLinkState::Connected && m_link->isOpen();
}

int HdlcChannel::maxApduHint() const
{
    return 0; // HDLC segments any APDU; the xDLMS max PDU size is the limit
}

QString HdlcChannel::description() const
{
    return m_link->description();
}

void HdlcChannel::onBytes(const QByteArray &bytes)
{
    m_parser.feed(bytes);
    drainParser();
}

void HdlcChannel::drainParser()
{
    for (;;) {
        const hdlc::HdlcParseResult result = m_parser.next();
        if (result.needMore())
            break;
        if (result.isError()) {
            // A damaged frame is dropped; the station's timer recovers it.
            qCInfo(lcHdlc).noquote() << m_link->description() << result.error.message;
            continue;
        }
        emit receiving();
        apply(m_station->onFrame(result.frame));
    }
}

void HdlcChannel::apply(const hdlc::HdlcActions &actions)
{
    for (const hdlc::HdlcAction &action : actions) {
        switch (action.kind) {
        case hdlc::HdlcAction::Kind::Transmit:
            if (const Status written = m_link->write(action.bytes); !written) {
                failAndClose(written.error());
                return;
            }
            break;
        case hdlc::HdlcAction::Kind::Deliver:
            emit apduReceived(action.bytes);
            break;
        case hdlc::HdlcAction::Kind::StateChanged:
            qCDebug(lcHdlc).noquote() << m_link->description() << hdlc::linkStateName(action.state);
            if (action.state == hdlc::HdlcLinkState::Connected && !m_closing)
                emit ready();
            else if (action.state == hdlc::HdlcLinkState::Disconnected && m_closing) {
                m_responseTimer.stop();
                m_link->close();
            }
            break;
        case hdlc::HdlcAction::Kind::Failed:
            failAndClose(action.error);
            return;
        }
    }
    noteLateAnswers();
    armTimer();
}

int HdlcChannel::responseTimeoutMs() const
{
    int timeout = m_settings.responseTimeoutMs;
    if (m_settings.line) {
        // Before the UA nothing is agreed: the defaults are larger than SNRM and UA frames.
        const hdlc::HdlcParameters sizes = m_station->state() == hdlc::HdlcLinkState::Connected
                                               ? m_station->negotiated()
                                               : hdlc::HdlcParameters{};
        timeout = hdlc::responseTimeoutMs(timeout, *m_settings.line, sizes);
    }
    return int(
        std::min<qint64>(qint64(timeout) * m_timeoutPercent / 100, hdlc::kMaxResponseTimeoutMs));
}

void HdlcChannel::noteLateAnswers()
{
    const hdlc::HdlcLinkStats &stats = m_station->stats();
    const int late = stats.repeatsDiscarded + stats.staleFinalsIgnored;
    if (late <= m_lateAnswersSeen)
        return;
    m_lateAnswersSeen = late;
    // An answer came twice, the first copy after the timer had fired: the
    // line is slower than the timer assumes (route unknown, a busy router).
    // Lengthen it for this data link, as far as four times, so that every
    // later exchange does not cost a poll and a repeat too.
    m_timeoutPercent = std::min(400, m_timeoutPercent * 3 / 2);
    qCDebug(lcHdlc).noquote() << m_link->description() << "late answers: response timeout now"
                              << responseTimeoutMs() << "ms";
}

void HdlcChannel::armTimer()
{
    if (m_station->awaitingResponse())
        m_responseTimer.start(responseTimeoutMs());
    else
        m_responseTimer.stop();
}

void HdlcChannel::failAndClose(const Error &error)
{
    m_responseTimer.stop();
    if (m_closing && m_station->state() == hdlc::HdlcLinkState::Disconnected) {
        m_link->close(); // a DISC that went unanswered still ends the session
        return;
    }
    if (!m_failed) {
        m_failed = true;
        emit failed(error);
    }
    m_link->close();
}

void HdlcChannel::onLinkError(const ims::Error &error)
{
    if (!m_closing)
        failAndClose(error);
}

void HdlcChannel::onLinkClosed()
{
    m_responseTimer.stop();
    if (!m_closing && !m_failed) {
        m_failed = true;
        emit failed(
            Error(ErrorKind::LinkClosed,
                  tr("the link %1 was closed by the other side").arg(m_link->description())));
    }
    emit closed();
}

} // namespace ims::client
