#pragma once
// Activity calendar (class 20, version 0): the tariff schedule.
//   season_profile ::= array of structure { season_profile_name octet-string,
//       season_start octet-string(12) date-time, week_name octet-string }
//   week_profile_table ::= array of structure { week_profile_name octet-string,
//       monday .. sunday day_id unsigned }
//   day_profile_table ::= array of structure { day_id unsigned,
//       day_schedule array of structure { start_time octet-string(4) time,
//           script_logical_name octet-string(6), script_selector long-unsigned } }
//   calendar_name octet-string; activate_passive_calendar_time octet-string(12)
// Attributes 2..5 are the active calendar, 6..9 the passive one that the
// meter switches to at activate_passive_calendar_time (10) or on method 1.
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"
#include "protocol/cosem/obis.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <array>

namespace ims::cosem {

class FieldReader;

struct SeasonProfile
{
    QByteArray name;
    axdr::CosemDateTime start;
    QByteArray weekName;

    static SeasonProfile read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue() const;
    bool operator==(const SeasonProfile &) const = default;
};

struct WeekProfile
{
    QByteArray name;
    std::array<quint8, 7> dayIds{}; // Monday first, as the Blue Book orders them

    static WeekProfile read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue() const;
    bool operator==(const WeekProfile &) const = default;
};

struct DayAction
{
    axdr::CosemTime startTime;
    Obis scriptLogicalName;
    quint16 scriptSelector = 0; // the tariff, in SPODES practice

    static DayAction read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue() const;
    bool operator==(const DayAction &) const = default;
};

struct DayProfile
{
    quint8 dayId = 0;
    QList<DayAction> schedule;

    static DayProfile read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue() const;
    bool operator==(const DayProfile &) const = default;
};

// One complete calendar: the active or the passive set of attributes.
struct CalendarPlan
{
    QByteArray name;
    QList<SeasonProfile> seasons;
    QList<WeekProfile> weeks;
    QList<DayProfile> days;
    bool operator==(const CalendarPlan &) const = default;
};

struct ActivityCalendar
{
    Q_DECLARE_TR_FUNCTIONS(ActivityCalendar)

public:
    CalendarPlan active;
    CalendarPlan passive;
    axdr::CosemDateTime activatePassiveCalendarTime;

    // Attributes 2..10, as for ClockAttributes.
    Status setAttribute(qint8 index, const axdr::Value &value);
    Result<axdr::Value> attribute(qint8 index) const;

    // Method 1, activate_passive_calendar: data ::= integer (0).
    static axdr::Value activatePassiveCalendarParameter() { return axdr::Value::integer(0); }

    static Result<QList<SeasonProfile>> seasonsFromValue(const axdr::Value &v,
                                                         const QString &field);
    static Result<QList<WeekProfile>> weeksFromValue(const axdr::Value &v, const QString &field);
    static Result<QList<DayProfile>> daysFromValue(const axdr::Value &v, const QString &field);

    bool operator==(const ActivityCalendar &) const = default;
};

} // namespace ims::cosem
