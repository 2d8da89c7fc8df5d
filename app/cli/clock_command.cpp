#include "app/cli/clock_command.h"

#include "app/cli/cli_output.h"
#include "app/cli/cli_sync.h"
#include "app/cli/control_target.h"
#include "protocol/control/clock_control.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTextStream>

namespace ims::cli {

namespace {

class ClockCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClockCommand)

public:
    static int run(const QStringList &args);
};

int ClockCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    ControlTarget target(parser);
    const QCommandLineOption timeOption(
        QStringLiteral("time"),
        tr("clock set: the time to set, ISO 8601 (default: this computer's time)."),
        QStringLiteral("TIME"));
    parser.addOption(timeOption);
    parser.addPositionalArgument(QStringLiteral("verb"), tr("get, set, or shift SECONDS"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli clock")} + args))
        return printError(parser.errorText(), 2);
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const bool ok = (verb == QLatin1String("get") && positional.size() == 1)
                    || (verb == QLatin1String("set") && positional.size() == 1)
                    || (verb == QLatin1String("shift") && positional.size() == 2);
    if (!ok)
        return printError(tr("usage: imsdesk-cli clock get | set [--time ISO] | shift SECONDS"
                             " (--db FILE --meter SERIAL | connection options) [--yes] [--json]"),
                          2);
    int shiftSeconds = 0;
    std::optional<QDateTime> fixed;
    if (verb == QLatin1String("shift")) {
        bool number = false;
        shiftSeconds = positional[1].toInt(&number);
        if (!number)
            return printError(tr("shift: \"%1\" is not a number of seconds").arg(positional[1]), 2);
    }
    if (verb == QLatin1String("set") && parser.isSet(timeOption)) {
        const QDateTime t = QDateTime::fromString(parser.value(timeOption), Qt::ISODate);
        if (!t.isValid())
            return printError(
                tr("--time: \"%1\" is not an ISO 8601 time").arg(parser.value(timeOption)), 2);
        fixed = t;
    }
    if (const Status s = target.resolve(); !s)
        return printError(s.error());
    if (verb == QLatin1String("set")
        && !target.confirm(tr("set the clock of %1 to %2")
                               .arg(target.describe(), fixed ? fixed->toString(Qt::ISODate)
                                                             : tr("this computer's time"))))
        return 2;
    if (verb == QLatin1String("shift")
        && !target.confirm(
            tr("shift the clock of %1 by %2 s").arg(target.describe()).arg(shiftSeconds)))
        return 2;
    if (const Status s = target.connect(); !s) {
        if (verb != QLatin1String("get")) {
            control::ControlReport report;
            report.command = verb == QLatin1String("set") ? QStringLiteral("clock-set")
                                                          : QStringLiteral("clock-shift");
            report.startedAtMs = QDateTime::currentMSecsSinceEpoch();
            report.notApplied(s.error(), tr("could not connect: %1").arg(s.error().message));
            (void)target.record(report);
        }
        return printError(s.error());
    }

    if (verb == QLatin1String("get")) {
        Result<control::ClockReading> r = await<Result<control::ClockReading>>(
            [&](auto done) { control::ClockControl::read(target.client(), done); });
        target.release();
        if (!r)
            return printError(r.error());
        const qint64 offset = r->time.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
        if (target.json())
            printJsonLine({{QStringLiteral("meter"), target.serial()},
                           {QStringLiteral("time"), r->time.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("deviation_min"), r->deviation},
                           {QStringLiteral("offset_ms"), offset}});
        else
            printLine(tr("%1 (%2 s from this computer)")
                          .arg(r->time.toString(Qt::ISODate))
                          .arg(double(offset) / 1000.0, 0, 'f', 1));
        return 0;
    }

    const control::ClockReport report = await<control::ClockReport>([&](auto done) {
        if (verb == QLatin1String("shift")) {
            control::ClockControl::shift(target.client(), shiftSeconds, done);
        } else {
            control::ClockControl::set(
                target.client(),
                [fixed] { return fixed ? *fixed : QDateTime::currentDateTimeUtc(); }, done);
        }
    });
    target.release();
    if (const Status s = target.record(report.report); !s)
        printError(s.error());
    if (target.json()) {
        QJsonObject line{{QStringLiteral("meter"), target.serial()},
                         {QStringLiteral("command"), report.report.command},
                         {QStringLiteral("outcome"), control::outcomeToken(report.report.outcome)},
                         {QStringLiteral("message"), report.report.message}};
        if (report.before)
            line.insert(QStringLiteral("before"), report.before->time.toString(Qt::ISODate));
        if (report.after)
            line.insert(QStringLiteral("after"), report.after->time.toString(Qt::ISODate));
        printJsonLine(line);
    } else if (report.report.outcome == control::Outcome::Applied) {
        printLine(report.report.message);
    } else {
        printError(QStringLiteral("%1: %2").arg(control::outcomeToken(report.report.outcome),
                                                report.report.message),
                   0);
    }
    return controlExitCode(report.report);
}

} // namespace

CliCommand clockCommand()
{
    return {QStringLiteral("clock"), ClockCommand::tr("read, set or shift a meter's clock"),
            ClockCommand::run};
}

} // namespace ims::cli
