#pragma once
// HDLC link parameters carried by SNRM and UA (IEC 62056-46, 6.4.4.4.3.2):
//   81 80 <group length> | 05 L max-info-tx | 06 L max-info-rx
//                        | 07 L window-tx   | 08 L window-rx
// Each value is 1, 2 or 4 bytes, big-endian. The values are stated from the
// sender's point of view: in an SNRM "tx" is what the client will transmit,
// in a UA what the server will transmit. A missing parameter means the
// default (128 bytes, window 1).
#include "protocol/core/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ims::hdlc {

inline constexpr quint32 kDefaultMaxInfo = 128;
inline constexpr quint32 kDefaultWindow = 1;
inline constexpr quint32 kMaxWindow = 7;     // modulo-8 sequence numbers
inline constexpr quint32 kMaxMaxInfo = 2030; // fits a 2047-byte frame with 4-byte addresses

struct HdlcParameters
{
    quint32 maxInfoTx = kDefaultMaxInfo;
    quint32 maxInfoRx = kDefaultMaxInfo;
    quint32 windowTx = kDefaultWindow;
    quint32 windowRx = kDefaultWindow;

    // The same agreement seen from the other end (tx <-> rx).
    HdlcParameters mirrored() const { return {maxInfoRx, maxInfoTx, windowRx, windowTx}; }

    friend bool operator==(const HdlcParameters &, const HdlcParameters &) = default;
};

// Encodes all four parameters, max-info in the smallest of 1 or 2 bytes and
// windows in 4 bytes, as the Gurux and most meters' UA frames do.
QByteArray encodeParameters(const HdlcParameters &parameters);

// Decodes an SNRM/UA information field. Empty input yields the defaults;
// unknown parameter identifiers are skipped. Malformed on a wrong format or
// group identifier, a length running past the end, or a value that is not
// 1, 2 or 4 bytes.
Result<HdlcParameters> decodeParameters(QByteArrayView info);

// What a server answers in its UA: `proposed` is the client's SNRM (client's
// point of view), `offered` the server's own limits (server's point of view).
// Each direction gets the smaller of what the sender may send and the
// receiver accepts; windows are clamped to 1..7 and max-info to 1..2030.
// The result is from the server's point of view; mirrored() gives the client's.
HdlcParameters negotiate(const HdlcParameters &proposed, const HdlcParameters &offered);

} // namespace ims::hdlc
