#pragma once
// Shows a link-layer FrameTrace in the workstation's trace view. The app is
// the one layer that may know both: the UI never includes protocol/link.
#include "protocol/link/frame_trace.h"
#include "ui/trace/frame_trace_view.h"

namespace ims::app {

inline itemmodels::TraceLine toTraceLine(const link::TraceRecord &record)
{
    return {record.direction == link::TraceDirection::Out, record.timestamp, record.bytes,
            record.summary, record.link};
}

// What `trace` holds now, then every new record (queued when the trace
// records on another thread).
inline void showTrace(link::FrameTrace &trace, ui::FrameTraceView &view)
{
    for (const link::TraceRecord &record : trace.records())
        view.append(toTraceLine(record));
    QObject::connect(
        &trace, &link::FrameTrace::recorded, &view,
        [&view](const link::TraceRecord &record) { view.append(toTraceLine(record)); });
}

} // namespace ims::app
