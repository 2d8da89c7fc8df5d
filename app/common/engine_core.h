#pragma once
// The engine thread's side of EngineHost (an implementation detail of it):
// owns the link factory, the PollService and the PollScheduler, and batches
// the frame trace.
#include "app/common/demo_setup.h"
#include "protocol/engine/poll_engine.h"
#include "protocol/link/frame_trace.h"
#include "protocol/link/link_factory.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace ims::storage {
class Database;
class StorageWriter;
} // namespace ims::storage
namespace ims::fleet {
class PollService;
}

namespace ims::app {

class PollScheduler;

class EngineCore : public QObject
{
    Q_OBJECT
public:
    EngineCore(storage::Database &database, storage::StorageWriter &writer);
    ~EngineCore() override;

    // On the engine thread, before anything else.
    void initialise();
    void shutdown();

    void startSchedules();
    void prepareDemo(const DemoSite &site);
    void poll(qint64 routerId, qint64 meterId, quint32 what, bool operatorWork);
    void cancel();

    fleet::PollService *service() const { return m_service.get(); }

signals:
    void traced(const QList<ims::link::TraceRecord> &records);
    void scheduleFired(const QString &name, int meters);
    void problem(const QString &message);
    void demoReady(bool ok, const QString &message, bool firstStart);

private:
    void flushTrace();

    storage::Database &m_database;
    storage::StorageWriter &m_writer;
    link::LinkFactory m_factory;
    std::unique_ptr<fleet::PollService> m_service;
    std::unique_ptr<PollScheduler> m_scheduler;
    QList<link::TraceRecord> m_trace;
    quint64 m_traceDropped = 0;
    QTimer m_traceFlush;
};

} // namespace ims::app
