#pragma once
// Scheduled relay switching and street lighting: what a switch schedule is
// (table switch_schedules), its text forms for the CLI and the dialog, and
// when it is due — at a fixed local time of day or at sunrise/sunset ± an
// offset, computed for the site's coordinates, on chosen days of the week.
// Pure: no database, no clock of its own.
#include "protocol/control/sun_times.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <optional>

namespace ims::control {

enum class SwitchTargetKind : quint8 { Meter = 0, BalanceGroup = 1, Feeder = 2, Router = 3 };
enum class SwitchAction : quint8 { Disconnect = 0, Reconnect = 1 };
enum class SwitchTimeKind : quint8 { Fixed = 0, Sunrise = 1, Sunset = 2 };

struct SwitchTarget
{
    SwitchTargetKind kind = SwitchTargetKind::Meter;
    qint64 id = 0;
};

namespace SwitchDays {
enum : quint8 { Monday = 1u << 0, Sunday = 1u << 6, Weekdays = 0x1F, Every = 0x7F };
}

struct SwitchSchedule
{
    qint64 id = 0;
    QString name;
    qint64 siteId = 0; // whose time zone and coordinates
    SwitchTarget target;
    SwitchAction action = SwitchAction::Disconnect;
    SwitchTimeKind timeKind = SwitchTimeKind::Fixed;
    int minuteOfDay = 0;             // Fixed: local time, 0..1439
    int offsetMinutes = 0;           // Sunrise/Sunset: -720..720, positive = later
    quint8 days = SwitchDays::Every; // bit 0 Monday ... bit 6 Sunday
    bool enabled = true;
    qint64 createdMs = 0;
    qint64 lastRunMs = 0; // the due instant it last ran for; 0 never
    QString lastResult;   // "3 applied, 1 unknown", for people
};

class SwitchScheduleText
{
    Q_DECLARE_TR_FUNCTIONS(SwitchScheduleText)

public:
    // "meter", "group", "feeder", "router".
    static QString targetKindToken(SwitchTargetKind kind);
    static std::optional<SwitchTargetKind> parseTargetKind(QStringView token);
    // "off" (disconnect), "on" (reconnect).
    static QString actionToken(SwitchAction action);
    static std::optional<SwitchAction> parseAction(QStringView token);
    // "18:30", "sunset", "sunset+15", "sunrise-30".
    static QString timeText(const SwitchSchedule &schedule);
    // Sets timeKind, minuteOfDay and offsetMinutes from the form above.
    static Status parseTime(QStringView text, SwitchSchedule &schedule);
    // "mon-fri", "sat,sun", "all" (also "daily"); bit 0 Monday.
    static QString daysText(quint8 days);
    static Result<quint8> parseDays(QStringView text);
    // "disconnect", "reconnect", translated.
    static QString actionText(SwitchAction action);
};

// Whether the schedule's fields are within range (before storing).
Status validateSchedule(const SwitchSchedule &schedule);

// The instants a schedule is due, in the site's zone. Sun times need the
// site's coordinates; a day without the event (polar day or night) has no
// due instant.
class SwitchCalendar
{
    Q_DECLARE_TR_FUNCTIONS(SwitchCalendar)

public:
    SwitchCalendar(QTimeZone zone, std::optional<GeoPosition> position)
        : m_zone(std::move(zone))
        , m_position(position)
    {}

    // The due instant on the local date, or nothing on a day it does not run.
    Result<std::optional<qint64>> dueOn(const SwitchSchedule &schedule, const QDate &date) const;
    // The latest due instant at or before `nowMs`, looking back a week.
    Result<std::optional<qint64>> previousDue(const SwitchSchedule &schedule, qint64 nowMs) const;
    // The first due instant after `nowMs`, looking ahead a week.
    Result<std::optional<qint64>> nextDue(const SwitchSchedule &schedule, qint64 nowMs) const;

private:
    QTimeZone m_zone;
    std::optional<GeoPosition> m_position;
};

} // namespace ims::control
