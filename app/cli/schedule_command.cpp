#include "app/cli/schedule_command.h"

#include "app/cli/cli_database.h"
#include "app/cli/cli_output.h"
#include "models/fleet/schedule_store.h"
#include "models/storage/domain_store.h"
#include "protocol/engine/poll_job.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTime>

#include <optional>

namespace ims::cli {

namespace {

class ScheduleCli
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCli)
public:
    static int run(const QStringList &args);
    static int list(const QStringList &args);
    static int add(const QStringList &args);
    static int set(const QStringList &args);
};

const QCommandLineOption &everyOption()
{
    static const QCommandLineOption o(QStringLiteral("every"),
                                      ScheduleCli::tr("Period: 30m, 1h, 1d ..."),
                                      ScheduleCli::tr("PERIOD"));
    return o;
}

const QCommandLineOption &atOption()
{
    static const QCommandLineOption o(
        QStringLiteral("at"),
        ScheduleCli::tr("Local time of the first run of the day (HH:MM), or minutes past"
                        " the period's start for shorter periods (MM)."),
        ScheduleCli::tr("TIME"));
    return o;
}

// "30m", "2h", "1d" → seconds; 0 when unreadable.
int parsePeriod(const QString &text)
{
    if (text.size() < 2)
        return 0;
    bool ok = false;
    const int n = text.left(text.size() - 1).toInt(&ok);
    if (!ok || n <= 0)
        return 0;
    switch (text.back().toLatin1()) {
    case 'm':
        return n * 60;
    case 'h':
        return n * 3600;
    case 'd':
        return n * 86400;
    default:
        return 0;
    }
}

// "01:00" → 3600, "05" → 300; nullopt when unreadable.
std::optional<int> parseOffset(const QString &text)
{
    if (text.contains(u':')) {
        const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (!t.isValid())
            return std::nullopt;
        return t.msecsSinceStartOfDay() / 1000;
    }
    bool ok = false;
    const int minutes = text.toInt(&ok);
    return ok && minutes >= 0 ? std::optional<int>(minutes * 60) : std::nullopt;
}

QString targetText(const domain::PollSchedule &s)
{
    switch (s.target) {
    case domain::PollTarget::Site:
        return s.targetId == 0 ? ScheduleCli::tr("every site")
                               : ScheduleCli::tr("site %1").arg(s.targetId);
    case domain::PollTarget::Router:
        return ScheduleCli::tr("router %1").arg(s.targetId);
    case domain::PollTarget::Meter:
        return ScheduleCli::tr("meter %1").arg(s.targetId);
    case domain::PollTarget::Group:
        return ScheduleCli::tr("balance group %1").arg(s.targetId);
    }
    return QString();
}

int ScheduleCli::run(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == u"list")
        return list(args.mid(1));
    if (verb == u"add")
        return add(args.mid(1));
    if (verb == u"set")
        return set(args.mid(1));
    return printError(tr("usage: imsdesk-cli schedule list|add|set --db FILE ..."), 2);
}

int ScheduleCli::list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({databaseOption(), jsonOption()});
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli schedule list")} + args))
        return printError(parser.errorText(), 2);
    auto database = openCliDatabase(parser, OpenMode::MustExist);
    if (!database)
        return 2;
    auto db = database->connection();
    if (!db)
        return printError(db.error());
    fleet::ScheduleStore store(*db);
    const auto schedules = store.schedules();
    if (!schedules)
        return printError(schedules.error());
    for (const domain::PollSchedule &s : *schedules) {
        const Result<qint64> last = store.lastRun(s.id);
        const qint64 lastMs = last ? *last : 0;
        if (parser.isSet(jsonOption())) {
            printJsonLine({{QStringLiteral("id"), s.id},
                           {QStringLiteral("name"), s.name},
                           {QStringLiteral("target"), targetText(s)},
                           {QStringLiteral("what"), engine::pollItemsText(s.what)},
                           {QStringLiteral("periodSeconds"), s.periodSeconds},
                           {QStringLiteral("offsetSeconds"), s.offsetSeconds},
                           {QStringLiteral("enabled"), s.enabled},
                           {QStringLiteral("lastRunMs"), lastMs}});
        } else {
            printLine(tr("%1  %2  %3: %4, every %5 s from +%6 s%7; last run %8")
                          .arg(s.id)
                          .arg(s.name, targetText(s), engine::pollItemsText(s.what))
                          .arg(s.periodSeconds)
                          .arg(s.offsetSeconds)
                          .arg(s.enabled ? QString() : tr(" (disabled)"),
                               lastMs ? QDateTime::fromMSecsSinceEpoch(lastMs).toString(Qt::ISODate)
                                      : tr("never")));
        }
    }
    return 0;
}

int ScheduleCli::add(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), tr("Schedule name."), tr("TEXT"));
    const QCommandLineOption site(QStringLiteral("site"), tr("Every router of a site (0: all)."),
                                  tr("ID"));
    const QCommandLineOption router(QStringLiteral("router"), tr("One router."), tr("ID"));
    const QCommandLineOption meter(QStringLiteral("meter"), tr("One meter."), tr("SERIAL"));
    const QCommandLineOption group(QStringLiteral("group"), tr("The meters of a balance group."),
                                   tr("ID"));
    const QCommandLineOption what(QStringLiteral("what"),
                                  tr("daily, profile, events, registers, instant, clock or"
                                     " billing; comma-separated."),
                                  tr("WHAT"), QStringLiteral("daily"));
    parser.addOptions(
        {databaseOption(), name, site, router, meter, group, what, everyOption(), atOption()});
    const QString usage = tr("usage: imsdesk-cli schedule add --db FILE --name TEXT (--site ID |"
                             " --router ID | --meter SERIAL | --group ID) --what WHAT --every"
                             " PERIOD [--at TIME]");
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli schedule add")} + args))
        return printError(parser.errorText(), 2);
    const int targets = int(parser.isSet(site)) + int(parser.isSet(router))
                        + int(parser.isSet(meter)) + int(parser.isSet(group));
    domain::PollSchedule s;
    s.name = parser.value(name).trimmed();
    s.what = engine::parsePollItems(parser.value(what));
    s.periodSeconds = parsePeriod(parser.value(everyOption()));
    const auto offset
        = parser.isSet(atOption()) ? parseOffset(parser.value(atOption())) : std::optional<int>(0);
    if (targets != 1 || s.name.isEmpty() || s.what == 0 || s.periodSeconds == 0 || !offset)
        return printError(usage, 2);
    s.offsetSeconds = *offset;
    auto database = openCliDatabase(parser, OpenMode::MustExist);
    if (!database)
        return 2;
    auto db = database->connection();
    if (!db)
        return printError(db.error());
    if (parser.isSet(meter)) {
        const auto m = storage::DomainStore(*db).meterBySerial(parser.value(meter));
        if (!m)
            return printError(m.error());
        s.target = domain::PollTarget::Meter;
        s.targetId = m->id;
    } else {
        const QCommandLineOption &chosen = parser.isSet(site)     ? site
                                           : parser.isSet(router) ? router
                                                                  : group;
        bool ok = false;
        s.targetId = parser.value(chosen).toLongLong(&ok);
        if (!ok || s.targetId < 0)
            return printError(usage, 2);
        s.target = parser.isSet(site)     ? domain::PollTarget::Site
                   : parser.isSet(router) ? domain::PollTarget::Router
                                          : domain::PollTarget::Group;
    }
    const Result<qint64> id = fleet::ScheduleStore(*db).add(s);
    if (!id)
        return printError(id.error());
    printLine(tr("schedule %1 added: %2").arg(*id).arg(s.name));
    return 0;
}

int ScheduleCli::set(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption idOption(QStringLiteral("id"), tr("Schedule id."), tr("N"));
    const QCommandLineOption enable(QStringLiteral("enable"), tr("Run the schedule."));
    const QCommandLineOption disable(QStringLiteral("disable"), tr("Stop running it."));
    parser.addOptions({databaseOption(), idOption, everyOption(), atOption(), enable, disable});
    const QString usage = tr("usage: imsdesk-cli schedule set --db FILE --id N [--every PERIOD]"
                             " [--at TIME] [--enable | --disable]");
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli schedule set")} + args))
        return printError(parser.errorText(), 2);
    bool ok = false;
    const qint64 id = parser.value(idOption).toLongLong(&ok);
    if (!ok || (parser.isSet(enable) && parser.isSet(disable)))
        return printError(usage, 2);
    auto database = openCliDatabase(parser, OpenMode::MustExist);
    if (!database)
        return 2;
    auto db = database->connection();
    if (!db)
        return printError(db.error());
    fleet::ScheduleStore store(*db);
    if (parser.isSet(everyOption()) || parser.isSet(atOption())) {
        const auto schedules = store.schedules();
        if (!schedules)
            return printError(schedules.error());
        const auto it = std::find_if(schedules->begin(), schedules->end(),
                                     [id](const domain::PollSchedule &s) { return s.id == id; });
        if (it == schedules->end())
            return printError(tr("no poll schedule with id %1").arg(id));
        const int period = parser.isSet(everyOption()) ? parsePeriod(parser.value(everyOption()))
                                                       : it->periodSeconds;
        const auto offset = parser.isSet(atOption()) ? parseOffset(parser.value(atOption()))
                                                     : std::optional<int>(it->offsetSeconds);
        if (period == 0 || !offset)
            return printError(usage, 2);
        if (const Status s = store.setTiming(id, period, *offset); !s)
            return printError(s.error());
    }
    if (parser.isSet(enable) || parser.isSet(disable))
        if (const Status s = store.setEnabled(id, parser.isSet(enable)); !s)
            return printError(s.error());
    printLine(tr("schedule %1 changed").arg(id));
    return 0;
}

} // namespace

CliCommand scheduleCommand()
{
    return {QStringLiteral("schedule"),
            ScheduleCli::tr("list, add and change the poll schedules run unattended"),
            &ScheduleCli::run};
}

} // namespace ims::cli
