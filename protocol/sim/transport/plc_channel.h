#pragma once
// The power-line channel between one router and its meters. Every device
// repeats, so a frame to a meter N hops away is received and sent again N
// times (store and forward): each hop costs the frame's time on the wire
// at the channel's bit rate (10 bits per byte, as the PLC modems frame a
// byte) plus a fixed per-hop latency. Each hop may lose or damage the frame,
// so the chance of getting through falls with the number of repeaters.
// The channel is half duplex and shared: one transfer at a time per router,
// the next waits until the line is free.
//
// All times are simulated milliseconds on the network's VirtualClock.
#include "protocol/sim/server/virtual_clock.h"

#include <random>

namespace ims::sim {

struct PlcChannelSettings
{
    int baud = 4000;               // 300, 4000; 0 = unlimited (no wire time)
    int perHopLatencyMs = 40;      // modem turnaround and repetition delay
    double lossPerHop = 0.0;       // probability a hop loses the frame
    double corruptionPerHop = 0.0; // probability a hop damages it (the FCS then fails)
};

struct PlcTransfer
{
    qint64 startMs = 0; // when the line was free for it
    qint64 endMs = 0;   // when the last hop delivered it
    bool lost = false;
    bool corrupted = false;
};

class PlcChannel
{
public:
    PlcChannel(VirtualClock &clock, PlcChannelSettings settings, quint64 seed);

    const PlcChannelSettings &settings() const { return m_settings; }
    void setSettings(const PlcChannelSettings &settings) { m_settings = settings; }
    VirtualClock &clock() { return m_clock; }
    const VirtualClock &clock() const { return m_clock; }

    // Simulated time `bytes` take over `hops` hops, ignoring other traffic.
    qint64 transferTimeMs(qsizetype bytes, int hops) const;
    // Books the line for one frame: starts when the line is free (now or
    // later), keeps it busy until the frame arrived, and draws its fate.
    // A discrete clock is moved to the end of the transfer.
    PlcTransfer transfer(qsizetype bytes, int hops);

    qint64 busyUntilMs() const { return m_busyUntilMs; }
    quint64 transfers() const { return m_transfers; }

private:
    VirtualClock &m_clock;
    PlcChannelSettings m_settings;
    std::mt19937_64 m_random;
    qint64 m_busyUntilMs = 0;
    quint64 m_transfers = 0;
};

} // namespace ims::sim
