#pragma once
// A tariff plan as the workstation keeps it and writes it to meters: up to
// six tariffs, day profiles (switch times), week profiles, seasons and
// special days, already in the shape of the activity calendar (class 20)
// and special days table (class 11). The file format is in
// docs/tariff-plans.md (tariff_plan_json.h reads and writes it).
#include "protocol/control/tariff_zones.h"
#include "protocol/cosem/activity_calendar.h"
#include "protocol/cosem/special_days.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ims::control {

struct TariffInfo
{
    quint16 id = 0; // the script_selector the day profiles switch to
    QString name;
    bool operator==(const TariffInfo &) const = default;
};

struct TariffPlan
{
    QString name;
    QList<TariffInfo> tariffs;
    cosem::CalendarPlan calendar; // calendar.name is the UTF-8 of `name`
    QList<cosem::SpecialDay> specialDays;
    TariffZones zones; // energy-threshold zones and penalty tariff, often none

    // Tariff numbers the day profiles, zones and penalty switch to, ascending.
    QList<quint16> usedTariffs() const;
    // SHA-256 (hex) of what a meter holds for this plan, in normalised form:
    // two plans with the same digest program a meter the same way. Zones
    // count only when there are any, so a plan without them keeps the
    // digest it had before zones existed.
    QString digest() const;
    bool operator==(const TariffPlan &) const = default;
};

class TariffPlanCompare
{
    Q_DECLARE_TR_FUNCTIONS(TariffPlanCompare)

public:
    // The plan as a meter would report it back: sorted tables, unspecified
    // seconds and hundredths as zero, no deviation or status in season starts.
    static cosem::CalendarPlan normalized(const cosem::CalendarPlan &plan);
    static QList<cosem::SpecialDay> normalized(const QList<cosem::SpecialDay> &days);

    static QString digest(const cosem::CalendarPlan &calendar,
                          const QList<cosem::SpecialDay> &specialDays,
                          const TariffZones &zones = {});

    // Empty when the meter's zones and penalty tariff are the plan's, else
    // one line saying how.
    static QString zonesDifference(const TariffZones &plan, const TariffZones &meter);

    // Where a meter's calendar differs from the plan, one line per table,
    // empty when they are the same. `specialDays` nullptr = not compared.
    static QStringList differences(const TariffPlan &plan, const cosem::CalendarPlan &meter,
                                   const QList<cosem::SpecialDay> *specialDays);

    // Empty when the special days are the same, else one line saying how.
    static QString specialDaysDifference(const QList<cosem::SpecialDay> &plan,
                                         const QList<cosem::SpecialDay> &meter);

    // The plan a meter runs, rebuilt from its calendar (tariff names "T1"...).
    static TariffPlan fromMeter(const cosem::CalendarPlan &calendar,
                                const QList<cosem::SpecialDay> &specialDays,
                                const TariffZones &zones = {});

    // "07:00 T1, 23:00 T2", for messages.
    static QString describeDay(const cosem::DayProfile &day);
};

} // namespace ims::control
