#include "protocol/sim/transport/delay_line.h"

#include <algorithm>

namespace ims::sim {

DelayLine::DelayLine(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DelayLine::runDue);
}

void DelayLine::push(int delayMs, std::function<void()> step)
{
    qint64 due = m_clock.elapsed() + std::max(0, delayMs);
    if (!m_steps.empty())
        due = std::max(due, m_steps.back().dueMs); // order is kept
    m_steps.push_back({due, std::move(step)});
    if (m_steps.size() == 1)
        schedule();
}

void DelayLine::clear()
{
    m_steps.clear();
    m_timer.stop();
}

void DelayLine::schedule()
{
    if (m_steps.empty())
        return;
    m_timer.start(int(std::max<qint64>(0, m_steps.front().dueMs - m_clock.elapsed())));
}

void DelayLine::runDue()
{
    while (!m_steps.empty() && m_steps.front().dueMs <= m_clock.elapsed()) {
        Step step = std::move(m_steps.front());
        m_steps.pop_front();
        step.run(); // may push more steps or clear the line
    }
    schedule();
}

} // namespace ims::sim
