#pragma once
// A made-up installation with deterministic readings: one site, one
// substation, routers full of meters, a balance group (head meter on the
// transformer with CT 1000/5, every other meter a member). For benchmarks,
// crash tests (`imsdesk-cli db ingest-synthetic`) and demos.
#include "protocol/core/result.h"
#include "protocol/engine/readings.h"

#include <QList>
#include <QSqlDatabase>

namespace ims::storage {

struct SyntheticConfig
{
    int routers = 1;
    int metersPerRouter = 10;
    QString serialPrefix = QStringLiteral("SYN");
    // PLC routes in meter_routes: behind each router the first meters talk
    // to it directly, the rest through chains of earlier meters (a tree with
    // up to three children per repeater), with made-up link qualities.
    bool routes = true;
};

struct SyntheticInstallation
{
    qint64 siteId = 0;
    qint64 substationId = 0;
    qint64 groupId = 0;
    QList<qint64> routerIds;
    QList<qint64> meterIds; // meterIds[0] is the head meter
};

Result<SyntheticInstallation> createSyntheticInstallation(QSqlDatabase &db,
                                                          const SyntheticConfig &config);

// The route of the meter at `indexInRouter` behind its router, as indexes
// (within the router) of its repeaters from the router outwards.
QList<int> syntheticRouteChain(int indexInRouter, int metersPerRouter);

// Secondary Wh of one member interval; varies with meter, channel and time.
qint64 syntheticRaw(int meterIndex, int channel, qint64 intervalEnd);

// Every meter's 48 intervals of UTC day `day` for `channels` channels (1..4).
// The head meter reads the members' sum plus 4 % losses, divided by its CT.
engine::ReadingBatch syntheticDay(const SyntheticInstallation &installation, qint64 day,
                                  int channels = 4);

} // namespace ims::storage
