#pragma once
// Small helpers for big-endian fields and hex, used by every codec.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace ims {

inline quint16 readBe16(QByteArrayView b, qsizetype at)
{
    return quint16((quint8(b[at]) << 8) | quint8(b[at + 1]));
}
inline quint32 readBe32(QByteArrayView b, qsizetype at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16)
           | (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}
inline void appendBe16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xFF));
}
inline void appendBe32(QByteArray &out, quint32 v)
{
    appendBe16(out, quint16(v >> 16));
    appendBe16(out, quint16(v & 0xFFFF));
}

// "7E A0 07" / "7ea007" -> bytes; whitespace ignored. Invalid input yields an empty array.
QByteArray fromHex(QStringView hex);
// Upper-case hex with a space between bytes, as engineers read traces.
QString toSpacedHex(QByteArrayView bytes);

} // namespace ims
