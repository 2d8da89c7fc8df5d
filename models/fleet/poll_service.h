#pragma once
// The engine with its database around it: plans from what is stored,
// readings into the writer thread, invocation counters persisted as they
// change. Lives on one thread (the CLI's main thread, or the workstation's
// engine thread); call it through queued invocations from elsewhere.
#include "models/fleet/poll_planner.h"
#include "protocol/engine/poll_engine.h"

#include <QObject>

namespace ims::storage {
class Database;
}

namespace ims::fleet {

class PollService : public QObject
{
    Q_OBJECT
public:
    // Database, sink and factory must outlive the service. `overrides` sets
    // what the stored settings do not (the clock source in tests).
    PollService(storage::Database &database, engine::ReadingSink &sink, link::LinkFactory &factory,
                engine::PollSettings overrides = {}, QObject *parent = nullptr);
    ~PollService() override;

    // Plans and queues. Returns the number of meters queued, or why not.
    Result<int> poll(const PollTarget &target, quint32 what,
                     engine::Priority priority = engine::Priority::Scheduled);
    Q_INVOKABLE void pollAsync(qint64 routerId, qint64 meterId, quint32 what, bool operatorWork);
    Q_INVOKABLE void cancel();

    engine::PollEngine &engine() { return *m_engine; }

signals:
    void planFailed(const QString &message);

private:
    storage::Database &m_database;
    std::unique_ptr<engine::PollEngine> m_engine;
};

} // namespace ims::fleet
