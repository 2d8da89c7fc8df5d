#include "protocol/sim/meter/tariff_schedule.h"

#include "protocol/cosem/spodes_objects.h"

#include <algorithm>

namespace ims::sim {

namespace {

int monthDay(int month, int day)
{
    return month * 100 + day;
}

cosem::DayAction action(int hour, int tariff)
{
    cosem::DayAction a;
    a.startTime = axdr::CosemTime{quint8(hour), 0, 0, 0};
    a.scriptLogicalName = cosem::spodes::TariffScriptTable;
    a.scriptSelector = quint16(tariff);
    return a;
}

cosem::CalendarPlan plan(const QByteArray &name, QList<cosem::DayAction> actions)
{
    cosem::CalendarPlan p;
    p.name = name;
    cosem::SeasonProfile season;
    season.name = QByteArray("1");
    season.start.date = axdr::CosemDate{0xFFFF, 1, 1, 0xFF};
    season.start.time = axdr::CosemTime{0, 0, 0, 0};
    season.weekName = QByteArray("1");
    p.seasons = {season};
    cosem::WeekProfile week;
    week.name = QByteArray("1");
    week.dayIds.fill(1);
    p.weeks = {week};
    p.days = {cosem::DayProfile{1, std::move(actions)}};
    return p;
}

} // namespace

// Built once: every meter starts with copies, and Qt's containers share
// their data until a client writes a new calendar, so a million untouched
// meters hold one plan between them.
cosem::CalendarPlan TariffSchedule::twoRatePlan()
{
    static const cosem::CalendarPlan shared
        = plan(QByteArray("2-rate"), {action(0, 2), action(7, 1), action(23, 2)});
    return shared;
}

cosem::CalendarPlan TariffSchedule::threeRatePlan()
{
    static const cosem::CalendarPlan shared
        = plan(QByteArray("3-rate"), {action(0, 2), action(7, 1), action(10, 3), action(17, 1),
                                      action(21, 3), action(23, 2)});
    return shared;
}

const cosem::DayProfile *TariffSchedule::dayProfile(const cosem::CalendarPlan &plan,
                                                    const QList<cosem::SpecialDay> &specialDays,
                                                    const QDate &date)
{
    std::optional<quint8> dayId;
    for (const cosem::SpecialDay &s : specialDays) {
        const bool yearOk = s.date.year == 0xFFFF || s.date.year == date.year();
        if (yearOk && s.date.month == date.month() && s.date.day == date.day()) {
            dayId = s.dayId;
            break;
        }
    }
    if (!dayId) {
        // The season with the latest start not after the date (wrapping to
        // last year's last season).
        const cosem::SeasonProfile *season = nullptr;
        int best = -1;
        const int today = monthDay(date.month(), date.day());
        for (const cosem::SeasonProfile &s : plan.seasons) {
            const int start = monthDay(s.start.date.month, s.start.date.day);
            if (start <= today && start > best) {
                best = start;
                season = &s;
            }
        }
        if (!season) {
            for (const cosem::SeasonProfile &s : plan.seasons) {
                const int start = monthDay(s.start.date.month, s.start.date.day);
                if (start > best) {
                    best = start;
                    season = &s;
                }
            }
        }
        if (!season)
            return nullptr;
        for (const cosem::WeekProfile &w : plan.weeks) {
            if (w.name == season->weekName) {
                dayId = w.dayIds[size_t(date.dayOfWeek() - 1)];
                break;
            }
        }
    }
    if (!dayId)
        return nullptr;
    for (const cosem::DayProfile &d : plan.days) {
        if (d.dayId == *dayId)
            return &d;
    }
    return nullptr;
}

int TariffSchedule::tariffAt(const cosem::CalendarPlan &plan,
                             const QList<cosem::SpecialDay> &specialDays, const QDate &date,
                             const QTime &time, int maxTariff)
{
    const cosem::DayProfile *day = dayProfile(plan, specialDays, date);
    if (!day || day->schedule.isEmpty())
        return 1;
    const int now = time.hour() * 60 + time.minute();
    int bestStart = -1;
    int tariff = 0;
    int lastStart = -1;
    int lastTariff = 1;
    for (const cosem::DayAction &a : day->schedule) {
        const int start = (a.startTime.hour == 0xFF ? 0 : a.startTime.hour) * 60
                          + (a.startTime.minute == 0xFF ? 0 : a.startTime.minute);
        if (start <= now && start >= bestStart) {
            bestStart = start;
            tariff = a.scriptSelector;
        }
        if (start >= lastStart) {
            lastStart = start;
            lastTariff = a.scriptSelector;
        }
    }
    if (bestStart < 0)
        tariff = lastTariff; // before the first switch: yesterday's last one goes on
    return std::clamp(tariff, 1, std::max(1, maxTariff));
}

std::array<quint8, 48> TariffSchedule::dayTariffs(const cosem::CalendarPlan &plan,
                                                  const QList<cosem::SpecialDay> &specialDays,
                                                  const QDate &date, int maxTariff)
{
    std::array<quint8, 48> out{};
    for (int i = 0; i < 48; ++i)
        out[size_t(i)]
            = quint8(tariffAt(plan, specialDays, date, QTime(i / 2, (i % 2) * 30), maxTariff));
    return out;
}

} // namespace ims::sim
