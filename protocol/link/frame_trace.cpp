#include "protocol/link/frame_trace.h"

#include "protocol/core/bytes.h"
#include "protocol/core/logging.h"

#include <algorithm>

namespace ims::link {

QString formatTraceRecord(const TraceRecord &record)
{
    QString line
        = record.timestamp.toUTC().toString(Qt::ISODateWithMs)
          + (record.direction == TraceDirection::In ? QStringLiteral(" < ") : QStringLiteral(" > "))
          + record.link + QStringLiteral("  ") + toSpacedHex(record.bytes);
    if (!record.summary.isEmpty())
        line += QStringLiteral(" | ") + record.summary;
    return line;
}

FrameTrace::FrameTrace(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max<qsizetype>(1, capacity))
{}

void FrameTrace::record(TraceDirection direction, const QByteArray &bytes, const QString &summary,
                        const QString &link)
{
    record(TraceRecord{direction, {}, bytes, summary, link});
}

void FrameTrace::record(TraceRecord record)
{
    if (!record.timestamp.isValid())
        record.timestamp = QDateTime::currentDateTimeUtc();
    qCDebug(lcTrace).noquote() << formatTraceRecord(record);
    ++m_total;
    // A copy for the signal: a receiver may record again and move the ring.
    const TraceRecord copy = record;
    if (size() < m_capacity) {
        m_ring.push_back(std::move(record));
    } else {
        m_ring[size_t(m_next)] = std::move(record);
        m_next = (m_next + 1) % m_capacity;
    }
    emit recorded(copy);
}

std::vector<TraceRecord> FrameTrace::records() const
{
    std::vector<TraceRecord> out;
    out.reserve(m_ring.size());
    for (qsizetype i = 0; i < size(); ++i)
        out.push_back(m_ring[size_t((m_next + i) % size())]);
    return out;
}

void FrameTrace::clear()
{
    m_ring.clear();
    m_next = 0;
}

} // namespace ims::link
