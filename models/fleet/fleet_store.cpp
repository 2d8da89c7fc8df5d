#include "models/fleet/fleet_store.h"

#include "models/storage/domain_store.h"
#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::fleet {

using storage::Sql;

namespace {

QByteArray hexColumn(const QVariant &value)
{
    return QByteArray::fromHex(value.toString().toLatin1());
}

QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex().toUpper());
}

} // namespace

Result<link::LinkSettings> routerLink(const domain::Router &router)
{
    if (router.transport == domain::RouterTransport::Tcp) {
        if (router.host.isEmpty() || router.port <= 0 || router.port > 65535)
            return Error(ErrorKind::InvalidArgument,
                         FleetStore::tr("router %1 has no TCP address").arg(router.name));
        link::TcpSettings tcp;
        tcp.host = router.host;
        tcp.port = quint16(router.port);
        return link::LinkSettings(tcp);
    }
    if (router.serialDevice.isEmpty())
        return Error(ErrorKind::InvalidArgument,
                     FleetStore::tr("router %1 has no serial port").arg(router.name));
    link::SerialSettings serial;
    serial.device = router.serialDevice;
    serial.baud = router.baudRate;
    serial.dataBits = router.dataBits;
    serial.parity = router.parity == u"E"   ? link::Parity::Even
                    : router.parity == u"O" ? link::Parity::Odd
                                            : link::Parity::None;
    serial.stopBits = router.stopBits;
    return link::LinkSettings(serial);
}

Result<Placement> FleetStore::place(const QString &siteName, const QString &substationName)
{
    storage::DomainStore store(m_db);
    Result<qint64> site = storage::Sql::scalar(
        m_db, QStringLiteral("SELECT id FROM sites WHERE name = ?"), {siteName});
    if (!site)
        return site.error();
    if (*site == 0) {
        domain::Site s;
        s.name = siteName;
        site = store.add(s);
        if (!site)
            return site.error();
    }
    Result<qint64> substation = storage::Sql::scalar(
        m_db, QStringLiteral("SELECT id FROM substations WHERE site_id = ? AND name = ?"),
        {*site, substationName});
    if (!substation)
        return substation.error();
    if (*substation == 0) {
        domain::Substation s;
        s.siteId = *site;
        s.name = substationName;
        substation = store.add(s);
        if (!substation)
            return substation.error();
    }
    return Placement{*site, *substation};
}

Status FleetStore::setRouterTcp(qint64 id, const QString &host, quint16 port)
{
    QSqlQuery q(m_db);
    if (const Status s = storage::Sql::prepare(
            q, QStringLiteral("UPDATE routers SET transport = ?, host = ?, port = ? WHERE id = ?"));
        !s)
        return s;
    storage::Sql::bindAll(q, {int(domain::RouterTransport::Tcp), host, int(port), id});
    if (const Status s = storage::Sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(ErrorKind::NotFound, tr("no router with id %1").arg(id));
    return {};
}

Result<qint64> FleetStore::addRouter(const domain::Router &router, const RouterAccess &access)
{
    if (router.name.trimmed().isEmpty())
        return Error(ErrorKind::InvalidArgument, tr("a router needs a name"));
    if (auto existing = routerByName(router.name); existing)
        return Error(ErrorKind::InvalidArgument,
                     tr("a router named %1 already exists").arg(router.name));
    if (auto link = routerLink(router); !link)
        return link.error();
    storage::Transaction transaction(m_db);
    if (const Status s = transaction.begin(); !s)
        return s.error();
    storage::DomainStore domainStore(m_db);
    const Result<qint64> id = domainStore.add(router);
    if (!id)
        return id.error();
    QSqlQuery q(m_db);
    if (const Status s = Sql::prepare(
            q, QStringLiteral("INSERT INTO router_access(router_id, framing, authentication,"
                              " password, protection, block_key, auth_key, system_title,"
                              " frame_timeout_ms, response_timeout_ms)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !s)
        return s.error();
    Sql::bindAll(q,
                 {*id, access.framing == client::Framing::Wrapper ? 1 : 0,
                  client::authenticationName(access.authentication),
                  QString::fromLatin1(access.password), client::protectionName(access.protection),
                  hexText(access.blockKey), hexText(access.authKey), hexText(access.systemTitle),
                  access.frameTimeoutMs, access.responseTimeoutMs});
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    if (const Status s = transaction.commit(); !s)
        return s.error();
    return *id;
}

Result<RouterEndpoint> FleetStore::routerWhere(const QString &condition, const QVariant &value)
{
    QSqlQuery q(m_db);
    const QString statement
        = QStringLiteral("SELECT r.id, r.site_id, r.substation_id, r.name, r.model, r.serial,"
                         " r.transport, r.host, r.port, r.serial_device, r.baud_rate,"
                         " r.data_bits, r.parity, r.stop_bits, r.client_address,"
                         " r.server_address, r.credentials_ref, a.framing, a.authentication,"
                         " a.password, a.protection, a.block_key, a.auth_key, a.system_title,"
                         " a.frame_timeout_ms, a.response_timeout_ms"
                         " FROM routers r LEFT JOIN router_access a ON a.router_id = r.id"
                         " WHERE ")
          + condition;
    if (const Status s = Sql::prepare(q, statement); !s)
        return s.error();
    q.addBindValue(value);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorKind::NotFound, tr("no router %1").arg(value.toString()));
    RouterEndpoint e;
    domain::Router &r = e.router;
    r.id = q.value(0).toLongLong();
    r.siteId = q.value(1).toLongLong();
    r.substationId = q.value(2).toLongLong();
    r.name = q.value(3).toString();
    r.model = q.value(4).toString();
    r.serial = q.value(5).toString();
    r.transport = domain::RouterTransport(q.value(6).toInt());
    r.host = q.value(7).toString();
    r.port = q.value(8).toInt();
    r.serialDevice = q.value(9).toString();
    r.baudRate = q.value(10).toInt();
    r.dataBits = q.value(11).toInt();
    r.parity = q.value(12).toString();
    r.stopBits = q.value(13).toInt();
    r.clientAddress = q.value(14).toInt();
    r.serverAddress = q.value(15).toInt();
    r.credentialsRef = q.value(16).toString();
    RouterAccess &a = e.access;
    if (!q.value(17).isNull()) {
        a.framing = q.value(17).toInt() == 1 ? client::Framing::Wrapper : client::Framing::Hdlc;
        a.authentication = client::parseAuthentication(q.value(18).toString())
                               .value_or(client::Authentication::None);
        a.password = q.value(19).toString().toLatin1();
        a.protection
            = client::parseProtection(q.value(20).toString()).value_or(client::Protection::None);
        a.blockKey = hexColumn(q.value(21));
        a.authKey = hexColumn(q.value(22));
        a.systemTitle = hexColumn(q.value(23));
        a.frameTimeoutMs = q.value(24).toInt();
        a.responseTimeoutMs = q.value(25).toInt();
    }
    const Result<link::LinkSettings> link = routerLink(r);
    if (!link)
        return link.error();
    client::ConnectionProfile &p = e.profile;
    p.link = *link;
    p.framing = a.framing;
    p.clientSap = quint8(r.clientAddress);
    p.logicalDevice = quint16(r.serverAddress);
    p.frameTimeoutMs = a.frameTimeoutMs;
    p.association.authentication = a.authentication;
    p.association.password = a.password;
    p.association.protection = a.protection;
    p.association.keys.blockCipherKey = a.blockKey;
    p.association.keys.authenticationKey = a.authKey;
    p.association.systemTitle = a.systemTitle;
    p.association.responseTimeoutMs = a.responseTimeoutMs;
    return e;
}

Result<RouterEndpoint> FleetStore::router(qint64 id)
{
    return routerWhere(QStringLiteral("r.id = ?"), id);
}

Result<RouterEndpoint> FleetStore::routerByName(const QString &name)
{
    return routerWhere(QStringLiteral("r.name = ?"), name);
}

Result<RouterEndpoint> FleetStore::findRouter(const QString &nameOrId)
{
    if (auto byName = routerByName(nameOrId); byName || byName.error().kind != ErrorKind::NotFound)
        return byName;
    bool numeric = false;
    const qint64 id = nameOrId.toLongLong(&numeric);
    if (numeric)
        return router(id);
    return Error(ErrorKind::NotFound, tr("no router %1").arg(nameOrId));
}

Result<QList<RouterEndpoint>> FleetStore::routers()
{
    QSqlQuery q(m_db);
    if (const Status s = Sql::prepare(q, QStringLiteral("SELECT id FROM routers ORDER BY id")); !s)
        return s.error();
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<RouterEndpoint> result;
    for (qint64 id : ids) {
        Result<RouterEndpoint> r = router(id);
        if (!r)
            return r.error();
        result.append(std::move(*r));
    }
    return result;
}

client::ConnectionProfile FleetStore::meterProfile(const RouterEndpoint &router,
                                                   const domain::Meter &meter)
{
    client::ConnectionProfile p = router.profile;
    p.logicalDevice = 1;
    if (p.framing == client::Framing::Wrapper)
        p.logicalDevice = quint16(meter.physicalAddress); // the meter's wPort
    else
        p.physicalDevice = quint16(meter.physicalAddress);
    return p;
}

QString FleetStore::counterScope(const RouterEndpoint &router, const domain::Meter *meter)
{
    // One counter per (client, server): the server checks it per association key.
    if (meter)
        return QStringLiteral("meter:%1:%2").arg(meter->serial).arg(router.router.clientAddress);
    return QStringLiteral("router:%1:%2").arg(router.router.id).arg(router.router.clientAddress);
}

Result<MeterEndpoint> FleetStore::endpointFor(const domain::Meter &meter)
{
    if (meter.routerId == 0)
        return Error(
            ErrorKind::NotFound,
            tr("meter %1 is not bound to a router (optical readout only)").arg(meter.serial));
    const Result<RouterEndpoint> r = router(meter.routerId);
    if (!r)
        return r.error();
    MeterEndpoint e;
    e.meter = meter;
    e.router = r->router;
    e.profile = meterProfile(*r, meter);
    e.counterScope = counterScope(*r, &meter);
    if (const Result<quint64> counter = invocationCounter(e.counterScope); counter)
        e.profile.association.invocationCounter = *counter;
    else
        return counter.error();
    return e;
}

Result<MeterEndpoint> FleetStore::meter(qint64 id)
{
    storage::DomainStore domainStore(m_db);
    const Result<domain::Meter> m = domainStore.meter(id);
    if (!m)
        return m.error();
    return endpointFor(*m);
}

Result<MeterEndpoint> FleetStore::meterBySerial(const QString &serial)
{
    storage::DomainStore domainStore(m_db);
    const Result<domain::Meter> m = domainStore.meterBySerial(serial);
    if (!m)
        return m.error();
    return endpointFor(*m);
}

Result<quint64> FleetStore::invocationCounter(const QString &scope)
{
    const Result<qint64> v = Sql::scalar(m_db,
                                         QStringLiteral("SELECT next_value FROM"
                                                        " invocation_counters WHERE scope = ?"),
                                         {scope});
    if (!v)
        return v.error();
    return quint64(*v);
}

Status FleetStore::storeInvocationCounter(const QString &scope, quint64 next)
{
    QSqlQuery q(m_db);
    if (const Status s = Sql::prepare(
            q, QStringLiteral("INSERT INTO invocation_counters(scope, next_value) VALUES (?, ?)"
                              " ON CONFLICT(scope) DO UPDATE SET next_value ="
                              " MAX(next_value, excluded.next_value)"));
        !s)
        return s;
    q.addBindValue(scope);
    q.addBindValue(qint64(next));
    return Sql::exec(q);
}

} // namespace ims::fleet
