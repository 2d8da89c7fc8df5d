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
#include <optional>

namespace ims::sim {

using OpticalClock = std::function<QDateTime()>; // local time of the meter

// The meter of `dialect`; registers read `clock` whenever asked.
iec21::MeterConfig opticalMeter(iec21::Dialect dialect, OpticalClock clock);

// The serial number each simulated optical meter reports (and answers to as
// its sign-on address).
QByteArray opticalMeterSerial(iec21::Dialect dialect);

// Active energy imported up to `t`, in Wh (total; tariff 1 is 70 % of it).
qint64 opticalEnergyWh(const QDateTime &t);

// The register of a dialect that holds the meter's time or date, as W1 sets
// them: IEC 0.9.1 "hh:mm:ss" / 0.9.2 "yy-MM-dd", Energomera TIME_ "hh:mm:ss" /
// DATE_ "ww.dd.mm.yy", Neva 000901FF "hhmmss" / 000902FF "yymmdd".
bool isOpticalClockRegister(iec21::Dialect dialect, QByteArrayView address);
// The meter's local date and time after a W1 of `address` = `value` at
// `now`; nullopt when the value is not a valid time or date in that format.
std::optional<QDateTime> opticalClockWrite(iec21::Dialect dialect, QByteArrayView address,
                                           QByteArrayView value, const QDateTime &now);

} // namespace ims::sim
