#include "app/cli/switch_schedule_command.h"

#include "app/cli/cli_database.h"
#include "app/cli/cli_output.h"
#include "app/cli/group_switch_cli.h"
#include "app/common/login_name.h"
#include "models/control/switch_schedule_store.h"
#include "models/control/switch_targets.h"
#include "models/storage/domain_store.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace ims::cli {

namespace {

class SwitchScheduleCli
{
    Q_DECLARE_TR_FUNCTIONS(SwitchScheduleCli)

public:
    static int run(const QStringList &args);
    static int add(const QStringList &args);
    static int list(const QStringList &args);
    static int remove(const QStringList &args);
    static int runDue(const QStringList &args);
    static int site(const QStringList &args);
};

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

int SwitchScheduleCli::run(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("add"))
        return add(rest);
    if (verb == QLatin1String("list"))
        return list(rest);
    if (verb == QLatin1String("remove"))
        return remove(rest);
    if (verb == QLatin1String("run-due"))
        return runDue(rest);
    return printError(tr("usage: imsdesk-cli switch-schedule add|list|remove|run-due --db FILE"
                         " ... (--help after the verb)"),
                      2);
}

int SwitchScheduleCli::add(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), tr("What the schedule is called."),
                                  tr("NAME"));
    const QCommandLineOption meter(QStringLiteral("meter"), tr("Switch one meter."), tr("SERIAL"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   tr("Switch the members of a balance group."), tr("ID"));
    const QCommandLineOption feeder(QStringLiteral("feeder"), tr("Switch a feeder's meters."),
                                    tr("ID"));
    const QCommandLineOption router(QStringLiteral("router"), tr("Switch a router's meters."),
                                    tr("ID"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    tr("off (disconnect) or on (reconnect)."), tr("ACTION"));
    const QCommandLineOption at(QStringLiteral("at"),
                                tr("Local time HH:MM, or sunrise/sunset with an optional offset"
                                   " in minutes (sunset+15, sunrise-30)."),
                                tr("TIME"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  tr("Days of the week: all (default), mon-fri, sat,sun ..."),
                                  tr("DAYS"), QStringLiteral("all"));
    parser.addOptions(
        {databaseOption(), jsonOption(), name, meter, group, feeder, router, action, at, days});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli switch-schedule add")} + args))
        return printError(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const int targets = int(parser.isSet(meter)) + int(parser.isSet(group))
                        + int(parser.isSet(feeder)) + int(parser.isSet(router));
    const auto parsedAction = control::SwitchScheduleText::parseAction(parser.value(action));
    if (targets != 1 || !parser.isSet(name) || !parsedAction || !parser.isSet(at))
        return printError(tr("usage: imsdesk-cli switch-schedule add --db FILE --name NAME"
                             " (--meter SERIAL | --group ID | --feeder ID | --router ID)"
                             " --action off|on --at HH:MM|sunrise[+-N]|sunset[+-N] [--days DAYS]"),
                          2);
    control::SwitchSchedule s;
    s.name = parser.value(name);
    s.action = *parsedAction;
    if (const Status st = control::SwitchScheduleText::parseTime(parser.value(at), s); !st)
        return printError(st.error().message, 2);
    const Result<quint8> d = control::SwitchScheduleText::parseDays(parser.value(days));
    if (!d)
        return printError(d.error().message, 2);
    s.days = *d;

    auto database = openCliDatabase(parser, OpenMode::MustExist);
    if (!database)
        return 1;
    auto db = database->connection();
    if (!db)
        return printError(db.error());
    if (parser.isSet(meter)) {
        const auto m = storage::DomainStore(*db).meterBySerial(parser.value(meter));
        if (!m)
            return printError(m.error());
        s.target = {control::SwitchTargetKind::Meter, m->id};
    } else {
        const QCommandLineOption &o = parser.isSet(group)    ? group
                                      : parser.isSet(feeder) ? feeder
                                                             : router;
        s.target.kind = parser.isSet(group)    ? control::SwitchTargetKind::BalanceGroup
                        : parser.isSet(feeder) ? control::SwitchTargetKind::Feeder
                                               : control::SwitchTargetKind::Router;
        bool ok = false;
        s.target.id = parser.value(o).toLongLong(&ok);
        if (!ok || s.target.id <= 0)
            return printError(tr("--%1 takes a numeric id").arg(o.names().first()), 2);
    }
    control::SwitchScheduleStore store(*db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Result<qint64> id = store.add(s, now);
    if (!id)
        return printError(id.error());
    const Result<control::SwitchCalendar> calendar = store.calendarFor(store.schedule(*id)->siteId);
    std::optional<qint64> next;
    if (calendar)
        next = calendar->nextDue(s, now).valueOr(std::nullopt);
    if (parser.isSet(jsonOption())) {
        QJsonObject o{{QStringLiteral("id"), *id}};
        if (next)
            o.insert(QStringLiteral("next_due"), isoUtc(*next));
        printJsonLine(o);
    } else {
        printLine(next ? tr("switch schedule %1 added; next at %2 UTC").arg(*id).arg(isoUtc(*next))
                       : tr("switch schedule %1 added; not due within a week").arg(*id));
    }
    return 0;
}

int SwitchScheduleCli::list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({databaseOption(), jsonOption()});
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli switch-schedule list")} + args))
        return printError(parser.errorText(), 2);
    auto database = openCliDatabase(parser, OpenMode::MustExist);
    if (!database)
        return 1;
    auto db = database->connection();
    if (!db)
        return printError(db.error());
    control::SwitchScheduleStore store(*db);
    const Result<QList<control::SwitchSchedule>> all = store.schedules();
    if (!all)
        return printError(all.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    control::SwitchTargets targets(*db);
    for (const control::SwitchSchedule &s : *all) {
        const QString target = targets.describe(s.target).valueOr(tr("(missing)"));
        std::optional<qint64> next;
        if (const auto calendar = store.calendarFor(s.siteId); calendar)
            next = calendar->nextDue(s, now).valueOr(std::nullopt);
        if (parser.isSet(jsonOption())) {
            QJsonObject o{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("name"), s.name},
                {QStringLiteral("target_kind"),
                 control::SwitchScheduleText::targetKindToken(s.target.kind)},
                {QStringLiteral("target_id"), s.target.id},
                {QStringLiteral("target"), target},
                {QStringLiteral("action"), control::SwitchScheduleText::actionToken(s.action)},
                {QStringLiteral("at"), control::SwitchScheduleText::timeText(s)},
                {QStringLiteral("days"), control::SwitchScheduleText::daysText(s.days)},
                {QStringLiteral("enabled"), s.enabled},
                {QStringLiteral("last_result"), s.lastResult}};
            if (s.lastRunMs > 0)
                o.insert(QStringLiteral("last_run"), isoUtc(s.lastRunMs));
            if (next)
                o.insert(QStringLiteral("next_due"), isoUtc(*next));
            printJsonLine(o);
        } else {
            printLine(tr("%1  %2: %3 %4 at %5 (%6)%7; next %8; last: %9")
                          .arg(s.id)
                          .arg(s.name, control::SwitchScheduleText::actionText(s.action), target,
                               control::SwitchScheduleText::timeText(s),
                               control::SwitchScheduleText::daysText(s.days),
                               s.enabled ? QString() : tr(", disabled"),
                               next ? isoUtc(*next) : tr("none within a week"),
                               s.lastResult.isEmpty() ? tr("never") : s.lastResult));
        }
    }
    return 0;
}

int SwitchScheduleCli::remove(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption id(QStringLiteral("id"), tr("The schedule to remove."), tr("N"));
    parser.addOptions({databaseOption(), id});
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli switch-schedule remove")} + args))
        return printError(parser.errorText(), 2);
    bool ok = false;
    const qint64 n = parser.value(id).toLongLong(&ok);
    if (!ok)
        return printError(tr("usage: imsdesk-cli switch-schedule remove --db FILE --id N"), 2);
    auto database = openCliDatabase(parser, OpenMode::MustExist);
    if (!database)
        return 1;
    auto db = database->connection();
    if (!db)
        return printError(db.error());
    if (const Status s = control::SwitchScheduleStore(*db).remove(n); !s)
        return printError(s.error());
    printLine(tr("switch schedule %1 removed").arg(n));
    return 0;
}

int SwitchScheduleCli::runDue(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption nowOption(
        QStringLiteral("now"),
        tr("Run as if it were this instant (ISO 8601 UTC; tests, catch-up)."), tr("TIME"));
    const QCommandLineOption operatorOption(
        QStringLiteral("operator"), tr("Who runs them, for the record (default: the login name)."),
        tr("NAME"));
    parser.addOptions({databaseOption(), jsonOption(), nowOption, operatorOption});
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli switch-schedule run-due")} + args))
        return printError(parser.errorText(), 2);
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(nowOption)) {
        QDateTime t = QDateTime::fromString(parser.value(nowOption), Qt::ISODate);
        if (!t.isValid())
            return printError(tr("--now takes an ISO 8601 time: %1").arg(parser.value(nowOption)),
                              2);
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeSpec(Qt::UTC);
        now = t.toMSecsSinceEpoch();
    }
    auto database = openCliDatabase(parser, OpenMode::MustExist);
    if (!database)
        return 1;
    const QString who
        = parser.isSet(operatorOption) ? parser.value(operatorOption) : app::loginName();
    QStringList problems;
    const Result<QList<ScheduleRun>> runs = runDueSchedules(*database, who, now, &problems);
    if (!runs)
        return printError(runs.error());
    for (const QString &p : problems)
        printError(p, 0);
    int exit = problems.isEmpty() ? 0 : 1;
    for (const ScheduleRun &r : *runs) {
        exit = std::max(exit, groupExitCode(r.results));
        if (parser.isSet(jsonOption())) {
            QJsonArray each;
            for (const control::MeterSwitchResult &m : r.results)
                each << switchResultJson(m);
            printJsonLine({{QStringLiteral("schedule"), r.scheduleId},
                           {QStringLiteral("name"), r.name},
                           {QStringLiteral("summary"), r.summary},
                           {QStringLiteral("results"), each}});
        } else {
            printLine(tr("%1: %2").arg(r.name, r.summary));
            for (const control::MeterSwitchResult &m : r.results)
                printLine(QStringLiteral("  ") + switchResultLine(m));
        }
    }
    if (runs->isEmpty() && !parser.isSet(jsonOption()))
        printLine(tr("nothing due"));
    return exit;
}

int SwitchScheduleCli::site(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption site(QStringLiteral("site"), tr("The site's id."), tr("ID"));
    const QCommandLineOption lat(QStringLiteral("lat"), tr("Latitude, degrees north."), tr("DEG"));
    const QCommandLineOption lon(QStringLiteral("lon"), tr("Longitude, degrees east."), tr("DEG"));
    const QCommandLineOption clear(QStringLiteral("clear"), tr("Forget the coordinates."));
    parser.addPositionalArgument(QStringLiteral("verb"), tr("coordinates"));
    parser.addOptions({databaseOption(), site, lat, lon, clear});
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli site")} + args))
        return printError(parser.errorText(), 2);
    bool okSite = false, okLat = false, okLon = false;
    const qint64 siteId = parser.value(site).toLongLong(&okSite);
    const double latitude = parser.value(lat).toDouble(&okLat);
    const double longitude = parser.value(lon).toDouble(&okLon);
    if (parser.positionalArguments() != QStringList{QStringLiteral("coordinates")} || !okSite
        || (!parser.isSet(clear) && (!okLat || !okLon)))
        return printError(tr("usage: imsdesk-cli site coordinates --db FILE --site ID"
                             " (--lat DEG --lon DEG | --clear)"),
                          2);
    auto database = openCliDatabase(parser, OpenMode::MustExist);
    if (!database)
        return 1;
    auto db = database->connection();
    if (!db)
        return printError(db.error());
    std::optional<control::GeoPosition> where;
    if (!parser.isSet(clear))
        where = control::GeoPosition{latitude, longitude};
    if (const Status s = control::SwitchScheduleStore(*db).setSiteCoordinates(siteId, where); !s)
        return printError(s.error());
    printLine(where ? tr("site %1 at %2, %3").arg(siteId).arg(latitude).arg(longitude)
                    : tr("site %1 has no coordinates now").arg(siteId));
    return 0;
}

} // namespace

CliCommand switchScheduleCommand()
{
    return {QStringLiteral("switch-schedule"),
            SwitchScheduleCli::tr("relay switching at fixed times or at sunrise/sunset: add, list,"
                                  " remove, run what is due"),
            &SwitchScheduleCli::run};
}

CliCommand siteCommand()
{
    return {QStringLiteral("site"),
            SwitchScheduleCli::tr("a site's coordinates, for sunrise and sunset"),
            &SwitchScheduleCli::site};
}

} // namespace ims::cli
