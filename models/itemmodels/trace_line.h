#pragma once
// One frame of the trace as the screens keep it: plain values copied from
// the link layer's TraceRecord by whoever wires the engine to the window
// (the UI and models never include protocol/link).
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ims::itemmodels {

struct TraceLine
{
    bool outgoing = false;
    QDateTime timestamp; // UTC
    QByteArray bytes;
    QString summary; // decoded, one line
    QString link;    // which link (its description)
};

// "2024-03-01T12:00:00.123Z > tcp 10.0.0.5:4059  7E A0 ... | summary", the
// same line the link layer logs.
QString formatTraceLine(const TraceLine &line);

} // namespace ims::itemmodels
