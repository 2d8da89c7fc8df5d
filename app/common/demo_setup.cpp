#include "app/common/demo_setup.h"

#include "models/domain/entities.h"
#include "models/fleet/commissioning.h"
#include "models/fleet/fleet_store.h"
#include "models/fleet/schedule_store.h"
#include "models/storage/database.h"
#include "models/storage/sql_util.h"
#include "protocol/engine/poll_job.h"
#include "protocol/engine/router_inventory.h"

#include <QDateTime>

namespace ims::app {

namespace {

const QString kRole = QStringLiteral("engine");
const QString kDemoRouterKey = QStringLiteral("demo_router_id");

// The router of an earlier demo start, or 0.
Result<qint64> knownDemoRouter(QSqlDatabase &db)
{
    return storage::Sql::scalar(db,
                                QStringLiteral("SELECT r.id FROM routers r JOIN settings s"
                                               " ON s.key = ? AND CAST(s.value AS INTEGER) = r.id"),
                                {kDemoRouterKey});
}

Result<qint64> addDemoRouter(QSqlDatabase &db, const DemoSite &site)
{
    fleet::FleetStore store(db);
    const auto placement = store.place(DemoSetup::tr("SNT Rassvet (demo)"),
                                       DemoSetup::tr("Substation TP-1 10/0.4 kV"));
    if (!placement)
        return placement.error();
    domain::Router router;
    router.name = DemoSetup::tr("TP-1 router");
    router.siteId = placement->siteId;
    router.substationId = placement->substationId;
    router.transport = domain::RouterTransport::Tcp;
    router.host = site.host;
    router.port = site.port;
    router.clientAddress = 48; // the configurator: clock corrections allowed
    fleet::RouterAccess access;
    access.authentication = client::Authentication::Low;
    access.password = site.configuratorPassword;
    access.frameTimeoutMs = 1000;
    access.responseTimeoutMs = 10000;
    const Result<qint64> id = store.addRouter(router, access);
    if (!id)
        return id;
    if (const Status s = storage::Sql::putSetting(db, kDemoRouterKey, QString::number(*id)); !s)
        return s.error();
    // The demo's simulated PLC line has no byte time and no modem latency
    // (demo_network.cpp): frame timeouts need no allowance for hops.
    for (const char *key : {"plc_baud", "plc_hop_latency_ms"})
        if (const Status s
            = storage::Sql::putSetting(db, QString::fromLatin1(key), QStringLiteral("0"));
            !s)
            return s.error();
    return id;
}

// Half-hourly profiles of every demo meter, so that the balance of today
// fills while the window is open (a real site reads them once a day).
Status addDemoSchedule(QSqlDatabase &db, qint64 routerId)
{
    domain::PollSchedule schedule;
    schedule.name = DemoSetup::tr("Demo: all meters every half hour");
    schedule.target = domain::PollTarget::Router;
    schedule.targetId = routerId;
    schedule.what = engine::PollItem::Profile | engine::PollItem::Events | engine::PollItem::Instant
                    | engine::PollItem::Registers;
    schedule.periodSeconds = 1800;
    schedule.offsetSeconds = 120;
    const Result<qint64> id = fleet::ScheduleStore(db).add(schedule);
    return id ? Status{} : Status(id.error());
}

} // namespace

void DemoSetup::prepare(storage::Database &database, link::LinkFactory &factory,
                        const DemoSite &site, Done done)
{
    auto db = database.connection(kRole);
    if (!db)
        return done(db.error());
    const Result<qint64> known = knownDemoRouter(*db);
    if (!known)
        return done(known.error());
    fleet::FleetStore store(*db);
    if (*known != 0) {
        // A later start: the same meters on a new port; stored readings stay.
        if (const Status s = store.setRouterTcp(*known, site.host, site.port); !s)
            return done(s.error());
        return done(DemoOutcome{*known, 0, false});
    }
    const Result<qint64> routerId = addDemoRouter(*db, site);
    if (!routerId)
        return done(routerId.error());
    if (const Status s = storage::Sql::putSetting(*db, QStringLiteral("profile_backfill_days"),
                                                  QString::number(site.backfillDays));
        !s)
        return done(s.error());
    const auto router = store.router(*routerId);
    if (!router)
        return done(router.error());
    engine::InventoryReader::readFrom(
        factory, router->profile,
        [&database, router = *router, site, done](Result<engine::RouterInventory> inventory) {
            if (!inventory)
                return done(Error(inventory.error().kind,
                                  tr("the demo router did not report its meters: %1")
                                      .arg(inventory.error().message)));
            auto engineDb = database.connection(kRole);
            if (!engineDb)
                return done(engineDb.error());
            fleet::CommissionOptions options;
            options.includeDiscovered = true;
            options.headMeterSerial = site.headMeterSerial;
            const auto report = fleet::Commissioning(*engineDb).apply(
                router, *inventory, options, QDateTime::currentMSecsSinceEpoch());
            if (!report)
                return done(report.error());
            if (const Status s = addDemoSchedule(*engineDb, router.router.id); !s)
                return done(s.error());
            done(DemoOutcome{router.router.id, report->added, true});
        });
}

} // namespace ims::app
