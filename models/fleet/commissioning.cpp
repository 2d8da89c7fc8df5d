#include "models/fleet/commissioning.h"

#include "models/fleet/schedule_store.h"
#include "models/storage/domain_store.h"
#include "models/storage/sql_util.h"

#include <QDate>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace ims::fleet {

using storage::Sql;

namespace {

QString joinNumbers(const auto &list)
{
    QStringList parts;
    for (auto v : list)
        parts << QString::number(v);
    return parts.join(u' ');
}

} // namespace

Result<QList<engine::KnownMeter>>
Commissioning::notInDatabase(const engine::RouterInventory &inventory)
{
    storage::DomainStore domainStore(m_db);
    QList<engine::KnownMeter> missing;
    for (const engine::KnownMeter &m : inventory.meters) {
        const auto existing = domainStore.meterBySerial(m.serial);
        if (existing)
            continue;
        if (existing.error().kind != ErrorKind::NotFound)
            return existing.error();
        missing << m;
    }
    return missing;
}

Result<CommissionReport> Commissioning::apply(const RouterEndpoint &router,
                                              const engine::RouterInventory &inventory,
                                              const CommissionOptions &options, qint64 nowMs)
{
    CommissionReport report;
    storage::Transaction transaction(m_db);
    if (const Status s = transaction.begin(); !s)
        return s.error();
    storage::DomainStore domainStore(m_db);
    const QString date = options.installDate.isEmpty() ? QDate::currentDate().toString(Qt::ISODate)
                                                       : options.installDate;
    QSqlQuery route(m_db);
    if (const Status s = Sql::prepare(
            route, QStringLiteral("INSERT INTO meter_routes(meter_id, repeaters, quality,"
                                  " updated_ms) VALUES (?, ?, ?, ?) ON CONFLICT(meter_id) DO"
                                  " UPDATE SET repeaters = excluded.repeaters,"
                                  " quality = excluded.quality, updated_ms = excluded.updated_ms"));
        !s)
        return s.error();
    QList<qint64> meterIds;
    qint64 headId = 0;
    for (const engine::KnownMeter &known : inventory.meters) {
        if (known.serial.isEmpty())
            continue;
        if (!known.commissioned && !options.includeDiscovered)
            continue;
        qint64 id = 0;
        const auto existing = domainStore.meterBySerial(known.serial);
        if (existing) {
            id = existing->id;
            ++report.alreadyKnown;
            if (existing->routerId != router.router.id) {
                // A meter moved to another router: keep its history, follow it.
                QSqlQuery move(m_db);
                if (const Status s
                    = Sql::prepare(move, QStringLiteral("UPDATE meters SET router_id = ?,"
                                                        " physical_address = ? WHERE"
                                                        " id = ?"));
                    !s)
                    return s.error();
                move.addBindValue(router.router.id);
                move.addBindValue(int(known.physical));
                move.addBindValue(id);
                if (const Status s = Sql::exec(move); !s)
                    return s.error();
            }
        } else if (existing.error().kind != ErrorKind::NotFound) {
            return existing.error();
        } else {
            domain::Meter m;
            m.serial = known.serial;
            m.model = known.model;
            m.siteId = router.router.siteId;
            m.routerId = router.router.id;
            m.physicalAddress = known.physical;
            m.phases = engine::phasesOfModel(known.model);
            m.installDate = date;
            m.capabilities = domain::MeterCapability::Relay | domain::MeterCapability::LoadProfile
                             | domain::MeterCapability::Events;
            if (m.phases == 3)
                m.capabilities |= domain::MeterCapability::ThreePhase;
            const Result<qint64> added = domainStore.add(m);
            if (!added)
                return added.error();
            id = *added;
            ++report.added;
            report.addedSerials << known.serial;
        }
        meterIds << id;
        if (!options.headMeterSerial.isEmpty() && known.serial == options.headMeterSerial)
            headId = id;
        Sql::bindAll(route, {id, joinNumbers(known.repeaters), joinNumbers(known.quality), nowMs});
        if (const Status s = Sql::exec(route); !s)
            return s.error();
        ++report.routesUpdated;
    }
    if (!options.headMeterSerial.isEmpty() && headId == 0)
        return Error(ErrorKind::NotFound, tr("router %1 does not report the head meter %2")
                                              .arg(router.router.name, options.headMeterSerial));
    if (headId != 0) {
        const Result<qint64> existingGroup = Sql::scalar(
            m_db,
            QStringLiteral("SELECT group_id FROM balance_group_members WHERE meter_id = ?"
                           " AND role = 0"),
            {headId});
        if (!existingGroup)
            return existingGroup.error();
        if (*existingGroup == 0) {
            domain::BalanceGroup group;
            group.name = tr("Substation %1").arg(router.router.name);
            group.siteId = router.router.siteId;
            group.substationId = router.router.substationId;
            group.members << domain::BalanceMember{headId, domain::BalanceRole::Head, 1};
            for (qint64 id : meterIds)
                if (id != headId)
                    group.members << domain::BalanceMember{id, domain::BalanceRole::Member, 1};
            const Result<qint64> gid = domainStore.add(group);
            if (!gid)
                return gid.error();
            report.balanceGroupId = *gid;
        } else {
            report.balanceGroupId = *existingGroup;
        }
    }
    // Commissioned meters are read every day from now on, unattended.
    const Result<int> schedules = ScheduleStore(m_db).ensureDefaults(router.router.siteId);
    if (!schedules)
        return schedules.error();
    report.schedulesAdded = *schedules;
    if (const Status s = transaction.commit(); !s)
        return s.error();
    return report;
}

} // namespace ims::fleet
