#pragma once
// The engine thread's side of EngineHost (an implementation detail of it):
// owns the link factory, the PollService and the PollScheduler, and batches
// the frame trace.
#include "app/common/demo_setup.h"
#include "protocol/engine/poll_engine.h"
#include "protocol/link/frame_trace.h"
#include "protocol/link/link_factory.h"

#include <QHash>
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
namespace ims::control {
class GroupSwitch;
class SwitchScheduler;
struct SwitchTarget;
enum class SwitchAction : quint8;
} // namespace ims::control

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
    void setTracing(bool on);
    // Operator's group switching through the engine (one group at a time).
    void switchGroup(const control::SwitchTarget &target, control::SwitchAction action);
    void cancelGroupSwitch();

    fleet::PollService *service() const { return m_service.get(); }

signals:
    // Meter progress gathered for up to kProgressFlushMs (or
    // kProgressBatchLimit reports), the latest report per meter: a round of
    // a million meters must not send a million queued signals to the window.
    void meterProgress(const QList<ims::engine::MeterProgress> &progress);
    // After the round's last progress batch.
    void roundFinished(const ims::engine::PollSummary &summary);
    void traced(const QList<ims::link::TraceRecord> &records);
    void scheduleFired(const QString &name, int meters);
    void problem(const QString &message);
    void demoReady(bool ok, const QString &message, bool firstStart);
    void groupSwitchStarted(const QString &description, int total);
    void groupSwitchMeterFinished(const QString &serial, const QString &outcome, int done,
                                  int total);
    void groupSwitchFinished(const QString &summary, bool ok);

private:
    void flushTrace();
    void gatherProgress(const engine::MeterProgress &progress);
    void flushProgress();

    storage::Database &m_database;
    storage::StorageWriter &m_writer;
    link::LinkFactory m_factory;
    std::unique_ptr<fleet::PollService> m_service;
    std::unique_ptr<PollScheduler> m_scheduler;
    // Relay switching schedules (street lighting), through the same engine.
    std::unique_ptr<control::SwitchScheduler> m_switchScheduler;
    // The operator's group switch in progress, if any.
    std::unique_ptr<control::GroupSwitch> m_groupSwitch;
    QList<link::TraceRecord> m_trace;
    quint64 m_traceDropped = 0;
    QTimer m_traceFlush;
    QMetaObject::Connection m_tracing;
    QList<engine::MeterProgress> m_progress;
    // (router, meter id) -> index in m_progress; meters without an id by serial.
    QHash<std::pair<qint64, qint64>, qsizetype> m_progressRow;
    QHash<std::pair<qint64, QString>, qsizetype> m_progressRowBySerial;
    QTimer m_progressFlush;
};

} // namespace ims::app
