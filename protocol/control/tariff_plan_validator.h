#pragma once
// Refuses a tariff plan before anything is sent: more tariffs than a meter
// switches, two switches at the same time, a week naming a day profile that
// does not exist, a season naming an unknown week, special days on unknown
// day profiles or on a meter without a special days table. Every problem
// is reported, each naming what it is about.
#include "protocol/control/tariff_plan.h"
#include "protocol/core/result.h"

#include <QCoreApplication>

namespace ims::control {

struct TariffRules
{
    // SPODES meters switch at most 6 tariffs.
    int maxTariffs = 6;
    // What the meter itself has (its tariff script table); 0 = not known yet.
    int meterTariffs = 0;
    bool meterHasSpecialDays = true;
    // Energy-threshold zones and the penalty tariff (tariff_zones.h): what
    // the meter's model has (tariff_capabilities.h) or its probe found;
    // true = not known to lack them.
    bool meterHasZones = true;
    bool meterHasPenaltyTariff = true;
    int maxNameBytes = 32;
};

struct PlanProblem
{
    // The plan may be fine, but this meter cannot run it.
    bool meterLacksFeature = false;
    QString message;
};

class TariffPlanValidator
{
    Q_DECLARE_TR_FUNCTIONS(TariffPlanValidator)

public:
    static QList<PlanProblem> validate(const TariffPlan &plan, const TariffRules &rules = {});
    // All problems in one error: Unsupported when the meter lacks a feature,
    // InvalidArgument otherwise.
    static Status check(const TariffPlan &plan, const TariffRules &rules = {});
};

} // namespace ims::control
