#pragma once
// Two-wire RS-485 adapters without automatic echo cancellation hand back every
// byte we transmit. EchoSuppressor removes exactly that echo from the received
// stream and nothing else: bytes that look like the start of our echo are held
// back until the whole written frame has been seen (then dropped) or a byte
// differs (then everything held is delivered, and the echo is no longer
// expected — the adapter evidently does not echo, or the echo was damaged).
// Plain logic, no I/O and no timers: the link decides when to give up waiting.
#include <QByteArray>
#include <QByteArrayView>

#include <deque>

namespace ims::link {

class EchoSuppressor
{
public:
    // We have just written these bytes; expect them back before anything else.
    void expect(QByteArrayView written);
    // Received bytes in, bytes for the upper layers out (possibly empty).
    QByteArray filter(QByteArrayView received);
    // Stop waiting for the rest of the echo: returns the bytes held back so far
    // and forgets everything expected.
    QByteArray release();
    void reset();

    bool isHolding() const { return !m_held.isEmpty(); }
    bool isExpecting() const { return !m_frames.empty(); }
    // Bytes of the echo still to come for the frame being matched.
    qsizetype remainingOfCurrentFrame() const
    {
        return m_frames.empty() ? 0 : m_frames.front().size() - m_held.size();
    }
    quint64 echoBytesDropped() const { return m_dropped; }

private:
    std::deque<QByteArray> m_frames; // written frames whose echo has not been seen whole
    QByteArray m_held;               // received bytes matching the front frame so far
    quint64 m_dropped = 0;
};

} // namespace ims::link
