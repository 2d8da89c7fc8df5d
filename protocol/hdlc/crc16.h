#pragma once
// CRC-16/X.25 (a.k.a. CRC-16/IBM-SDLC), the HCS and FCS of IEC 62056-46 HDLC
// frames: reflected polynomial 0x8408, initial value 0xFFFF, final XOR 0xFFFF.
// The result goes on the wire low byte first.
#include <QByteArrayView>

namespace ims::hdlc {

// The finished CRC of `data` (CRC("123456789") == 0x906E).
quint16 crc16X25(QByteArrayView data);

// Incremental form: start with kCrc16X25Init, feed chunks, finish with
// `state ^ 0xFFFF` (which is what crc16X25() does in one go).
inline constexpr quint16 kCrc16X25Init = 0xFFFF;
quint16 crc16X25Update(quint16 state, QByteArrayView data);

} // namespace ims::hdlc
