#pragma once
// Energy-threshold zones and the penalty tariff of a tariff plan, and how
// they are modelled in COSEM (docs/tariff-plans.md, "Zones and penalty").
//
// SPODES leaves these objects to the manufacturer, so the workstation uses
// the standard interface classes:
//   - zones: a Register monitor (class 21) 0.0.16.1.0.255 watching the
//     active energy imported in the current billing period, time integral 2,
//     1.0.1.9.0.255 (class 3, attribute 2, Wh). Threshold i (ascending,
//     double-long-unsigned Wh) runs, when the period's energy crosses it
//     upwards, the tariff script table 0.0.10.0.100.255 with selector =
//     zone i's tariff; downwards (the period's reset) the previous zone's
//     tariff, and below the first threshold selector 0: "no zone, the
//     activity calendar's tariff again".
//   - penalty tariff: a Data object (class 1) 0.0.96.50.0.255 holding the
//     tariff number (unsigned; 0 = none). The meter registers in it from a
//     tamper event (journal 4: magnetic field, terminal cover, case opened)
//     until the end of that billing period, whatever the calendar or the
//     zones say. (The power limiter is not used for it: its over-threshold
//     action is already the disconnect script.)
// NP515/NP523 class meters have both (tariff_capabilities.h).
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"
#include "protocol/cosem/obis.h"
#include "protocol/cosem/register_monitor.h"

#include <QCoreApplication>
#include <QList>

namespace ims::control {

namespace zoneobjects {
inline constexpr cosem::Obis ZoneMonitor{0, 0, 16, 1, 0, 255};       // class 21
inline constexpr cosem::Obis PeriodActiveEnergy{1, 0, 1, 9, 0, 255}; // class 3, Wh
inline constexpr cosem::Obis PenaltyTariff{0, 0, 96, 50, 0, 255};    // class 1, unsigned
inline constexpr quint16 kRegisterMonitorClass = 21;
inline constexpr quint16 kDataClass = 1;
} // namespace zoneobjects

struct EnergyZone
{
    quint32 fromWh = 0; // the period's consumption from which this zone applies
    quint16 tariff = 0; // 1..6
    bool operator==(const EnergyZone &) const = default;
};

struct TariffZones
{
    Q_DECLARE_TR_FUNCTIONS(TariffZones)

public:
    static constexpr int kMaxZones = 8;

    QList<EnergyZone> zones;   // ascending thresholds
    quint16 penaltyTariff = 0; // 0 = no penalty tariff

    bool isEmpty() const { return zones.isEmpty() && penaltyTariff == 0; }

    // The register monitor that programs `zones` (empty lists: no zones).
    cosem::RegisterMonitor toMonitor() const;
    // The zones a meter's monitor holds; refuses what this program would
    // not have written (another monitored value, thresholds of another
    // type, actions on another script table).
    static Result<QList<EnergyZone>> zonesFromMonitor(const cosem::RegisterMonitor &monitor);

    static axdr::Value penaltyToValue(quint16 tariff);
    static Result<quint16> penaltyFromValue(const axdr::Value &value);

    // The tariff for a consumption in the period: the zone reached last, or
    // 0 when below the first threshold (the calendar decides).
    static quint16 zoneTariffAt(const QList<EnergyZone> &zones, qint64 periodWh);

    // "from 100 kWh T4, from 300 kWh T5; penalty T6", for messages.
    QString describe() const;

    bool operator==(const TariffZones &) const = default;
};

} // namespace ims::control
