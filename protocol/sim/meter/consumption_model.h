#pragma once
// The consumption of a simulated consumer as a pure function of its spec
// and the time: household daily (morning and evening peaks), weekly
// (weekend) and seasonal (winter heating) curves with per-interval noise,
// commercial working-hours loads, rooftop solar export, feeder outages and
// voltage sags. Nothing is stored: any interval of any meter can be
// recomputed at any time and always gives the same integer energy.
#include "protocol/sim/meter/meter_spec.h"

#include <optional>

namespace ims::sim {

inline constexpr qint64 kIntervalMs = 30 * 60 * 1000;
inline constexpr qint64 kDayMs = 86'400'000;
// The network's local time: UTC+3 (Moscow), as most SPODES deployments.
inline constexpr int kLocalUtcOffsetSeconds = 3 * 3600;

// Energy over one interval, Wh and varh.
struct Energy
{
    qint64 activeImport = 0;   // A+
    qint64 activeExport = 0;   // A-
    qint64 reactiveImport = 0; // R+
    qint64 reactiveExport = 0; // R-

    Energy &operator+=(const Energy &o)
    {
        activeImport += o.activeImport;
        activeExport += o.activeExport;
        reactiveImport += o.reactiveImport;
        reactiveExport += o.reactiveExport;
        return *this;
    }
    qint64 channel(int c) const; // 0 A+, 1 A-, 2 R+, 3 R-
    Energy scaled(double factor) const;
    bool operator==(const Energy &) const = default;
};

struct TimeWindow
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool contains(qint64 ms) const { return ms >= startMs && ms < endMs; }
};

class ConsumptionModel
{
public:
    static qint64 intervalOf(qint64 ms)
    {
        return ms >= 0 ? ms / kIntervalMs : (ms - kIntervalMs + 1) / kIntervalMs;
    }
    static qint64 dayOf(qint64 ms); // local calendar day number since 1970-01-01

    // What the consumer really draws in the interval (before theft, relay, outage).
    static Energy demand(const MeterSpec &spec, qint64 interval);
    // Demand less the feeder outages: what flows through the meter's terminals.
    static Energy realInterval(const MeterSpec &spec, qint64 interval);

    // The feeder outage of a router's substation on a local day, if any.
    static std::optional<TimeWindow> outageOnDay(quint64 seed, quint32 router, qint64 day);
    static bool inOutage(quint64 seed, quint32 router, qint64 ms);
    // A voltage sag (dip below 90 %) on a local day, if any.
    static std::optional<TimeWindow> sagOnDay(quint64 seed, quint32 router, qint64 day);

    // Phase voltage in volts (0 during an outage).
    static double voltage(const MeterSpec &spec, qint64 ms, int phase);
    // Technical losses of the substation's 0.4 kV lines as a fraction of the load.
    static double lossFraction(quint64 seed, quint32 router, qint64 interval);
};

} // namespace ims::sim
