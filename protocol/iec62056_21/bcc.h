#pragma once
// Block check character of IEC 62056-21 programming-mode and readout blocks.
// The range is the bytes after the first SOH (or after STX when the block has
// no SOH) up to and including the ETX/EOT that ends it; the BCC byte follows.
// Standard meters XOR that range; Energomera CE meters add it instead. Both
// keep 7 bits, because the line carries 7-bit characters (7E1).
#include <QByteArray>
#include <QByteArrayView>

namespace ims::iec21 {

enum class BccRule {
    Xor,  // IEC 62056-21
    Sum7, // Energomera CE: 7-bit arithmetic sum
};

// BCC over exactly the given range (already stripped of the leading SOH/STX).
quint8 computeBcc(QByteArrayView range, BccRule rule);

// The checked range of a whole block (leading SOH/STX .. ETX/EOT, BCC last),
// or an empty view when the bytes are not shaped like a block.
QByteArrayView bccRange(QByteArrayView block);

// True when `block` (SOH/STX ... ETX/EOT BCC) carries the BCC of `rule`.
bool verifyBcc(QByteArrayView block, BccRule rule);

// Appends the BCC of `rule` to a block that starts with SOH/STX and ends with
// ETX/EOT. Returns the block unchanged (without BCC) when it is not shaped so.
QByteArray withBcc(QByteArray blockWithoutBcc, BccRule rule);

} // namespace ims::iec21
