#include "protocol/control/tariff_plan_json.h"

#include "protocol/cosem/spodes_objects.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace ims::control {

namespace {

// Generous bounds: far beyond any meter, small enough for hostile files.
constexpr qsizetype kMaxTariffs = 64;
constexpr qsizetype kMaxDays = 64;
constexpr qsizetype kMaxSwitches = 96;
constexpr qsizetype kMaxWeeks = 32;
constexpr qsizetype kMaxSeasons = 32;
constexpr qsizetype kMaxSpecialDays = 512;
constexpr qsizetype kMaxZones = 64;

Error bad(const QString &text)
{
    return Error(ErrorKind::InvalidArgument, text);
}

// Reading with the JSON path in every message.
class Reader
{
public:
    std::optional<Error> error;

    void fail(const QString &text)
    {
        if (!error)
            error = bad(text);
    }

    void onlyKeys(const QJsonObject &o, const QString &path, const QStringList &keys)
    {
        for (const QString &k : o.keys()) {
            if (!keys.contains(k))
                fail(TariffPlanJson::tr("%1: unknown key \"%2\" (expected one of: %3)")
                         .arg(path.isEmpty() ? QStringLiteral("plan") : path, k,
                              keys.join(QStringLiteral(", "))));
        }
    }

    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path, qsizetype max,
                     bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(TariffPlanJson::tr("%1: \"%2\" is missing").arg(path, key));
            return {};
        }
        if (!v.isArray()) {
            fail(TariffPlanJson::tr("%1.%2 must be an array").arg(path, key));
            return {};
        }
        const QJsonArray a = v.toArray();
        if (a.size() > max) {
            fail(TariffPlanJson::tr("%1.%2 has %3 entries; at most %4 are accepted")
                     .arg(path, key)
                     .arg(a.size())
                     .arg(max));
            return {};
        }
        return a;
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            fail(TariffPlanJson::tr("%1 must be an object").arg(path));
            return {};
        }
        return v.toObject();
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(TariffPlanJson::tr("%1: \"%2\" is missing").arg(path, key));
            return {};
        }
        if (!v.isString()) {
            fail(TariffPlanJson::tr("%1.%2 must be a string").arg(path, key));
            return {};
        }
        return v.toString();
    }

    qint64 wholeNumber(const QJsonValue &v, const QString &path, qint64 min, qint64 max)
    {
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max)) {
            fail(TariffPlanJson::tr("%1 must be a whole number from %2 to %3")
                     .arg(path)
                     .arg(min)
                     .arg(max));
            return min;
        }
        return qint64(d);
    }

    int integer(const QJsonValue &v, const QString &path, int min, int max)
    {
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            fail(TariffPlanJson::tr("%1 must be a whole number from %2 to %3")
                     .arg(path)
                     .arg(min)
                     .arg(max));
            return min;
        }
        return int(d);
    }

    axdr::CosemTime time(const QString &text, const QString &path)
    {
        static const QRegularExpression re(
            QStringLiteral("^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$"));
        const auto m = re.match(text);
        if (m.hasMatch()) {
            const int h = m.captured(1).toInt();
            const int min = m.captured(2).toInt();
            const int s = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
            if (h < 24 && min < 60 && s < 60)
                return axdr::CosemTime{quint8(h), quint8(min), quint8(s), 0};
        }
        fail(TariffPlanJson::tr("%1: \"%2\" is not a time of day HH:MM").arg(path, text));
        return {};
    }

    // "MM-DD" (every year) or "YYYY-MM-DD".
    axdr::CosemDate date(const QString &text, const QString &path)
    {
        static const QRegularExpression re(
            QStringLiteral("^(?:([0-9]{4})-)?([0-9]{2})-([0-9]{2})$"));
        const auto m = re.match(text);
        if (m.hasMatch()) {
            const int y = m.captured(1).isEmpty() ? 2000 : m.captured(1).toInt(); // 2000: leap
            const int mo = m.captured(2).toInt();
            const int d = m.captured(3).toInt();
            if (QDate(y, mo, d).isValid())
                return axdr::CosemDate{m.captured(1).isEmpty() ? quint16(0xFFFF) : quint16(y),
                                       quint8(mo), quint8(d), 0xFF};
        }
        fail(TariffPlanJson::tr("%1: \"%2\" is not a date MM-DD or YYYY-MM-DD").arg(path, text));
        return {};
    }
};

QString timeText(const axdr::CosemTime &t)
{
    QString s = QStringLiteral("%1:%2")
                    .arg(t.hour, 2, 10, QLatin1Char('0'))
                    .arg(t.minute, 2, 10, QLatin1Char('0'));
    if (t.second != 0 && t.second != 0xFF)
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

QString nameText(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

Result<TariffPlan> TariffPlanJson::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, tr("cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxFileBytes)
        return bad(
            tr("%1 is larger than %2 bytes; not a tariff plan").arg(path).arg(kMaxFileBytes));
    return parse(f.read(kMaxFileBytes + 1));
}

Result<TariffPlan> TariffPlanJson::parse(const QByteArray &json)
{
    if (json.size() > kMaxFileBytes)
        return bad(tr("the plan is larger than %1 bytes").arg(kMaxFileBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return bad(tr("the plan is not valid JSON: %1 at offset %2")
                       .arg(parseError.errorString())
                       .arg(parseError.offset));
    if (!doc.isObject())
        return bad(tr("the plan must be a JSON object"));
    const QJsonObject root = doc.object();
    Reader r;
    const QString top = QStringLiteral("plan");
    r.onlyKeys(root, QString(),
               {QStringLiteral("format"), QStringLiteral("name"), QStringLiteral("tariffs"),
                QStringLiteral("day_profiles"), QStringLiteral("week_profiles"),
                QStringLiteral("seasons"), QStringLiteral("special_days"),
                QStringLiteral("energy_zones"), QStringLiteral("penalty_tariff"),
                QStringLiteral("comment")});
    const QString format = r.string(root, QStringLiteral("format"), top, false);
    if (!format.isEmpty() && format != formatName())
        r.fail(tr("plan.format is \"%1\"; this program reads \"%2\"").arg(format, formatName()));

    TariffPlan plan;
    plan.name = r.string(root, QStringLiteral("name"), top, true);
    plan.calendar.name = plan.name.toUtf8();

    const QJsonArray tariffs = r.array(root, QStringLiteral("tariffs"), top, kMaxTariffs, true);
    for (qsizetype i = 0; i < tariffs.size(); ++i) {
        const QString path = QStringLiteral("tariffs[%1]").arg(i);
        const QJsonObject t = r.object(tariffs[i], path);
        r.onlyKeys(t, path, {QStringLiteral("id"), QStringLiteral("name")});
        TariffInfo info;
        info.id = quint16(
            r.integer(t.value(QStringLiteral("id")), path + QStringLiteral(".id"), 1, 65535));
        info.name = r.string(t, QStringLiteral("name"), path, false);
        plan.tariffs.append(info);
    }

    const QJsonArray days = r.array(root, QStringLiteral("day_profiles"), top, kMaxDays, true);
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QString path = QStringLiteral("day_profiles[%1]").arg(i);
        const QJsonObject d = r.object(days[i], path);
        r.onlyKeys(d, path,
                   {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("switches")});
        cosem::DayProfile day;
        day.dayId = quint8(
            r.integer(d.value(QStringLiteral("id")), path + QStringLiteral(".id"), 0, 255));
        const QJsonArray switches
            = r.array(d, QStringLiteral("switches"), path, kMaxSwitches, true);
        for (qsizetype k = 0; k < switches.size(); ++k) {
            const QString sp = QStringLiteral("%1.switches[%2]").arg(path).arg(k);
            const QJsonObject s = r.object(switches[k], sp);
            r.onlyKeys(s, sp, {QStringLiteral("at"), QStringLiteral("tariff")});
            cosem::DayAction a;
            a.startTime
                = r.time(r.string(s, QStringLiteral("at"), sp, true), sp + QStringLiteral(".at"));
            a.scriptLogicalName = cosem::spodes::TariffScriptTable;
            a.scriptSelector = quint16(r.integer(s.value(QStringLiteral("tariff")),
                                                 sp + QStringLiteral(".tariff"), 1, 65535));
            day.schedule.append(a);
        }
        // Switches may be listed in any order; the meter wants them by time.
        // Equal times stay (stable sort) for the validator to report.
        std::stable_sort(
            day.schedule.begin(), day.schedule.end(),
            [](const cosem::DayAction &a, const cosem::DayAction &b) {
                return std::make_tuple(a.startTime.hour, a.startTime.minute, a.startTime.second)
                       < std::make_tuple(b.startTime.hour, b.startTime.minute, b.startTime.second);
            });
        plan.calendar.days.append(day);
    }

    const QJsonArray weeks = r.array(root, QStringLiteral("week_profiles"), top, kMaxWeeks, true);
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        const QString path = QStringLiteral("week_profiles[%1]").arg(i);
        const QJsonObject w = r.object(weeks[i], path);
        r.onlyKeys(w, path, {QStringLiteral("name"), QStringLiteral("days")});
        cosem::WeekProfile week;
        week.name = r.string(w, QStringLiteral("name"), path, true).toUtf8();
        const QJsonArray ids = r.array(w, QStringLiteral("days"), path, 7, true);
        if (ids.size() != 7 && !r.error)
            r.fail(tr("%1.days must list 7 day profile ids, Monday first").arg(path));
        for (qsizetype k = 0; k < ids.size() && k < 7; ++k)
            week.dayIds[size_t(k)]
                = quint8(r.integer(ids[k], QStringLiteral("%1.days[%2]").arg(path).arg(k), 0, 255));
        plan.calendar.weeks.append(week);
    }

    const QJsonArray seasons = r.array(root, QStringLiteral("seasons"), top, kMaxSeasons, true);
    for (qsizetype i = 0; i < seasons.size(); ++i) {
        const QString path = QStringLiteral("seasons[%1]").arg(i);
        const QJsonObject s = r.object(seasons[i], path);
        r.onlyKeys(s, path,
                   {QStringLiteral("name"), QStringLiteral("start"), QStringLiteral("week")});
        cosem::SeasonProfile season;
        season.name = r.string(s, QStringLiteral("name"), path, true).toUtf8();
        season.start.date = r.date(r.string(s, QStringLiteral("start"), path, true),
                                   path + QStringLiteral(".start"));
        season.start.time = axdr::CosemTime{0, 0, 0, 0};
        season.start.deviation = axdr::CosemDateTime::DeviationNotSpecified;
        season.start.clockStatus = 0xFF;
        season.weekName = r.string(s, QStringLiteral("week"), path, true).toUtf8();
        plan.calendar.seasons.append(season);
    }
    std::stable_sort(plan.calendar.seasons.begin(), plan.calendar.seasons.end(),
                     [](const cosem::SeasonProfile &a, const cosem::SeasonProfile &b) {
                         return std::make_tuple(a.start.date.month, a.start.date.day)
                                < std::make_tuple(b.start.date.month, b.start.date.day);
                     });

    const QJsonArray special
        = r.array(root, QStringLiteral("special_days"), top, kMaxSpecialDays, false);
    for (qsizetype i = 0; i < special.size(); ++i) {
        const QString path = QStringLiteral("special_days[%1]").arg(i);
        const QJsonObject s = r.object(special[i], path);
        r.onlyKeys(s, path,
                   {QStringLiteral("date"), QStringLiteral("day"), QStringLiteral("name")});
        cosem::SpecialDay day;
        day.date = r.date(r.string(s, QStringLiteral("date"), path, true),
                          path + QStringLiteral(".date"));
        day.dayId = quint8(
            r.integer(s.value(QStringLiteral("day")), path + QStringLiteral(".day"), 0, 255));
        plan.specialDays.append(day);
    }
    for (qsizetype i = 0; i < plan.specialDays.size(); ++i)
        plan.specialDays[i].index = quint16(i + 1);

    // Zones stay in file order: the validator names thresholds that do not ascend.
    const QJsonArray zones = r.array(root, QStringLiteral("energy_zones"), top, kMaxZones, false);
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QString path = QStringLiteral("energy_zones[%1]").arg(i);
        const QJsonObject z = r.object(zones[i], path);
        r.onlyKeys(z, path, {QStringLiteral("from_wh"), QStringLiteral("tariff")});
        EnergyZone zone;
        zone.fromWh = quint32(r.wholeNumber(z.value(QStringLiteral("from_wh")),
                                            path + QStringLiteral(".from_wh"), 0, 0xFFFFFFFFll));
        zone.tariff = quint16(
            r.integer(z.value(QStringLiteral("tariff")), path + QStringLiteral(".tariff"), 1, 255));
        plan.zones.zones.append(zone);
    }
    if (root.contains(QStringLiteral("penalty_tariff")))
        plan.zones.penaltyTariff
            = quint16(r.integer(root.value(QStringLiteral("penalty_tariff")),
                                QStringLiteral("plan.penalty_tariff"), 1, 255));

    if (r.error)
        return *r.error;
    return plan;
}

QJsonObject TariffPlanJson::toJson(const TariffPlan &plan)
{
    QJsonArray tariffs;
    for (const TariffInfo &t : plan.tariffs) {
        QJsonObject o{{QStringLiteral("id"), t.id}};
        if (!t.name.isEmpty())
            o.insert(QStringLiteral("name"), t.name);
        tariffs.append(o);
    }
    QJsonArray days;
    for (const cosem::DayProfile &d : plan.calendar.days) {
        QJsonArray switches;
        for (const cosem::DayAction &a : d.schedule)
            switches.append(QJsonObject{{QStringLiteral("at"), timeText(a.startTime)},
                                        {QStringLiteral("tariff"), a.scriptSelector}});
        days.append(
            QJsonObject{{QStringLiteral("id"), d.dayId}, {QStringLiteral("switches"), switches}});
    }
    QJsonArray weeks;
    for (const cosem::WeekProfile &w : plan.calendar.weeks) {
        QJsonArray ids;
        for (quint8 id : w.dayIds)
            ids.append(id);
        weeks.append(
            QJsonObject{{QStringLiteral("name"), nameText(w.name)}, {QStringLiteral("days"), ids}});
    }
    QJsonArray seasons;
    for (const cosem::SeasonProfile &s : plan.calendar.seasons)
        seasons.append(QJsonObject{{QStringLiteral("name"), nameText(s.name)},
                                   {QStringLiteral("start"), dateText(s.start.date)},
                                   {QStringLiteral("week"), nameText(s.weekName)}});
    QJsonArray special;
    for (const cosem::SpecialDay &s : plan.specialDays)
        special.append(QJsonObject{{QStringLiteral("date"), dateText(s.date)},
                                   {QStringLiteral("day"), s.dayId}});
    QJsonObject o{{QStringLiteral("format"), formatName()}, {QStringLiteral("name"), plan.name},
                  {QStringLiteral("tariffs"), tariffs},     {QStringLiteral("day_profiles"), days},
                  {QStringLiteral("week_profiles"), weeks}, {QStringLiteral("seasons"), seasons}};
    if (!special.isEmpty())
        o.insert(QStringLiteral("special_days"), special);
    QJsonArray zones;
    for (const EnergyZone &z : plan.zones.zones)
        zones.append(QJsonObject{{QStringLiteral("from_wh"), qint64(z.fromWh)},
                                 {QStringLiteral("tariff"), z.tariff}});
    if (!zones.isEmpty())
        o.insert(QStringLiteral("energy_zones"), zones);
    if (plan.zones.penaltyTariff != 0)
        o.insert(QStringLiteral("penalty_tariff"), plan.zones.penaltyTariff);
    return o;
}

} // namespace ims::control
