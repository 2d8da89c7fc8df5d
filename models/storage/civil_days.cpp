#include "models/storage/civil_days.h"

#include "models/core/logging.h"

#include <QDateTime>

namespace ims::storage {

namespace {
constexpr qint64 kDay = 86400;

// Not the workstation's zone: the same readings must give the same daily
// sums on every machine that opens the file.
QTimeZone zoneFor(const QByteArray &ianaId)
{
    if (!ianaId.isEmpty()) {
        QTimeZone zone(ianaId);
        if (zone.isValid())
            return zone;
        qCWarning(lcStorage) << "unknown time zone" << ianaId << "- counting days in UTC";
    }
    return QTimeZone::utc();
}
} // namespace

CivilDays::CivilDays(const QByteArray &ianaId)
    : m_zone(zoneFor(ianaId))
{}

const CivilDays::UtcDay &CivilDays::utcDay(qint64 day)
{
    if (const auto it = m_days.constFind(day); it != m_days.constEnd())
        return *it;
    UtcDay info;
    const QDateTime start = QDateTime::fromSecsSinceEpoch(day * kDay, QTimeZone::utc());
    info.offsetAtStart = m_zone.offsetFromUtc(start);
    const int atEnd = m_zone.offsetFromUtc(start.addSecs(kDay - 1));
    if (atEnd != info.offsetAtStart) {
        const auto next = m_zone.nextTransition(start);
        info.offsetAfterSwitch = atEnd;
        info.switchAt = next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch() : day * kDay;
    }
    return *m_days.insert(day, info);
}

int CivilDays::offsetAt(qint64 utcSeconds)
{
    const UtcDay &day = utcDay(floorDiv(utcSeconds, kDay));
    return day.switchAt != 0 && utcSeconds >= day.switchAt ? day.offsetAfterSwitch
                                                           : day.offsetAtStart;
}

qint64 CivilDays::dayOf(qint64 utcSeconds)
{
    return floorDiv(utcSeconds + offsetAt(utcSeconds), kDay);
}

CivilDays &CivilCalendars::forZone(const QByteArray &ianaId)
{
    if (CivilDays *days = m_index.value(ianaId))
        return *days;
    m_owned.push_back(std::make_unique<CivilDays>(ianaId));
    m_index.insert(ianaId, m_owned.back().get());
    return *m_owned.back();
}

} // namespace ims::storage
