#include "protocol/hdlc/hdlc_line_timing.h"

#include <algorithm>

namespace ims::hdlc {

qint64 frameTimeOnLineMs(qsizetype bytes, const LineTiming &line)
{
    if (line.hops <= 0)
        return 0;
    // Rounded up per hop, as the PLC model charges it.
    const qint64 wire = line.baud > 0 ? (qint64(bytes) * 10 * 1000 + line.baud - 1) / line.baud : 0;
    return qint64(line.hops) * (wire + std::max(0, line.perHopLatencyMs));
}

int responseTimeoutMs(int marginMs, const LineTiming &line, const HdlcParameters &link)
{
    const qint64 margin = std::max(0, marginMs);
    if (line.hops <= 0)
        return int(std::min<qint64>(margin, kMaxResponseTimeoutMs));
    const qint64 window = std::clamp<qint64>(link.windowTx, 1, kMaxWindow);
    const qint64 request = frameTimeOnLineMs(qint64(link.maxInfoTx) + kFrameOverheadBytes, line);
    const qint64 answer = frameTimeOnLineMs(qint64(link.maxInfoRx) + kFrameOverheadBytes, line);
    return int(std::min<qint64>(margin + window * request + answer, kMaxResponseTimeoutMs));
}

} // namespace ims::hdlc
