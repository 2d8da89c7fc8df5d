#pragma once
// The little BER (X.690) that ACSE needs: single-byte tags, definite
// lengths, and a reader that walks the fields of one constructed value.
// Lengths are checked against the enclosing value before use.
#include "protocol/core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace ims::dlms::ber {

struct Tlv
{
    quint8 tag = 0;
    QByteArrayView content;
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(BerReader)

public:
    explicit Reader(QByteArrayView in)
        : m_in(in)
    {}
    bool atEnd() const { return m_pos >= m_in.size(); }
    // Next TLV; Truncated when a length runs past the input, Unsupported for
    // multi-byte tags (ACSE uses none) and indefinite lengths.
    Result<Tlv> next();
    // The value (tag + content) this reader wraps, as one TLV; the input must
    // hold exactly that value and nothing else.
    static Result<Tlv> whole(QByteArrayView in, quint8 expectedTag);

private:
    QByteArrayView m_in;
    qsizetype m_pos = 0;
};

void appendLength(QByteArray &out, qsizetype length);
void appendTlv(QByteArray &out, quint8 tag, QByteArrayView content);

// INTEGER content as an unsigned number (ACSE only has small non-negative ones).
Result<quint32> decodeSmallInteger(QByteArrayView content);
QByteArray encodeSmallInteger(quint32 value);

} // namespace ims::dlms::ber
