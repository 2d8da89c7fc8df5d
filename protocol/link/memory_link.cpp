#include "protocol/link/memory_link.h"

#include "protocol/core/logging.h"

#include <algorithm>

namespace ims::link {

MemoryLink::MemoryLink(QString description)
    : m_description(std::move(description))
    , m_deliveryTimer(this)
{
    m_clock.start();
    m_deliveryTimer.setSingleShot(true);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &MemoryLink::deliverDue);
}

MemoryLink::~MemoryLink()
{
    // Like a socket torn down: the far end sees the connection close.
    if (m_open && m_peer)
        m_peer->enqueue(Arrival{0, {}, true}, m_delayMs);
}

void MemoryLink::open()
{
    if (m_open)
        return;
    std::optional<Error> failure = std::exchange(m_openFailure, std::nullopt);
    if (!failure && !m_peer)
        failure = Error(ErrorKind::LinkError,
                        tr("%1: the far end no longer exists").arg(m_description));
    if (failure) {
        QMetaObject::invokeMethod(
            this, [this, error = *failure] { emit errorOccurred(error); }, Qt::QueuedConnection);
        return;
    }
    m_open = true;
    QMetaObject::invokeMethod(this, &MemoryLink::opened, Qt::QueuedConnection);
}

void MemoryLink::close()
{
    if (!m_open)
        return;
    m_open = false;
    m_inbound.clear();
    m_deliveryTimer.stop();
    if (m_peer)
        m_peer->enqueue(Arrival{0, {}, true}, m_delayMs);
    QMetaObject::invokeMethod(this, &MemoryLink::closed, Qt::QueuedConnection);
}

Status MemoryLink::write(const QByteArray &bytes)
{
    if (!m_open)
        return notOpenError();
    if (bytes.isEmpty())
        return {};
    const QByteArray onTheWire = applyFaults(bytes);
    if (m_peer && !onTheWire.isEmpty())
        m_peer->enqueue(Arrival{0, onTheWire, false}, m_delayMs);
    const qint64 count = bytes.size();
    QMetaObject::invokeMethod(
        this, [this, count] { deliverWritten(count); }, Qt::QueuedConnection);
    return {};
}

QByteArray MemoryLink::applyFaults(const QByteArray &bytes)
{
    const qint64 start = m_streamPos;
    m_streamPos += bytes.size();
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const qint64 pos = start + i;
        if (pos < m_dropUntil)
            continue;
        char c = bytes.at(i);
        for (const auto &[at, mask] : m_corruptions)
            if (at == pos)
                c = char(quint8(c) ^ mask);
        out.append(c);
    }
    std::erase_if(m_corruptions, [this](const auto &c) { return c.first < m_streamPos; });
    return out;
}

void MemoryLink::dropNextBytes(qsizetype count)
{
    m_dropUntil = std::max(m_dropUntil, m_streamPos) + count;
}

void MemoryLink::corruptByte(qsizetype offset, quint8 mask)
{
    m_corruptions.emplace_back(m_streamPos + offset, mask);
}

void MemoryLink::setDeliveryDelay(int ms)
{
    m_delayMs = std::max(0, ms);
}

void MemoryLink::failNextOpen(Error error)
{
    m_openFailure = std::move(error);
}

void MemoryLink::closeFromFarEnd()
{
    if (m_peer && m_peer->isOpen()) {
        m_peer->close();
        return;
    }
    // No live peer to do it: behave as if it had.
    if (m_open)
        enqueue(Arrival{0, {}, true}, 0);
}

void MemoryLink::enqueue(Arrival arrival, int delayMs)
{
    // A wire never reorders: nothing is due before what was sent earlier.
    arrival.dueMs = std::max(m_clock.elapsed() + delayMs, m_lastDueMs);
    m_lastDueMs = arrival.dueMs;
    m_inbound.push_back(std::move(arrival));
    if (m_inbound.size() == 1)
        scheduleNext();
}

void MemoryLink::scheduleNext()
{
    if (m_inbound.empty())
        return;
    const qint64 wait = std::max<qint64>(0, m_inbound.front().dueMs - m_clock.elapsed());
    m_deliveryTimer.start(int(wait));
}

void MemoryLink::deliverDue()
{
    const qint64 now = m_clock.elapsed();
    while (!m_inbound.empty() && m_inbound.front().dueMs <= now) {
        Arrival arrival = std::move(m_inbound.front());
        m_inbound.pop_front();
        if (!m_open) {
            qCDebug(lcLink) << m_description << "not open; lost" << arrival.bytes.size() << "bytes";
            continue;
        }
        if (arrival.farEndClosed) {
            m_open = false;
            m_inbound.clear();
            emit errorOccurred(Error(ErrorKind::LinkClosed,
                                     tr("%1: the far end closed the link").arg(m_description)));
            emit closed();
            return;
        }
        // A receiver may close us in reaction; close() empties the queue.
        deliverReceived(arrival.bytes);
    }
    scheduleNext();
}

MemoryLinkPair::MemoryLinkPair(const QString &name)
    : m_a(new MemoryLink(QStringLiteral("memory %1 (a)").arg(name)))
    , m_b(new MemoryLink(QStringLiteral("memory %1 (b)").arg(name)))
    , m_aView(m_a.get())
    , m_bView(m_b.get())
{
    m_a->m_peer = m_b.get();
    m_b->m_peer = m_a.get();
}

} // namespace ims::link
