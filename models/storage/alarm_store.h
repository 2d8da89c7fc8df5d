#pragma once
// Alarms: raised by storage and analytics, acknowledged by an operator.
// `kind` is a stable token ("reading-conflict", ...); `details` is machine
// text the UI renders through tr() (see alarmKindName()).
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ims::storage {

enum class AlarmSeverity : quint8 { Info = 0, Warning = 1, Critical = 2 };

namespace AlarmKind {
inline constexpr QLatin1String ReadingConflict("reading-conflict");
inline constexpr QLatin1String UnknownMeter("unknown-meter");
inline constexpr QLatin1String InvalidReading("invalid-reading");
inline constexpr QLatin1String Tamper("tamper");                          // journal 4 record
inline constexpr QLatin1String UnauthorizedAccess("unauthorized-access"); // journal 6 record
inline constexpr QLatin1String ClockDrift("clock-drift"); // |delta| > clock_alarm_ms
} // namespace AlarmKind

class AlarmNames
{
    Q_DECLARE_TR_FUNCTIONS(AlarmNames)
public:
    static QString kindName(const QString &kind);
    static QString severityName(AlarmSeverity severity);
    // The stored details ("journal=4 code=2 time=…", "target=0 … delta_ms=…",
    // as the ingestor writes them) in the operator's words; other text as is.
    static QString detailsText(const QString &details);
};

class AlarmStore
{
    Q_DECLARE_TR_FUNCTIONS(AlarmStore)
public:
    explicit AlarmStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<qint64> raise(const QString &kind, AlarmSeverity severity, qint64 meterId,
                         const QString &details, qint64 nowMs);
    // Fails with NotFound for an unknown or already acknowledged alarm.
    Status acknowledge(qint64 alarmId, const QString &operatorName, qint64 nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace ims::storage
