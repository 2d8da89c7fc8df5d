#include "app/common/engine_core.h"

#include "app/common/login_name.h"
#include "app/common/poll_scheduler.h"
#include "models/control/group_switch.h"
#include "models/control/switch_scheduler.h"
#include "models/fleet/poll_service.h"
#include "models/storage/database.h"
#include "models/storage/storage_writer.h"

namespace ims::app {

namespace {
// Frames kept per flush: a fast link shows its latest frames, and says how
// many it skipped, instead of queueing thousands of rows for the window.
constexpr qsizetype kTraceBatchLimit = 400;
constexpr int kTraceFlushMs = 250;
constexpr int kProgressFlushMs = 100;
// Reports gathered at most before they are sent anyway: when every router
// of a million-meter round fails at once, a gathered list (and its index)
// of a million reports would be a transient of a hundred megabytes and more.
constexpr qsizetype kProgressBatchLimit = 8192;
const QString kSwitchingRole = QStringLiteral("switching");
} // namespace

EngineCore::EngineCore(storage::Database &database, storage::StorageWriter &writer)
    : m_database(database)
    , m_writer(writer)
    , m_traceFlush(this)
    , m_progressFlush(this) // children move to the engine thread with the core
{
    m_traceFlush.setInterval(kTraceFlushMs);
    connect(&m_traceFlush, &QTimer::timeout, this, &EngineCore::flushTrace);
    m_progressFlush.setSingleShot(true);
    m_progressFlush.setInterval(kProgressFlushMs);
    connect(&m_progressFlush, &QTimer::timeout, this, &EngineCore::flushProgress);
}

EngineCore::~EngineCore() = default;

void EngineCore::initialise()
{
    m_service = std::make_unique<fleet::PollService>(m_database, m_writer, m_factory);
    connect(m_service.get(), &fleet::PollService::planFailed, this, &EngineCore::problem);
    connect(&m_service->engine(), &engine::PollEngine::meterProgress, this,
            &EngineCore::gatherProgress);
    connect(&m_service->engine(), &engine::PollEngine::finished, this,
            [this](const engine::PollSummary &summary) {
                flushProgress();
                emit roundFinished(summary);
            });
    m_scheduler = std::make_unique<PollScheduler>(m_database, *m_service);
    connect(m_scheduler.get(), &PollScheduler::scheduleFired, this,
            [this](qint64, const QString &name, int meters) { emit scheduleFired(name, meters); });
    connect(m_scheduler.get(), &PollScheduler::scheduleFailed, this,
            [this](qint64, const QString &name, const QString &message) {
                emit problem(tr("Schedule \"%1\": %2").arg(name, message));
            });
    if (auto db = m_database.connection(kSwitchingRole); db) {
        m_switchScheduler = std::make_unique<control::SwitchScheduler>(m_service->engine(),
                                                                       m_writer, *db, loginName());
        connect(
            m_switchScheduler.get(), &control::SwitchScheduler::scheduleStarted, this,
            [this](qint64, const QString &name, int meters) { emit scheduleFired(name, meters); });
        connect(m_switchScheduler.get(), &control::SwitchScheduler::scheduleFinished, this,
                [this](qint64, const QString &name, const QString &summary,
                       const QList<control::MeterSwitchResult> &results) {
                    // All applied is the expected case; anything else the operator must see.
                    if (control::summarise(results).applied != results.size())
                        emit problem(tr("Switch schedule \"%1\": %2").arg(name, summary));
                });
        connect(m_switchScheduler.get(), &control::SwitchScheduler::scheduleFailed, this,
                [this](qint64, const QString &name, const QString &message) {
                    emit problem(name.isEmpty()
                                     ? tr("Switch schedules: %1").arg(message)
                                     : tr("Switch schedule \"%1\": %2").arg(name, message));
                });
    } else {
        emit problem(tr("Switch schedules cannot run: %1").arg(db.error().message));
    }
    m_traceFlush.start();
}

void EngineCore::shutdown()
{
    m_traceFlush.stop();
    m_progressFlush.stop();
    m_scheduler.reset();
    m_switchScheduler.reset();
    m_groupSwitch.reset(); // before the engine it queued its meters in
    m_database.releaseConnection(kSwitchingRole);
    if (m_service)
        m_service->cancel();
    m_service.reset();
}

void EngineCore::startSchedules()
{
    if (m_scheduler)
        m_scheduler->start();
    if (m_switchScheduler)
        m_switchScheduler->start();
}

void EngineCore::prepareDemo(const DemoSite &site)
{
    DemoSetup::prepare(m_database, m_factory, site, [this](Result<DemoOutcome> outcome) {
        if (!outcome) {
            emit demoReady(false, outcome.error().message, false);
            return;
        }
        // New meters: the writer must learn their ratios before their readings.
        m_writer.invalidateMeterCache();
        emit demoReady(true,
                       outcome->firstStart ? tr("Demo substation commissioned: %n meter(s).",
                                                nullptr, outcome->metersAdded)
                                           : tr("Demo substation connected."),
                       outcome->firstStart);
    });
}

void EngineCore::poll(qint64 routerId, qint64 meterId, quint32 what, bool operatorWork)
{
    if (m_service)
        m_service->pollAsync(routerId, meterId, what, operatorWork);
}

void EngineCore::cancel()
{
    if (m_service)
        m_service->cancel();
}

void EngineCore::switchGroup(const control::SwitchTarget &target, control::SwitchAction action)
{
    if (!m_service) {
        emit groupSwitchFinished(tr("The polling engine is not running."), false);
        return;
    }
    if (m_groupSwitch) {
        emit groupSwitchFinished(tr("Another group switch is still running."), false);
        return;
    }
    Result<QSqlDatabase> db = m_database.connection(kSwitchingRole);
    if (!db) {
        emit groupSwitchFinished(db.error().message, false);
        return;
    }
    control::SwitchTargets targets(*db);
    const Result<QString> description = targets.describe(target);
    Result<QList<control::SwitchMeter>> meters = targets.meters(target);
    if (!description || !meters) {
        emit groupSwitchFinished(description ? meters.error().message : description.error().message,
                                 false);
        return;
    }
    control::GroupSwitchRequest request;
    request.meters = *meters;
    request.action = action;
    request.operatorName = loginName();
    request.parameters
        = tr("group %1 (%2)").arg(*description, control::SwitchScheduleText::actionToken(action));

    m_groupSwitch = std::make_unique<control::GroupSwitch>(m_service->engine(), m_writer, *db);
    connect(m_groupSwitch.get(), &control::GroupSwitch::meterFinished, this,
            [this](const control::MeterSwitchResult &result, int done, int total) {
                emit groupSwitchMeterFinished(result.meter.serial,
                                              result.message.isEmpty()
                                                  ? control::outcomeToken(result.outcome)
                                                  : result.message,
                                              done, total);
            });
    connect(m_groupSwitch.get(), &control::GroupSwitch::finished, this,
            [this](const QList<control::MeterSwitchResult> &results) {
                // The switch emitting this is deleted once it has returned.
                if (m_groupSwitch)
                    m_groupSwitch.release()->deleteLater();
                emit groupSwitchFinished(control::summarise(results).describe(), true);
            });
    emit groupSwitchStarted(*description, int(meters->size()));
    m_groupSwitch->start(request);
}

void EngineCore::cancelGroupSwitch()
{
    if (m_groupSwitch)
        m_groupSwitch->cancel();
}

void EngineCore::setTracing(bool on)
{
    if (!m_service || on == bool(m_tracing))
        return;
    if (!on) {
        disconnect(m_tracing);
        m_tracing = {};
        return;
    }
    m_tracing = connect(&m_service->engine(), &engine::PollEngine::traced, this,
                        [this](qint64, const link::TraceRecord &record) {
                            if (m_trace.size() >= kTraceBatchLimit) {
                                m_trace.removeFirst();
                                ++m_traceDropped;
                            }
                            m_trace.append(record);
                        });
}

void EngineCore::gatherProgress(const engine::MeterProgress &progress)
{
    // A meter's states only move on: the latest report says it all.
    const auto keep = [this, &progress](auto &rows, auto key) {
        if (const auto known = rows.constFind(key); known != rows.constEnd()) {
            m_progress[*known] = progress;
        } else {
            rows.insert(key, m_progress.size());
            m_progress.append(progress);
        }
    };
    if (progress.meter.id != 0)
        keep(m_progressRow, std::pair(progress.routerId, progress.meter.id));
    else
        keep(m_progressRowBySerial, std::pair(progress.routerId, progress.meter.serial));
    if (m_progress.size() >= kProgressBatchLimit)
        flushProgress();
    else if (!m_progressFlush.isActive())
        m_progressFlush.start();
}

void EngineCore::flushProgress()
{
    m_progressFlush.stop();
    if (m_progress.isEmpty())
        return;
    m_progressRow.clear();
    m_progressRowBySerial.clear();
    emit meterProgress(std::exchange(m_progress, {}));
}

void EngineCore::flushTrace()
{
    if (m_trace.isEmpty())
        return;
    if (m_traceDropped > 0) {
        link::TraceRecord note;
        note.direction = link::TraceDirection::In;
        note.timestamp = QDateTime::currentDateTimeUtc();
        note.summary = tr("%n frame(s) not shown: the link is faster than the trace", nullptr,
                          int(std::min<quint64>(m_traceDropped, INT_MAX)));
        note.link = m_trace.constFirst().link;
        m_trace.prepend(note);
        m_traceDropped = 0;
    }
    emit traced(m_trace);
    m_trace.clear();
}

} // namespace ims::app
