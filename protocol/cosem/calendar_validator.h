#pragma once
// Checks a tariff calendar before it is written to a meter, so that the
// tariff editor can refuse a plan the meter would reject or, worse, accept
// and apply wrongly. Every problem names the season, week, day or switch
// it is about.
#include "protocol/core/result.h"
#include "protocol/cosem/activity_calendar.h"
#include "protocol/cosem/obis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ims::cosem {

enum class CalendarProblem {
    NoSeasons,
    NoWeeks,
    NoDays,
    DuplicateSeasonName,
    DuplicateWeekName,
    DuplicateDayId,
    SeasonStartUnspecified, // month or day of a season start not given
    SeasonsOutOfOrder,      // season starts not strictly increasing
    UnknownWeek,            // a season names a week that is not in the table
    UnknownDay,             // a week names a day_id that is not in the table
    EmptyDaySchedule,
    SwitchTimeUnspecified, // hour or minute of a start_time not given
    SwitchTimesNotIncreasing,
    TariffOutOfRange, // script_selector outside 1..maxTariffs
    WrongScriptTable, // script_logical_name is not the tariff script table
};

struct CalendarIssue
{
    CalendarProblem problem;
    QString message;
};

struct CalendarRules
{
    // SPODES meters switch between at most 6 tariffs (script selectors 1..6)
    // in practice; some allow 8.
    quint16 maxTariffs = 6;
    // When set, every switch must run a script of this table
    // (SPODES: 0.0.10.0.100.255).
    std::optional<Obis> tariffScriptTable;
};

class CalendarValidator
{
    Q_DECLARE_TR_FUNCTIONS(CalendarValidator)

public:
    // Every problem found, in plan order; empty when the plan is acceptable.
    static QList<CalendarIssue> validate(const CalendarPlan &plan, const CalendarRules &rules = {});
    // The first problem as an InvalidArgument error, its message the issue's.
    static Status check(const CalendarPlan &plan, const CalendarRules &rules = {});

    // A profile name as people read it: text when printable, else hex.
    static QString displayName(const QByteArray &name);
};

} // namespace ims::cosem
