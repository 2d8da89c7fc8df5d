#include "protocol/hdlc/crc16.h"

#include <array>

namespace ims::hdlc {

namespace {

// Slicing-by-8 tables: table[k][b] is the CRC of byte b followed by k zero
// bytes, which lets the loop fold 8 input bytes per step. Computed at compile
// time, so there is no static initialisation order to worry about.
using Tables = std::array<std::array<quint16, 256>, 8>;

constexpr Tables makeTables()
{
    Tables t{};
    for (unsigned b = 0; b < 256; ++b) {
        unsigned crc = b;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1u) ? (crc >> 1) ^ 0x8408u : crc >> 1;
        t[0][b] = quint16(crc);
    }
    for (unsigned b = 0; b < 256; ++b) {
        for (int k = 1; k < 8; ++k) {
            const quint16 prev = t[k - 1][b];
            t[k][b] = quint16((prev >> 8) ^ t[0][prev & 0xFF]);
        }
    }
    return t;
}

constexpr Tables kTables = makeTables();

static_assert(kTables[0][1] == 0x1189, "CRC-16/X.25 table");

} // namespace

quint16 crc16X25Update(quint16 state, QByteArrayView data)
{
    const auto *p = reinterpret_cast<const quint8 *>(data.data());
    qsizetype n = data.size();
    unsigned crc = state;
    while (n >= 8) {
        // Reading byte by byte keeps this endian-neutral; compilers merge it.
        const unsigned lo = crc ^ (unsigned(p[0]) | (unsigned(p[1]) << 8));
        crc = kTables[7][lo & 0xFF] ^ kTables[6][lo >> 8] ^ kTables[5][p[2]] ^ kTables[4][p[3]]
              ^ kTables[3][p[4]] ^ kTables[2][p[5]] ^ kTables[1][p[6]] ^ kTables[0][p[7]];
        p += 8;
        n -= 8;
    }
    while (n-- > 0)
        crc = (crc >> 8) ^ kTables[0][(crc ^ *p++) & 0xFF];
    return quint16(crc);
}

quint16 crc16X25(QByteArrayView data)
{
    return quint16(crc16X25Update(kCrc16X25Init, data) ^ 0xFFFF);
}

} // namespace ims::hdlc
