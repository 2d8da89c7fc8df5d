#pragma once
// Runs the due switch schedules: each enabled schedule whose latest due
// instant (fixed local time or sunrise/sunset ± offset, on its days) is
// after the instant it last ran for fires once — a due time missed while
// the program was closed fires once at start, the latest of them only, so
// lights end in the state the latest event asked for. Due schedules run one
// after another in the order of their due instants, each as a GroupSwitch
// through the polling engine; every meter's command is recorded, and the
// schedule keeps its last run and a summary. Lives on the engine's thread;
// the clock is injected.
#include "models/control/group_switch.h"
#include "models/control/switch_schedule.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace ims::control {

struct DueSwitch
{
    SwitchSchedule schedule;
    qint64 dueMs = 0;
};

class SwitchScheduler : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;

    // Engine and sink must outlive the scheduler; `db` is a connection of
    // this thread. `operatorName` goes into every command record.
    SwitchScheduler(engine::PollEngine &engine, engine::ReadingSink &sink, QSqlDatabase db,
                    QString operatorName, Clock now = {}, QObject *parent = nullptr);
    ~SwitchScheduler() override;

    // The enabled schedules due at `nowMs`, earliest due first. A schedule
    // that cannot be computed (a sun time without coordinates) lands in
    // `problems` instead.
    static Result<QList<DueSwitch>> due(QSqlDatabase db, qint64 nowMs, QStringList *problems);

    // Checks now and then every `checkMs`.
    void start(int checkMs = 20000);
    void stop();
    // Queues what is due now (and not already queued or running); returns how many.
    Result<int> runDue();
    bool isBusy() const { return m_running || !m_queue.empty(); }

signals:
    void scheduleStarted(qint64 scheduleId, const QString &name, int meters);
    void scheduleFinished(qint64 scheduleId, const QString &name, const QString &summary,
                          const QList<ims::control::MeterSwitchResult> &results);
    void scheduleFailed(qint64 scheduleId, const QString &name, const QString &message);
    // Nothing queued or running any more.
    void idle();

private:
    void runNext();
    void onFinished(const QList<MeterSwitchResult> &results);

    engine::PollEngine &m_engine;
    engine::ReadingSink &m_sink;
    QSqlDatabase m_db;
    QString m_operator;
    Clock m_now;
    QTimer m_timer;
    std::deque<DueSwitch> m_queue;
    std::unique_ptr<GroupSwitch> m_running;
    DueSwitch m_current;
};

} // namespace ims::control
