#pragma once
// Places a router's network on rings: the router in the centre, each hop a
// ring further out, every subtree in an angular wedge as wide as its number
// of leaves, so repeater chains fan out without crossing. Rings grow so that
// neighbours keep a minimum gap. Pure geometry: runs on a worker thread.
#include "models/analytics/network_graph.h"

#include <QList>
#include <QPointF>

namespace ims::ui {

struct MapLayout
{
    QList<QPointF> positions; // one per network node; the router is at (0, 0)
    QList<double> ringRadius; // index = depth (0 = router)
};

MapLayout radialLayout(const analytics::RouterNetwork &network, double ringSpacing = 140.0,
                       double minimumGap = 22.0);

} // namespace ims::ui
