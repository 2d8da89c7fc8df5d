#pragma once
// The LLC header DLMS puts in front of every APDU carried by HDLC
// (IEC 62056-46 / Green Book: destination LSAP E6, source LSAP E6 for a
// command from the client or E7 for a response from the server, quality 00),
// and the splitting of one LLC PDU into I-frame information fields.
// The LLC header appears once, in the first segment only.
#include "protocol/core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace ims::hdlc {

enum class LlcDirection { ClientToServer, ServerToClient };

inline constexpr int kLlcHeaderSize = 3;
QByteArray llcHeader(LlcDirection direction);
QByteArray addLlcHeader(QByteArrayView apdu, LlcDirection direction);

// Strips the header and returns the APDU. Accepts E6 E6 00 and E6 E7 00
// whatever the direction: meters disagree about which one a response uses.
Result<QByteArray> stripLlcHeader(QByteArrayView llcPdu);

struct Segment
{
    QByteArray info;
    bool segmented = false; // more segments follow
};

// Splits `data` into pieces of at most `maxInfo` bytes; all but the last are
// marked segmented. An empty `data` yields one empty, final segment.
QList<Segment> splitIntoSegments(QByteArrayView data, qsizetype maxInfo);

// Collects the information fields of a segmented sequence. Bounded: a
// sequence longer than `maxSize` fails with TooLarge and is discarded.
class HdlcReassembler
{
    Q_DECLARE_TR_FUNCTIONS(HdlcReassembler)
public:
    explicit HdlcReassembler(qsizetype maxSize = 65535 + kLlcHeaderSize)
        : m_maxSize(maxSize)
    {}

    // Adds one segment. When `segmented` is false the sequence is complete
    // and complete() becomes true until take().
    Status add(QByteArrayView info, bool segmented);
    bool inProgress() const { return m_started && !m_complete; }
    bool complete() const { return m_complete; }
    QByteArray take();
    void reset();

private:
    qsizetype m_maxSize;
    QByteArray m_data;
    bool m_complete = false;
    bool m_started = false;
};

} // namespace ims::hdlc
