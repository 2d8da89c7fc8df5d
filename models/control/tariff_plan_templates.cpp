#include "models/control/tariff_plan_templates.h"

#include "protocol/cosem/spodes_objects.h"

namespace ims::control {

namespace {

// One switch per (hour, tariff); the whole year runs day profile 1.
TariffPlan everyDayAlike(const QString &name, const QList<TariffInfo> &tariffs,
                         const QList<std::pair<int, quint16>> &switches)
{
    TariffPlan plan;
    plan.name = name;
    plan.tariffs = tariffs;
    plan.calendar.name = name.toUtf8();
    cosem::DayProfile day;
    day.dayId = 1;
    for (const auto &[hour, tariff] : switches) {
        cosem::DayAction action;
        action.startTime = axdr::CosemTime{quint8(hour), 0, 0, 0};
        action.scriptLogicalName = cosem::spodes::TariffScriptTable;
        action.scriptSelector = tariff;
        day.schedule.append(action);
    }
    plan.calendar.days.append(day);
    cosem::WeekProfile week;
    week.name = TariffPlanTemplates::tr("week").toUtf8();
    week.dayIds.fill(1);
    plan.calendar.weeks.append(week);
    cosem::SeasonProfile season;
    season.name = TariffPlanTemplates::tr("year").toUtf8();
    season.start.date = axdr::CosemDate{0xFFFF, 1, 1, 0xFF};
    season.start.time = axdr::CosemTime{0, 0, 0, 0};
    season.weekName = week.name;
    plan.calendar.seasons.append(season);
    return plan;
}

} // namespace

TariffPlan TariffPlanTemplates::twoZone()
{
    return everyDayAlike(tr("Two-zone"), {{1, tr("Day")}, {2, tr("Night")}},
                         {{0, 2}, {7, 1}, {23, 2}});
}

TariffPlan TariffPlanTemplates::threeZone()
{
    return everyDayAlike(tr("Three-zone"),
                         {{1, tr("Peak")}, {2, tr("Night")}, {3, tr("Half-peak")}},
                         {{0, 2}, {7, 1}, {10, 3}, {17, 1}, {21, 3}, {23, 2}});
}

} // namespace ims::control
