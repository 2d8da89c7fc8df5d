#pragma once
// Simulated time for a whole virtual network. It starts at a chosen instant
// and then either runs at `timeScale` times real time, or (timeScale 0) is
// a discrete-event clock that only moves when told to: by advance(), or by
// a PLC transfer that takes simulated time. Tests use the discrete form so
// that nothing waits in real time and no assertion depends on the wall clock.
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

namespace ims::sim {

class VirtualClock
{
public:
    explicit VirtualClock(QDateTime start = QDateTime::currentDateTimeUtc(),
                          double timeScale = 1.0);

    // Milliseconds since the Unix epoch, UTC.
    qint64 nowMs() const;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

    double timeScale() const { return m_scale; }
    bool isDiscrete() const { return m_scale <= 0.0; }

    // Jumps forward (or back, for a test that needs it).
    void advance(qint64 ms) { m_offsetMs += ms; }
    // Discrete clock: moves to `ms` if that is later than now.
    void advanceTo(qint64 ms);

    // Real milliseconds to wait for `simulatedMs` to pass (0 for a discrete clock).
    int realDelayMs(qint64 simulatedMs) const;

private:
    qint64 m_startMs;
    double m_scale;
    qint64 m_offsetMs = 0;
    QElapsedTimer m_elapsed;
};

} // namespace ims::sim
