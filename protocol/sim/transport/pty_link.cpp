#include "protocol/sim/transport/pty_link.h"

namespace ims::sim {

PtyLink::PtyLink(std::unique_ptr<link::PtyEndpoint> endpoint, QObject *parent)
    : Link(parent)
    , m_endpoint(std::move(endpoint))
{
    connect(m_endpoint.get(), &link::PtyEndpoint::bytesReceived, this,
            [this](const QByteArray &bytes) {
                if (m_open)
                    deliverReceived(bytes);
            });
    connect(m_endpoint.get(), &link::PtyEndpoint::errorOccurred, this, &PtyLink::errorOccurred);
}

PtyLink::~PtyLink()
{
    m_endpoint->disconnect(this);
}

Result<std::unique_ptr<PtyLink>> PtyLink::create()
{
    Result<std::unique_ptr<link::PtyEndpoint>> endpoint = link::PtyEndpoint::create();
    if (!endpoint)
        return endpoint.error();
    return std::make_unique<PtyLink>(std::move(*endpoint));
}

void PtyLink::open()
{
    if (m_open)
        return;
    m_open = true;
    QMetaObject::invokeMethod(this, &PtyLink::opened, Qt::QueuedConnection);
}

void PtyLink::close()
{
    if (!m_open)
        return;
    m_open = false;
    QMetaObject::invokeMethod(this, &PtyLink::closed, Qt::QueuedConnection);
}

Status PtyLink::write(const QByteArray &bytes)
{
    if (!m_open)
        return notOpenError();
    m_endpoint->write(bytes);
    return {};
}

QString PtyLink::description() const
{
    return QStringLiteral("pty %1").arg(m_endpoint->slavePath());
}

} // namespace ims::sim
