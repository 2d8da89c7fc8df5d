#include "protocol/cosem/obis.h"

#include <QCoreApplication>

namespace ims::cosem {

namespace {

struct ObisTr
{
    Q_DECLARE_TR_FUNCTIONS(Obis)
};

} // namespace

Result<Obis> Obis::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    // Group separators in order: dotted form uses '.' throughout; the IEC
    // form "A-B:C.D.E*F" fixes the first two and allows '*' or '.' before F.
    const bool iec = trimmed.contains(QLatin1Char('-')) || trimmed.contains(QLatin1Char(':'));
    std::array<quint8, Size> groups{};
    qsizetype pos = 0;
    for (int g = 0; g < Size; ++g) {
        if (g > 0) {
            const QChar sep = pos < trimmed.size() ? trimmed[pos] : QChar();
            const bool ok = !iec     ? sep == QLatin1Char('.')
                            : g == 1 ? sep == QLatin1Char('-')
                            : g == 2 ? sep == QLatin1Char(':')
                            : g == 5 ? (sep == QLatin1Char('*') || sep == QLatin1Char('.'))
                                     : sep == QLatin1Char('.');
            if (!ok)
                return Error(ErrorKind::InvalidArgument,
                             ObisTr::tr("\"%1\" is not a full OBIS code A.B.C.D.E.F or A-B:C.D.E*F")
                                 .arg(text.toString()));
            ++pos;
        }
        uint value = 0;
        const qsizetype start = pos;
        while (pos < trimmed.size() && pos - start < 3 && trimmed[pos].isDigit()
               && trimmed[pos].unicode() < 128) {
            value = value * 10 + uint(trimmed[pos].unicode() - '0');
            ++pos;
        }
        if (pos == start || value > 255)
            return Error(ErrorKind::InvalidArgument,
                         ObisTr::tr("\"%1\" is not a full OBIS code: group %2 must be 0..255")
                             .arg(text.toString())
                             .arg(QChar(u'A' + g)));
        groups[g] = quint8(value);
    }
    if (pos != trimmed.size())
        return Error(ErrorKind::InvalidArgument,
                     ObisTr::tr("\"%1\" is not a full OBIS code A.B.C.D.E.F or A-B:C.D.E*F")
                         .arg(text.toString()));
    return Obis(groups[0], groups[1], groups[2], groups[3], groups[4], groups[5]);
}

Result<Obis> Obis::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != Size)
        return Error(ErrorKind::Malformed,
                     ObisTr::tr("an OBIS code is 6 bytes, got %1").arg(bytes.size()));
    const auto at = [&](int i) {
        return quint8(bytes[i]);
    };
    return Obis(at(0), at(1), at(2), at(3), at(4), at(5));
}

QByteArray Obis::toBytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), Size);
}

// The engine names every register it stores by its OBIS text: formatted by
// hand, as QString::arg chains were a sixth of the engine's time.
QString Obis::format(const char (&separators)[5]) const
{
    char text[6 * 3 + 5];
    qsizetype at = 0;
    for (int i = 0; i < Size; ++i) {
        const quint8 v = m_bytes[size_t(i)];
        if (v >= 100)
            text[at++] = char('0' + v / 100);
        if (v >= 10)
            text[at++] = char('0' + v / 10 % 10);
        text[at++] = char('0' + v % 10);
        if (i < Size - 1)
            text[at++] = separators[i];
    }
    return QString::fromLatin1(text, at);
}

QString Obis::toString() const
{
    return format({'.', '.', '.', '.', '.'});
}

QString Obis::toIecString() const
{
    return format({'-', ':', '.', '.', '*'});
}

size_t qHash(const Obis &obis, size_t seed) noexcept
{
    return qHashBits(obis.bytes().data(), Obis::Size, seed);
}

} // namespace ims::cosem
