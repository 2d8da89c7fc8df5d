#include "protocol/sim/meter/consumption_model.h"

#include <cmath>

namespace ims::sim {

namespace {

constexpr double kPi = 3.14159265358979323846;

double bump(double hour, double centre, double width)
{
    const double d = (hour - centre) / width;
    return std::exp(-0.5 * d * d);
}

double localHour(qint64 ms)
{
    const qint64 local = ms + qint64(kLocalUtcOffsetSeconds) * 1000;
    const qint64 inDay = ((local % kDayMs) + kDayMs) % kDayMs;
    return double(inDay) / 3'600'000.0;
}

// 0 = Monday .. 6 = Sunday (1970-01-01 was a Thursday).
int weekday(qint64 day)
{
    return int(((day + 3) % 7 + 7) % 7);
}

double seasonal(qint64 day)
{
    // Heating peaks in mid January.
    const double doy = std::fmod(double(day), 365.2425);
    return 1.0 + 0.35 * std::cos(2.0 * kPi * (doy - 15.0) / 365.2425);
}

double noise(quint64 key, qint64 interval, quint64 salt)
{
    return unitFromHash(mix64(key ^ mix64(quint64(interval) * 0x9E3779B97F4A7C15ull + salt)));
}

double householdW(const MeterSpec &s, qint64 ms, qint64 interval)
{
    const double h = localHour(ms + kIntervalMs / 2);
    const qint64 day = ConsumptionModel::dayOf(ms);
    const bool weekend = weekday(day) >= 5;
    double p = 140.0 + 600.0 * bump(h, 7.5, 1.0) + 1200.0 * bump(h, 20.0, 1.8);
    if (weekend)
        p += 350.0 * bump(h, 13.0, 3.0);
    if (h < 6.0)
        p *= 0.6;
    p *= seasonal(day) * s.size;
    return p * (0.7 + 0.6 * noise(s.key(), interval, 1));
}

double commercialW(const MeterSpec &s, qint64 ms, qint64 interval)
{
    const double h = localHour(ms + kIntervalMs / 2);
    const bool workday = weekday(ConsumptionModel::dayOf(ms)) < 5;
    const double open = workday && h >= 8.0 && h < 19.0 ? 1.0 : 0.18;
    return 1000.0 * s.size * open * (0.8 + 0.4 * noise(s.key(), interval, 2));
}

double solarW(const MeterSpec &s, qint64 ms)
{
    const double h = localHour(ms + kIntervalMs / 2);
    if (h < 6.0 || h > 20.0)
        return 0.0;
    const double summer = 2.0 - seasonal(ConsumptionModel::dayOf(ms)); // high in July
    return 2500.0 * s.size * std::sin(kPi * (h - 6.0) / 14.0) * summer;
}

} // namespace

qint64 Energy::channel(int c) const
{
    switch (c) {
    case 0:
        return activeImport;
    case 1:
        return activeExport;
    case 2:
        return reactiveImport;
    default:
        return reactiveExport;
    }
}

Energy Energy::scaled(double f) const
{
    return {std::llround(double(activeImport) * f), std::llround(double(activeExport) * f),
            std::llround(double(reactiveImport) * f), std::llround(double(reactiveExport) * f)};
}

qint64 ConsumptionModel::dayOf(qint64 ms)
{
    const qint64 local = ms + qint64(kLocalUtcOffsetSeconds) * 1000;
    return local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs;
}

Energy ConsumptionModel::demand(const MeterSpec &s, qint64 interval)
{
    const qint64 ms = interval * kIntervalMs;
    double load = 0.0;
    switch (s.kind) {
    case ConsumerKind::Household:
        load = householdW(s, ms, interval);
        break;
    case ConsumerKind::Commercial:
        load = commercialW(s, ms, interval);
        break;
    case ConsumerKind::HeadMeter:
        return {}; // the router sums its feeders
    }
    Energy e;
    double net = load;
    if (s.solar)
        net -= solarW(s, ms);
    // Mean power over half an hour: Wh = W / 2.
    if (net >= 0) {
        e.activeImport = std::llround(net / 2.0);
        e.reactiveImport = std::llround(net * s.tanPhi / 2.0);
    } else {
        e.activeExport = std::llround(-net / 2.0);
        e.reactiveExport = std::llround(-net * 0.05 / 2.0);
    }
    return e;
}

Energy ConsumptionModel::realInterval(const MeterSpec &s, qint64 interval)
{
    if (inOutage(s.networkSeed, s.router, interval * kIntervalMs + kIntervalMs / 2))
        return {};
    return demand(s, interval);
}

std::optional<TimeWindow> ConsumptionModel::outageOnDay(quint64 seed, quint32 router, qint64 day)
{
    const quint64 h = mix64(seed ^ mix64((quint64(router) << 40) ^ quint64(day) ^ 0x0D7A6Eull));
    if (unitFromHash(h) >= 1.0 / 15.0)
        return std::nullopt;
    const qint64 dayStart = day * kDayMs - qint64(kLocalUtcOffsetSeconds) * 1000;
    const qint64 start
        = dayStart + qint64(8 + (h >> 8) % 10) * 3'600'000 + qint64((h >> 16) % 4) * 900'000;
    const qint64 length = qint64(1 + (h >> 24) % 3) * 3'600'000 - qint64((h >> 32) % 3) * 600'000;
    return TimeWindow{start, start + length};
}

bool ConsumptionModel::inOutage(quint64 seed, quint32 router, qint64 ms)
{
    const std::optional<TimeWindow> w = outageOnDay(seed, router, dayOf(ms));
    return w && w->contains(ms);
}

std::optional<TimeWindow> ConsumptionModel::sagOnDay(quint64 seed, quint32 router, qint64 day)
{
    const quint64 h = mix64(seed ^ mix64((quint64(router) << 40) ^ quint64(day) ^ 0x5A65ull));
    if (unitFromHash(h) >= 1.0 / 6.0)
        return std::nullopt;
    const qint64 dayStart = day * kDayMs - qint64(kLocalUtcOffsetSeconds) * 1000;
    const qint64 start
        = dayStart + qint64(17 + (h >> 8) % 5) * 3'600'000 + qint64((h >> 16) % 60) * 60'000;
    return TimeWindow{start, start + qint64(2 + (h >> 24) % 20) * 1000};
}

double ConsumptionModel::voltage(const MeterSpec &s, qint64 ms, int phase)
{
    if (inOutage(s.networkSeed, s.router, ms))
        return 0.0;
    const std::optional<TimeWindow> sag = sagOnDay(s.networkSeed, s.router, dayOf(ms));
    double v = 229.0 + 4.0 * std::sin(2.0 * kPi * localHour(ms) / 24.0)
               - 2.0 * double(s.index % 50) / 50.0 // farther down the line, a little lower
               + 3.0 * (noise(s.key(), ms / 60'000, quint64(10 + phase)) - 0.5);
    if (sag && sag->contains(ms))
        v *= 0.82;
    return v;
}

double ConsumptionModel::lossFraction(quint64 seed, quint32 router, qint64 interval)
{
    return 0.035 + 0.015 * unitFromHash(mix64(seed ^ quint64(router) ^ mix64(quint64(interval))));
}

} // namespace ims::sim
