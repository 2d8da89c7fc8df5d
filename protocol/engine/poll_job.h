#pragma once
// What the engine is asked to do: per router, the meters to visit, what to
// read from each, and where each read starts (the cursors storage knows).
#include "protocol/client/connection_profile.h"
#include "protocol/engine/readings.h"
#include "protocol/hdlc/hdlc_line_timing.h"

#include <array>
#include <functional>
#include <optional>

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
// The index of `journal` in kEventJournals, -1 for a journal the engine does not read.
constexpr int journalSlot(quint8 journal)
{
    for (size_t slot = 0; slot < kEventJournals.size(); ++slot)
        if (kEventJournals[slot] == journal)
            return int(slot);
    return -1;
}

// Where each read of a meter starts. Zero = nothing stored yet. One of these
// is queued per meter (a million in a big round): only the journals read
// have a slot.
struct MeterCursor
{
    qint64 profileEnd = 0;  // end of the last stored interval, UTC seconds
    qint64 dailyTime = 0;   // time of the last stored daily snapshot
    qint64 monthlyTime = 0; // time of the last stored monthly snapshot
    qint64 lastClockCorrectionMs = 0;
    // Last stored event per journal of kEventJournals, by slot (journalSlot()).
    std::array<qint64, kEventJournals.size()> eventTimes{};

    qint64 eventTime(quint8 journal) const
    {
        const int slot = journalSlot(journal);
        return slot < 0 ? 0 : eventTimes[size_t(slot)];
    }
    void setEventTime(quint8 journal, qint64 time)
    {
        if (const int slot = journalSlot(journal); slot >= 0)
            eventTimes[size_t(slot)] = time;
    }
};

// A custom conversation with an associated meter (relay, tariff, limits ...),
// run in the meter's turn on its link. Call `done` exactly once.
using MeterOperation = std::function<void(client::DlmsClient &, std::function<void(Status)> done)>;

struct MeterJob
{
    MeterRef meter;
    quint16 physical = 0; // HDLC physical address / WRAPPER wPort behind the router
    int hops = 0;         // PLC hops from the router (repeaters + 1); 0 = route unknown
    quint32 what = PollItem::DailyReadout;
    MeterCursor cursor;
    quint64 invocationCounter = 0; // next counter of a ciphered association
    // Key of its invocation counter; empty: RouterPlan::meterCounterScope says.
    QString counterScope;
    // With the registers, read the prepayment account too (false once the
    // meter is known to have none).
    bool readAccount = true;
    MeterOperation operation; // when set: run instead of the reads
};

enum class Priority : quint8 { Scheduled = 0, Operator = 1 };

// The PLC side of a router, as the response timers need it: the figures of
// the RTR512-class modems the simulator models (sim::PlcChannelSettings).
struct PlcLineSpeed
{
    int baud = 4000;          // 0: no wire time (a line that costs nothing, as in tests)
    int perHopLatencyMs = 40; // per hop and frame
};

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
    PlcLineSpeed plc;
    // The counter key of a meter behind this router, made when a visit
    // starts rather than stored with each of a million queued meters.
    std::function<QString(const MeterRef &)> meterCounterScope;
    QList<MeterJob> meters;

    QString counterScopeOf(const MeterJob &job) const
    {
        if (!job.counterScope.isEmpty() || !meterCounterScope)
            return job.counterScope;
        return meterCounterScope(job.meter);
    }
};

// The route to `job`'s meter for its HDLC response timer, or nullopt when
// the hop count is unknown: the router-wide frame timeout then applies alone.
std::optional<hdlc::LineTiming> meterLine(const RouterPlan &plan, const MeterJob &job);
// The frame timeout a visit of `job` starts with: the router's frame timeout
// plus the largest exchange over the meter's route at the IEC 62056-46
// default sizes (hdlc::responseTimeoutMs). The HDLC channel recomputes it
// with the sizes the meter's UA agrees.
int meterFrameTimeoutMs(const RouterPlan &plan, const MeterJob &job);
// The silence the DLMS client allows while an answer is due: the router's
// setting, or longer when the HDLC retries over the meter's route take
// longer (`hdlcRetries` polls after the first frame, and one timer of
// margin), so that the data link gives up first and says why.
int meterSilenceTimeoutMs(const RouterPlan &plan, const MeterJob &job, int hdlcRetries);

} // namespace ims::engine
