#pragma once
// The polling engine of the workstation, off the GUI thread: one "engine"
// thread runs the PollService (per-link queues, sessions, retries) and the
// PollScheduler; readings go to the StorageWriter's own thread. The GUI
// talks to this object only: its calls are queued to the engine thread, and
// what the engine reports comes back as queued signals, frame traces in
// batches so that a fast link cannot flood the window.
#include "app/common/demo_setup.h"
#include "models/control/group_switch_commands.h"
#include "protocol/engine/poll_engine.h"
#include "protocol/engine/poll_progress.h"
#include "protocol/link/frame_trace.h"

#include <QList>
#include <QObject>

class QThread;

namespace ims::storage {
class Database;
class StorageWriter;
} // namespace ims::storage

namespace ims::app {

class EngineCore;

class EngineHost : public control::GroupSwitchCommands
{
    Q_OBJECT
public:
    // The database must outlive the host.
    explicit EngineHost(storage::Database &database, QObject *parent = nullptr);
    // Cancels what is queued, ends the engine thread and commits what the
    // writer holds: nothing read is lost when the window closes.
    ~EngineHost() override;

    // Starts the threads; with `schedules` the stored poll schedules run.
    void start(bool schedules = true);
    bool isStarted() const { return m_core != nullptr; }

    // Registers (or re-addresses) the demo router and commissions its
    // meters; demoReady() reports the outcome.
    void prepareDemo(const DemoSite &site);
    // Stored schedules start running (after prepareDemo, for instance).
    void startSchedules();

    void pollAll(quint32 what);
    void pollRouter(qint64 routerId, quint32 what);
    // Operator work: overtakes scheduled work on the same link.
    void readNow(qint64 meterId);
    void cancel();
    // Frames are recorded and sent in traced() only while tracing is on:
    // summarising every frame costs the engine about a fifth of its time.
    void setTracing(bool on);
    // Switches every meter of the target through the engine; progress comes
    // back in the GroupSwitchCommands signals.
    void switchGroup(const control::SwitchTarget &target, control::SwitchAction action) override;
    void cancelGroupSwitch() override;
    // Waits until the readings handed to the writer so far are committed.
    Status flushReadings();

signals:
    // Gathered on the engine thread: the latest report per meter, at most
    // every 100 ms.
    void meterProgress(const QList<ims::engine::MeterProgress> &progress);
    void routerProgress(const ims::engine::RouterProgress &progress);
    void roundFinished(const ims::engine::PollSummary &summary);
    // New readings are committed (throttle view reloads on this).
    void readingsStored();
    void traced(const QList<ims::link::TraceRecord> &records);
    void scheduleFired(const QString &name, int meters);
    // Something the operator should read: a plan, a schedule or the writer failed.
    void problem(const QString &message);
    void demoReady(bool ok, const QString &message, bool firstStart);

private:
    storage::Database &m_database;
    storage::StorageWriter *m_writer = nullptr;
    QThread *m_thread = nullptr;
    EngineCore *m_core = nullptr; // lives on m_thread
    bool m_tracing = false;
};

} // namespace ims::app
