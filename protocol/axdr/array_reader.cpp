#include "protocol/axdr/array_reader.h"

#include <QCoreApplication>

namespace ims::axdr {

namespace {

struct ArrayReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(ArrayReader)
};

} // namespace

ArrayReader::ArrayReader(DecodeLimits limits)
    : m_limits(limits)
    , m_rowLimits(limits)
{
    // Rows sit one level inside the array.
    m_rowLimits.maxDepth = limits.maxDepth - 1;
}

void ArrayReader::append(QByteArrayView bytes)
{
    // Drop what has been consumed once it is most of the buffer: the
    // leftover (a partial row) is small, and the copy stays amortised O(1).
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
    // Read the header as soon as it is complete, so declaredCount() is known
    // before the first row is taken.
    if (!m_declared && !m_failure) {
        auto count = readHeader();
        if (count)
            m_declared = *count;
        else if (count.error().kind != ErrorKind::Truncated)
            m_failure = count.error();
    }
}

Result<quint32> ArrayReader::readHeader()
{
    if (m_pos >= m_buffer.size())
        return Error(ErrorKind::Truncated,
                     ArrayReaderTr::tr("the array header has not arrived yet"));
    const quint8 tag = quint8(m_buffer[m_pos]);
    if (DataType(tag) != DataType::Array)
        return Error(ErrorKind::Malformed,
                     ArrayReaderTr::tr("expected an A-XDR array (tag 0x01), got tag 0x%1")
                         .arg(tag, 2, 16, QLatin1Char('0')));
    if (m_limits.maxDepth < 1)
        return Error(ErrorKind::TooDeep,
                     ArrayReaderTr::tr("A-XDR nesting deeper than %1").arg(m_limits.maxDepth));
    qsizetype pos = m_pos + 1;
    auto count = decodeLength(m_buffer, pos, m_limits.canonicalOnly);
    if (!count)
        return count;
    if (qint64(*count) > m_limits.maxElements)
        return Error(
            ErrorKind::TooLarge,
            ArrayReaderTr::tr("A-XDR array declares %1 elements, more than the limit of %2")
                .arg(*count)
                .arg(m_limits.maxElements));
    m_pos = pos;
    return count;
}

Result<Value> ArrayReader::next()
{
    if (m_failure)
        return *m_failure;
    if (!m_declared) {
        auto count = readHeader();
        if (!count) {
            if (count.error().kind != ErrorKind::Truncated)
                m_failure = count.error();
            return count.error();
        }
        m_declared = *count;
    }
    if (atEnd())
        return Error(ErrorKind::NotFound,
                     ArrayReaderTr::tr("all %1 rows of the array have been read").arg(*m_declared));
    auto row = decode(m_buffer, m_pos, m_rowLimits);
    if (!row) {
        if (row.error().kind != ErrorKind::Truncated)
            m_failure = row.error();
        return row;
    }
    ++m_rowsRead;
    return row;
}

Result<QList<Value>> ArrayReader::takeAvailable()
{
    QList<Value> rows;
    while (!atEnd()) {
        auto row = next();
        if (!row) {
            // NotFound: the header just read declares no (more) rows.
            if (row.error().kind == ErrorKind::Truncated || row.error().kind == ErrorKind::NotFound)
                break;
            return row.error();
        }
        rows.append(std::move(row).value());
    }
    return rows;
}

} // namespace ims::axdr
