#include "app/cli/relay_command.h"

#include "app/cli/cli_output.h"
#include "app/cli/cli_sync.h"
#include "app/cli/control_target.h"
#include "app/cli/group_switch_cli.h"
#include "models/control/switch_targets.h"
#include "models/storage/database.h"
#include "protocol/control/relay_control.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace ims::cli {

namespace {

class RelayCommand
{
    Q_DECLARE_TR_FUNCTIONS(RelayCommand)

public:
    static int run(const QStringList &args);
    static int runGroup(const QCommandLineParser &parser, ControlTarget &target,
                        control::SwitchTarget what, const QString &verb);
};

QJsonObject stateJson(const control::RelayState &s)
{
    return {{QStringLiteral("output"), s.outputToken()},
            {QStringLiteral("control_state"), s.controlStateToken()},
            {QStringLiteral("control_mode"), s.controlMode}};
}

int RelayCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    ControlTarget target(parser);
    parser.addPositionalArgument(QStringLiteral("verb"), tr("off, on or state"));
    const QCommandLineOption groupOption(QStringLiteral("group"),
                                         tr("Switch every member of a balance group (with --db;"
                                            " never its head meters)."),
                                         QStringLiteral("ID"));
    const QCommandLineOption feederOption(QStringLiteral("feeder"),
                                          tr("Switch every meter on a feeder (with --db)."),
                                          QStringLiteral("ID"));
    const QCommandLineOption routerOption(QStringLiteral("router"),
                                          tr("Switch every meter behind a router (with --db)."),
                                          QStringLiteral("ID"));
    parser.addOptions({groupOption, feederOption, routerOption});
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli relay")} + args))
        return printError(parser.errorText(), 2);
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QStringList verbs{QStringLiteral("off"), QStringLiteral("on"), QStringLiteral("state")};
    if (positional.size() != 1 || !verbs.contains(positional.first()))
        return printError(tr("usage: imsdesk-cli relay off|on|state (--db FILE --meter SERIAL |"
                             " connection options) [--yes] [--json]; relay off|on --db FILE"
                             " (--group ID | --feeder ID | --router ID)"),
                          2);
    const QString verb = positional.first();
    const int groups = int(parser.isSet(groupOption)) + int(parser.isSet(feederOption))
                       + int(parser.isSet(routerOption));
    if (groups > 0) {
        if (groups > 1 || parser.isSet(QStringLiteral("meter")) || verb == QLatin1String("state"))
            return printError(tr("usage: imsdesk-cli relay off|on --db FILE (--group ID |"
                                 " --feeder ID | --router ID) [--yes] [--json]"),
                              2);
        const auto [kind, option]
            = parser.isSet(groupOption)
                  ? std::pair{control::SwitchTargetKind::BalanceGroup, &groupOption}
              : parser.isSet(feederOption)
                  ? std::pair{control::SwitchTargetKind::Feeder, &feederOption}
                  : std::pair{control::SwitchTargetKind::Router, &routerOption};
        bool ok = false;
        const qint64 id = parser.value(*option).toLongLong(&ok);
        if (!ok || id <= 0)
            return printError(tr("%1 takes a numeric id").arg(option->names().first()), 2);
        return runGroup(parser, target, {kind, id}, verb);
    }
    if (const Status s = target.resolve(); !s)
        return printError(s.error());

    if (verb != QLatin1String("state")) {
        const QString what = verb == QLatin1String("off")
                                 ? tr("open the load relay of %1: the subscriber loses power")
                                       .arg(target.describe())
                                 : tr("reconnect the load relay of %1 (or, by its control mode,"
                                      " permit the subscriber to reconnect)")
                                       .arg(target.describe());
        if (!target.confirm(what))
            return 2;
    }
    if (const Status s = target.connect(); !s) {
        if (verb == QLatin1String("state"))
            return printError(s.error());
        // Recorded as not applied: nothing was sent but the association.
        control::ControlReport report;
        report.command = verb == QLatin1String("off") ? QStringLiteral("relay-off")
                                                      : QStringLiteral("relay-on");
        report.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        report.notApplied(s.error(), tr("could not connect: %1").arg(s.error().message));
        (void)target.record(report);
        return printError(s.error());
    }

    if (verb == QLatin1String("state")) {
        Result<control::RelayState> state = await<Result<control::RelayState>>(
            [&](auto done) { control::RelayControl::readState(target.client(), done); });
        target.release();
        if (!state)
            return printError(state.error());
        if (target.json()) {
            QJsonObject line = stateJson(*state);
            line.insert(QStringLiteral("meter"), target.serial());
            printJsonLine(line);
        } else {
            printLine(state->describe());
        }
        return 0;
    }

    const control::RelayReport report = await<control::RelayReport>([&](auto done) {
        if (verb == QLatin1String("off"))
            control::RelayControl::disconnect(target.client(), done);
        else
            control::RelayControl::reconnect(target.client(), done);
    });
    target.release();
    if (const Status s = target.record(report.report); !s)
        printError(s.error());
    if (target.json()) {
        QJsonObject line{{QStringLiteral("meter"), target.serial()},
                         {QStringLiteral("command"), report.report.command},
                         {QStringLiteral("outcome"), control::outcomeToken(report.report.outcome)},
                         {QStringLiteral("awaiting_subscriber"), report.awaitingSubscriber},
                         {QStringLiteral("message"), report.report.message}};
        if (report.before)
            line.insert(QStringLiteral("before"), stateJson(*report.before));
        if (report.after)
            line.insert(QStringLiteral("after"), stateJson(*report.after));
        printJsonLine(line);
    } else if (report.report.outcome == control::Outcome::Applied) {
        printLine(report.report.message);
    } else {
        printError(report.report.message, 0);
    }
    return controlExitCode(report.report);
}

int RelayCommand::runGroup(const QCommandLineParser &parser, ControlTarget &target,
                           control::SwitchTarget what, const QString &verb)
{
    if (!parser.isSet(QStringLiteral("db")))
        return printError(tr("--group, --feeder and --router need --db"), 2);
    const QString path = parser.value(QStringLiteral("db"));
    if (!QFileInfo::exists(path))
        return printError(Error(ErrorKind::NotFound, tr("no database at %1").arg(path)));
    storage::Database database({path});
    if (const Status s = database.openAndMigrate(); !s)
        return printError(s.error());
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return printError(db.error());
    control::SwitchTargets targets(*db);
    const Result<QString> name = targets.describe(what);
    if (!name)
        return printError(name.error());
    const Result<QList<control::SwitchMeter>> meters = targets.meters(what);
    if (!meters)
        return printError(meters.error());
    const bool off = verb == QLatin1String("off");
    if (meters->isEmpty())
        return printError(tr("%1 has no meters that can be switched").arg(*name), 1);

    // Name the count and the first meters: the operator sees what will switch.
    QStringList first;
    for (qsizetype i = 0; i < std::min<qsizetype>(meters->size(), 5); ++i)
        first << meters->at(i).serial;
    QString list = first.join(QStringLiteral(", "));
    if (meters->size() > first.size())
        list += tr(" and %n more", nullptr, int(meters->size() - first.size()));
    const QString question
        = off ? tr("open the load relays of %n meter(s) of %1 (%2): their subscribers lose power",
                   nullptr, int(meters->size()))
                    .arg(*name, list)
              : tr("reconnect the load relays of %n meter(s) of %1 (%2)", nullptr,
                   int(meters->size()))
                    .arg(*name, list);
    if (!target.confirm(question))
        return 2;

    control::GroupSwitchRequest request;
    request.meters = *meters;
    request.action = off ? control::SwitchAction::Disconnect : control::SwitchAction::Reconnect;
    request.operatorName = target.operatorName();
    request.parameters = *name;
    const bool json = target.json();
    const Result<QList<control::MeterSwitchResult>> results
        = runGroupSwitch(database, request, [json](const control::MeterSwitchResult &r) {
              if (json)
                  printJsonLine(switchResultJson(r));
              else if (r.outcome == control::Outcome::Applied)
                  printLine(switchResultLine(r));
              else
                  printError(switchResultLine(r), 0);
          });
    if (!results)
        return printError(results.error());
    const control::GroupSwitchSummary summary = control::summarise(*results);
    if (json) {
        QJsonArray each;
        for (const control::MeterSwitchResult &r : *results)
            each << switchResultJson(r);
        printJsonLine({{QStringLiteral("target"), *name},
                       {QStringLiteral("command"),
                        off ? QStringLiteral("relay-off") : QStringLiteral("relay-on")},
                       {QStringLiteral("meters"), int(results->size())},
                       {QStringLiteral("applied"), summary.applied},
                       {QStringLiteral("not_applied"), summary.notApplied},
                       {QStringLiteral("unknown"), summary.unknown},
                       {QStringLiteral("results"), each}});
    } else {
        printLine(tr("%1: %2").arg(*name, summary.describe()));
    }
    return groupExitCode(*results);
}

} // namespace

CliCommand relayCommand()
{
    return {QStringLiteral("relay"),
            RelayCommand::tr("switch a meter's load relay off or on, or read its state"),
            RelayCommand::run};
}

} // namespace ims::cli
