#pragma once
// What a simulated meter remembers once somebody has talked to it: the
// changes made through DLMS (clock set, relay, limiter, tariff calendar,
// special days) and the events they caused. Everything else is computed
// from the spec and the time, so this stays small for every meter touched:
// the limiters and the calendar, large and rarely changed, are the factory
// ones shared by every meter until a meter's own are written
// (factory_settings.h).
#include "protocol/cosem/activity_calendar.h"
#include "protocol/cosem/disconnect_control.h"
#include "protocol/cosem/limiter.h"
#include "protocol/cosem/register_monitor.h"
#include "protocol/cosem/special_days.h"
#include "protocol/sim/meter/copy_on_write.h"

#include <QList>

#include <array>

namespace ims::sim {

struct RelayChange
{
    qint64 ms = 0;
    bool closed = true;
};

struct MeterEvent
{
    qint64 ms = 0;
    quint8 journal = 0; // e of 0.0.99.98.e.255
    quint16 code = 0;
};

// One limiter (class 71) as configured. Slots are indexed by
// cosem::spodes::LimiterKind.
struct LimiterSlot
{
    bool present = false;
    cosem::Limiter limiter;
    bool operator==(const LimiterSlot &) const = default;
};
inline constexpr int kLimiterSlots = 5; // power, current, voltage, magnetic, differential
using LimiterSet = std::array<LimiterSlot, kLimiterSlots>;

// The prepayment account (Account/Credit/Charge, classes 111-113) of a
// consumer's meter. The credit is not stored as it falls: it is the credit
// at a reference moment minus what the energy registered since then costs
// at each tariff's price, so it is exact (kopecks, integers) and the same
// whenever somebody looks. See payment_model.h.
struct PaymentState
{
    bool present = false;
    quint8 mode = 1;                   // cosem::PaymentMode: 1 credit, 2 prepayment
    quint8 accountStatus = 2;          // active
    qint64 refMs = 0;                  // true time of the reference
    bool refKnown = false;             // refEnergy computed (lazily: commissioning costs nothing)
    std::array<qint64, 9> refEnergy{}; // A+ per tariff register (1..8) at refMs, Wh
    qint64 creditAtRef = 0;            // kopecks
    qint64 paidAtRef = 0;              // Charge.total_amount_paid at refMs
    qint64 evaluatedMs = 0;            // thresholds checked up to here
    qint32 lowCreditThreshold = 0;     // Account.low_credit_threshold
    qint32 limit = 0;                  // Credit.limit: exhausted at or below
    std::array<qint16, 9> price{};     // kopecks per kWh per tariff (1..8)
    bool lowWarned = false;            // the low-credit warning is showing
    bool outOfCredit = false;          // relay opened for it: blocks reconnection
};

// The active tariff plan from a moment on (activate_passive_calendar).
struct CalendarEpoch
{
    qint64 fromMs = 0;
    cosem::CalendarPlan plan;
};

// Energy-threshold zones and the penalty tariff in force from a moment on
// (docs/tariff-plans.md, "Zones and penalty"): once the active energy of the
// billing period (the local month) reaches a zone's threshold, energy is
// registered in that zone's tariff; from a tamper event to the end of its
// month, in the penalty tariff.
struct ZoneEpoch
{
    qint64 fromMs = 0;
    QList<std::pair<qint64, quint8>> zones; // (from Wh, tariff), as written
    quint8 penaltyTariff = 0;
};

// Register monitor 0.0.16.1.0.255 and data 0.0.96.50.0.255 as written, and
// what applied when (empty: never written).
struct ZoneState
{
    cosem::RegisterMonitor monitor;
    quint8 penaltyTariff = 0;
    QList<ZoneEpoch> epochs;
};

struct MeterState
{
    // Meter time = true time + offset + drift since driftRefMs.
    qint64 clockOffsetMs = 0;
    qint64 driftRefMs = 0;

    cosem::DisconnectControl relay;
    QList<RelayChange> relayHistory;  // bounded, oldest dropped
    CopyOnWrite<LimiterSet> limiters; // the factory set until one is written
    // Per limiter slot: since when its monitored value is over the
    // threshold, -1 when it is not. Changes on every evaluation, so it is
    // never part of the shared configuration.
    std::array<qint64, kLimiterSlots> limiterOverSinceMs{-1, -1, -1, -1, -1};

    CopyOnWrite<cosem::ActivityCalendar> calendar; // the factory one until written
    QList<CalendarEpoch> epochs;                   // first one applies from the beginning of time
    QList<cosem::SpecialDay> specialDays;

    // Zones and penalty tariff (models with energy zones only): the shared
    // empty set until written, so a meter never given any costs one pointer.
    CopyOnWrite<ZoneState> zones;

    PaymentState payment;

    QList<MeterEvent> events; // recorded (not generated) events, bounded
    quint32 securityVersion = 0;
    // The next frame counter of ciphered APDUs while the object model (and
    // with it the DeviceSecurity that counts) is dropped: it never repeats.
    quint64 nextInvocationCounter = 0;
};

// SPODES event codes the simulator records (ГОСТ Р 58940-2020 annex Д,
// see protocol/cosem/spodes_events.cpp for the full tables).
namespace eventcode {
inline constexpr quint16 VoltageDipStart = 19; // journal 0, phase A
inline constexpr quint16 VoltageDipEnd = 20;
inline constexpr quint16 PowerOff = 1; // journal 2
inline constexpr quint16 PowerOn = 2;
inline constexpr quint16 RemoteDisconnect = 3;
inline constexpr quint16 RemoteReconnect = 4;
inline constexpr quint16 ReconnectPermitted = 5;
inline constexpr quint16 PowerLimitDisconnect = 8;
inline constexpr quint16 CurrentLimitDisconnect = 9;
inline constexpr quint16 OvervoltageDisconnect = 11;
inline constexpr quint16 CurrentUnbalanceDisconnect = 14; // differential current
inline constexpr quint16 ConsumerClosedRelay = 7;
inline constexpr quint16 TimeSet = 3; // journal 3
inline constexpr quint16 CalendarActivated = 9;
inline constexpr quint16 TariffZonesChanged = 243; // manufacturer code, see below
inline constexpr quint16 PowerLimitChanged = 19;
inline constexpr quint16 TimeCorrected = 68;
inline constexpr quint16 MagnetStart = 1; // journal 4
inline constexpr quint16 MagnetEnd = 2;
inline constexpr quint16 TerminalCoverOpened = 3;
inline constexpr quint16 UnauthorizedAccess = 1; // journal 6
inline constexpr quint16 MeterInitialized = 1;   // journal 7
// Prepayment (journal 2). SPODES tables Д.3 define no codes for these; the
// simulated manufacturer uses codes from the top of the range.
inline constexpr quint16 LowCreditWarning = 240;
inline constexpr quint16 CreditExhaustedDisconnect = 241;
inline constexpr quint16 CreditRestored = 242;
} // namespace eventcode

} // namespace ims::sim
