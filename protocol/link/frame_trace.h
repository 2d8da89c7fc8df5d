#pragma once
// The frame trace an engineer reads when a meter misbehaves: every frame in
// and out, with the time, the link and a one-line decoded summary written by
// whichever layer recorded it (HDLC, IEC 62056-21, ...). Kept in a bounded
// ring for the UI and logged to the lcTrace category
// (QT_LOGGING_RULES="imsdesk.protocol.trace.debug=true").
#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <vector>

namespace ims::link {

enum class TraceDirection { In, Out };

struct TraceRecord
{
    TraceDirection direction = TraceDirection::In;
    QDateTime timestamp; // UTC, millisecond precision
    QByteArray bytes;
    QString summary; // "I-frame N(S)=1 N(R)=0, GET.request 0.0.1.0.0.255:2"
    QString link;    // Link::description()
};

// "2024-03-01T12:00:00.123Z > tcp 10.0.0.5:4059  7E A0 07 ... | summary"
QString formatTraceRecord(const TraceRecord &record);

class FrameTrace : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kDefaultCapacity = 10'000;

    explicit FrameTrace(qsizetype capacity = kDefaultCapacity, QObject *parent = nullptr);

    // Stamps the record with the current UTC time when it has none.
    void record(TraceRecord record);
    void record(TraceDirection direction, const QByteArray &bytes, const QString &summary,
                const QString &link);

    // Oldest first; at most capacity() records.
    std::vector<TraceRecord> records() const;
    qsizetype size() const { return qsizetype(m_ring.size()); }
    qsizetype capacity() const { return m_capacity; }
    // Every record ever offered, including those the ring has since dropped.
    quint64 totalRecorded() const { return m_total; }
    void clear();

signals:
    void recorded(const ims::link::TraceRecord &record);

private:
    qsizetype m_capacity;
    std::vector<TraceRecord> m_ring;
    qsizetype m_next = 0; // where the next record goes once the ring is full
    quint64 m_total = 0;
};

} // namespace ims::link
