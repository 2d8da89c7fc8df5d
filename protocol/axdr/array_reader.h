#pragma once
// Incremental decoding of an A-XDR `array` whose bytes arrive in pieces, as
// a profile generic buffer does over GET.response-with-datablock: append
// each raw-data block as it comes and take the rows that are complete,
// without parsing the earlier rows again.
#include "protocol/axdr/axdr_codec.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace ims::axdr {

class ArrayReader
{
public:
    explicit ArrayReader(DecodeLimits limits = {});

    // Bytes continuing the array's encoding; the first ones start with the
    // array tag (0x01) and its element count.
    void append(QByteArrayView bytes);

    // The next complete row. Errors: Truncated = no complete row buffered
    // yet (append more, call again; nothing was consumed); NotFound = every
    // declared row has been taken; Malformed / TooDeep / TooLarge = the
    // stream is corrupt, and every later call reports the same error.
    Result<Value> next();
    // Every row complete so far (possibly none); Truncated is not an error here.
    Result<QList<Value>> takeAvailable();

    // The element count the array declares, once its header has arrived.
    std::optional<quint32> declaredCount() const { return m_declared; }
    qsizetype rowsRead() const { return m_rowsRead; }
    // The header has arrived and every declared row has been taken.
    bool atEnd() const { return m_declared && m_rowsRead == qsizetype(*m_declared); }
    // Buffered bytes not yet consumed: a partial row, or after atEnd() bytes
    // that follow the array (which a caller may treat as an error).
    qsizetype pendingBytes() const { return m_buffer.size() - m_pos; }

private:
    Result<quint32> readHeader();

    DecodeLimits m_limits;
    DecodeLimits m_rowLimits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    std::optional<quint32> m_declared;
    qsizetype m_rowsRead = 0;
    std::optional<Error> m_failure;
};

} // namespace ims::axdr
