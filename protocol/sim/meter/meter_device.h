#pragma once
// The COSEM object model of a simulated SPODES meter: identity, clock,
// associations, energy registers, instantaneous values, load and billing
// profiles, event journals, relay, limiter and tariff calendar, with the
// SPODES split of rights between the public client (SAP 16), the meter
// reader (SAP 32) and the configurator (SAP 48).
#include "protocol/sim/server/logical_device.h"

#include <memory>

namespace ims::sim {

class SimMeter;
struct SimCredentials;

std::shared_ptr<LogicalDevice> buildMeterDevice(SimMeter &meter);

// The three SPODES client associations and their Association LN objects
// (used by the router too).
void addSpodesAssociations(LogicalDevice &device, const SimCredentials &credentials);

} // namespace ims::sim
