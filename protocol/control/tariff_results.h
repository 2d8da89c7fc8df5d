#pragma once
// The plain results of writing, reading and checking tariff plans
// (tariff_programmer.h does the talking): what storage and the UI keep.
#include "protocol/control/control_outcome.h"
#include "protocol/control/tariff_plan.h"
#include "protocol/control/tariff_plan_validator.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace ims::control {

// What a meter holds.
struct MeterCalendar
{
    cosem::ActivityCalendar calendar;
    std::optional<QList<cosem::SpecialDay>> specialDays; // nullopt: no special days table
    int tariffRegisters = 0;                // scripts of the tariff script table; 0 = not known
    std::optional<QList<EnergyZone>> zones; // nullopt: no zone monitor (tariff_zones.h)
    std::optional<quint16> penaltyTariff;   // nullopt: no penalty tariff object

    // Zones and penalty as a plan has them (absent objects: none).
    TariffZones heldZones() const
    {
        return {zones.value_or(QList<EnergyZone>()), penaltyTariff.value_or(0)};
    }
};

enum class TariffSync {
    InSync,  // the active calendar (and special days) equal the plan
    Pending, // the passive calendar equals the plan and waits for its activation time
    Differs,
};
QString tariffSyncToken(TariffSync sync); // "in-sync", "pending", "differs"

struct TariffVerification
{
    TariffSync state = TariffSync::Differs;
    QStringList differences;             // against the active calendar
    QString meterDigest;                 // of the active calendar and special days
    std::optional<QDateTime> activation; // Pending: when
    MeterCalendar meter;
};

struct TariffWriteOptions
{
    // When the plan takes effect: nullopt = now (activate_passive_calendar).
    std::optional<QDateTime> activateAt;
    TariffRules rules;
};

struct TariffWriteReport
{
    ControlReport report;
    QString planDigest;
    std::optional<QDateTime> activation; // nullopt: activated at once
    bool passiveTouched = false;         // the passive calendar may have been rewritten
    QStringList differences;             // read-back against the plan, when they differ
};

} // namespace ims::control
