#pragma once
// A bounds-checked cursor over an xDLMS APDU (A-XDR framing, not the Data
// values themselves). The first failing read puts the reader into a failed
// state that sticks: later reads return zeros and empty views, so a decoder
// can read a whole PDU and check ok() once (and inside every loop) instead
// of after each field. Declared lengths are checked against the remaining
// input before anything is taken from it.
#include "protocol/core/error.h"
#include "protocol/core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace ims::dlms {

class PduReader
{
    Q_DECLARE_TR_FUNCTIONS(PduReader)

public:
    explicit PduReader(QByteArrayView in, qsizetype pos = 0)
        : m_in(in)
        , m_pos(pos)
    {}

    bool ok() const { return m_error.kind == ErrorKind::None; }
    const Error &error() const { return m_error; }
    qsizetype pos() const { return m_pos; }
    qsizetype remaining() const { return ok() ? m_in.size() - m_pos : 0; }
    bool atEnd() const { return remaining() == 0; }
    QByteArrayView input() const { return m_in; }

    quint8 u8();
    qint8 i8() { return qint8(u8()); }
    quint16 u16();
    quint32 u32();
    QByteArrayView bytes(qsizetype count);
    // A-XDR length (1 byte below 0x80, else 0x8N and N big-endian bytes, N <= 4).
    quint32 length();
    // A length that counts bytes still to come: must not exceed remaining().
    qsizetype byteLength();
    // A SEQUENCE OF element count. Every element takes at least one byte, so
    // a count above remaining() cannot be honest and is rejected up front.
    qsizetype count();
    QByteArrayView octetString() { return bytes(byteLength()); }
    // OPTIONAL / BOOLEAN marker: 0x00 or 0x01 (booleans accept any non-zero).
    bool presence();
    bool boolean() { return u8() != 0; }

    // Hands the rest of the input to a sub-decoder and takes its position back.
    void setPos(qsizetype pos);
    void fail(ErrorKind kind, const QString &message);
    void failTruncated();
    // Ok when the whole input was consumed; Malformed for trailing bytes.
    Status finish();

private:
    QByteArrayView m_in;
    qsizetype m_pos = 0;
    Error m_error;
};

// A-XDR length prefix as written in front of octet strings and SEQUENCE OF.
void appendAxdrLength(QByteArray &out, quint32 length);
void appendOctetString(QByteArray &out, QByteArrayView bytes);

} // namespace ims::dlms
