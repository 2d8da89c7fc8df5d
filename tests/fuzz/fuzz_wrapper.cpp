// libFuzzer target: the WRAPPER stream parser and datagram decoder.
#include "protocol/wrapper/wrapper_frame.h"

#include <cstddef>
#include <cstdint>

using namespace ims::wrapper;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t chunk = size_t(data[0] % 32) + 1;
    ++data;
    --size;
    const QByteArrayView all(reinterpret_cast<const char *>(data), qsizetype(size));

    (void)decodeWrapperDatagram(all, 1024);

    WrapperParser parser(1024);
    for (size_t at = 0; at < size; at += chunk) {
        const size_t n = size - at < chunk ? size - at : chunk;
        parser.feed(all.sliced(qsizetype(at), qsizetype(n)));
        for (WrapperParseResult r = parser.next(); r.isFrame(); r = parser.next()) {
            if (r.frame.apdu.size() > 1024)
                __builtin_trap();
            if (encodeWrapper(r.frame).size() != 8 + r.frame.apdu.size())
                __builtin_trap();
        }
    }
    return 0;
}
