#pragma once
// What the engine is asked to do: per router, the meters to visit, what to
// read from each, and where each read starts (the cursors storage knows).
#include "protocol/client/connection_profile.h"
#include "protocol/engine/readings.h"

#include <array>
#include <functional>

namespace ims::client {
class DlmsClient;
}

namespace ims::engine {

// What to read in one visit.
namespace PollItem {
enum : quint32 {
    Profile = 1u << 0,   // 30-minute load profile since the last stored interval
    Registers = 1u << 1, // current energy registers per tariff
    Events = 1u << 2,    // event journals since the last stored event
    Instant = 1u << 3,   // voltages, currents, powers, frequency
    Clock = 1u << 4,     // clock check and correction
    Daily = 1u << 5,     // daily billing registers (start of day)
    Monthly = 1u << 6,   // monthly billing registers (start of month)
    DailyReadout = Profile | Events | Clock | Daily | Monthly,
    // What the operator's "start" and a workstation start read: everything.
    FullReadout = DailyReadout | Registers | Instant,
};
}
// Parses "daily", "profile", "events", "registers", "instant", "clock",
// "billing" (daily + monthly), comma-separated; 0 for unknown words.
quint32 parsePollItems(QStringView text);
QString pollItemsText(quint32 items);

// SPODES event journals (0.0.99.98.e.255) the engine reads.
inline constexpr std::array<quint8, 9> kEventJournals{0, 1, 2, 3, 4, 5, 6, 7, 13};
inline constexpr int kJournalSlots = 16;

// Where each read of a meter starts. Zero = nothing stored yet.
struct MeterCursor
{
    qint64 profileEnd = 0;                         // end of the last stored interval, UTC seconds
    qint64 dailyTime = 0;                          // time of the last stored daily snapshot
    qint64 monthlyTime = 0;                        // time of the last stored monthly snapshot
    std::array<qint64, kJournalSlots> eventTime{}; // per journal: last stored event
    qint64 lastClockCorrectionMs = 0;
};

// A custom conversation with an associated meter (relay, tariff, limits ...),
// run in the meter's turn on its link. Call `done` exactly once.
using MeterOperation = std::function<void(client::DlmsClient &, std::function<void(Status)> done)>;

struct MeterJob
{
    MeterRef meter;
    quint16 physical = 0; // HDLC physical address / WRAPPER wPort behind the router
    quint32 what = PollItem::DailyReadout;
    MeterCursor cursor;
    quint64 invocationCounter = 0; // next counter of a ciphered association
    QString counterScope;
    // With the registers, read the prepayment account too (false once the
    // meter is known to have none).
    bool readAccount = true;
    MeterOperation operation; // when set: run instead of the reads
};

enum class Priority : quint8 { Scheduled = 0, Operator = 1 };

struct RouterPlan
{
    qint64 routerId = 0;
    QString name;
    client::ConnectionProfile routerProfile; // the router's own logical device
    QString routerCounterScope;
    bool checkRouterClock = false;
    qint64 routerLastClockCorrectionMs = 0;
    // Meters behind the router are reached through the router's link with
    // this profile and their physical address.
    client::ConnectionProfile meterProfile;
    QList<MeterJob> meters;
};

} // namespace ims::engine
