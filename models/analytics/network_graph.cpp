#include "models/analytics/network_graph.h"

#include "models/analytics/meter_card_query.h"
#include "models/analytics/meter_status.h"
#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::analytics {

using storage::Sql;

Result<RouterNetwork> NetworkGraphQuery::load(qint64 routerId, qint64 nowMs)
{
    RouterNetwork network;
    network.routerId = routerId;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (const Status s = Sql::prepare(q, QStringLiteral("SELECT name FROM routers WHERE id = ?"));
        !s)
        return s.error();
    q.addBindValue(routerId);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorKind::NotFound, tr("router %1 not found").arg(routerId));
    network.routerName = q.value(0).toString();

    QSqlQuery m(m_db);
    m.setForwardOnly(true);
    if (const Status s
        = Sql::prepare(m, QStringLiteral("SELECT m.id, m.serial, m.physical_address,"
                                         " r.repeaters, r.quality FROM meters m"
                                         " LEFT JOIN meter_routes r ON r.meter_id = m.id"
                                         " WHERE m.router_id = ? ORDER BY m.id"));
        !s)
        return s.error();
    m.addBindValue(routerId);
    if (const Status s = Sql::exec(m); !s)
        return s.error();
    QHash<int, QList<int>> repeaters, quality;
    while (m.next()) {
        NetworkNode node;
        node.meterId = m.value(0).toLongLong();
        node.serial = m.value(1).toString();
        node.physicalAddress = m.value(2).toInt();
        const int index = int(network.nodes.size());
        repeaters.insert(index, parseNumberList(m.value(3).toString()));
        quality.insert(index, parseNumberList(m.value(4).toString()));
        network.nodes.append(node);
    }
    auto status = MeterStatusQuery(m_db).forRouter(routerId, nowMs);
    if (!status)
        return status.error();
    for (NetworkNode &node : network.nodes)
        node.statusFlags = status->value(node.meterId);
    linkNetwork(network, repeaters, quality);
    return network;
}

void linkNetwork(RouterNetwork &network, const QHash<int, QList<int>> &repeaters,
                 const QHash<int, QList<int>> &quality)
{
    QHash<int, int> byAddress; // physical address -> node index (first wins)
    for (int i = 0; i < network.nodes.size(); ++i)
        byAddress.insert(network.nodes[i].physicalAddress, i);
    auto nodeFor = [&](int address) {
        auto it = byAddress.constFind(address);
        if (it != byAddress.constEnd())
            return *it;
        NetworkNode ghost;
        ghost.physicalAddress = address;
        network.nodes.append(ghost);
        const int index = int(network.nodes.size()) - 1;
        byAddress.insert(address, index);
        return index;
    };
    const int known = int(network.nodes.size());
    for (int i = 0; i < known; ++i) {
        const QList<int> chain = repeaters.value(i);
        const QList<int> hops = quality.value(i);
        // Repeaters a meter's route names that have no route of their own
        // hang under the previous hop of this route.
        int previous = -1;
        for (int h = 0; h < chain.size(); ++h) {
            const int repeater = nodeFor(chain[h]);
            if (repeater == i)
                break; // a route through itself: ignore the rest
            NetworkNode &r = network.nodes[repeater];
            if (r.meterId == 0 && r.parent == -1 && previous != repeater) {
                r.parent = previous;
                if (h < hops.size())
                    r.linkQuality = hops[h];
            }
            previous = repeater;
        }
        NetworkNode &node = network.nodes[i];
        node.parent = previous;
        if (chain.size() < hops.size())
            node.linkQuality = hops[chain.size()];
        else if (!hops.isEmpty() && chain.isEmpty())
            node.linkQuality = hops.first();
    }
    // Depths; a cycle (inconsistent routes) is cut at the router.
    for (int i = 0; i < network.nodes.size(); ++i) {
        int depth = 1;
        int at = network.nodes[i].parent;
        while (at >= 0 && depth <= network.nodes.size()) {
            ++depth;
            at = network.nodes[at].parent;
        }
        if (depth > network.nodes.size()) {
            network.nodes[i].parent = -1;
            depth = 1;
        }
        network.nodes[i].depth = depth;
    }
    // Cycles cut above may leave other depths stale; recompute once more.
    for (int i = 0; i < network.nodes.size(); ++i) {
        int depth = 1;
        for (int at = network.nodes[i].parent; at >= 0; at = network.nodes[at].parent)
            ++depth;
        network.nodes[i].depth = depth;
    }
}

} // namespace ims::analytics
