#pragma once
// An in-process link pair: what one end writes, the other receives, always
// through the event loop (never inside write()), in order, like a wire.
// Fault hooks shape the bytes an end writes on their way to its peer, so tests
// and the simulator can script a bad line without timing tricks.
#include "protocol/link/link.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace ims::link {

class MemoryLink : public Link
{
    Q_OBJECT

public:
    ~MemoryLink() override;

    void open() override;
    void close() override;
    Status write(const QByteArray &bytes) override;
    bool isOpen() const override { return m_open; }
    QString description() const override { return m_description; }

    // The other end; null once it has been destroyed.
    MemoryLink *peer() const { return m_peer; }

    // --- Fault hooks (for what this end writes) ---
    // The next `count` bytes written never reach the peer.
    void dropNextBytes(qsizetype count);
    // The byte `offset` positions after the next one to be written reaches the
    // peer XOR-ed with `mask` (offset 0 = the next byte written).
    void corruptByte(qsizetype offset, quint8 mask = 0xFF);
    // Bytes reach the peer `ms` later than they would; order is kept even when
    // the delay is lowered.
    void setDeliveryDelay(int ms);
    // The next open() fails with this error instead of opening.
    void failNextOpen(Error error);
    // The peer closes its end: this end receives the bytes already in flight,
    // then errorOccurred(LinkClosed) and closed(); the peer just sees closed().
    void closeFromFarEnd();

private:
    friend class MemoryLinkPair;
    explicit MemoryLink(QString description);

    struct Arrival
    {
        qint64 dueMs = 0;
        QByteArray bytes;
        bool farEndClosed = false;
    };

    QByteArray applyFaults(const QByteArray &bytes);
    void enqueue(Arrival arrival, int delayMs);
    void deliverDue();
    void scheduleNext();

    QString m_description;
    QPointer<MemoryLink> m_peer;
    bool m_open = false;
    std::optional<Error> m_openFailure;

    // Faults, positions counted over every byte passed to write().
    qint64 m_streamPos = 0;
    qint64 m_dropUntil = 0;
    std::vector<std::pair<qint64, quint8>> m_corruptions;
    int m_delayMs = 0;

    // Inbound, in wire order.
    std::deque<Arrival> m_inbound;
    qint64 m_lastDueMs = 0;
    QElapsedTimer m_clock;
    QTimer m_deliveryTimer;
};

// Makes two connected ends. The pair owns them until they are taken.
class MemoryLinkPair
{
public:
    explicit MemoryLinkPair(const QString &name = QStringLiteral("pair"));

    MemoryLink *a() const { return m_aView; }
    MemoryLink *b() const { return m_bView; }
    std::unique_ptr<MemoryLink> takeA() { return std::move(m_a); }
    std::unique_ptr<MemoryLink> takeB() { return std::move(m_b); }

private:
    std::unique_ptr<MemoryLink> m_a;
    std::unique_ptr<MemoryLink> m_b;
    QPointer<MemoryLink> m_aView;
    QPointer<MemoryLink> m_bView;
};

} // namespace ims::link
