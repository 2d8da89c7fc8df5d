#pragma once
// The PLC network behind one router, derived from (seed, router): every
// meter repeats, so a meter far down a feeder is reached through a chain
// of other meters. Meters are placed in rings: the first ones hear the
// router directly, each further ring goes through one meter of the ring
// before it. Link quality (0..100 %) falls with distance.
#include <QList>

namespace ims::sim {

struct PlcHop
{
    quint16 address = 0; // physical address of the device that receives this hop
    quint8 quality = 0;  // link quality of the hop, percent
};

struct PlcRoute
{
    QList<quint16> repeaters; // from the router outwards, the meter itself excluded
    QList<quint8> quality;    // per hop: repeaters.size() + 1 entries
    int hops() const { return int(repeaters.size()) + 1; }
};

class PlcTopology
{
public:
    PlcTopology(quint64 seed, quint32 router, int meterCount);

    int meterCount() const { return m_meterCount; }
    // Ring of meter `index`: 0 = heard by the router directly.
    int ring(int index) const;
    PlcRoute route(int index) const;
    // Commissioned by the operator; the others were discovered but not yet set up.
    bool commissioned(int index) const;

private:
    int ringStart(int ring) const;
    int ringSize(int ring) const;
    int parent(int index) const;
    quint8 quality(int index, int hop) const;

    quint64 m_seed;
    quint32 m_router;
    int m_meterCount;
};

} // namespace ims::sim
