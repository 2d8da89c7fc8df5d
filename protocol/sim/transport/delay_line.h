#pragma once
// Runs queued steps in order, each not before its due time: the bytes of a
// simulated slow line reach the client in the order they were sent, however
// the delays were computed. Steps with no delay still run from the event
// loop, never inside push().
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace ims::sim {

class DelayLine : public QObject
{
    Q_OBJECT
public:
    explicit DelayLine(QObject *parent = nullptr);

    // Runs `step` `delayMs` real milliseconds from now, and after every step pushed before it.
    void push(int delayMs, std::function<void()> step);
    void clear();
    bool isEmpty() const { return m_steps.empty(); }

private:
    struct Step
    {
        qint64 dueMs;
        std::function<void()> run;
    };
    void runDue();
    void schedule();

    std::deque<Step> m_steps;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace ims::sim
