#pragma once
// Ready-made tariff plans for people who are not engineers: the Russian
// two-zone (day 07:00-23:00, night 23:00-07:00) and three-zone (peak
// 07:00-10:00 and 17:00-21:00, half-peak 10:00-17:00 and 21:00-23:00, night
// 23:00-07:00) grids, every day of the year alike. Tariff numbers follow
// docs/tariff-plans.md: T1 day or peak, T2 night, T3 half-peak.
#include "protocol/control/tariff_plan.h"

#include <QCoreApplication>

namespace ims::control {

class TariffPlanTemplates
{
    Q_DECLARE_TR_FUNCTIONS(TariffPlanTemplates)

public:
    static TariffPlan twoZone();
    static TariffPlan threeZone();
};

} // namespace ims::control
