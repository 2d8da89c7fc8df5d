#pragma once
// OBIS code (IEC 62056-6-1): the six-byte logical name A.B.C.D.E.F of a
// COSEM object.
#include "protocol/core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>

namespace ims::cosem {

class Obis
{
public:
    static constexpr int Size = 6;

    constexpr Obis() = default; // 0.0.0.0.0.0
    constexpr Obis(quint8 a, quint8 b, quint8 c, quint8 d, quint8 e, quint8 f)
        : m_bytes{a, b, c, d, e, f}
    {}

    // "1.0.99.1.0.255", "1-0:99.1.0*255" or "1-0:99.1.0.255": all six groups,
    // decimal 0..255. Reduced forms such as "1.8.0" are rejected: which
    // groups they leave out depends on the context they came from.
    static Result<Obis> parse(QStringView text);
    // Exactly six bytes, as in a COSEM attribute descriptor.
    static Result<Obis> fromBytes(QByteArrayView bytes);

    QByteArray toBytes() const;
    QString toString() const;    // "1.0.99.1.0.255"
    QString toIecString() const; // "1-0:99.1.0*255"

    constexpr quint8 a() const { return m_bytes[0]; }
    constexpr quint8 b() const { return m_bytes[1]; }
    constexpr quint8 c() const { return m_bytes[2]; }
    constexpr quint8 d() const { return m_bytes[3]; }
    constexpr quint8 e() const { return m_bytes[4]; }
    constexpr quint8 f() const { return m_bytes[5]; }
    constexpr const std::array<quint8, Size> &bytes() const { return m_bytes; }

    // The six groups as one 48-bit number (A in the high byte), for storage
    // keys; the order matches operator<=>.
    constexpr quint64 toNumber() const
    {
        quint64 n = 0;
        for (quint8 b : m_bytes)
            n = (n << 8) | b;
        return n;
    }
    static constexpr Obis fromNumber(quint64 n)
    {
        return Obis(quint8(n >> 40), quint8(n >> 32), quint8(n >> 24), quint8(n >> 16),
                    quint8(n >> 8), quint8(n));
    }

    constexpr auto operator<=>(const Obis &) const = default;
    constexpr bool operator==(const Obis &) const = default;

private:
    QString format(const char (&separators)[5]) const; // between the six groups

    std::array<quint8, Size> m_bytes{};
};

size_t qHash(const Obis &obis, size_t seed = 0) noexcept;

} // namespace ims::cosem
