#include "models/storage/synthetic_installation.h"

#include "models/storage/domain_store.h"
#include "models/storage/sql_util.h"

#include <QSqlQuery>

namespace ims::storage {

using namespace ims::domain;

namespace {

Status addRoutes(QSqlDatabase &db, const SyntheticInstallation &out, const SyntheticConfig &config)
{
    QSqlQuery q(db);
    if (const Status s = Sql::prepare(q, QStringLiteral("INSERT INTO meter_routes(meter_id,"
                                                        " repeaters, quality) VALUES (?, ?, ?)"));
        !s)
        return s;
    for (qsizetype i = 0; i < out.meterIds.size(); ++i) {
        const int m = int(i % config.metersPerRouter);
        const QList<int> chain = syntheticRouteChain(m, config.metersPerRouter);
        QStringList repeaters, quality;
        for (int r : chain)
            repeaters << QString::number(16 + r);
        for (qsizetype hop = 0; hop <= chain.size(); ++hop)
            quality << QString::number(35 + (m * 29 + int(hop) * 17) % 65);
        q.addBindValue(out.meterIds[i]);
        // An empty route is '' (direct), never NULL.
        q.addBindValue(repeaters.isEmpty() ? QStringLiteral("") : repeaters.join(QLatin1Char(' ')));
        q.addBindValue(quality.join(QLatin1Char(' ')));
        if (const Status s = Sql::exec(q); !s)
            return s;
    }
    return {};
}

} // namespace

QList<int> syntheticRouteChain(int indexInRouter, int metersPerRouter)
{
    const int direct = std::max(3, metersPerRouter / 10);
    QList<int> chain;
    for (int m = indexInRouter; m >= direct;) {
        m = (m - direct) / 3;
        chain.prepend(m);
    }
    return chain;
}

Result<SyntheticInstallation> createSyntheticInstallation(QSqlDatabase &db,
                                                          const SyntheticConfig &config)
{
    SyntheticInstallation out;
    DomainStore store(db);
    Transaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    auto site = store.add(Site{0, QStringLiteral("SNT Synthetic"), SiteKind::Snt, {}, {}});
    if (!site)
        return site.error();
    out.siteId = *site;
    auto substation = store.add(Substation{0, out.siteId, QStringLiteral("TP-1"), {}});
    if (!substation)
        return substation.error();
    out.substationId = *substation;
    BalanceGroup group;
    group.name = QStringLiteral("TP-1 balance");
    group.siteId = out.siteId;
    group.substationId = out.substationId;
    for (int r = 0; r < config.routers; ++r) {
        Router router;
        router.siteId = out.siteId;
        router.substationId = out.substationId;
        router.name = QStringLiteral("USPD-%1").arg(r + 1);
        router.host = QStringLiteral("10.0.0.%1").arg(r + 1);
        router.port = 4059;
        auto routerId = store.add(router);
        if (!routerId)
            return routerId.error();
        out.routerIds.append(*routerId);
        for (int m = 0; m < config.metersPerRouter; ++m) {
            const int index = int(out.meterIds.size());
            Meter meter;
            meter.serial = QStringLiteral("%1%2")
                               .arg(config.serialPrefix)
                               .arg(index, 8, 10, QLatin1Char('0'));
            meter.model = index == 0 ? QStringLiteral("PSCH-4TM") : QStringLiteral("MIR C-04");
            meter.siteId = out.siteId;
            meter.routerId = *routerId;
            meter.physicalAddress = 16 + m;
            meter.phases = index == 0 ? 3 : 1;
            if (index == 0)
                meter.ct = {1000, 5};
            meter.plot = QString::number(index);
            meter.capabilities = MeterCapability::LoadProfile | MeterCapability::Relay;
            auto meterId = store.add(meter);
            if (!meterId)
                return meterId.error();
            out.meterIds.append(*meterId);
            group.members.append(
                {*meterId, index == 0 ? BalanceRole::Head : BalanceRole::Member, 1});
        }
    }
    if (config.routes) {
        if (const Status s = addRoutes(db, out, config); !s)
            return s.error();
    }
    auto groupId = store.add(group);
    if (!groupId)
        return groupId.error();
    out.groupId = *groupId;
    if (const Status s = tx.commit(); !s)
        return s.error();
    return out;
}

qint64 syntheticRaw(int meterIndex, int channel, qint64 intervalEnd)
{
    const qint64 slot = (intervalEnd / 1800) % 48;
    const qint64 base = 200 + (meterIndex * 37) % 300;
    const qint64 daily = slot >= 14 && slot <= 44 ? 2 : 1; // day-time load
    return (base * daily + (intervalEnd / 1800 + meterIndex) % 17) / channel;
}

engine::ReadingBatch syntheticDay(const SyntheticInstallation &installation, qint64 day,
                                  int channels)
{
    engine::ReadingBatch batch;
    const qsizetype meters = installation.meterIds.size();
    batch.intervals.reserve(meters * channels * 48);
    auto end = [day](int slot) {
        return day * 86400 + slot * engine::kIntervalSeconds;
    };
    // Meter by meter, channel by channel, in time order: the way a poll
    // delivers profiles.
    for (qsizetype m = 0; m < meters; ++m) {
        for (int channel = 1; channel <= channels; ++channel) {
            for (int slot = 1; slot <= 48; ++slot) {
                qint64 raw = 0;
                int scaler = 0;
                if (m == 0) {
                    // Head: members + 4 %, in secondary Wh x 10^-3 with CT 1000/5 (= 200).
                    qint64 members = 0;
                    for (qsizetype i = 1; i < meters; ++i)
                        members += syntheticRaw(int(i), channel, end(slot));
                    raw = members * 104 * 1000 / 100 / 200;
                    scaler = -3;
                } else {
                    raw = syntheticRaw(int(m), channel, end(slot));
                }
                batch.intervals.append({{installation.meterIds[m], {}},
                                        engine::EnergyChannel(channel),
                                        end(slot),
                                        raw,
                                        qint8(scaler),
                                        0});
            }
        }
    }
    return batch;
}

} // namespace ims::storage
