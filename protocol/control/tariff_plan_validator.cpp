#include "protocol/control/tariff_plan_validator.h"

#include "protocol/cosem/calendar_validator.h"
#include "protocol/cosem/spodes_objects.h"

#include <QHash>
#include <QSet>

namespace ims::control {

namespace {

QString hhmm(const axdr::CosemTime &t)
{
    return QStringLiteral("%1:%2")
        .arg(t.hour, 2, 10, QLatin1Char('0'))
        .arg(t.minute, 2, 10, QLatin1Char('0'));
}

QString dateText(const axdr::CosemDate &d)
{
    const QString md = QStringLiteral("%1-%2")
                           .arg(d.month, 2, 10, QLatin1Char('0'))
                           .arg(d.day, 2, 10, QLatin1Char('0'));
    return d.year == 0xFFFF ? md : QStringLiteral("%1-%2").arg(d.year).arg(md);
}

} // namespace

QList<PlanProblem> TariffPlanValidator::validate(const TariffPlan &plan, const TariffRules &rules)
{
    QList<PlanProblem> problems;
    const auto problem = [&problems](const QString &text) {
        problems.append({false, text});
    };
    const auto lacking = [&problems](const QString &text) {
        problems.append({true, text});
    };
    const auto name = [](const QByteArray &n) {
        return cosem::CalendarValidator::displayName(n);
    };

    if (plan.name.trimmed().isEmpty())
        problem(tr("the plan has no name"));
    if (plan.calendar.name.size() > rules.maxNameBytes)
        problem(tr("the plan name is %1 bytes long; at most %2 fit in the meter")
                    .arg(plan.calendar.name.size())
                    .arg(rules.maxNameBytes));

    // Tariffs.
    if (plan.tariffs.isEmpty())
        problem(tr("the plan declares no tariffs"));
    if (plan.tariffs.size() > rules.maxTariffs)
        problem(tr("the plan has %1 tariffs; a meter switches at most %2")
                    .arg(plan.tariffs.size())
                    .arg(rules.maxTariffs));
    QSet<quint16> tariffIds;
    for (const TariffInfo &t : plan.tariffs) {
        if (tariffIds.contains(t.id))
            problem(tr("tariff %1 is declared twice").arg(t.id));
        tariffIds.insert(t.id);
        if (t.id < 1 || t.id > rules.maxTariffs)
            problem(tr("tariff number %1 is outside 1..%2").arg(t.id).arg(rules.maxTariffs));
    }

    // Day profiles and their switches.
    if (plan.calendar.days.isEmpty())
        problem(tr("the plan has no day profiles"));
    QSet<quint8> dayIds;
    for (const cosem::DayProfile &d : plan.calendar.days) {
        if (dayIds.contains(d.dayId))
            problem(tr("day profile %1 is defined twice").arg(d.dayId));
        dayIds.insert(d.dayId);
        if (d.schedule.isEmpty())
            problem(tr("day profile %1 has no switch times").arg(d.dayId));
        for (qsizetype i = 0; i < d.schedule.size(); ++i) {
            const cosem::DayAction &a = d.schedule[i];
            if (i > 0 && d.schedule[i - 1].startTime == a.startTime)
                problem(tr("day profile %1 switches twice at %2 (tariffs %3 and %4): the"
                           " periods overlap")
                            .arg(d.dayId)
                            .arg(hhmm(a.startTime))
                            .arg(d.schedule[i - 1].scriptSelector)
                            .arg(a.scriptSelector));
            if (!tariffIds.contains(a.scriptSelector))
                problem(tr("day profile %1 switches to tariff %2 at %3, which the plan does not"
                           " declare")
                            .arg(d.dayId)
                            .arg(a.scriptSelector)
                            .arg(hhmm(a.startTime)));
        }
    }
    if (rules.meterTariffs > 0) {
        for (quint16 t : plan.usedTariffs()) {
            if (t > rules.meterTariffs)
                lacking(tr("the meter has %1 tariff registers; the plan switches to tariff %2")
                            .arg(rules.meterTariffs)
                            .arg(t));
        }
    }

    // Week profiles.
    if (plan.calendar.weeks.isEmpty())
        problem(tr("the plan has no week profiles"));
    QSet<QByteArray> weekNames;
    for (const cosem::WeekProfile &w : plan.calendar.weeks) {
        if (weekNames.contains(w.name))
            problem(tr("week profile %1 is defined twice").arg(name(w.name)));
        weekNames.insert(w.name);
        if (w.name.isEmpty())
            problem(tr("a week profile has no name"));
        for (quint8 id : w.dayIds) {
            if (!dayIds.contains(id)) {
                problem(tr("week profile %1 uses day profile %2, which the plan does not define")
                            .arg(name(w.name))
                            .arg(id));
                break;
            }
        }
    }

    // Seasons.
    if (plan.calendar.seasons.isEmpty())
        problem(tr("the plan has no seasons"));
    QSet<QByteArray> seasonNames;
    QHash<QString, QByteArray> seasonStarts;
    for (const cosem::SeasonProfile &s : plan.calendar.seasons) {
        if (seasonNames.contains(s.name))
            problem(tr("season %1 is defined twice").arg(name(s.name)));
        seasonNames.insert(s.name);
        const QString start = dateText(s.start.date);
        if (seasonStarts.contains(start))
            problem(tr("seasons %1 and %2 both start on %3")
                        .arg(name(seasonStarts.value(start)), name(s.name), start));
        seasonStarts.insert(start, s.name);
        if (!weekNames.contains(s.weekName))
            problem(tr("season %1 uses week profile %2, which the plan does not define")
                        .arg(name(s.name), name(s.weekName)));
    }

    // Special days.
    if (!plan.specialDays.isEmpty() && !rules.meterHasSpecialDays)
        lacking(tr("the plan has %1 special days but the meter has no special days table")
                    .arg(plan.specialDays.size()));
    QSet<QString> dates;
    for (const cosem::SpecialDay &s : plan.specialDays) {
        const QString date = dateText(s.date);
        if (dates.contains(date))
            problem(tr("special day %1 is listed twice").arg(date));
        dates.insert(date);
        if (!dayIds.contains(s.dayId))
            problem(tr("special day %1 uses day profile %2, which the plan does not define")
                        .arg(date)
                        .arg(s.dayId));
    }

    // Energy-threshold zones and the penalty tariff.
    const QList<EnergyZone> &zones = plan.zones.zones;
    if (zones.size() > TariffZones::kMaxZones)
        problem(tr("the plan has %1 energy zones; at most %2 are possible")
                    .arg(zones.size())
                    .arg(TariffZones::kMaxZones));
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const EnergyZone &z = zones[i];
        if (i > 0 && z.fromWh <= zones[i - 1].fromWh)
            problem(tr("energy zone %1 starts at %2 Wh, not above zone %3 (%4 Wh): thresholds"
                       " must ascend")
                        .arg(i + 1)
                        .arg(z.fromWh)
                        .arg(i)
                        .arg(zones[i - 1].fromWh));
        if (z.tariff < 1 || z.tariff > rules.maxTariffs)
            problem(tr("energy zone %1 uses tariff %2, outside 1..%3")
                        .arg(i + 1)
                        .arg(z.tariff)
                        .arg(rules.maxTariffs));
        else if (!tariffIds.contains(z.tariff))
            problem(tr("energy zone %1 uses tariff %2, which the plan does not declare")
                        .arg(i + 1)
                        .arg(z.tariff));
    }
    const quint16 penalty = plan.zones.penaltyTariff;
    if (penalty != 0) {
        if (penalty > rules.maxTariffs)
            problem(
                tr("the penalty tariff %1 is outside 1..%2").arg(penalty).arg(rules.maxTariffs));
        else if (!tariffIds.contains(penalty))
            problem(tr("the penalty tariff %1 is not declared in the plan").arg(penalty));
    }
    if (!zones.isEmpty() && !rules.meterHasZones)
        lacking(tr("the plan has %1 energy zones but the meter does not support energy-threshold"
                   " zones")
                    .arg(zones.size()));
    if (penalty != 0 && !rules.meterHasPenaltyTariff)
        lacking(tr("the plan has a penalty tariff but the meter does not support one"));

    // Whatever the structural checks above do not cover, in the words of
    // the calendar validator.
    if (problems.isEmpty()) {
        cosem::CalendarRules calendarRules;
        calendarRules.maxTariffs = quint16(rules.maxTariffs);
        calendarRules.tariffScriptTable = cosem::spodes::TariffScriptTable;
        for (const cosem::CalendarIssue &issue :
             cosem::CalendarValidator::validate(plan.calendar, calendarRules))
            problem(issue.message);
    }
    return problems;
}

Status TariffPlanValidator::check(const TariffPlan &plan, const TariffRules &rules)
{
    const QList<PlanProblem> problems = validate(plan, rules);
    if (problems.isEmpty())
        return {};
    QStringList lines;
    bool lacks = false;
    for (const PlanProblem &p : problems) {
        lines.append(p.message);
        lacks = lacks || p.meterLacksFeature;
    }
    return Error(lacks ? ErrorKind::Unsupported : ErrorKind::InvalidArgument,
                 tr("the tariff plan cannot be written: %1").arg(lines.join(QStringLiteral("; "))));
}

} // namespace ims::control
