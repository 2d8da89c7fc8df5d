#include "protocol/link/echo_suppressor.h"

namespace ims::link {

void EchoSuppressor::expect(QByteArrayView written)
{
    if (!written.isEmpty())
        m_frames.emplace_back(written.toByteArray());
}

QByteArray EchoSuppressor::filter(QByteArrayView received)
{
    QByteArray out;
    qsizetype i = 0;
    while (i < received.size() && !m_frames.empty()) {
        const QByteArray &frame = m_frames.front();
        if (received[i] != frame[m_held.size()]) {
            out = release();
            break;
        }
        m_held.append(received[i]);
        ++i;
        if (m_held.size() == frame.size()) {
            m_dropped += quint64(m_held.size());
            m_held.clear();
            m_frames.pop_front();
        }
    }
    out.append(received.sliced(i));
    return out;
}

QByteArray EchoSuppressor::release()
{
    QByteArray held = std::move(m_held);
    m_held.clear();
    m_frames.clear();
    return held;
}

void EchoSuppressor::reset()
{
    m_frames.clear();
    m_held.clear();
}

} // namespace ims::link
