// libFuzzer target: the HDLC deframer, then a server station fed every frame
// it produces (the simulator's exposure to a hostile client), and the SNRM/UA
// parameter decoder on each information field.
#include "protocol/hdlc/hdlc_parameters.h"
#include "protocol/hdlc/hdlc_parser.h"
#include "protocol/hdlc/hdlc_station.h"

#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

using namespace ims::hdlc;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Hostile input makes the station warn on every bad frame: keep the
    // fuzzer fast and its output readable.
    QLoggingCategory::setFilterRules(QStringLiteral("imsdesk.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks how the stream is chopped, to reach the
    // partial-frame paths as well as whole chunks.
    const size_t chunk = size_t(data[0] % 64) + 1;
    ++data;
    --size;

    HdlcParserLimits limits;
    limits.maxBuffered = 8192;
    HdlcParser parser(limits);

    HdlcStationConfig config;
    config.role = HdlcRole::Server;
    config.localAddress = HdlcAddress::server(1, 17);
    config.parameters = {128, 128, 7, 7};
    config.maxApduSize = 4096;
    HdlcStation server(config);

    for (size_t at = 0; at < size; at += chunk) {
        const size_t n = size - at < chunk ? size - at : chunk;
        parser.feed(QByteArrayView(reinterpret_cast<const char *>(data + at), qsizetype(n)));
        for (HdlcParseResult r = parser.next(); !r.needMore(); r = parser.next()) {
            if (!r.isFrame())
                continue;
            (void)decodeParameters(r.frame.info);
            // Round trip: what the parser accepted must encode to a frame again.
            if (encodeFrame(r.frame).isEmpty())
                __builtin_trap();
            for (const HdlcAction &a : server.onFrame(r.frame)) {
                if (a.kind == HdlcAction::Kind::Deliver) {
                    // Answer like an application would, with a multi-segment response.
                    (void)server.sendApdu(QByteArray(300, char(0xC4)));
                }
            }
        }
        if (parser.bufferedBytes() > limits.maxBuffered)
            __builtin_trap();
    }
    (void)parser.abandonPartialFrame();
    (void)server.onTimeout();
    return 0;
}
