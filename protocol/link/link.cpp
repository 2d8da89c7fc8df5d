#include "protocol/link/link.h"

namespace ims::link {

Link::Link(QObject *parent)
    : QObject(parent)
{}

Link::~Link() = default;

void Link::deliverReceived(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    m_bytesIn += quint64(bytes.size());
    emit bytesReceived(bytes);
}

void Link::deliverWritten(qint64 count)
{
    if (count <= 0)
        return;
    m_bytesOut += quint64(count);
    emit bytesWritten(count);
}

Error Link::notOpenError() const
{
    return Error(ErrorKind::LinkClosed,
                 tr("%1: cannot write, the link is not open").arg(description()));
}

} // namespace ims::link
