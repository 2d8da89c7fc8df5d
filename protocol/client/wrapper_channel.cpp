#include "protocol/client/wrapper_channel.h"

#include "protocol/client/trace_summary.h"
#include "protocol/core/logging.h"

#include <QMetaMethod>

namespace ims::client {

WrapperChannel::WrapperChannel(std::unique_ptr<link::Link> link, WrapperChannelSettings settings,
                               QObject *parent)
    : ApduChannel(parent)
    , m_link(std::move(link))
    , m_settings(settings)
{
    connect(m_link.get(), &link::Link::opened, this, &ApduChannel::ready);
    connect(m_link.get(), &link::Link::bytesReceived, this, &WrapperChannel::onBytes);
    connect(m_link.get(), &link::Link::errorOccurred, this, [this](const ims::Error &error) {
        if (!m_closing && !m_failed) {
            m_failed = true;
            emit failed(error);
        }
    });
    connect(m_link.get(), &link::Link::closed, this, [this] {
        if (!m_closing && !m_failed) {
            m_failed = true;
            emit failed(
                Error(ErrorKind::LinkClosed,
                      tr("the link %1 was closed by the other side").arg(m_link->description())));
        }
        emit closed();
    });
}

WrapperChannel::~WrapperChannel()
{
    m_link->disconnect(this);
}

void WrapperChannel::open()
{
    m_closing = false;
    m_failed = false;
    m_parser.reset();
    if (m_link->isOpen())
        QMetaObject::invokeMethod(this, &ApduChannel::ready, Qt::QueuedConnection);
    else
        m_link->open();
}

void WrapperChannel::close()
{
    m_closing = true;
    m_link->close();
}

Status WrapperChannel::sendApdu(const QByteArray &apdu)
{
    if (apdu.size() > wrapper::kMaxWrapperApdu)
        return Error(ErrorKind::TooLarge,
                     tr("an APDU of %1 bytes does not fit a wrapper frame").arg(apdu.size()));
    const QByteArray frame
        = wrapper::encodeWrapper(m_settings.clientPort, m_settings.serverPort, apdu);
    trace(link::TraceDirection::Out, frame, apdu);
    return m_link->write(frame);
}

void WrapperChannel::onBytes(const QByteArray &bytes)
{
    emit receiving();
    m_parser.feed(bytes);
    for (;;) {
        wrapper::WrapperParseResult result = m_parser.next();
        if (result.needMore())
            return;
        if (result.isError()) {
            // A stream framing error cannot be resynchronised: the byte
            // boundaries are lost, so the connection has to go.
            if (!m_failed) {
                m_failed = true;
                emit failed(result.error);
            }
            m_link->close();
            return;
        }
        if (result.frame.destinationPort != m_settings.clientPort) {
            qCInfo(lcWrapper) << "frame for wPort" << result.frame.destinationPort << "ignored";
            continue;
        }
        trace(link::TraceDirection::In, wrapper::encodeWrapper(result.frame), result.frame.apdu);
        emit apduReceived(result.frame.apdu);
    }
}

void WrapperChannel::trace(link::TraceDirection direction, const QByteArray &frame,
                           const QByteArray &apdu)
{
    if (!isSignalConnected(QMetaMethod::fromSignal(&ApduChannel::traced))
        && !lcTrace().isDebugEnabled())
        return;
    link::TraceRecord record;
    record.direction = direction;
    record.timestamp = QDateTime::currentDateTimeUtc();
    record.bytes = frame;
    record.summary = QStringLiteral("wrapper %1->%2 | %3")
                         .arg(direction == link::TraceDirection::Out ? m_settings.clientPort
                                                                     : m_settings.serverPort)
                         .arg(direction == link::TraceDirection::Out ? m_settings.serverPort
                                                                     : m_settings.clientPort)
                         .arg(summarizeApdu(apdu));
    record.link = m_link->description();
    qCDebug(lcTrace).noquote() << link::formatTraceRecord(record);
    emit traced(record);
}

} // namespace ims::client
