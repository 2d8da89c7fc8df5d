#include "protocol/sim/meter/meter_spec.h"

namespace ims::sim {

quint64 mix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

double unitFromHash(quint64 h)
{
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

QString meterModelName(MeterModel model)
{
    switch (model) {
    case MeterModel::NP515:
        return QStringLiteral("NP515");
    case MeterModel::NP523:
        return QStringLiteral("NP523");
    case MeterModel::NP541:
        return QStringLiteral("NP541");
    case MeterModel::NP542:
        return QStringLiteral("NP542");
    case MeterModel::NP545:
        return QStringLiteral("NP545");
    }
    return QStringLiteral("?");
}

ModelTraits traitsOf(MeterModel model)
{
    switch (model) {
    case MeterModel::NP515:
    case MeterModel::NP523:
        return {1, false, 4, 60, true};
    case MeterModel::NP541:
        return {3, false, 6, 10};
    case MeterModel::NP542:
        return {3, false, 6, 100};
    case MeterModel::NP545:
        return {3, true, 6, 100};
    }
    return {};
}

quint64 MeterSpec::key() const
{
    return mix64(networkSeed ^ mix64((quint64(router) << 32) | index));
}

MeterSpec makeMeterSpec(quint64 networkSeed, quint32 router, quint32 index, qint64 startMs)
{
    MeterSpec s;
    s.networkSeed = networkSeed;
    s.router = router;
    s.index = index;
    s.physical = quint16(kFirstMeterPhysical + index);
    const quint64 k = s.key();
    auto draw = [k](quint64 salt) {
        return unitFromHash(mix64(k ^ salt));
    };

    const bool commercial = index % 12 == 11;
    s.kind = commercial ? ConsumerKind::Commercial : ConsumerKind::Household;
    if (commercial)
        s.model = draw(1) < 0.5 ? MeterModel::NP545 : MeterModel::NP542;
    else
        s.model = draw(1) < 0.7 ? MeterModel::NP515 : MeterModel::NP523;
    // Serial: model family, router and index, so people can read it.
    s.serial = QStringLiteral("%1%2%3")
                   .arg(commercial ? 54 : 51)
                   .arg(router % 1000, 3, 10, QLatin1Char('0'))
                   .arg(index, 5, 10, QLatin1Char('0'))
                   .toLatin1();
    s.size = commercial ? 4.0 + 16.0 * draw(2) : 0.5 + 1.5 * draw(2);
    s.tanPhi = 0.2 + 0.25 * draw(3);
    s.solar = !commercial && draw(4) < 0.05;
    if (draw(5) < 0.01 || (index == 7)) { // a few thieves; the 8th meter of every router is one
        s.theftFraction = 0.3 + 0.3 * draw(6);
        s.theftSinceMs = startMs - qint64(20 + 40 * draw(7)) * 86'400'000;
    }
    if (draw(8) < 0.01 || index == 3)
        s.tamperAtMs = startMs - qint64(1 + 30 * draw(9)) * 86'400'000;
    if (draw(10) < 0.03 || index == 5) { // a drifting clock
        s.clockDriftPpm = draw(11) < 0.5 ? 250 : -180;
        s.clockOffsetMs = qint64((draw(12) - 0.5) * 240'000);
    }
    return s;
}

MeterSpec makeHeadMeterSpec(quint64 networkSeed, quint32 router)
{
    MeterSpec s;
    s.networkSeed = networkSeed;
    s.router = router;
    s.index = 0xFFFFFF;
    s.physical = kHeadMeterPhysical;
    s.model = MeterModel::NP541;
    s.kind = ConsumerKind::HeadMeter;
    s.serial = QStringLiteral("41%1%2")
                   .arg(router % 1000, 3, 10, QLatin1Char('0'))
                   .arg(99999)
                   .toLatin1();
    s.tanPhi = 0.35;
    return s;
}

} // namespace ims::sim
