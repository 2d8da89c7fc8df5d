#include "app/common/engine_host.h"

#include "app/common/engine_core.h"
#include "models/fleet/poll_service.h"
#include "models/storage/storage_writer.h"

#include <QThread>

namespace ims::app {

EngineHost::EngineHost(storage::Database &database, QObject *parent)
    : control::GroupSwitchCommands(parent)
    , m_database(database)
{
    qRegisterMetaType<ims::engine::MeterProgress>();
    qRegisterMetaType<QList<ims::engine::MeterProgress>>();
    qRegisterMetaType<ims::engine::RouterProgress>();
    qRegisterMetaType<ims::engine::PollSummary>();
    qRegisterMetaType<QList<ims::link::TraceRecord>>();
}

EngineHost::~EngineHost()
{
    if (m_core) {
        EngineCore *core = m_core;
        QMetaObject::invokeMethod(
            core,
            [core] {
                core->shutdown();
                delete core;
            },
            Qt::BlockingQueuedConnection);
        m_core = nullptr;
    }
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
    if (m_writer) {
        m_writer->stop(); // commits what is queued
        delete m_writer;
    }
}

void EngineHost::start(bool schedules)
{
    if (m_core)
        return;
    m_writer = new storage::StorageWriter(m_database);
    connect(m_writer, &storage::StorageWriter::batchesCommitted, this,
            [this] { emit readingsStored(); });
    connect(m_writer, &storage::StorageWriter::batchesFailed, this,
            [this](quint64, const QString &message) {
                emit problem(tr("Readings could not be stored: %1").arg(message));
            });
    m_writer->start();

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("engine"));
    m_thread->start();
    m_core = new EngineCore(m_database, *m_writer);
    m_core->moveToThread(m_thread);
    EngineCore *core = m_core;
    QMetaObject::invokeMethod(
        core, [core] { core->initialise(); }, Qt::BlockingQueuedConnection);

    engine::PollEngine &engine = core->service()->engine();
    connect(core, &EngineCore::meterProgress, this, &EngineHost::meterProgress);
    connect(&engine, &engine::PollEngine::routerProgress, this, &EngineHost::routerProgress);
    connect(core, &EngineCore::roundFinished, this, &EngineHost::roundFinished);
    connect(core, &EngineCore::traced, this, &EngineHost::traced);
    connect(core, &EngineCore::scheduleFired, this, &EngineHost::scheduleFired);
    connect(core, &EngineCore::problem, this, &EngineHost::problem);
    connect(core, &EngineCore::demoReady, this, &EngineHost::demoReady);
    connect(core, &EngineCore::groupSwitchStarted, this, &EngineHost::groupSwitchStarted);
    connect(core, &EngineCore::groupSwitchMeterFinished, this,
            &EngineHost::groupSwitchMeterFinished);
    connect(core, &EngineCore::groupSwitchFinished, this, &EngineHost::groupSwitchFinished);
    setTracing(m_tracing);
    if (schedules)
        startSchedules();
}

void EngineHost::prepareDemo(const DemoSite &site)
{
    if (EngineCore *core = m_core)
        QMetaObject::invokeMethod(core, [core, site] { core->prepareDemo(site); });
}

void EngineHost::startSchedules()
{
    if (EngineCore *core = m_core)
        QMetaObject::invokeMethod(core, [core] { core->startSchedules(); });
}

void EngineHost::pollAll(quint32 what)
{
    if (EngineCore *core = m_core)
        QMetaObject::invokeMethod(core, [core, what] { core->poll(0, 0, what, false); });
}

void EngineHost::pollRouter(qint64 routerId, quint32 what)
{
    if (EngineCore *core = m_core)
        QMetaObject::invokeMethod(core,
                                  [core, routerId, what] { core->poll(routerId, 0, what, true); });
}

void EngineHost::readNow(qint64 meterId)
{
    if (EngineCore *core = m_core)
        QMetaObject::invokeMethod(core, [core, meterId] {
            core->poll(0, meterId,
                       engine::PollItem::Profile | engine::PollItem::Registers
                           | engine::PollItem::Instant | engine::PollItem::Events
                           | engine::PollItem::Clock,
                       true);
        });
}

void EngineHost::setTracing(bool on)
{
    m_tracing = on;
    if (EngineCore *core = m_core)
        QMetaObject::invokeMethod(core, [core, on] { core->setTracing(on); });
}

void EngineHost::cancel()
{
    if (EngineCore *core = m_core)
        QMetaObject::invokeMethod(core, [core] { core->cancel(); });
}

void EngineHost::switchGroup(const control::SwitchTarget &target, control::SwitchAction action)
{
    EngineCore *core = m_core;
    if (!core) {
        emit groupSwitchFinished(tr("The polling engine is not running."), false);
        return;
    }
    QMetaObject::invokeMethod(core, [core, target, action] { core->switchGroup(target, action); });
}

void EngineHost::cancelGroupSwitch()
{
    if (EngineCore *core = m_core)
        QMetaObject::invokeMethod(core, [core] { core->cancelGroupSwitch(); });
}

Status EngineHost::flushReadings()
{
    return m_writer ? m_writer->flush() : Status{};
}

} // namespace ims::app
