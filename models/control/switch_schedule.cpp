#include "models/control/switch_schedule.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ims::control {

namespace {

constexpr int kLookDays = 8; // a week plus the day a zone's offset can move an event across

const char *const kDayTokens[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

int dayIndex(QStringView token)
{
    for (int i = 0; i < 7; ++i)
        if (token.compare(QLatin1String(kDayTokens[i]), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

} // namespace

QString SwitchScheduleText::targetKindToken(SwitchTargetKind kind)
{
    switch (kind) {
    case SwitchTargetKind::Meter:
        return QStringLiteral("meter");
    case SwitchTargetKind::BalanceGroup:
        return QStringLiteral("group");
    case SwitchTargetKind::Feeder:
        return QStringLiteral("feeder");
    case SwitchTargetKind::Router:
        return QStringLiteral("router");
    }
    return {};
}

std::optional<SwitchTargetKind> SwitchScheduleText::parseTargetKind(QStringView token)
{
    for (auto kind : {SwitchTargetKind::Meter, SwitchTargetKind::BalanceGroup,
                      SwitchTargetKind::Feeder, SwitchTargetKind::Router})
        if (token == targetKindToken(kind))
            return kind;
    return std::nullopt;
}

QString SwitchScheduleText::actionToken(SwitchAction action)
{
    return action == SwitchAction::Disconnect ? QStringLiteral("off") : QStringLiteral("on");
}

std::optional<SwitchAction> SwitchScheduleText::parseAction(QStringView token)
{
    if (token == QLatin1String("off"))
        return SwitchAction::Disconnect;
    if (token == QLatin1String("on"))
        return SwitchAction::Reconnect;
    return std::nullopt;
}

QString SwitchScheduleText::actionText(SwitchAction action)
{
    return action == SwitchAction::Disconnect ? tr("disconnect") : tr("reconnect");
}

QString SwitchScheduleText::timeText(const SwitchSchedule &s)
{
    if (s.timeKind == SwitchTimeKind::Fixed)
        return QStringLiteral("%1:%2")
            .arg(s.minuteOfDay / 60, 2, 10, QLatin1Char('0'))
            .arg(s.minuteOfDay % 60, 2, 10, QLatin1Char('0'));
    QString text = s.timeKind == SwitchTimeKind::Sunrise ? QStringLiteral("sunrise")
                                                         : QStringLiteral("sunset");
    if (s.offsetMinutes > 0)
        text += QLatin1Char('+') + QString::number(s.offsetMinutes);
    else if (s.offsetMinutes < 0)
        text += QString::number(s.offsetMinutes);
    return text;
}

Status SwitchScheduleText::parseTime(QStringView text, SwitchSchedule &schedule)
{
    static const QRegularExpression fixed(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    static const QRegularExpression sun(QStringLiteral("^(sunrise|sunset)(?:([+-])(\\d{1,3}))?$"));
    const QString t = text.trimmed().toString().toLower();
    if (const auto m = fixed.match(t); m.hasMatch()) {
        const int h = m.captured(1).toInt();
        const int min = m.captured(2).toInt();
        if (h > 23 || min > 59)
            return Error(ErrorKind::InvalidArgument, tr("no such time of day: %1").arg(t));
        schedule.timeKind = SwitchTimeKind::Fixed;
        schedule.minuteOfDay = h * 60 + min;
        schedule.offsetMinutes = 0;
        return {};
    }
    if (const auto m = sun.match(t); m.hasMatch()) {
        int offset = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
        if (m.captured(2) == QLatin1String("-"))
            offset = -offset;
        if (offset < -720 || offset > 720)
            return Error(ErrorKind::InvalidArgument,
                         tr("an offset from sunrise or sunset is at most 720 minutes"));
        schedule.timeKind = m.captured(1) == QLatin1String("sunrise") ? SwitchTimeKind::Sunrise
                                                                      : SwitchTimeKind::Sunset;
        schedule.minuteOfDay = 0;
        schedule.offsetMinutes = offset;
        return {};
    }
    return Error(ErrorKind::InvalidArgument,
                 tr("a switching time is HH:MM, sunrise or sunset, optionally with +N or -N"
                    " minutes (sunset+15): %1")
                     .arg(t));
}

QString SwitchScheduleText::daysText(quint8 days)
{
    if ((days & SwitchDays::Every) == SwitchDays::Every)
        return QStringLiteral("all");
    if (days == SwitchDays::Weekdays)
        return QStringLiteral("mon-fri");
    QStringList out;
    for (int i = 0; i < 7; ++i)
        if (days & (1u << i))
            out << QLatin1String(kDayTokens[i]);
    return out.join(QLatin1Char(','));
}

Result<quint8> SwitchScheduleText::parseDays(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1String("all") || t == QLatin1String("daily"))
        return quint8(SwitchDays::Every);
    quint8 days = 0;
    for (const QString &part : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = part.split(QLatin1Char('-'));
        const int from = dayIndex(range.first());
        const int to = range.size() == 2 ? dayIndex(range.last()) : from;
        if (range.size() > 2 || from < 0 || to < 0 || to < from)
            return Error(
                ErrorKind::InvalidArgument,
                tr("days are mon..sun, ranges and lists (mon-fri, sat,sun) or all: %1").arg(t));
        for (int i = from; i <= to; ++i)
            days |= quint8(1u << i);
    }
    if (days == 0)
        return Error(ErrorKind::InvalidArgument, tr("a schedule runs on at least one day"));
    return days;
}

Status validateSchedule(const SwitchSchedule &s)
{
    if (s.name.trimmed().isEmpty())
        return Error(ErrorKind::InvalidArgument, SwitchScheduleText::tr("a schedule needs a name"));
    if (s.target.id <= 0)
        return Error(ErrorKind::InvalidArgument,
                     SwitchScheduleText::tr("a schedule needs what it switches"));
    if (s.minuteOfDay < 0 || s.minuteOfDay > 1439 || s.offsetMinutes < -720
        || s.offsetMinutes > 720)
        return Error(ErrorKind::InvalidArgument,
                     SwitchScheduleText::tr("the switching time is out of range"));
    if ((s.days & SwitchDays::Every) == 0)
        return Error(ErrorKind::InvalidArgument,
                     SwitchScheduleText::tr("a schedule runs on at least one day"));
    return {};
}

Result<std::optional<qint64>> SwitchCalendar::dueOn(const SwitchSchedule &s,
                                                    const QDate &date) const
{
    if (!(s.days & (1u << (date.dayOfWeek() - 1))))
        return std::optional<qint64>();
    if (s.timeKind == SwitchTimeKind::Fixed) {
        // In a spring-forward gap Qt moves the time past the gap: the lights
        // still switch that night.
        const QDateTime at(date, QTime(s.minuteOfDay / 60, s.minuteOfDay % 60), m_zone);
        return std::optional<qint64>(at.toMSecsSinceEpoch());
    }
    if (!m_position || !m_position->isValid())
        return Error(ErrorKind::InvalidArgument, tr("sunrise and sunset need the site's coordinates"
                                                    " (imsdesk-cli site coordinates)"));
    const SunTimes sun = sunTimes(date, *m_position);
    const auto event
        = sun.at(s.timeKind == SwitchTimeKind::Sunrise ? SunEvent::Sunrise : SunEvent::Sunset);
    if (!event)
        return std::optional<qint64>();
    return std::optional<qint64>(*event + qint64(s.offsetMinutes) * 60'000);
}

Result<std::optional<qint64>> SwitchCalendar::previousDue(const SwitchSchedule &s,
                                                          qint64 nowMs) const
{
    // Tomorrow too: a large negative offset can bring tomorrow's event before now.
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, m_zone).date();
    std::optional<qint64> best;
    for (int back = -1; back <= kLookDays; ++back) {
        const Result<std::optional<qint64>> due = dueOn(s, today.addDays(-back));
        if (!due)
            return due.error();
        if (*due && **due <= nowMs && (!best || **due > *best))
            best = **due;
    }
    return best;
}

Result<std::optional<qint64>> SwitchCalendar::nextDue(const SwitchSchedule &s, qint64 nowMs) const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, m_zone).date();
    std::optional<qint64> best;
    for (int ahead = -1; ahead <= kLookDays; ++ahead) {
        const Result<std::optional<qint64>> due = dueOn(s, today.addDays(ahead));
        if (!due)
            return due.error();
        if (*due && **due > nowMs && (!best || **due < *best))
            best = **due;
    }
    return best;
}

} // namespace ims::control
