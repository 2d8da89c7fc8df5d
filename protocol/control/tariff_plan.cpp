#include "protocol/control/tariff_plan.h"

#include "protocol/axdr/axdr_codec.h"
#include "protocol/cosem/calendar_validator.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace ims::control {

namespace {

quint8 orZero(quint8 v)
{
    return v == 0xFF ? 0 : v;
}

axdr::CosemTime normalTime(const axdr::CosemTime &t)
{
    return {t.hour, t.minute, orZero(t.second), 0};
}

QString timeText(const axdr::CosemTime &t)
{
    QString s = QStringLiteral("%1:%2")
                    .arg(t.hour, 2, 10, QLatin1Char('0'))
                    .arg(t.minute, 2, 10, QLatin1Char('0'));
    if (orZero(t.second) != 0)
        s += QStringLiteral(":%1").arg(t.second, 2, 10, QLatin1Char('0'));
    return s;
}

QString dateText(const axdr::CosemDate &d)
{
    const QString md = QStringLiteral("%1-%2")
                           .arg(d.month, 2, 10, QLatin1Char('0'))
                           .arg(d.day, 2, 10, QLatin1Char('0'));
    return d.year == 0xFFFF ? md : QStringLiteral("%1-%2").arg(d.year).arg(md);
}

QString seasonsText(const QList<cosem::SeasonProfile> &seasons)
{
    QStringList parts;
    for (const auto &s : seasons)
        parts.append(QStringLiteral("%1 from %2 week %3")
                         .arg(cosem::CalendarValidator::displayName(s.name), dateText(s.start.date),
                              cosem::CalendarValidator::displayName(s.weekName)));
    return parts.join(QStringLiteral("; "));
}

QString weekText(const cosem::WeekProfile &w)
{
    QStringList ids;
    for (quint8 id : w.dayIds)
        ids.append(QString::number(id));
    return QStringLiteral("%1 [%2]").arg(cosem::CalendarValidator::displayName(w.name),
                                         ids.join(QLatin1Char(' ')));
}

QString specialText(const QList<cosem::SpecialDay> &days)
{
    QStringList parts;
    for (const auto &d : days)
        parts.append(QStringLiteral("%1=%2").arg(dateText(d.date)).arg(d.dayId));
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

} // namespace

QList<quint16> TariffPlan::usedTariffs() const
{
    QSet<quint16> used;
    for (const auto &d : calendar.days) {
        for (const auto &a : d.schedule)
            used.insert(a.scriptSelector);
    }
    for (const EnergyZone &z : zones.zones)
        used.insert(z.tariff);
    if (zones.penaltyTariff != 0)
        used.insert(zones.penaltyTariff);
    QList<quint16> list(used.begin(), used.end());
    std::sort(list.begin(), list.end());
    return list;
}

QString TariffPlan::digest() const
{
    return TariffPlanCompare::digest(calendar, specialDays, zones);
}

cosem::CalendarPlan TariffPlanCompare::normalized(const cosem::CalendarPlan &plan)
{
    cosem::CalendarPlan n = plan;
    for (auto &s : n.seasons) {
        s.start.date.dayOfWeek = 0xFF;
        s.start.time = normalTime(s.start.time);
        s.start.deviation = axdr::CosemDateTime::DeviationNotSpecified;
        s.start.clockStatus = 0xFF;
    }
    std::stable_sort(n.seasons.begin(), n.seasons.end(), [](const auto &a, const auto &b) {
        return std::make_tuple(a.start.date.month, a.start.date.day, a.start.time.hour)
               < std::make_tuple(b.start.date.month, b.start.date.day, b.start.time.hour);
    });
    std::stable_sort(n.weeks.begin(), n.weeks.end(),
                     [](const auto &a, const auto &b) { return a.name < b.name; });
    for (auto &d : n.days) {
        for (auto &a : d.schedule)
            a.startTime = normalTime(a.startTime);
        std::stable_sort(d.schedule.begin(), d.schedule.end(), [](const auto &a, const auto &b) {
            return std::make_tuple(a.startTime.hour, a.startTime.minute, a.startTime.second)
                   < std::make_tuple(b.startTime.hour, b.startTime.minute, b.startTime.second);
        });
    }
    std::stable_sort(n.days.begin(), n.days.end(),
                     [](const auto &a, const auto &b) { return a.dayId < b.dayId; });
    return n;
}

QList<cosem::SpecialDay> TariffPlanCompare::normalized(const QList<cosem::SpecialDay> &days)
{
    QList<cosem::SpecialDay> n = days;
    for (auto &d : n)
        d.date.dayOfWeek = 0xFF;
    std::stable_sort(n.begin(), n.end(), [](const auto &a, const auto &b) {
        return std::make_tuple(a.date.month, a.date.day, a.date.year)
               < std::make_tuple(b.date.month, b.date.day, b.date.year);
    });
    // The index is the meter's bookkeeping, not part of the plan.
    for (qsizetype i = 0; i < n.size(); ++i)
        n[i].index = quint16(i + 1);
    return n;
}

QString TariffPlanCompare::digest(const cosem::CalendarPlan &calendar,
                                  const QList<cosem::SpecialDay> &specialDays,
                                  const TariffZones &zones)
{
    const cosem::CalendarPlan n = normalized(calendar);
    cosem::ActivityCalendar c;
    c.passive = n;
    QByteArray bytes;
    for (qint8 a = 6; a <= 9; ++a) {
        if (Result<axdr::Value> v = c.attribute(a); v)
            axdr::encode(*v, bytes);
    }
    axdr::encode(cosem::SpecialDaysTable::entriesToValue(normalized(specialDays)), bytes);
    if (!zones.isEmpty()) {
        const cosem::RegisterMonitor monitor = zones.toMonitor();
        for (qint8 a = 2; a <= 4; ++a) {
            if (Result<axdr::Value> v = monitor.attribute(a); v)
                axdr::encode(*v, bytes);
        }
        axdr::encode(TariffZones::penaltyToValue(zones.penaltyTariff), bytes);
    }
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString TariffPlanCompare::describeDay(const cosem::DayProfile &day)
{
    QStringList parts;
    for (const auto &a : day.schedule)
        parts.append(QStringLiteral("%1 T%2").arg(timeText(a.startTime)).arg(a.scriptSelector));
    return parts.join(QStringLiteral(", "));
}

QStringList TariffPlanCompare::differences(const TariffPlan &plan, const cosem::CalendarPlan &meter,
                                           const QList<cosem::SpecialDay> *specialDays)
{
    const cosem::CalendarPlan want = normalized(plan.calendar);
    const cosem::CalendarPlan have = normalized(meter);
    QStringList out;
    if (want.name != have.name)
        out.append(tr("calendar name: plan %1, meter %2")
                       .arg(cosem::CalendarValidator::displayName(want.name),
                            cosem::CalendarValidator::displayName(have.name)));
    if (want.seasons != have.seasons)
        out.append(tr("seasons: plan %1; meter %2")
                       .arg(seasonsText(want.seasons), seasonsText(have.seasons)));
    if (want.weeks != have.weeks) {
        QStringList w, h;
        for (const auto &x : want.weeks)
            w.append(weekText(x));
        for (const auto &x : have.weeks)
            h.append(weekText(x));
        out.append(tr("week profiles: plan %1; meter %2")
                       .arg(w.join(QStringLiteral(", ")), h.join(QStringLiteral(", "))));
    }
    QSet<quint8> ids;
    for (const auto &d : want.days)
        ids.insert(d.dayId);
    for (const auto &d : have.days)
        ids.insert(d.dayId);
    QList<quint8> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    for (quint8 id : sorted) {
        const auto find = [id](const QList<cosem::DayProfile> &list) -> const cosem::DayProfile * {
            for (const auto &d : list) {
                if (d.dayId == id)
                    return &d;
            }
            return nullptr;
        };
        const cosem::DayProfile *w = find(want.days);
        const cosem::DayProfile *h = find(have.days);
        if (w && h && *w == *h)
            continue;
        out.append(tr("day profile %1: plan %2; meter %3")
                       .arg(id)
                       .arg(w ? describeDay(*w) : tr("none"), h ? describeDay(*h) : tr("none")));
    }
    if (specialDays) {
        if (const QString d = specialDaysDifference(plan.specialDays, *specialDays); !d.isEmpty())
            out.append(d);
    }
    return out;
}

QString TariffPlanCompare::specialDaysDifference(const QList<cosem::SpecialDay> &plan,
                                                 const QList<cosem::SpecialDay> &meter)
{
    const auto w = normalized(plan);
    const auto h = normalized(meter);
    if (w == h)
        return {};
    return tr("special days: plan %1; meter %2").arg(specialText(w), specialText(h));
}

QString TariffPlanCompare::zonesDifference(const TariffZones &plan, const TariffZones &meter)
{
    if (plan == meter)
        return {};
    return tr("energy zones: plan %1; meter %2").arg(plan.describe(), meter.describe());
}

TariffPlan TariffPlanCompare::fromMeter(const cosem::CalendarPlan &calendar,
                                        const QList<cosem::SpecialDay> &specialDays,
                                        const TariffZones &zones)
{
    TariffPlan p;
    p.zones = zones;
    p.calendar = normalized(calendar);
    p.name = QString::fromUtf8(calendar.name);
    p.specialDays = normalized(specialDays);
    for (quint16 t : p.usedTariffs())
        p.tariffs.append({t, QStringLiteral("T%1").arg(t)});
    return p;
}

} // namespace ims::control
