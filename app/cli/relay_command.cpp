#include "app/cli/relay_command.h"

#include "app/cli/cli_output.h"
#include "app/cli/cli_sync.h"
#include "app/cli/control_target.h"
#include "protocol/control/relay_control.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTextStream>

namespace ims::cli {

namespace {

class RelayCommand
{
    Q_DECLARE_TR_FUNCTIONS(RelayCommand)

public:
    static int run(const QStringList &args);
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
                             " connection options) [--yes] [--json]"),
                          2);
    const QString verb = positional.first();
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

} // namespace

CliCommand relayCommand()
{
    return {QStringLiteral("relay"),
            RelayCommand::tr("switch a meter's load relay off or on, or read its state"),
            RelayCommand::run};
}

} // namespace ims::cli
