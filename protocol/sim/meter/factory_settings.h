#pragma once
// The settings a simulated meter leaves the factory with, one instance per
// kind of meter shared by all meters of that kind (CopyOnWrite): the
// limiters (class 71) as SPODES meters have them and the activity calendar
// with its first epoch. A meter that is written to gets its own copy; the
// rest of a million meters cost one pointer each.
#include "protocol/sim/meter/meter_spec.h"
#include "protocol/sim/meter/meter_state.h"

namespace ims::sim {

// Power, current and voltage limiters (and differential current on models
// that measure it), thresholds 0 (no limit) in the raw units of the
// monitored register: W, mA, 0.1 V, mA.
CopyOnWrite<LimiterSet> factoryLimiters(const ModelTraits &traits);
// Active: the SPODES two-rate plan; passive: a three-rate plan; no
// activation time.
CopyOnWrite<cosem::ActivityCalendar> factoryCalendar();
// The active plan applies from the beginning of time.
QList<CalendarEpoch> factoryEpochs();

} // namespace ims::sim
