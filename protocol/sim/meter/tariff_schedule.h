#pragma once
// Which tariff an activity calendar makes active at a local date and time
// (Blue Book class 20 semantics, SPODES practice: the script_selector of
// the day action in force is the tariff number). Special days override the
// week profile for their date.
#include "protocol/cosem/activity_calendar.h"
#include "protocol/cosem/special_days.h"

#include <QDate>
#include <QTime>

#include <array>

namespace ims::sim {

class TariffSchedule
{
public:
    // The tariff (1..maxTariff) in force at the local date and time; 1 when
    // the plan is empty or incomplete.
    static int tariffAt(const cosem::CalendarPlan &plan,
                        const QList<cosem::SpecialDay> &specialDays, const QDate &date,
                        const QTime &time, int maxTariff);
    // The tariffs of the 48 half hours of a local day.
    static std::array<quint8, 48> dayTariffs(const cosem::CalendarPlan &plan,
                                             const QList<cosem::SpecialDay> &specialDays,
                                             const QDate &date, int maxTariff);

    // SPODES default: T1 07:00-23:00 (day), T2 23:00-07:00 (night).
    static cosem::CalendarPlan twoRatePlan();
    // A three-rate plan (peak 07-10 and 17-21, semi-peak, night) to
    // activate from the passive calendar.
    static cosem::CalendarPlan threeRatePlan();

private:
    static const cosem::DayProfile *dayProfile(const cosem::CalendarPlan &plan,
                                               const QList<cosem::SpecialDay> &specialDays,
                                               const QDate &date);
};

} // namespace ims::sim
