#include "ui/network_map/radial_layout.h"

#include <QtMath>

#include <algorithm>
#include <numeric>

namespace ims::ui {

MapLayout radialLayout(const analytics::RouterNetwork &network, double ringSpacing,
                       double minimumGap)
{
    const auto &nodes = network.nodes;
    const int n = int(nodes.size());
    MapLayout layout;
    layout.positions.resize(n);
    if (n == 0) {
        layout.ringRadius = {0.0};
        return layout;
    }
    // Children lists (the router is -1 -> slot n).
    QList<QList<int>> children(n + 1);
    int maxDepth = 0;
    QList<int> perRing;
    for (int i = 0; i < n; ++i) {
        const int parent = nodes[i].parent < 0 ? n : nodes[i].parent;
        children[parent].append(i);
        maxDepth = std::max(maxDepth, nodes[i].depth);
    }
    perRing.fill(0, maxDepth + 1);
    for (int i = 0; i < n; ++i)
        ++perRing[nodes[i].depth];
    // Ring radii: far enough out, and wide enough for the ring's nodes.
    layout.ringRadius.fill(0.0, maxDepth + 1);
    for (int d = 1; d <= maxDepth; ++d) {
        const double needed = perRing[d] * minimumGap / (2 * M_PI);
        layout.ringRadius[d] = std::max(layout.ringRadius[d - 1] + ringSpacing, needed);
    }
    // Leaves per subtree, bottom-up (deepest nodes first).
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return nodes[a].depth > nodes[b].depth; });
    QList<int> leaves(n + 1, 0);
    for (int i : order) {
        if (children[i].isEmpty())
            leaves[i] = 1;
        const int parent = nodes[i].parent < 0 ? n : nodes[i].parent;
        leaves[parent] += leaves[i];
    }
    // Wedges top-down: each child gets a share of its parent's wedge.
    struct Wedge
    {
        int node;
        double from;
        double to;
    };
    QList<Wedge> stack{{n, 0.0, 2 * M_PI}};
    while (!stack.isEmpty()) {
        const Wedge w = stack.takeLast();
        const double total = std::max(1, leaves[w.node]);
        double at = w.from;
        for (int child : std::as_const(children[w.node])) {
            const double span = (w.to - w.from) * leaves[child] / total;
            const double angle = at + span / 2;
            const double r = layout.ringRadius[nodes[child].depth];
            layout.positions[child] = QPointF(r * std::cos(angle), r * std::sin(angle));
            stack.append({child, at, at + span});
            at += span;
        }
    }
    return layout;
}

} // namespace ims::ui
