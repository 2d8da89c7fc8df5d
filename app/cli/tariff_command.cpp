#include "app/cli/tariff_command.h"

#include "app/cli/cli_output.h"
#include "app/cli/cli_sync.h"
#include "app/cli/control_target.h"
#include "models/control/control_store.h"
#include "protocol/control/tariff_capabilities.h"
#include "protocol/control/tariff_plan_json.h"
#include "protocol/control/tariff_programmer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTextStream>

namespace ims::cli {

namespace {

class TariffCommand
{
    Q_DECLARE_TR_FUNCTIONS(TariffCommand)

public:
    static int run(const QStringList &args);
};

Result<control::TariffPlan> loadPlan(const QCommandLineParser &parser,
                                     const QCommandLineOption &planOption)
{
    if (!parser.isSet(planOption))
        return Error(ErrorKind::InvalidArgument, TariffCommand::tr("--plan FILE.json is needed"));
    Result<control::TariffPlan> plan = control::TariffPlanJson::load(parser.value(planOption));
    if (!plan)
        return Error(plan.error().kind, TariffCommand::tr("%1: %2").arg(parser.value(planOption),
                                                                        plan.error().message));
    return plan;
}

// "now", "YYYY-MM-DD HH:MM" (this computer's local time) or an ISO 8601
// time with its offset.
Result<std::optional<QDateTime>> activationTime(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("now"))
        return std::optional<QDateTime>();
    QDateTime t = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return Error(ErrorKind::InvalidArgument,
                     TariffCommand::tr("--activate: \"%1\" is neither \"now\" nor a time such as"
                                       " \"2026-04-01 00:00\" or 2026-04-01T00:00:00+03:00")
                         .arg(text));
    return std::optional<QDateTime>(t);
}

// What the database knows of the meter's model: a plan with energy zones or
// a penalty tariff is refused before connecting to a model without them.
control::TariffRules rulesForMeter(ControlTarget &target)
{
    control::TariffRules rules;
    if (!target.hasDatabase() || target.meterId() == 0)
        return rules;
    QSqlQuery q(target.database());
    q.prepare(QStringLiteral("SELECT model FROM meters WHERE id = ?"));
    q.addBindValue(target.meterId());
    if (q.exec() && q.next())
        control::tariffCapabilitiesOfModel(q.value(0).toString()).applyTo(rules);
    return rules;
}

int write(ControlTarget &target, const control::TariffPlan &plan,
          const std::optional<QDateTime> &activation)
{
    const QString when = activation
                             ? TariffCommand::tr("from %1").arg(activation->toString(Qt::ISODate))
                             : TariffCommand::tr("at once");
    if (!target.confirm(
            TariffCommand::tr("write tariff plan \"%1\" (%2 tariffs) to %3, effective %4")
                .arg(plan.name)
                .arg(plan.tariffs.size())
                .arg(target.describe(), when)))
        return 2;
    control::TariffWriteReport report;
    const control::TariffRules rules = rulesForMeter(target);
    if (const Status refused = control::TariffPlanValidator::check(plan, rules); !refused) {
        // The meter's model cannot run it: nothing is sent, not even a connection.
        report.report.command = QStringLiteral("tariff-write");
        report.report.parameters = plan.name;
        report.report.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        report.planDigest = plan.digest();
        report.activation = activation;
        report.report.refuse(refused.error());
    } else if (const Status s = target.connect(); !s) {
        report.report.command = QStringLiteral("tariff-write");
        report.report.parameters = plan.name;
        report.report.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        report.planDigest = plan.digest();
        report.activation = activation;
        report.report.notApplied(s.error(),
                                 TariffCommand::tr("could not connect: %1").arg(s.error().message));
    } else {
        control::TariffWriteOptions options;
        options.activateAt = activation;
        options.rules = rulesForMeter(target);
        report = await<control::TariffWriteReport>([&](auto done) {
            control::TariffProgrammer::write(target.client(), plan, options, done);
        });
        target.release();
    }
    if (target.hasDatabase()) {
        if (const Status s = target.record(report.report); !s)
            printError(s.error());
        control::ControlStore store(target.database());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Result<qint64> planId = store.savePlan(plan, now);
        Status stored
            = planId ? store.assignPlan(target.meterId(), *planId) : Status(planId.error());
        if (stored)
            stored = store.recordWrite(target.meterId(), *planId, report, now);
        if (!stored)
            printError(stored.error());
    }
    if (target.json()) {
        QJsonArray differences;
        for (const QString &d : report.differences)
            differences.append(d);
        printJsonLine({{QStringLiteral("meter"), target.serial()},
                       {QStringLiteral("command"), report.report.command},
                       {QStringLiteral("plan"), plan.name},
                       {QStringLiteral("digest"), report.planDigest},
                       {QStringLiteral("outcome"), control::outcomeToken(report.report.outcome)},
                       {QStringLiteral("refused"), report.report.refused},
                       {QStringLiteral("retry"), report.report.needsRetry()},
                       {QStringLiteral("activation"),
                        activation ? QJsonValue(activation->toString(Qt::ISODate))
                                   : QJsonValue(QStringLiteral("now"))},
                       {QStringLiteral("differences"), differences},
                       {QStringLiteral("message"), report.report.message}});
    } else if (report.report.outcome == control::Outcome::Applied) {
        printLine(report.report.message);
    } else {
        printError(QStringLiteral("%1: %2").arg(control::outcomeToken(report.report.outcome),
                                                report.report.message),
                   0);
    }
    return controlExitCode(report.report);
}

int read(ControlTarget &target)
{
    if (const Status s = target.connect(); !s)
        return printError(s.error());
    Result<control::MeterCalendar> meter = await<Result<control::MeterCalendar>>(
        [&](auto done) { control::TariffProgrammer::read(target.client(), done); });
    target.release();
    if (!meter)
        return printError(meter.error());
    const QList<cosem::SpecialDay> noDays;
    const QList<cosem::SpecialDay> &days = meter->specialDays ? *meter->specialDays : noDays;
    const control::TariffPlan active
        = control::TariffPlanCompare::fromMeter(meter->calendar.active, days);
    const control::TariffPlan passive
        = control::TariffPlanCompare::fromMeter(meter->calendar.passive, days);
    const QDateTime armed = meter->calendar.activatePassiveCalendarTime.toQDateTime();
    if (target.json()) {
        printJsonLine({{QStringLiteral("meter"), target.serial()},
                       {QStringLiteral("active"), control::TariffPlanJson::toJson(active)},
                       {QStringLiteral("active_digest"), active.digest()},
                       {QStringLiteral("passive"), control::TariffPlanJson::toJson(passive)},
                       {QStringLiteral("activation"),
                        armed.isValid() ? QJsonValue(armed.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("tariff_registers"), meter->tariffRegisters}});
        return 0;
    }
    // The active plan as a plan file: what `tariff write --plan` reads.
    QTextStream(stdout) << QString::fromUtf8(
        QJsonDocument(control::TariffPlanJson::toJson(active)).toJson(QJsonDocument::Indented));
    if (armed.isValid())
        QTextStream(stderr) << TariffCommand::tr("passive calendar \"%1\" takes effect at %2")
                                   .arg(passive.name, armed.toString(Qt::ISODate))
                            << '\n';
    return 0;
}

int verify(ControlTarget &target, const control::TariffPlan &plan)
{
    if (const Status s = target.connect(); !s)
        return printError(s.error());
    Result<control::TariffVerification> v = await<Result<control::TariffVerification>>(
        [&](auto done) { control::TariffProgrammer::verify(target.client(), plan, done); });
    target.release();
    if (!v)
        return printError(v.error());
    if (target.hasDatabase()) {
        control::ControlStore store(target.database());
        if (const Status s = store.recordCheck(target.meterId(), plan.digest(), *v,
                                               QDateTime::currentMSecsSinceEpoch());
            !s)
            printError(s.error());
    }
    if (target.json()) {
        QJsonArray differences;
        for (const QString &d : v->differences)
            differences.append(d);
        printJsonLine(
            {{QStringLiteral("meter"), target.serial()},
             {QStringLiteral("plan"), plan.name},
             {QStringLiteral("state"), control::tariffSyncToken(v->state)},
             {QStringLiteral("activation"),
              v->activation ? QJsonValue(v->activation->toString(Qt::ISODate)) : QJsonValue()},
             {QStringLiteral("meter_digest"), v->meterDigest},
             {QStringLiteral("plan_digest"), plan.digest()},
             {QStringLiteral("differences"), differences}});
    } else {
        switch (v->state) {
        case control::TariffSync::InSync:
            printLine(TariffCommand::tr("the meter runs plan \"%1\"").arg(plan.name));
            break;
        case control::TariffSync::Pending:
            printLine(TariffCommand::tr("plan \"%1\" is armed and takes effect at %2")
                          .arg(plan.name, v->activation->toString(Qt::ISODate)));
            break;
        case control::TariffSync::Differs:
            printLine(TariffCommand::tr("the meter does not run plan \"%1\":").arg(plan.name));
            for (const QString &d : v->differences)
                printLine(QStringLiteral("  ") + d);
            break;
        }
    }
    return v->state == control::TariffSync::Differs ? 1 : 0;
}

int TariffCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    ControlTarget target(parser);
    const QCommandLineOption planOption(QStringLiteral("plan"), tr("Tariff plan file (JSON)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption activateOption(
        QStringLiteral("activate"),
        tr("When the plan takes effect: now (default), \"YYYY-MM-DD HH:MM\" (local time) or"
           " an ISO 8601 time."),
        QStringLiteral("WHEN"), QStringLiteral("now"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         tr("Only validate the plan file; send nothing."));
    parser.addOptions({planOption, activateOption, checkOption});
    parser.addPositionalArgument(QStringLiteral("verb"), tr("write, read or verify"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli tariff")} + args))
        return printError(parser.errorText(), 2);
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QStringList verbs{QStringLiteral("write"), QStringLiteral("read"),
                            QStringLiteral("verify")};
    if (positional.size() != 1 || !verbs.contains(positional.first()))
        return printError(tr("usage: imsdesk-cli tariff write|read|verify [--plan FILE.json]"
                             " (--db FILE --meter SERIAL | connection options) [--yes] [--json]"),
                          2);
    const QString verb = positional.first();

    // The plan is checked before any connection is made.
    std::optional<control::TariffPlan> plan;
    if (verb != QLatin1String("read")) {
        Result<control::TariffPlan> loaded = loadPlan(parser, planOption);
        if (!loaded)
            return printError(loaded.error());
        if (const Status s = control::TariffPlanValidator::check(*loaded); !s)
            return printError(Error(ErrorKind::InvalidArgument, s.error().message));
        plan = *loaded;
        if (parser.isSet(checkOption)) {
            printLine(tr("plan \"%1\" is valid (digest %2)").arg(plan->name, plan->digest()));
            return 0;
        }
    }
    Result<std::optional<QDateTime>> activation = activationTime(parser.value(activateOption));
    if (!activation)
        return printError(activation.error());
    if (const Status s = target.resolve(); !s)
        return printError(s.error());
    if (verb == QLatin1String("write"))
        return write(target, *plan, *activation);
    if (verb == QLatin1String("verify"))
        return verify(target, *plan);
    return read(target);
}

} // namespace

CliCommand tariffCommand()
{
    return {QStringLiteral("tariff"),
            TariffCommand::tr("write, read or verify a meter's tariff plan (activity calendar)"),
            TariffCommand::run};
}

} // namespace ims::cli
