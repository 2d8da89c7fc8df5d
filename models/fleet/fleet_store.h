#pragma once
// Routers with the way to reach them, and the meters behind them as the
// engine and the control commands need them: each as a ready
// client::ConnectionProfile. Also keeps the invocation counters of ciphered
// associations so that a counter is never used twice, across restarts.
#include "models/domain/entities.h"
#include "protocol/client/connection_profile.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ims::fleet {

// Everything of a router's access that is not in domain::Router: framing,
// authentication, protection and keys. The router's client address (SAP) and
// logical device are domain::Router::clientAddress / serverAddress. Meters
// behind the router are reached with the same settings.
struct RouterAccess
{
    client::Framing framing = client::Framing::Hdlc;
    client::Authentication authentication = client::Authentication::None;
    QByteArray password;
    client::Protection protection = client::Protection::None;
    QByteArray blockKey;
    QByteArray authKey;
    QByteArray systemTitle; // the workstation's, 8 bytes
    int frameTimeoutMs = 3000;
    int responseTimeoutMs = 30000;
};

// A meter and how to reach it now.
struct MeterEndpoint
{
    domain::Meter meter;
    domain::Router router;
    client::ConnectionProfile profile;
    QString counterScope; // key of its invocation counter
};

struct RouterEndpoint
{
    domain::Router router;
    RouterAccess access;
    client::ConnectionProfile profile; // the router's own logical device
};

// Where a router stands: its site and substation.
struct Placement
{
    qint64 siteId = 0;
    qint64 substationId = 0;
};

class FleetStore
{
    Q_DECLARE_TR_FUNCTIONS(FleetStore)
public:
    explicit FleetStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The site and substation of these names, created when missing.
    Result<Placement> place(const QString &siteName, const QString &substationName);
    // Adds the router and its access in one transaction; refuses a duplicate name.
    Result<qint64> addRouter(const domain::Router &router, const RouterAccess &access);
    Result<RouterEndpoint> router(qint64 id);
    Result<RouterEndpoint> routerByName(const QString &name);
    // "name" or a numeric id.
    Result<RouterEndpoint> findRouter(const QString &nameOrId);
    Result<QList<RouterEndpoint>> routers();
    // The router moved to another TCP address (the demo's network gets a
    // free port at every start).
    Status setRouterTcp(qint64 id, const QString &host, quint16 port);

    Result<MeterEndpoint> meter(qint64 id);
    Result<MeterEndpoint> meterBySerial(const QString &serial);

    // The profile to reach `meter` through `router`: the router's link,
    // the meter's physical address.
    static client::ConnectionProfile meterProfile(const RouterEndpoint &router,
                                                  const domain::Meter &meter);
    static QString counterScope(const RouterEndpoint &router, const domain::Meter *meter);

    // Invocation counters: the next value to use for a scope (0 when new),
    // and storing a next value (never lowers it).
    Result<quint64> invocationCounter(const QString &scope);
    Status storeInvocationCounter(const QString &scope, quint64 next);

private:
    Result<RouterEndpoint> routerWhere(const QString &condition, const QVariant &value);
    Result<MeterEndpoint> endpointFor(const domain::Meter &meter);

    QSqlDatabase m_db;
};

// The link text of a router ("tcp:HOST:PORT", "serial:DEV:BAUD:8N1").
Result<link::LinkSettings> routerLink(const domain::Router &router);

} // namespace ims::fleet
