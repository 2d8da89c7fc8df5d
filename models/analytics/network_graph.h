#pragma once
// One router's PLC network as its router last reported it: the meters, the
// repeater chain to each (from meter_routes) and the quality of every hop,
// with each meter's status. Turned into a tree: a meter's parent is the last
// repeater on its route, or the router itself.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ims::analytics {

struct NetworkNode
{
    qint64 meterId = 0; // 0: a repeater address no meter of this router has
    QString serial;
    int physicalAddress = 0;
    quint32 statusFlags = 0;        // MeterStatusFlag
    int parent = -1;                // index into nodes; -1 = the router
    std::optional<int> linkQuality; // % of the hop from the parent; empty when unknown
    int depth = 1;                  // hops from the router
};

struct RouterNetwork
{
    qint64 routerId = 0;
    QString routerName;
    QList<NetworkNode> nodes;
};

class NetworkGraphQuery
{
    Q_DECLARE_TR_FUNCTIONS(NetworkGraphQuery)
public:
    explicit NetworkGraphQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<RouterNetwork> load(qint64 routerId, qint64 nowMs);

private:
    QSqlDatabase m_db;
};

// The tree from routes: `routes` maps node index to its repeater chain and
// hop qualities; nodes for unknown repeater addresses are appended. Exposed
// for tests.
void linkNetwork(RouterNetwork &network, const QHash<int, QList<int>> &repeaters,
                 const QHash<int, QList<int>> &quality);

} // namespace ims::analytics
