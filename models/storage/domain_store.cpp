#include "models/storage/domain_store.h"

#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::storage {

using namespace ims::domain;

QVariant sqlReference(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

Result<qint64> DomainStore::insert(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(m_db);
    if (const Status s = Sql::prepare(query, statement); !s)
        return s.error();
    Sql::bindAll(query, values);
    if (const Status s = Sql::exec(query); !s)
        return s.error();
    return query.lastInsertId().toLongLong();
}

Result<qint64> DomainStore::add(const Site &site)
{
    return insert(QStringLiteral("INSERT INTO sites(name, kind, address, time_zone)"
                                 " VALUES (?, ?, ?, ?)"),
                  {site.name, int(site.kind), site.address, site.timeZone});
}

Result<qint64> DomainStore::add(const Substation &substation)
{
    return insert(
        QStringLiteral("INSERT INTO substations(site_id, name, voltage) VALUES (?, ?, ?)"),
        {substation.siteId, substation.name, substation.voltage});
}

Result<qint64> DomainStore::add(const Transformer &transformer)
{
    return insert(QStringLiteral("INSERT INTO transformers(substation_id, name, rated_kva)"
                                 " VALUES (?, ?, ?)"),
                  {transformer.substationId, transformer.name, transformer.ratedKva});
}

Result<qint64> DomainStore::add(const Feeder &feeder)
{
    return insert(QStringLiteral("INSERT INTO feeders(substation_id, transformer_id, name)"
                                 " VALUES (?, ?, ?)"),
                  {feeder.substationId, sqlReference(feeder.transformerId), feeder.name});
}

Result<qint64> DomainStore::add(const Router &r)
{
    return insert(QStringLiteral("INSERT INTO routers(site_id, substation_id, name, model, serial,"
                                 " transport, host, port, serial_device, baud_rate, data_bits,"
                                 " parity, stop_bits, client_address, server_address,"
                                 " credentials_ref)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {r.siteId, sqlReference(r.substationId), r.name, r.model, r.serial,
                   int(r.transport), r.host, r.port, r.serialDevice, r.baudRate, r.dataBits,
                   r.parity, r.stopBits, r.clientAddress, r.serverAddress, r.credentialsRef});
}

Result<qint64> DomainStore::add(const Subscriber &s)
{
    return insert(QStringLiteral("INSERT INTO subscribers(account, name, phone, address)"
                                 " VALUES (?, ?, ?, ?)"),
                  {s.account, s.name, s.phone, s.address});
}

Result<qint64> DomainStore::add(const TariffPlan &plan)
{
    return insert(QStringLiteral("INSERT INTO tariff_plans(name, zones) VALUES (?, ?)"),
                  {plan.name, plan.zones});
}

Result<qint64> DomainStore::add(const Meter &m)
{
    if (!m.ct.isValid() || !m.vt.isValid())
        return Error(ErrorKind::InvalidArgument,
                     tr("meter %1: transformer ratios must be positive").arg(m.serial));
    return insert(QStringLiteral("INSERT INTO meters(serial, model, site_id, router_id, feeder_id,"
                                 " physical_address, phases, ct_num, ct_den, vt_num, vt_den,"
                                 " install_date, subscriber_id, plot, tariff_plan_id,"
                                 " capabilities, optical_only, state)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {m.serial, m.model, sqlReference(m.siteId), sqlReference(m.routerId),
                   sqlReference(m.feederId), m.physicalAddress, m.phases, m.ct.numerator,
                   m.ct.denominator, m.vt.numerator, m.vt.denominator, m.installDate,
                   sqlReference(m.subscriberId), m.plot, sqlReference(m.tariffPlanId),
                   qint64(m.capabilities), m.opticalOnly ? 1 : 0, int(m.state)});
}

Result<qint64> DomainStore::add(const BalanceGroup &g)
{
    auto id = insert(QStringLiteral("INSERT INTO balance_groups(name, parent_id, site_id,"
                                    " substation_id, channel) VALUES (?, ?, ?, ?, ?)"),
                     {g.name, sqlReference(g.parentId), sqlReference(g.siteId),
                      sqlReference(g.substationId), g.channel});
    if (!id)
        return id;
    for (const BalanceMember &member : g.members) {
        auto added = insert(QStringLiteral("INSERT INTO balance_group_members(group_id, meter_id,"
                                           " role, sign) VALUES (?, ?, ?, ?)"),
                            {*id, member.meterId, int(member.role), member.sign});
        if (!added)
            return added;
    }
    return id;
}

Result<qint64> DomainStore::add(const PollSchedule &p)
{
    return insert(QStringLiteral("INSERT INTO poll_schedules(name, target_kind, target_id, what,"
                                 " period_s, offset_s, enabled) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {p.name, int(p.target), p.targetId, qint64(p.what), p.periodSeconds,
                   p.offsetSeconds, p.enabled ? 1 : 0});
}

Result<Meter> DomainStore::meterWhere(const QString &condition, const QVariant &value)
{
    QSqlQuery q(m_db);
    const QString statement
        = QStringLiteral(
              "SELECT id, serial, model, site_id, router_id, feeder_id, physical_address,"
              " phases, ct_num, ct_den, vt_num, vt_den, install_date, subscriber_id,"
              " plot, tariff_plan_id, capabilities, optical_only, state FROM meters"
              " WHERE ")
          + condition;
    if (const Status s = Sql::prepare(q, statement); !s)
        return s.error();
    q.addBindValue(value);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorKind::NotFound, tr("no meter %1").arg(value.toString()));
    Meter m;
    m.id = q.value(0).toLongLong();
    m.serial = q.value(1).toString();
    m.model = q.value(2).toString();
    m.siteId = q.value(3).toLongLong();
    m.routerId = q.value(4).toLongLong();
    m.feederId = q.value(5).toLongLong();
    m.physicalAddress = q.value(6).toInt();
    m.phases = q.value(7).toInt();
    m.ct = {q.value(8).toLongLong(), q.value(9).toLongLong()};
    m.vt = {q.value(10).toLongLong(), q.value(11).toLongLong()};
    m.installDate = q.value(12).toString();
    m.subscriberId = q.value(13).toLongLong();
    m.plot = q.value(14).toString();
    m.tariffPlanId = q.value(15).toLongLong();
    m.capabilities = quint32(q.value(16).toLongLong());
    m.opticalOnly = q.value(17).toInt() != 0;
    m.state = MeterState(q.value(18).toInt());
    return m;
}

Result<Meter> DomainStore::meter(qint64 id)
{
    return meterWhere(QStringLiteral("id = ?"), id);
}

Result<Meter> DomainStore::meterBySerial(const QString &serial)
{
    return meterWhere(QStringLiteral("serial = ?"), serial);
}

Result<BalanceGroup> DomainStore::balanceGroup(qint64 id)
{
    QSqlQuery q(m_db);
    if (const Status s = Sql::prepare(q, QStringLiteral("SELECT name, parent_id, site_id,"
                                                        " substation_id, channel FROM"
                                                        " balance_groups WHERE id = ?"));
        !s)
        return s.error();
    q.addBindValue(id);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorKind::NotFound, tr("no balance group %1").arg(id));
    BalanceGroup g;
    g.id = id;
    g.name = q.value(0).toString();
    g.parentId = q.value(1).toLongLong();
    g.siteId = q.value(2).toLongLong();
    g.substationId = q.value(3).toLongLong();
    g.channel = q.value(4).toInt();
    QSqlQuery members(m_db);
    if (const Status s = Sql::prepare(members, QStringLiteral("SELECT meter_id, role, sign FROM"
                                                              " balance_group_members WHERE"
                                                              " group_id = ? ORDER BY meter_id"));
        !s)
        return s.error();
    members.addBindValue(id);
    if (const Status s = Sql::exec(members); !s)
        return s.error();
    while (members.next())
        g.members.append({members.value(0).toLongLong(), BalanceRole(members.value(1).toInt()),
                          members.value(2).toInt()});
    return g;
}

Status DomainStore::setMeterState(qint64 meterId, MeterState state)
{
    QSqlQuery q(m_db);
    if (const Status s
        = Sql::prepare(q, QStringLiteral("UPDATE meters SET state = ? WHERE id = ?"));
        !s)
        return s;
    q.addBindValue(int(state));
    q.addBindValue(meterId);
    return Sql::exec(q);
}

} // namespace ims::storage
