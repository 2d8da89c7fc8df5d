#pragma once
// A-XDR encoding of the COSEM Data CHOICE (IEC 62056-6-2 clause 4.1.5,
// IEC 61334-6). Bytes in, values out; no I/O.
//
// Errors: Truncated when the input ends inside the value (more bytes may
// complete it: a GET block-transfer caller waits and retries), Malformed
// when no continuation could make the bytes valid, TooDeep / TooLarge when a
// configured bound is exceeded. Declared lengths and counts are checked
// against the bounds and the bytes present before anything is allocated.
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ims::axdr {

struct DecodeLimits
{
    int maxDepth = 16;                     // nesting of array/structure/compact-array
    qsizetype maxElements = 1'000'000;     // values in one decoded value, nested ones included
    qsizetype maxBytes = 16 * 1024 * 1024; // encoded size of one value
    // Reject encodings that decode fine but would not re-encode to the same
    // bytes: long-form lengths that fit a shorter form, booleans other than
    // 0x00/0x01. Off by default, because BER (and real meters) allow both.
    bool canonicalOnly = false;
};

// Decodes one value starting at `pos`; on success `pos` is advanced past it.
// On failure `pos` is left unchanged.
Result<Value> decode(QByteArrayView in, qsizetype &pos, const DecodeLimits &limits = {});
// The whole buffer must be exactly one value (trailing bytes are Malformed).
Result<Value> decodeAll(QByteArrayView in, const DecodeLimits &limits = {});

void encode(const Value &value, QByteArray &out);
QByteArray encode(const Value &value);

// The A-XDR length/count form: one byte below 0x80, else 0x80|N and N
// big-endian bytes (N <= 4).
void encodeLength(quint32 length, QByteArray &out);
// Reads a length at `pos` and advances past it. Truncated if the input ends
// inside it; Malformed for N == 0 or N > 4 (or a non-minimal form when
// `canonicalOnly`).
Result<quint32> decodeLength(QByteArrayView in, qsizetype &pos, bool canonicalOnly = false);

} // namespace ims::axdr
