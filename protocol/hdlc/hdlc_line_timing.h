#pragma once
// How long an HDLC client should wait for an answer on a slow repeated line.
//
// A meter behind a PLC router is reached store and forward: each of its
// `hops` (repeaters + 1) receives the whole frame and sends it on, so one
// frame costs hops x (its bytes on the wire + the modem's turnaround). The
// model and its figures are those of the simulator's PlcChannel
// (protocol/sim/transport/plc_channel.h), which follows the RTR512 / SPODES
// PLC modems: 10 bits per byte (start, 8 data, stop), 4,000 bit/s, about
// 40 ms per hop and frame.
//
// The response timeout of a poll is the time the longest exchange can take
// on an idle line — a full window of largest request frames, then the
// largest answer frame — plus `marginMs`, the router's configured frame
// timeout, which covers the router's and the meter's own processing and a
// line still busy with an earlier frame. Without a known route (hops <= 0)
// it is the margin alone, the router-wide value as configured.
//
// Assumptions: the client's address is 1 byte and the meter's 4 (physical
// addresses above 127): a frame is its information field plus 14 bytes
// (flags 2, format 2, addresses 5, control 1, HCS 2, FCS 2); largest frames
// carry the negotiated max-info sizes (IEC 62056-46 default 128 until the UA
// says otherwise). The result is clamped to kMaxResponseTimeoutMs.
#include "protocol/hdlc/hdlc_parameters.h"

namespace ims::hdlc {

struct LineTiming
{
    int hops = 0;             // repeaters + 1; 0 = route unknown
    int baud = 4000;          // bit/s on the line; 0 = no wire time (only the latency)
    int perHopLatencyMs = 40; // modem turnaround and repetition delay per hop and frame
};

inline constexpr int kFrameOverheadBytes = 14;
inline constexpr int kMaxResponseTimeoutMs = 10 * 60 * 1000;

// Milliseconds one frame of `bytes` bytes (flags included) takes over the whole route.
qint64 frameTimeOnLineMs(qsizetype bytes, const LineTiming &line);

// `link` is the client's view of the agreed parameters (maxInfoTx: what it
// sends, maxInfoRx: what it receives, windowTx: its burst).
int responseTimeoutMs(int marginMs, const LineTiming &line,
                      const HdlcParameters &link = HdlcParameters{});

} // namespace ims::hdlc
