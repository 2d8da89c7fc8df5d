#include "app/cli/group_switch_cli.h"

#include "models/fleet/poll_service.h"
#include "models/storage/database.h"
#include "models/storage/storage_writer.h"
#include "protocol/link/link_factory.h"

#include <QEventLoop>

namespace ims::cli {

namespace {

class GroupSwitchCli
{
    Q_DECLARE_TR_FUNCTIONS(GroupSwitchCli)
};

} // namespace

QJsonObject switchResultJson(const control::MeterSwitchResult &r)
{
    QJsonObject o{{QStringLiteral("meter"), r.meter.serial},
                  {QStringLiteral("outcome"), control::outcomeToken(r.outcome)},
                  {QStringLiteral("message"), r.message},
                  {QStringLiteral("awaiting_subscriber"), r.awaitingSubscriber}};
    if (r.after) {
        o.insert(QStringLiteral("output"), r.after->outputToken());
        o.insert(QStringLiteral("control_state"), r.after->controlStateToken());
    }
    return o;
}

QString switchResultLine(const control::MeterSwitchResult &r)
{
    return GroupSwitchCli::tr("%1: %2: %3")
        .arg(r.meter.serial, control::outcomeToken(r.outcome), r.message);
}

int groupExitCode(const QList<control::MeterSwitchResult> &results)
{
    const control::GroupSwitchSummary s = control::summarise(results);
    if (s.unknown > 0)
        return 4;
    return s.notApplied > 0 ? 1 : 0;
}

Result<QList<control::MeterSwitchResult>>
runGroupSwitch(storage::Database &database, const control::GroupSwitchRequest &request,
               const std::function<void(const control::MeterSwitchResult &)> &each)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    storage::StorageWriter writer(database);
    writer.start();
    link::LinkFactory factory;
    QList<control::MeterSwitchResult> results;
    {
        fleet::PollService service(database, writer, factory);
        control::GroupSwitch group(service.engine(), writer, *db);
        QEventLoop loop;
        QObject::connect(&group, &control::GroupSwitch::meterFinished, &loop,
                         [&](const control::MeterSwitchResult &r, int, int) {
                             if (each)
                                 each(r);
                         });
        bool done = false;
        QObject::connect(&group, &control::GroupSwitch::finished, &loop,
                         [&](const QList<control::MeterSwitchResult> &all) {
                             results = all;
                             done = true;
                             loop.quit();
                         });
        group.start(request);
        if (!done)
            loop.exec();
        // Let the last visit release its association before the link goes.
        while (!service.engine().isIdle()) {
            QEventLoop settle;
            QObject::connect(&service.engine(), &engine::PollEngine::finished, &settle,
                             &QEventLoop::quit);
            settle.exec();
        }
    }
    const Status stored = writer.flush();
    writer.stop();
    if (!stored)
        return stored.error();
    return results;
}

Result<QList<ScheduleRun>> runDueSchedules(storage::Database &database, const QString &operatorName,
                                           qint64 nowMs, QStringList *problems)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    Result<QList<control::DueSwitch>> due = control::SwitchScheduler::due(*db, nowMs, problems);
    if (!due)
        return due.error();
    QList<ScheduleRun> runs;
    if (due->isEmpty())
        return runs;
    storage::StorageWriter writer(database);
    writer.start();
    link::LinkFactory factory;
    {
        fleet::PollService service(database, writer, factory);
        control::SwitchScheduler scheduler(service.engine(), writer, *db, operatorName,
                                           [nowMs] { return nowMs; });
        QEventLoop loop;
        QObject::connect(&scheduler, &control::SwitchScheduler::scheduleFinished, &loop,
                         [&](qint64 id, const QString &name, const QString &summary,
                             const QList<control::MeterSwitchResult> &results) {
                             runs << ScheduleRun{id, name, summary, results};
                         });
        QObject::connect(&scheduler, &control::SwitchScheduler::scheduleFailed, &loop,
                         [&](qint64, const QString &name, const QString &message) {
                             if (problems)
                                 *problems << (name.isEmpty()
                                                   ? message
                                                   : QStringLiteral("%1: %2").arg(name, message));
                         });
        QObject::connect(&scheduler, &control::SwitchScheduler::idle, &loop, &QEventLoop::quit);
        if (const Result<int> queued = scheduler.runDue(); !queued)
            return queued.error();
        if (scheduler.isBusy())
            loop.exec();
        while (!service.engine().isIdle()) {
            QEventLoop settle;
            QObject::connect(&service.engine(), &engine::PollEngine::finished, &settle,
                             &QEventLoop::quit);
            settle.exec();
        }
    }
    const Status stored = writer.flush();
    writer.stop();
    if (!stored)
        return stored.error();
    return runs;
}

} // namespace ims::cli
