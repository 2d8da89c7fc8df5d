#include "models/control/group_switch.h"

#include "models/fleet/poll_planner.h"
#include "protocol/engine/reading_sink.h"

#include <QDateTime>
#include <QMap>

namespace ims::control {

QString GroupSwitchSummary::describe() const
{
    QStringList parts;
    if (applied)
        parts << GroupSwitch::tr("%n applied", nullptr, applied);
    if (notApplied)
        parts << GroupSwitch::tr("%n not applied", nullptr, notApplied);
    if (unknown)
        parts << GroupSwitch::tr("%n unknown (verify or retry)", nullptr, unknown);
    return parts.isEmpty() ? GroupSwitch::tr("no meters") : parts.join(QStringLiteral(", "));
}

GroupSwitchSummary summarise(const QList<MeterSwitchResult> &results)
{
    GroupSwitchSummary s;
    for (const MeterSwitchResult &r : results) {
        switch (r.outcome) {
        case Outcome::Applied:
            ++s.applied;
            break;
        case Outcome::NotApplied:
            ++s.notApplied;
            break;
        case Outcome::Unknown:
            ++s.unknown;
            break;
        }
    }
    return s;
}

GroupSwitch::GroupSwitch(engine::PollEngine &engine, engine::ReadingSink &sink, QSqlDatabase db,
                         QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_sink(sink)
    , m_db(std::move(db))
{
    connect(&m_engine, &engine::PollEngine::meterProgress, this, &GroupSwitch::onProgress);
}

GroupSwitch::~GroupSwitch()
{
    // Operations still queued in the engine find this gone and switch nothing.
    *m_alive = false;
}

QString GroupSwitch::commandToken() const
{
    return m_request.action == SwitchAction::Disconnect ? QStringLiteral("relay-off")
                                                        : QStringLiteral("relay-on");
}

void GroupSwitch::start(const GroupSwitchRequest &request)
{
    m_request = request;
    m_started = true;
    m_results.clear();
    m_pending.clear();
    for (const SwitchMeter &m : request.meters)
        m_pending.insert(m.id, m);

    QMap<qint64, engine::RouterPlan> byRouter;
    fleet::PollPlanner planner(m_db);
    QList<QPair<qint64, Error>> unplanned;
    for (const SwitchMeter &m : request.meters) {
        Result<QList<engine::RouterPlan>> plans
            = planner.plan(fleet::PollTarget::meter(m.id), /*what=*/0);
        if (!plans || plans->isEmpty() || plans->first().meters.isEmpty()) {
            unplanned << qMakePair(m.id, plans ? Error(ErrorKind::NotFound, tr("not planned"))
                                               : plans.error());
            continue;
        }
        engine::RouterPlan plan = plans->first();
        engine::MeterJob job = plan.meters.first();
        job.what = 0; // nothing read but the serial: the switching is the visit
        std::weak_ptr<bool> alive = m_alive;
        const qint64 id = m.id;
        job.operation
            = [this, alive, id](client::DlmsClient &client, std::function<void(Status)> done) {
                  const auto living = alive.lock();
                  if (!living || !*living)
                      return done({});
                  runOperation(id, client, done);
              };
        auto it = byRouter.find(plan.routerId);
        if (it == byRouter.end()) {
            plan.meters = {job};
            plan.checkRouterClock = false;
            byRouter.insert(plan.routerId, plan);
        } else {
            it->meters << job;
        }
    }
    if (!byRouter.isEmpty())
        m_engine.submit(byRouter.values(), engine::Priority::Operator);
    for (const auto &[id, why] : unplanned)
        resolveNotRun(id, why);
    if (m_pending.isEmpty())
        emit finished(m_results);
}

void GroupSwitch::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    const QList<qint64> waiting = m_pending.keys();
    for (qint64 id : waiting) {
        // Its write may already be on the wire: it ends with what it read back.
        if (id == m_inFlight)
            continue;
        resolveNotRun(id, Error(ErrorKind::Cancelled, tr("cancelled by the operator before"
                                                         " switching; nothing was sent")));
    }
}

void GroupSwitch::runOperation(qint64 meterId, client::DlmsClient &client,
                               const std::function<void(Status)> &done)
{
    // Already resolved: a retried visit after the write, or cancelled.
    if (!m_pending.contains(meterId))
        return done({});
    std::weak_ptr<bool> alive = m_alive;
    m_inFlight = meterId;
    auto finish = [this, alive, meterId, done](RelayReport report) {
        const auto living = alive.lock();
        if (living && *living) {
            m_inFlight = 0;
            resolve(meterId, report);
        }
        // The session goes on to release either way; a failure there is the
        // engine's to retry, and the retry finds this meter resolved.
        done({});
    };
    if (m_request.action == SwitchAction::Disconnect)
        RelayControl::disconnect(client, finish);
    else
        RelayControl::reconnect(client, finish);
}

void GroupSwitch::onProgress(const engine::MeterProgress &progress)
{
    if (progress.state != engine::MeterPollState::Failed
        && progress.state != engine::MeterPollState::Cancelled)
        return;
    if (!m_pending.contains(progress.meter.id))
        return;
    resolveNotRun(progress.meter.id,
                  Error(progress.error == ErrorKind::None ? ErrorKind::LinkError : progress.error,
                        progress.message));
}

void GroupSwitch::resolveNotRun(qint64 meterId, const Error &why)
{
    const auto it = m_pending.constFind(meterId);
    if (it == m_pending.constEnd())
        return;
    RelayReport report;
    report.report.command = commandToken();
    report.report.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    report.report.notApplied(why, why.kind == ErrorKind::Cancelled
                                      ? why.message
                                      : tr("not switched, nothing written: %1").arg(why.message));
    resolve(meterId, report);
}

void GroupSwitch::resolve(qint64 meterId, const RelayReport &report)
{
    const auto it = m_pending.constFind(meterId);
    if (it == m_pending.constEnd())
        return;
    const SwitchMeter meter = *it;
    m_pending.erase(it);

    ControlReport control = report.report;
    if (!m_request.parameters.isEmpty())
        control.parameters = control.parameters.isEmpty()
                                 ? m_request.parameters
                                 : m_request.parameters + QStringLiteral("; ") + control.parameters;
    record(meter, control);

    MeterSwitchResult r;
    r.meter = meter;
    r.outcome = control.outcome;
    r.error = control.error.kind;
    r.message = control.message;
    r.after = report.after;
    r.awaitingSubscriber = report.awaitingSubscriber;
    m_results << r;
    emit meterFinished(r, int(m_results.size()), int(m_request.meters.size()));
    if (m_pending.isEmpty())
        emit finished(m_results);
}

void GroupSwitch::record(const SwitchMeter &meter, const ControlReport &report)
{
    engine::ReadingBatch batch;
    batch.commands << report.toCommandRecord({meter.id, meter.serial}, m_request.operatorName);
    m_sink.submit(std::move(batch));
}

} // namespace ims::control
