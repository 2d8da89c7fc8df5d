#pragma once
// What each meter model can be given in a tariff plan, as far as the
// workstation knows before talking to the meter (from `meters.model`):
// the seeds' NP515/NP523 single-phase meters have energy-threshold zones and
// a penalty tariff, the three-phase NP54x have neither. An unknown model is
// not refused here: the write's probe finds out (the objects are missing).
#include "protocol/control/tariff_plan_validator.h"

#include <QString>

namespace ims::control {

struct TariffCapabilities
{
    bool known = false; // false: nothing is assumed
    bool zones = true;
    bool penaltyTariff = true;

    // Narrows `rules` to what this model has.
    void applyTo(TariffRules &rules) const;
};

TariffCapabilities tariffCapabilitiesOfModel(const QString &model);

} // namespace ims::control
