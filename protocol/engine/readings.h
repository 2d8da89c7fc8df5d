#pragma once
// The records the polling engine produces and storage consumes: plain data,
// no behaviour, no I/O. Values are kept exactly as the meter reported them
// (an integer and the decimal scaler of its COSEM scaler_unit); conversion to
// primary quantities (CT x VT) is storage's business, done in integers.
// Times are UTC: whole epoch seconds for readings, epoch milliseconds where
// sub-second precision matters (clock checks, sessions, commands).
#include "protocol/core/error.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <memory>

namespace ims::engine {

// A meter as the engine knows it: storage resolves `id` when non-zero, else
// `serial` (the factory number read from the meter or configured).
struct MeterRef
{
    qint64 id = 0;
    QString serial;
};

// Energy channels of the load profile (SPODES: A+ 1.0.1.29.0.255, A-
// 1.0.2.29.0.255, R+ 1.0.3.29.0.255, R- 1.0.4.29.0.255).
enum class EnergyChannel : quint8 {
    ActiveImport = 1,   // A+, Wh
    ActiveExport = 2,   // A-, Wh
    ReactiveImport = 3, // R+, varh
    ReactiveExport = 4, // R-, varh
};
constexpr int kEnergyChannelCount = 4;

// "A+", "A-", "R+", "R-": the stable codes used in storage and exports.
inline QString channelCode(EnergyChannel channel)
{
    switch (channel) {
    case EnergyChannel::ActiveImport:
        return QStringLiteral("A+");
    case EnergyChannel::ActiveExport:
        return QStringLiteral("A-");
    case EnergyChannel::ReactiveImport:
        return QStringLiteral("R+");
    case EnergyChannel::ReactiveExport:
        return QStringLiteral("R-");
    }
    return QString();
}

// Length of one load-profile interval; interval ends lie on this grid.
constexpr qint64 kIntervalSeconds = 1800;

// Status flags of one profile entry. The low 16 bits carry the meter's own
// profile status as read; bit 31 is set by storage when the primary value had
// to be rounded (a CT/VT ratio that does not divide evenly).
namespace IntervalStatus {
enum : quint32 {
    None = 0,
    Invalid = 1u << 0,       // meter marked the value invalid
    ClockAdjusted = 1u << 1, // the meter's clock was set during the interval
    PowerDown = 1u << 2,     // supply lost during the interval
    Incomplete = 1u << 3,    // interval shorter than the period
    Overflow = 1u << 4,      // counter overflow
    MeterStatusMask = 0xffffu,
    PrimaryRounded = 1u << 31, // storage-owned
};
}

// One 30-minute increment of one channel: value = rawValue x 10^scaler, in
// Wh (active) or varh (reactive), on the meter's secondary side.
struct IntervalReading
{
    MeterRef meter;
    EnergyChannel channel = EnergyChannel::ActiveImport;
    qint64 intervalEnd = 0; // UTC epoch seconds, a multiple of kIntervalSeconds
    qint64 rawValue = 0;
    qint8 scaler = 0;
    quint32 status = IntervalStatus::None;
};

// COSEM unit enumeration (IEC 62056-6-2, table "Enumerated values for
// physical units"): the ones ImsDesk stores.
namespace CosemUnit {
enum : quint8 {
    None = 0,
    Watt = 27,
    VoltAmpere = 28,
    Var = 29,
    WattHour = 30,
    VoltAmpereHour = 31,
    VarHour = 32,
    Ampere = 33,
    Volt = 35,
    Hertz = 44,
    Unitless = 255,
};
}

enum class RegisterKind : quint8 {
    Current = 0, // read now
    Daily = 1,   // value fixed at the start of a day (SPODES daily billing)
    Monthly = 2, // value fixed at the start of a month
};

// A cumulative register (energy total, per tariff) at a moment.
struct RegisterSnapshot
{
    MeterRef meter;
    QString obis;      // "1.0.1.8.0.255"
    quint8 tariff = 0; // 0 = total, 1..8 = tariff zone
    qint64 time = 0;   // UTC epoch seconds the value refers to
    qint64 rawValue = 0;
    qint8 scaler = 0;
    quint8 unit = CosemUnit::WattHour;
    RegisterKind kind = RegisterKind::Current;
};

// An instantaneous quantity (voltage, current, power, frequency ...).
struct InstantValue
{
    MeterRef meter;
    QString obis;
    qint64 time = 0;
    qint64 rawValue = 0;
    qint8 scaler = 0;
    quint8 unit = CosemUnit::None;
};

// One record of a meter's event journal. `journal` is the SPODES journal
// number (the E field of 0.0.99.98.E.255); `code` the event code in it.
struct MeterEvent
{
    MeterRef meter;
    quint8 journal = 0;
    quint16 code = 0;
    qint64 time = 0;
};

enum class ClockTarget : quint8 { Meter = 0, Router = 1 };
enum class ClockCorrection : quint8 {
    None = 0,  // within tolerance, or correction not allowed
    Shift = 1, // shift_time by the delta (small corrections)
    Set = 2,   // time set absolutely
};

struct ClockCheck
{
    ClockTarget target = ClockTarget::Meter;
    MeterRef meter;      // when target == Meter
    qint64 routerId = 0; // when target == Router
    qint64 deviceTimeMs = 0;
    qint64 workstationTimeMs = 0;
    qint64 deltaMs = 0; // device - workstation
    ClockCorrection correction = ClockCorrection::None;
    bool correctionSucceeded = false;
};

enum class PollResult : quint8 { Success = 0, Partial = 1, Failed = 2 };

// How one visit to a meter ended.
struct PollOutcome
{
    MeterRef meter;
    qint64 routerId = 0;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    PollResult result = PollResult::Success;
    ErrorKind errorKind = ErrorKind::None;
    QString message;
    quint64 bytesSent = 0;
    quint64 bytesReceived = 0;
    int intervalsRead = 0;
};

// A command issued to a meter (relay, clock, tariff, limits ...): who, what,
// when, and what came of it.
struct CommandRecord
{
    MeterRef meter;
    QString operatorName;
    QString command;    // stable token: "relay-off", "set-clock", ...
    QString parameters; // as entered, for the audit trail
    qint64 issuedAtMs = 0;
    qint64 finishedAtMs = 0;
    bool succeeded = false;
    ErrorKind errorKind = ErrorKind::None;
    QString message;
};

// A reading taken by hand or with an optical probe (IEC 62056-21): the text
// as the meter printed it, never parsed into a number here.
struct ManualReading
{
    MeterRef meter;
    qint64 time = 0;
    bool optical = true; // false: typed in by an operator from the display
    QString code;        // "1.8.0", "1.0.1.8.0.255", ...
    QString textValue;   // "012345.67*kWh"
    QString operatorName;
};

// What the engine hands to storage in one go. Storage commits a batch
// atomically: all of it or nothing.
} // namespace ims::engine

namespace ims::control {
struct AccountState;
}

namespace ims::engine {

// A prepayment account read with the registers (payment metering, classes
// 111-113): its state, or that the meter has no account (then it is not
// asked again until someone says otherwise).
struct AccountReading
{
    MeterRef meter;
    qint64 timeMs = 0;
    std::shared_ptr<const control::AccountState> state; // null: the meter has no account
};

struct ReadingBatch
{
    QList<IntervalReading> intervals;
    QList<RegisterSnapshot> registers;
    QList<InstantValue> instants;
    QList<MeterEvent> events;
    QList<ClockCheck> clockChecks;
    QList<PollOutcome> outcomes;
    QList<CommandRecord> commands;
    QList<ManualReading> manual;
    QList<AccountReading> accounts;

    qsizetype size() const
    {
        return intervals.size() + registers.size() + instants.size() + events.size()
               + clockChecks.size() + outcomes.size() + commands.size() + manual.size()
               + accounts.size();
    }
    bool isEmpty() const { return size() == 0; }
};

} // namespace ims::engine
