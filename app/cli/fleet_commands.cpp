#include "app/cli/fleet_commands.h"

#include "app/cli/cli_connection_options.h"
#include "app/cli/cli_database.h"
#include "app/cli/cli_output.h"
#include "app/cli/cli_sync.h"
#include "app/cli/commission_csv_command.h"
#include "models/fleet/commissioning.h"
#include "models/fleet/fleet_store.h"
#include "models/fleet/poll_service.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "models/storage/sql_util.h"
#include "models/storage/storage_writer.h"
#include "protocol/engine/router_inventory.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

namespace ims::cli {

namespace {

class FleetCli
{
    Q_DECLARE_TR_FUNCTIONS(FleetCli)
public:
    static int router(const QStringList &args);
    static int routerAdd(const QStringList &args);
    static int routerList(const QStringList &args);
    static int routerMeters(const QStringList &args);
    static int commission(const QStringList &args);
    static int poll(const QStringList &args);
};

// Associates with the router's own logical device and reads its inventory.
Result<engine::RouterInventory> readInventory(const fleet::RouterEndpoint &router)
{
    link::LinkFactory factory;
    return await<Result<engine::RouterInventory>>(
        [&](std::function<void(Result<engine::RouterInventory>)> done) {
            engine::InventoryReader::readFrom(factory, router.profile, done);
        });
}

int FleetCli::router(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == u"add")
        return routerAdd(args.mid(1));
    if (verb == u"list")
        return routerList(args.mid(1));
    if (verb == u"meters")
        return routerMeters(args.mid(1));
    return printError(tr("usage: imsdesk-cli router add|list|meters --db FILE ..."), 2);
}

int FleetCli::routerAdd(const QStringList &args)
{
    QCommandLineParser parser;
    ConnectionOptions connection(parser);
    const QCommandLineOption name(QStringLiteral("name"), tr("Router name."), tr("NAME"));
    const QCommandLineOption site(QStringLiteral("site"), tr("Site (default: the first one)."),
                                  tr("NAME"));
    const QCommandLineOption substation(QStringLiteral("substation"),
                                        tr("Substation (default: the router's name)."), tr("NAME"));
    parser.addOptions({databaseOption(), jsonOption(), name, site, substation});
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli router add")} + args))
        return printError(parser.errorText(), 2);
    if (parser.value(name).trimmed().isEmpty())
        return printError(
            tr("usage: imsdesk-cli router add --db FILE --name NAME"
               " (--tcp HOST:PORT [--wrapper] | --serial DEV ...) [security options]"),
            2);
    const Result<client::ConnectionProfile> profile = connection.profile();
    if (!profile)
        return printError(profile.error());
    auto database = openCliDatabase(parser, OpenMode::CreateWhenMissing);
    if (!database)
        return 1;
    auto db = database->connection();
    if (!db)
        return printError(db.error());

    domain::Router router;
    router.name = parser.value(name).trimmed();
    router.clientAddress = profile->clientSap;
    router.serverAddress = profile->logicalDevice;
    if (const auto *tcp = profile->link.get<link::TcpSettings>()) {
        router.transport = domain::RouterTransport::Tcp;
        router.host = tcp->host;
        router.port = tcp->port;
    } else if (const auto *serial = profile->link.get<link::SerialSettings>()) {
        router.transport = domain::RouterTransport::Serial;
        router.serialDevice = serial->device;
        router.baudRate = serial->baud;
        router.dataBits = serial->dataBits;
        router.parity = serial->parity == link::Parity::Even  ? QStringLiteral("E")
                        : serial->parity == link::Parity::Odd ? QStringLiteral("O")
                                                              : QStringLiteral("N");
        router.stopBits = serial->stopBits;
    } else {
        return printError(tr("a router is reached over TCP or a serial line"), 2);
    }
    const QString siteName = parser.isSet(site) ? parser.value(site) : tr("Site");
    const Result<fleet::Placement> placement = fleet::FleetStore(*db).place(
        siteName, parser.isSet(substation) ? parser.value(substation) : router.name);
    if (!placement)
        return printError(placement.error());
    router.siteId = placement->siteId;
    router.substationId = placement->substationId;

    fleet::RouterAccess access;
    access.framing = profile->framing;
    access.authentication = profile->association.authentication;
    access.password = profile->association.password;
    access.protection = profile->association.protection;
    access.blockKey = profile->association.keys.blockCipherKey;
    access.authKey = profile->association.keys.authenticationKey;
    access.systemTitle = profile->association.systemTitle;
    access.frameTimeoutMs = profile->frameTimeoutMs;
    access.responseTimeoutMs = profile->association.responseTimeoutMs;
    const Result<qint64> id = fleet::FleetStore(*db).addRouter(router, access);
    if (!id)
        return printError(id.error());
    if (parser.isSet(jsonOption())) {
        printJsonLine({{QStringLiteral("id"), *id},
                       {QStringLiteral("name"), router.name},
                       {QStringLiteral("link"), profile->link.toString()}});
    } else {
        printLine(tr("router %1 added (id %2), %3")
                      .arg(router.name)
                      .arg(*id)
                      .arg(profile->link.describe()));
    }
    return 0;
}

int FleetCli::routerList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({databaseOption(), jsonOption()});
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli router list")} + args))
        return printError(parser.errorText(), 2);
    auto database = openCliDatabase(parser, OpenMode::CreateWhenMissing);
    if (!database)
        return 1;
    auto db = database->connection();
    if (!db)
        return printError(db.error());
    const auto routers = fleet::FleetStore(*db).routers();
    if (!routers)
        return printError(routers.error());
    for (const fleet::RouterEndpoint &r : *routers) {
        const Result<qint64> meters = storage::Sql::scalar(
            *db, QStringLiteral("SELECT COUNT(*) FROM meters WHERE router_id = ?"), {r.router.id});
        if (parser.isSet(jsonOption()))
            printJsonLine({{QStringLiteral("id"), r.router.id},
                           {QStringLiteral("name"), r.router.name},
                           {QStringLiteral("link"), r.profile.link.toString()},
                           {QStringLiteral("meters"), meters ? *meters : 0}});
        else
            printLine(QStringLiteral("%1  %2  %3  %4")
                          .arg(r.router.id)
                          .arg(r.router.name, r.profile.link.describe(),
                               tr("%n meter(s)", nullptr, int(meters ? *meters : 0))));
    }
    return 0;
}

int FleetCli::routerMeters(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption routerOption(QStringLiteral("router"), tr("Router name or id."),
                                          tr("NAME"));
    parser.addOptions({databaseOption(), jsonOption(), routerOption});
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli router meters")} + args)
        || !parser.isSet(routerOption))
        return printError(tr("usage: imsdesk-cli router meters --db FILE --router NAME [--json]"),
                          2);
    auto database = openCliDatabase(parser, OpenMode::CreateWhenMissing);
    if (!database)
        return 1;
    auto db = database->connection();
    if (!db)
        return printError(db.error());
    const auto router = fleet::FleetStore(*db).findRouter(parser.value(routerOption));
    if (!router)
        return printError(router.error());
    const auto inventory = readInventory(*router);
    if (!inventory)
        return printError(inventory.error());
    const auto missing = fleet::Commissioning(*db).notInDatabase(*inventory);
    if (!missing)
        return printError(missing.error());
    QSet<QString> notInDb;
    for (const engine::KnownMeter &m : *missing)
        notInDb.insert(m.serial);
    for (const engine::KnownMeter &m : inventory->meters) {
        if (parser.isSet(jsonOption())) {
            QJsonArray repeaters;
            for (quint16 r : m.repeaters)
                repeaters << int(r);
            printJsonLine({{QStringLiteral("physical"), int(m.physical)},
                           {QStringLiteral("serial"), m.serial},
                           {QStringLiteral("model"), m.model},
                           {QStringLiteral("commissioned"), m.commissioned},
                           {QStringLiteral("inDatabase"), !notInDb.contains(m.serial)},
                           {QStringLiteral("repeaters"), repeaters}});
        } else {
            printLine(
                QStringLiteral("%1  %2  %3  %4  %5")
                    .arg(m.physical, 5)
                    .arg(m.serial, -12)
                    .arg(m.model, -6)
                    .arg(m.commissioned ? tr("served") : tr("discovered"),
                         notInDb.contains(m.serial) ? tr("not in database") : tr("in database")));
        }
    }
    return 0;
}

int FleetCli::commission(const QStringList &args)
{
    if (isCommissionCsvInvocation(args))
        return runCommissionCsv(args);
    QCommandLineParser parser;
    const QCommandLineOption routerOption(QStringLiteral("router"), tr("Router name or id."),
                                          tr("NAME"));
    const QCommandLineOption all(QStringLiteral("all-discovered"),
                                 tr("Take every meter the router knows into the database."));
    const QCommandLineOption served(QStringLiteral("served-only"),
                                    tr("Only the meters the router already serves."));
    const QCommandLineOption head(QStringLiteral("head-meter"),
                                  tr("Serial of the substation's input meter (heads a balance"
                                     " group of all the router's meters)."),
                                  tr("SERIAL"));
    parser.addOptions({databaseOption(), jsonOption(), routerOption, all, served, head});
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli commission")} + args)
        || !parser.isSet(routerOption) || (parser.isSet(all) == parser.isSet(served)))
        return printError(tr("usage: imsdesk-cli commission --db FILE --router NAME"
                             " (--all-discovered | --served-only) [--head-meter SERIAL] [--json]\n"
                             "       imsdesk-cli commission --db FILE --csv FILE"
                             " [--allow-unknown] [--dry-run] [--json]"),
                          2);
    auto database = openCliDatabase(parser, OpenMode::CreateWhenMissing);
    if (!database)
        return 1;
    auto db = database->connection();
    if (!db)
        return printError(db.error());
    const auto router = fleet::FleetStore(*db).findRouter(parser.value(routerOption));
    if (!router)
        return printError(router.error());
    const auto inventory = readInventory(*router);
    if (!inventory)
        return printError(inventory.error());
    fleet::CommissionOptions options;
    options.includeDiscovered = parser.isSet(all);
    options.headMeterSerial = parser.value(head);
    const auto report = fleet::Commissioning(*db).apply(*router, *inventory, options,
                                                        QDateTime::currentMSecsSinceEpoch());
    if (!report)
        return printError(report.error());
    if (parser.isSet(jsonOption()))
        printJsonLine({{QStringLiteral("router"), router->router.name},
                       {QStringLiteral("added"), report->added},
                       {QStringLiteral("alreadyKnown"), report->alreadyKnown},
                       {QStringLiteral("routes"), report->routesUpdated},
                       {QStringLiteral("balanceGroup"), report->balanceGroupId}});
    else
        printLine(tr("router %1: %2 meter(s) added, %3 already in the database")
                      .arg(router->router.name)
                      .arg(report->added)
                      .arg(report->alreadyKnown));
    return 0;
}

int FleetCli::poll(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption routerOption(QStringLiteral("router"), tr("Poll one router."),
                                          tr("NAME"));
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("Poll one meter."),
                                         tr("SERIAL"));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("Poll every router."));
    const QCommandLineOption whatOption(
        QStringLiteral("what"),
        tr("daily, profile, events, registers, instant, clock or billing; comma-separated"
           " (default daily)."),
        tr("WHAT"), QStringLiteral("daily"));
    parser.addOptions(
        {databaseOption(), jsonOption(), routerOption, meterOption, allOption, whatOption});
    const int targets = 0;
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli poll")} + args))
        return printError(parser.errorText(), 2);
    const int chosen = targets + int(parser.isSet(routerOption)) + int(parser.isSet(meterOption))
                       + int(parser.isSet(allOption));
    const quint32 what = engine::parsePollItems(parser.value(whatOption));
    if (chosen != 1 || what == 0)
        return printError(tr("usage: imsdesk-cli poll --db FILE (--router NAME | --meter SERIAL |"
                             " --all) [--what daily|profile|events|registers|instant|clock|billing]"
                             " [--json]"),
                          2);
    auto database = openCliDatabase(parser, OpenMode::CreateWhenMissing);
    if (!database)
        return 1;
    auto db = database->connection();
    if (!db)
        return printError(db.error());
    fleet::PollTarget target = fleet::PollTarget::all();
    if (parser.isSet(routerOption)) {
        const auto router = fleet::FleetStore(*db).findRouter(parser.value(routerOption));
        if (!router)
            return printError(router.error());
        target = fleet::PollTarget::router(router->router.id);
    } else if (parser.isSet(meterOption)) {
        const auto meter = storage::DomainStore(*db).meterBySerial(parser.value(meterOption));
        if (!meter)
            return printError(meter.error());
        target = fleet::PollTarget::meter(meter->id);
    }

    storage::StorageWriter writer(*database);
    writer.start();
    link::LinkFactory factory;
    fleet::PollService service(*database, writer, factory);
    engine::PollEngine &engine = service.engine();
    const bool terminal = isatty(STDERR_FILENO) != 0;
    QTextStream err(stderr);
    QObject::connect(&engine, &engine::PollEngine::routerProgress, &engine,
                     [&](const engine::RouterProgress &p) {
                         if (!terminal)
                             return;
                         err << '\r'
                             << tr("%1: %2 of %3 meters done, %4 failed, %5 retries")
                                    .arg(p.name)
                                    .arg(p.done)
                                    .arg(p.total)
                                    .arg(p.failed)
                                    .arg(p.retries)
                             << "   " << Qt::flush;
                     });
    QList<QJsonObject> failures;
    QObject::connect(
        &engine, &engine::PollEngine::meterProgress, &engine, [&](const engine::MeterProgress &p) {
            if (p.state == engine::MeterPollState::Failed)
                failures << QJsonObject{{QStringLiteral("serial"), p.meter.serial},
                                        {QStringLiteral("error"), errorKindName(p.error)},
                                        {QStringLiteral("message"), p.message}};
        });
    engine::PollSummary summary;
    QEventLoop loop;
    QObject::connect(&engine, &engine::PollEngine::finished, &loop,
                     [&](const engine::PollSummary &s) {
                         summary = s;
                         loop.quit();
                     });
    const Result<int> queued = service.poll(target, what);
    if (!queued)
        return printError(queued.error());
    if (*queued > 0)
        loop.exec();
    if (terminal)
        err << '\n' << Qt::flush;
    const Status stored = writer.flush();
    writer.stop();
    if (!stored)
        return printError(stored.error());

    if (parser.isSet(jsonOption())) {
        QJsonArray failed;
        for (const QJsonObject &f : failures)
            failed << f;
        printJsonLine({{QStringLiteral("meters"), *queued},
                       {QStringLiteral("ok"), summary.metersOk},
                       {QStringLiteral("partial"), summary.metersPartial},
                       {QStringLiteral("failed"), summary.metersFailed},
                       {QStringLiteral("retries"), summary.retries},
                       {QStringLiteral("intervals"), summary.intervals},
                       {QStringLiteral("bytesSent"), qint64(summary.bytesSent)},
                       {QStringLiteral("bytesReceived"), qint64(summary.bytesReceived)},
                       {QStringLiteral("durationMs"), summary.durationMs},
                       {QStringLiteral("failures"), failed}});
    } else {
        printLine(tr("%1 meter(s): %2 ok, %3 partial, %4 failed; %5 intervals stored; %6 bytes"
                     " sent, %7 received; %8 s")
                      .arg(*queued)
                      .arg(summary.metersOk)
                      .arg(summary.metersPartial)
                      .arg(summary.metersFailed)
                      .arg(summary.intervals)
                      .arg(summary.bytesSent)
                      .arg(summary.bytesReceived)
                      .arg(double(summary.durationMs) / 1000.0, 0, 'f', 1));
        for (const QJsonObject &f : failures)
            printLine(tr("  %1: %2")
                          .arg(f.value(QStringLiteral("serial")).toString(),
                               f.value(QStringLiteral("message")).toString()));
    }
    return summary.metersFailed > 0 ? 1 : 0;
}

} // namespace

CliCommand routerCommand()
{
    return {QStringLiteral("router"),
            FleetCli::tr("add routers to the database, list them, list a router's meters"),
            &FleetCli::router};
}

CliCommand commissionCommand()
{
    return {QStringLiteral("commission"),
            FleetCli::tr("take the meters a router knows into the database, or bind"
                         " meters to subscribers from a CSV"),
            &FleetCli::commission};
}

CliCommand pollCommand()
{
    return {QStringLiteral("poll"), FleetCli::tr("read meters now and store what they hold"),
            &FleetCli::poll};
}

} // namespace ims::cli
