#pragma once
// The meters behind the simulator's optical ports, one per dialect, with
// plausible values that move with the clock: an Iskra MT174 (standard IEC
// data readout with its serial in C.1.0 and 0.0.0), an Energomera CE102M
// (programming mode, ET0PE with tariffs, 7-bit SUM BCC) and a Neva MT324
// (OBIS as 8 hex digits, tariffs in one reply). Energy grows by 350 W on
// average since 2024-01-01, split 70/30 between day and night tariffs.
#include "protocol/iec62056_21/meter_responder.h"

#include <QDateTime>

#include <functional>

namespace ims::sim {

using OpticalClock = std::function<QDateTime()>; // local time of the meter

// The meter of `dialect`; registers read `clock` whenever asked.
iec21::MeterConfig opticalMeter(iec21::Dialect dialect, OpticalClock clock);

// The serial number each simulated optical meter reports (and answers to as
// its sign-on address).
QByteArray opticalMeterSerial(iec21::Dialect dialect);

// Active energy imported up to `t`, in Wh (total; tariff 1 is 70 % of it).
qint64 opticalEnergyWh(const QDateTime &t);

} // namespace ims::sim
