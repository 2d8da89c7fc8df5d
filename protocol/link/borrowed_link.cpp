#include "protocol/link/borrowed_link.h"

#include <QTimer>

namespace ims::link {

BorrowedLink::BorrowedLink(Link &target, QObject *parent)
    : Link(parent)
    , m_target(&target)
{}

BorrowedLink::~BorrowedLink()
{
    detach();
}

void BorrowedLink::attach()
{
    detach();
    m_attached = true;
    Link *t = m_target.data();
    m_connections << connect(t, &Link::bytesReceived, this, [this](const QByteArray &bytes) {
        if (m_opened)
            deliverReceived(bytes);
    });
    m_connections << connect(t, &Link::bytesWritten, this, [this](qint64 count) {
        if (m_opened)
            deliverWritten(count);
    });
    m_connections << connect(t, &Link::opened, this, [this] {
        if (!m_opened) {
            m_opened = true;
            emit opened();
        }
    });
    m_connections << connect(t, &Link::errorOccurred, this,
                             [this](const ims::Error &error) { emit errorOccurred(error); });
    m_connections << connect(t, &Link::closed, this, [this] {
        const bool wasOpen = m_opened;
        m_opened = false;
        detach();
        if (wasOpen)
            emit closed();
    });
}

void BorrowedLink::detach()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_attached = false;
}

void BorrowedLink::open()
{
    if (!m_target) {
        QTimer::singleShot(0, this, [this] {
            emit errorOccurred(Error(ErrorKind::LinkClosed, tr("the shared connection is gone")));
        });
        return;
    }
    attach();
    if (m_target->isOpen()) {
        // Signals come from the event loop, never from inside open().
        QTimer::singleShot(0, this, [this] {
            if (m_attached && m_target && m_target->isOpen() && !m_opened) {
                m_opened = true;
                emit opened();
            }
        });
        return;
    }
    m_target->open();
}

void BorrowedLink::close()
{
    const bool wasOpen = m_opened;
    m_opened = false;
    detach();
    if (wasOpen)
        QTimer::singleShot(0, this, [this] { emit closed(); });
}

Status BorrowedLink::write(const QByteArray &bytes)
{
    if (!m_opened || !m_target)
        return notOpenError();
    return m_target->write(bytes);
}

bool BorrowedLink::isOpen() const
{
    return m_opened && m_target && m_target->isOpen();
}

QString BorrowedLink::description() const
{
    return m_target ? m_target->description() : tr("closed shared connection");
}

} // namespace ims::link
