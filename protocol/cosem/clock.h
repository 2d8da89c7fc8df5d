#pragma once
// Clock (class 8, version 0) attributes and the shift_time parameter.
//   time                       octet-string(12) date-time
//   time_zone                  long, minutes (same sign convention as the date-time deviation)
//   status                     unsigned, bit mask (ClockStatus)
//   daylight_savings_begin/end octet-string(12) date-time (usually with wildcards)
//   daylight_savings_deviation integer, minutes
//   daylight_savings_enabled   boolean
//   clock_base                 enum
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace ims::cosem {

struct ClockStatus
{
    static constexpr quint8 InvalidValue = 0x01;
    static constexpr quint8 DoubtfulValue = 0x02;
    static constexpr quint8 DifferentClockBase = 0x04;
    static constexpr quint8 InvalidClockStatus = 0x08;
    static constexpr quint8 DaylightSavingActive = 0x80;

    quint8 bits = 0;

    bool has(quint8 bit) const { return (bits & bit) != 0; }
    // Localized names of the bits set, for a status column.
    QStringList names() const;
    bool operator==(const ClockStatus &) const = default;
};

enum class ClockBase : quint8 {
    NotDefined = 0,
    InternalCrystal = 1,
    Mains50Hz = 2,
    Mains60Hz = 3,
    Gps = 4,
    RadioControlled = 5,
};

struct Clock
{
    Q_DECLARE_TR_FUNCTIONS(Clock)

public:
    // The Blue Book limits shift_time to -900..900 s; SPODES keeps the limit.
    static constexpr int MaxShiftSeconds = 900;

    axdr::CosemDateTime time;
    qint16 timeZone = 0;
    ClockStatus status;
    axdr::CosemDateTime daylightSavingsBegin;
    axdr::CosemDateTime daylightSavingsEnd;
    qint8 daylightSavingsDeviation = 0;
    bool daylightSavingsEnabled = false;
    quint8 clockBase = quint8(ClockBase::InternalCrystal);

    // Decodes attribute `index` (2..9) into this object; Malformed for a
    // wrong shape, NotFound for an index the class does not have.
    Status setAttribute(qint8 index, const axdr::Value &value);
    // The attribute as the meter sends it; NotFound for an unknown index.
    Result<axdr::Value> attribute(qint8 index) const;

    // Method 6, shift_time: data ::= long, seconds. InvalidArgument beyond
    // +-maxSeconds.
    static Result<axdr::Value> shiftTimeParameter(int seconds, int maxSeconds = MaxShiftSeconds);
    static Result<qint16> shiftTimeFromParameter(const axdr::Value &v,
                                                 int maxSeconds = MaxShiftSeconds);

    static QString clockBaseName(quint8 base);

    bool operator==(const Clock &) const = default;
};

} // namespace ims::cosem
