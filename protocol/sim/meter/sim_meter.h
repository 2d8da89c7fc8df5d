#pragma once
// One simulated SPODES meter: its spec, what changed through DLMS (state),
// and everything else computed on demand: the meter's clock (with drift),
// registered energy per interval (theft, relay, outages applied), totals
// per tariff as the activity calendar switched them, events, instantaneous
// values. The COSEM object model (logical device) is built on first use and
// can be dropped again to save memory; the state survives.
#include "protocol/sim/meter/consumption_model.h"
#include "protocol/sim/meter/credentials.h"
#include "protocol/sim/meter/meter_state.h"
#include "protocol/sim/server/logical_device.h"
#include "protocol/sim/server/virtual_clock.h"

#include <QCoreApplication>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace ims::sim {

inline constexpr int kMaxTariffs = 8;

// Energy register values, [channel 0..3: A+ A- R+ R-][tariff 0 = total, 1..8].
struct EnergyTotals
{
    std::array<std::array<qint64, kMaxTariffs + 1>, 4> value{};
    void add(const Energy &e, int tariff);
};

struct Instantaneous
{
    std::array<double, 3> voltage{};     // V per phase
    std::array<double, 3> current{};     // A per phase
    std::array<double, 3> activePower{}; // W per phase
    std::array<double, 3> reactivePower{};
    double frequency = 50.0;
    double powerFactor = 1.0;
    double differentialCurrent = 0.0; // A (NP545)
    double totalActive() const { return activePower[0] + activePower[1] + activePower[2]; }
    double totalReactive() const { return reactivePower[0] + reactivePower[1] + reactivePower[2]; }
};

// Feeder sum for a head meter: the real energy of all meters in an interval.
using FeederSum = std::function<Energy(qint64 interval)>;

class SimMeter
{
    Q_DECLARE_TR_FUNCTIONS(SimMeter)
public:
    SimMeter(MeterSpec spec, VirtualClock &clock, qint64 originMs,
             const SimCredentials &credentials, FeederSum feederSum = {});
    ~SimMeter();

    const MeterSpec &spec() const { return m_spec; }
    ModelTraits traits() const { return traitsOf(m_spec.model); }
    VirtualClock &clock() { return m_clock; }
    qint64 nowMs() const { return m_clock.nowMs(); }
    // Commissioning: the oldest moment the meter has data for (local midnight).
    qint64 originMs() const { return m_originMs; }
    MeterState &state() { return m_state; }
    const MeterState &state() const { return m_state; }
    const SimCredentials &credentials() const { return m_credentials; }

    // The meter's own clock.
    qint64 meterTimeMs() const;
    void setMeterTime(qint64 ms);
    void shiftTime(qint64 deltaMs);

    // Energy.
    Energy registeredInterval(qint64 interval);
    int tariffAt(qint64 ms);
    EnergyTotals totalsAt(qint64 ms);
    // Active energy imported since the start of the billing period (local
    // month; the simulated history begins at the origin), Wh: 1.0.1.9.0.255.
    qint64 periodEnergyWh(qint64 ms);
    bool relayClosedAt(qint64 ms) const;
    Instantaneous instantaneous(qint64 ms);

    // Relay and limiters.
    void setRelay(bool closed, quint16 eventCode);
    // A relay change the meter made by itself at `ms` (not before the last
    // change): recorded in the history and the journal at that moment.
    void changeRelayAt(bool closed, quint16 eventCode, qint64 ms);
    // Prepayment: warnings and disconnection for every threshold the credit
    // crossed since the last look (payment_model.h). Every read of what
    // depends on the credit or the relay calls this first.
    void evaluatePayment();
    // Trips the relay when a limiter's value (power, current, voltage,
    // differential current) has been over its threshold long enough.
    void evaluateLimiter();
    // The subscriber presses the relay button: closes a relay that is
    // ready_for_reconnection (what the workstation cannot do remotely in
    // control modes 1, 3, 5 and 6). False when the state did not allow it.
    bool pressRelayButton();
    void activatePassiveCalendar();
    // activate_passive_calendar_time reached (on the meter's clock): the
    // passive calendar applies from that moment, even if nobody looked.
    void activateCalendarIfDue();
    // The zone monitor or penalty tariff was written: applies from now on.
    void applyZones();

    // Events: generated from the model and recorded, oldest first, at most `capacity`.
    void recordEvent(quint8 journal, quint16 code, qint64 ms = -1);
    QList<MeterEvent> journal(quint8 journal, int capacity);

    // The COSEM object model, built on first use.
    std::shared_ptr<LogicalDevice> device();
    bool hasDevice() const { return bool(m_device); }
    // Drops the object model and caches (not the state).
    void releaseDevice();
    // Keys, system title and invocation counter, made with the object model
    // (dropped with it; the counter is kept in the state meanwhile).
    std::shared_ptr<DeviceSecurity> security();

private:
    EnergyTotals baseTotals() const;
    const cosem::CalendarPlan &planAt(qint64 ms) const;
    void addDay(EnergyTotals &totals, qint64 day);
    // A+ total at the start of the billing period of local day `day`; the
    // cache must reach that day.
    qint64 periodStartWh(qint64 day) const;
    // The tariff energy at `ms` is registered in: the calendar's, unless a
    // zone reached in the period (`periodWh` so far) or a penalty overrides it.
    int registeringTariff(qint64 ms, int calendarTariff, qint64 periodWh) const;
    void dropTotalsAfter(qint64 ms);
    void activateCalendarFrom(qint64 fromMs);
    // The monitored value of limiter `slot` now, in the threshold's raw units.
    double limiterMeasure(int slot, const Instantaneous &now) const;

    MeterSpec m_spec;
    VirtualClock &m_clock;
    qint64 m_originMs;
    const SimCredentials &m_credentials;
    FeederSum m_feederSum;
    MeterState m_state;
    std::shared_ptr<DeviceSecurity> m_security;
    std::shared_ptr<LogicalDevice> m_device;
    std::vector<EnergyTotals> m_dailyTotals; // at each local midnight since the origin; a cache
    bool m_evaluatingPayment = false;
};

} // namespace ims::sim
