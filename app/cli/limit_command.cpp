#include "app/cli/limit_command.h"

#include "app/cli/cli_output.h"
#include "app/cli/cli_sync.h"
#include "app/cli/control_target.h"
#include "protocol/control/limiter_control.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTextStream>

namespace ims::cli {

namespace {

class LimitCommand
{
    Q_DECLARE_TR_FUNCTIONS(LimitCommand)

public:
    static int run(const QStringList &args);
};

QJsonObject readingJson(const control::LimiterReading &r)
{
    return {{QStringLiteral("kind"), control::limitKindToken(r.kind)},
            {QStringLiteral("obis"), control::limiterObis(r.kind).toString()},
            {QStringLiteral("threshold"), r.activeThreshold},
            {QStringLiteral("threshold_normal"), r.normalThreshold},
            {QStringLiteral("unit"), control::limitUnitSymbol(r.kind)},
            {QStringLiteral("min_over_s"), qint64(r.limiter.minOverThresholdDurationSeconds)},
            {QStringLiteral("min_under_s"), qint64(r.limiter.minUnderThresholdDurationSeconds)},
            {QStringLiteral("monitored"), r.limiter.monitoredValue.logicalName.toString()}};
}

QString readingText(const control::LimiterReading &r)
{
    const QString threshold = r.activeThreshold == 0 ? LimitCommand::tr("off")
                                                     : QStringLiteral("%1 %2")
                                                           .arg(r.activeThreshold)
                                                           .arg(control::limitUnitSymbol(r.kind));
    return LimitCommand::tr("%1: %2, over %3 s, under %4 s")
        .arg(control::limitKindToken(r.kind), threshold)
        .arg(r.limiter.minOverThresholdDurationSeconds)
        .arg(r.limiter.minUnderThresholdDurationSeconds);
}

Result<quint32> seconds(const QCommandLineParser &p, const QCommandLineOption &o)
{
    bool ok = false;
    const uint v = p.value(o).toUInt(&ok);
    if (!ok || v > 86400u * 31)
        return Error(ErrorKind::InvalidArgument,
                     LimitCommand::tr("--%1: \"%2\" is not a number of seconds")
                         .arg(o.names().first(), p.value(o)));
    return quint32(v);
}

int LimitCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    ControlTarget target(parser);
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        tr("power, current, voltage or differential-current."),
                                        QStringLiteral("KIND"));
    const QCommandLineOption thresholdOption(
        QStringLiteral("threshold"), tr("Threshold in W, A or V; 0 switches the limit off."),
        QStringLiteral("N"));
    const QCommandLineOption overOption(QStringLiteral("over"),
                                        tr("Seconds over the threshold before the relay opens."),
                                        QStringLiteral("S"));
    const QCommandLineOption underOption(QStringLiteral("under"),
                                         tr("Seconds under the threshold before reconnection."),
                                         QStringLiteral("S"));
    parser.addOptions({kindOption, thresholdOption, overOption, underOption});
    parser.addPositionalArgument(QStringLiteral("verb"), tr("get or set"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli limit")} + args))
        return printError(parser.errorText(), 2);
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1
        || (positional.first() != QLatin1String("get")
            && positional.first() != QLatin1String("set")))
        return printError(tr("usage: imsdesk-cli limit get [--kind KIND] | set --kind KIND"
                             " --threshold N [--over S] [--under S]"
                             " (--db FILE --meter SERIAL | connection options) [--yes] [--json]"),
                          2);
    const bool set = positional.first() == QLatin1String("set");
    std::optional<control::LimitKind> kind;
    if (parser.isSet(kindOption)) {
        kind = control::parseLimitKind(parser.value(kindOption));
        if (!kind)
            return printError(tr("--kind must be power, current, voltage or differential-current"),
                              2);
    }
    control::LimitRequest request;
    if (set) {
        if (!kind || !parser.isSet(thresholdOption))
            return printError(tr("limit set needs --kind and --threshold"), 2);
        bool ok = false;
        request.kind = *kind;
        request.threshold = parser.value(thresholdOption).toDouble(&ok);
        if (!ok || request.threshold < 0)
            return printError(
                tr("--threshold: \"%1\" is not a number of %2 (0 or more)")
                    .arg(parser.value(thresholdOption), control::limitUnitSymbol(*kind)),
                2);
        if (parser.isSet(overOption)) {
            Result<quint32> s = seconds(parser, overOption);
            if (!s)
                return printError(s.error());
            request.minOverSeconds = *s;
        }
        if (parser.isSet(underOption)) {
            Result<quint32> s = seconds(parser, underOption);
            if (!s)
                return printError(s.error());
            request.minUnderSeconds = *s;
        }
    }
    if (const Status s = target.resolve(); !s)
        return printError(s.error());
    if (set
        && !target.confirm(
            request.threshold == 0
                ? tr("switch off the %1 limit of %2")
                      .arg(control::limitKindToken(*kind), target.describe())
                : tr("set the %1 limit of %2 to %3 %4: above it the meter opens the load relay")
                      .arg(control::limitKindToken(*kind), target.describe())
                      .arg(request.threshold)
                      .arg(control::limitUnitSymbol(*kind))))
        return 2;
    if (const Status s = target.connect(); !s) {
        if (set) {
            control::ControlReport report;
            report.command = QStringLiteral("limit-set");
            report.parameters = request.describe();
            report.startedAtMs = QDateTime::currentMSecsSinceEpoch();
            report.notApplied(s.error(), tr("could not connect: %1").arg(s.error().message));
            (void)target.record(report);
        }
        return printError(s.error());
    }

    if (!set) {
        QList<control::LimitKind> kinds;
        if (kind)
            kinds = {*kind};
        else
            kinds = {control::LimitKind::Power, control::LimitKind::Current,
                     control::LimitKind::Voltage, control::LimitKind::DifferentialCurrent};
        int exit = 0;
        for (control::LimitKind k : kinds) {
            Result<control::LimiterReading> r = await<Result<control::LimiterReading>>(
                [&](auto done) { control::LimiterControl::read(target.client(), k, done); });
            if (!r) {
                // Listing all: a meter without one of them is normal.
                if (!kind && r.error().kind == ErrorKind::Unsupported)
                    continue;
                exit = printError(r.error());
                continue;
            }
            if (target.json()) {
                QJsonObject line = readingJson(*r);
                line.insert(QStringLiteral("meter"), target.serial());
                printJsonLine(line);
            } else {
                printLine(readingText(*r));
            }
        }
        target.release();
        return exit;
    }

    const control::LimiterReport report = await<control::LimiterReport>(
        [&](auto done) { control::LimiterControl::write(target.client(), request, done); });
    target.release();
    if (const Status s = target.record(report.report); !s)
        printError(s.error());
    if (target.json()) {
        QJsonObject line{{QStringLiteral("meter"), target.serial()},
                         {QStringLiteral("command"), report.report.command},
                         {QStringLiteral("outcome"), control::outcomeToken(report.report.outcome)},
                         {QStringLiteral("message"), report.report.message}};
        if (report.after)
            line.insert(QStringLiteral("after"), readingJson(*report.after));
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

CliCommand limitCommand()
{
    return {QStringLiteral("limit"),
            LimitCommand::tr("read or set a meter's power, current, voltage and"
                             " differential-current limits"),
            LimitCommand::run};
}

} // namespace ims::cli
