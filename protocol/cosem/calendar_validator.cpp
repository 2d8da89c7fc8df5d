#include "protocol/cosem/calendar_validator.h"

#include "protocol/axdr/datetime_text.h"

#include <QSet>

#include <tuple>

namespace ims::cosem {

namespace {

constexpr quint8 NotSpecified = 0xFF;

bool isSpecifiedMonth(quint8 m)
{
    return m >= 1 && m <= 12;
}
bool isSpecifiedDay(quint8 d)
{
    return d >= 1 && d <= 31;
}

quint8 orZero(quint8 v)
{
    return v == NotSpecified ? 0 : v;
}

// Order of season starts. The year takes part only when both starts give
// one: seasons normally repeat every year (year 0xFFFF).
bool startsBefore(const axdr::CosemDateTime &a, const axdr::CosemDateTime &b)
{
    const bool years = a.date.year != 0xFFFF && b.date.year != 0xFFFF;
    const auto key = [years](const axdr::CosemDateTime &t) {
        return std::make_tuple(years ? t.date.year : 0, t.date.month, t.date.day,
                               orZero(t.time.hour), orZero(t.time.minute), orZero(t.time.second));
    };
    return key(a) < key(b);
}

auto switchKey(const axdr::CosemTime &t)
{
    return std::make_tuple(t.hour, t.minute, orZero(t.second), orZero(t.hundredths));
}

} // namespace

QString CalendarValidator::displayName(const QByteArray &name)
{
    bool printable = !name.isEmpty();
    for (char c : name) {
        if (uchar(c) < 0x20 || uchar(c) > 0x7E)
            printable = false;
    }
    if (printable)
        return QLatin1Char('"') + QString::fromLatin1(name) + QLatin1Char('"');
    return QStringLiteral("0x") + QString::fromLatin1(name.toHex().toUpper());
}

QList<CalendarIssue> CalendarValidator::validate(const CalendarPlan &plan,
                                                 const CalendarRules &rules)
{
    QList<CalendarIssue> issues;
    const auto add = [&issues](CalendarProblem p, const QString &message) {
        issues.append(CalendarIssue{p, message});
    };

    if (plan.seasons.isEmpty())
        add(CalendarProblem::NoSeasons, tr("the calendar has no seasons"));
    if (plan.weeks.isEmpty())
        add(CalendarProblem::NoWeeks, tr("the calendar has no week profiles"));
    if (plan.days.isEmpty())
        add(CalendarProblem::NoDays, tr("the calendar has no day profiles"));

    QSet<quint8> dayIds;
    for (const DayProfile &day : plan.days) {
        if (dayIds.contains(day.dayId))
            add(CalendarProblem::DuplicateDayId,
                tr("day profile %1 is defined twice").arg(day.dayId));
        dayIds.insert(day.dayId);
    }
    QSet<QByteArray> weekNames;
    for (const WeekProfile &week : plan.weeks) {
        if (weekNames.contains(week.name))
            add(CalendarProblem::DuplicateWeekName,
                tr("week profile %1 is defined twice").arg(displayName(week.name)));
        weekNames.insert(week.name);
    }

    // Seasons: unique, fully dated, in order, each naming an existing week.
    QSet<QByteArray> seasonNames;
    for (qsizetype i = 0; i < plan.seasons.size(); ++i) {
        const SeasonProfile &season = plan.seasons[i];
        const QString name = displayName(season.name);
        if (seasonNames.contains(season.name))
            add(CalendarProblem::DuplicateSeasonName, tr("season %1 is defined twice").arg(name));
        seasonNames.insert(season.name);
        const bool dated
            = isSpecifiedMonth(season.start.date.month) && isSpecifiedDay(season.start.date.day);
        if (!dated)
            add(CalendarProblem::SeasonStartUnspecified,
                tr("season %1 starts on %2: the month and day must be given")
                    .arg(name, axdr::cosemDateText(season.start.date)));
        if (dated && i > 0) {
            const SeasonProfile &before = plan.seasons[i - 1];
            const bool beforeDated = isSpecifiedMonth(before.start.date.month)
                                     && isSpecifiedDay(before.start.date.day);
            if (beforeDated && !startsBefore(before.start, season.start))
                add(CalendarProblem::SeasonsOutOfOrder,
                    tr("season %1 (%2) does not start after season %3 (%4)")
                        .arg(name, axdr::cosemDateText(season.start.date), displayName(before.name),
                             axdr::cosemDateText(before.start.date)));
        }
        if (!weekNames.contains(season.weekName))
            add(CalendarProblem::UnknownWeek,
                tr("season %1 uses week profile %2, which is not defined")
                    .arg(name, displayName(season.weekName)));
    }

    // Weeks: every weekday names an existing day profile.
    static const char *const weekdays[7]
        = {QT_TR_NOOP("Monday"),   QT_TR_NOOP("Tuesday"), QT_TR_NOOP("Wednesday"),
           QT_TR_NOOP("Thursday"), QT_TR_NOOP("Friday"),  QT_TR_NOOP("Saturday"),
           QT_TR_NOOP("Sunday")};
    for (const WeekProfile &week : plan.weeks) {
        for (int d = 0; d < 7; ++d) {
            if (!dayIds.contains(week.dayIds[d]))
                add(CalendarProblem::UnknownDay,
                    tr("week profile %1 uses day profile %2 on %3, which is not defined")
                        .arg(displayName(week.name))
                        .arg(week.dayIds[d])
                        .arg(tr(weekdays[d])));
        }
    }

    // Days: switch times given and strictly increasing, tariffs in range.
    for (const DayProfile &day : plan.days) {
        if (day.schedule.isEmpty())
            add(CalendarProblem::EmptyDaySchedule,
                tr("day profile %1 has no tariff switches").arg(day.dayId));
        for (qsizetype i = 0; i < day.schedule.size(); ++i) {
            const DayAction &action = day.schedule[i];
            const QString at = axdr::cosemTimeText(action.startTime);
            const bool timed = action.startTime.hour <= 23 && action.startTime.minute <= 59;
            if (!timed)
                add(CalendarProblem::SwitchTimeUnspecified,
                    tr("day profile %1, switch %2: the start time %3 must give hour and minute")
                        .arg(day.dayId)
                        .arg(i + 1)
                        .arg(at));
            if (timed && i > 0) {
                const axdr::CosemTime &prev = day.schedule[i - 1].startTime;
                if (prev.hour <= 23 && prev.minute <= 59
                    && !(switchKey(prev) < switchKey(action.startTime)))
                    add(CalendarProblem::SwitchTimesNotIncreasing,
                        tr("day profile %1, switch %2 at %3 is not later than the switch before it "
                           "at %4")
                            .arg(day.dayId)
                            .arg(i + 1)
                            .arg(at, axdr::cosemTimeText(prev)));
            }
            if (action.scriptSelector < 1 || action.scriptSelector > rules.maxTariffs)
                add(CalendarProblem::TariffOutOfRange,
                    tr("day profile %1, switch %2 at %3 selects tariff %4; allowed are 1 to %5")
                        .arg(day.dayId)
                        .arg(i + 1)
                        .arg(at)
                        .arg(action.scriptSelector)
                        .arg(rules.maxTariffs));
            if (rules.tariffScriptTable && action.scriptLogicalName != *rules.tariffScriptTable)
                add(CalendarProblem::WrongScriptTable,
                    tr("day profile %1, switch %2 at %3 runs script table %4 instead of %5")
                        .arg(day.dayId)
                        .arg(i + 1)
                        .arg(at, action.scriptLogicalName.toString(),
                             rules.tariffScriptTable->toString()));
        }
    }
    return issues;
}

Status CalendarValidator::check(const CalendarPlan &plan, const CalendarRules &rules)
{
    const QList<CalendarIssue> issues = validate(plan, rules);
    if (issues.isEmpty())
        return {};
    return Error(ErrorKind::InvalidArgument, issues.first().message);
}

} // namespace ims::cosem
