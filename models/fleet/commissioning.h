#pragma once
// Takes what a router reports about its meters into the database: each
// meter with its identity (serial, model, phases) and physical address,
// bound to the router and its site, and the PLC route to it.
#include "models/fleet/fleet_store.h"
#include "protocol/engine/router_inventory.h"

namespace ims::fleet {

struct CommissionOptions
{
    bool includeDiscovered = true; // also meters the router found but does not serve yet
    QString headMeterSerial;       // the substation's input meter: heads a balance group
    QString installDate;           // ISO date; empty = today
};

struct CommissionReport
{
    int added = 0;
    int alreadyKnown = 0;
    int routesUpdated = 0;
    QStringList addedSerials;
    qint64 balanceGroupId = 0;
    int schedulesAdded = 0; // the site's default poll schedules, when it had none
};

class Commissioning
{
    Q_DECLARE_TR_FUNCTIONS(Commissioning)
public:
    explicit Commissioning(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // All or nothing, in one transaction.
    Result<CommissionReport> apply(const RouterEndpoint &router,
                                   const engine::RouterInventory &inventory,
                                   const CommissionOptions &options, qint64 nowMs);
    // Meters the router reports that the database does not have yet.
    Result<QList<engine::KnownMeter>> notInDatabase(const engine::RouterInventory &inventory);

private:
    QSqlDatabase m_db;
};

} // namespace ims::fleet
