// libFuzzer target for the xDLMS/ACSE APDU codecs and the suite-0 unwrap.
// Besides "no crash, no sanitizer report" it checks properties and aborts
// when one fails:
//  - whatever parseApdu accepts re-encodes to bytes that parse to an equal APDU;
//  - the ACSE decoders agree with parseApdu on the ACSE tags;
//  - unwrapApdu under fixed keys never accepts a replayed counter, and what it
//    accepts is handed to parseApdu like any APDU.
#include "protocol/dlms/xdlms_apdu.h"
#include "protocol/security/ciphering.h"
#include "protocol/security/hls_gmac.h"

#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

using namespace ims;
using namespace ims::dlms;
using namespace ims::security;

namespace {

[[noreturn]] void failed(const char *what)
{
    std::fprintf(stderr, "fuzz-apdu property failed: %s\n", what);
    std::abort();
}

SecurityContext fixedContext()
{
    // The keys of the golden vectors, so that the seed corpus decrypts.
    SecurityKeys keys;
    keys.blockCipherKey = QByteArray::fromHex("000102030405060708090A0B0C0D0E0F");
    keys.authenticationKey = QByteArray::fromHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF");
    keys.dedicatedKey = QByteArray::fromHex("00112233445566778899AABBCCDDEEFF");
    SecurityContext c(keys, QByteArray::fromHex("4142434445464748"));
    c.setPeerSystemTitle(QByteArray::fromHex("4775727578313233"));
    return c;
}

void checkRoundTrip(QByteArrayView in, const axdr::DecodeLimits &limits)
{
    const auto parsed = parseApdu(in, limits);
    if (!parsed)
        return;
    const QByteArray encoded = encodeApdu(*parsed);
    const auto again = parseApdu(encoded, limits);
    if (!again)
        failed("re-encoded APDU does not parse");
    if (!(*again == *parsed))
        failed("re-encoded APDU parses to something else");
    (void)apduName(*parsed);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Rejected APDUs are logged as warnings; at fuzzing rates that is all the time.
    QLoggingCategory::setFilterRules(QStringLiteral("imsdesk.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView in(reinterpret_cast<const char *>(data), qsizetype(size));
    axdr::DecodeLimits limits;
    limits.maxElements = 10'000;
    limits.maxBytes = 64 * 1024;

    checkRoundTrip(in, limits);

    if (!in.isEmpty()) {
        const quint8 tag = quint8(in[0]);
        const auto viaParse = parseApdu(in, limits);
        bool direct = false;
        switch (tag) {
        case Aarq::Tag:
            direct = decodeAarq(in).ok();
            break;
        case Aare::Tag:
            direct = decodeAare(in).ok();
            break;
        case Rlrq::Tag:
            direct = decodeRlrq(in).ok();
            break;
        case Rlre::Tag:
            direct = decodeRlre(in).ok();
            break;
        default:
            direct = viaParse.ok();
            break;
        }
        if (direct != viaParse.ok())
            failed("ACSE decoder and parseApdu disagree");
    }

    SecurityContext context = fixedContext();
    const auto unwrapped = unwrapApdu(context, in);
    if (unwrapped) {
        checkRoundTrip(unwrapped->apdu, limits);
        if (context.lastPeerInvocationCounter() != unwrapped->envelope.invocationCounter)
            failed("accepted APDU did not commit its invocation counter");
        if (unwrapApdu(context, in))
            failed("the same ciphered APDU was accepted twice");
    } else if (context.lastPeerInvocationCounter()) {
        failed("a rejected APDU moved the peer's invocation counter");
    }

    // The HLS check must reject anything that is not the exact answer.
    if (size >= 17) {
        const SecurityContext hls = fixedContext();
        if (verifyChallengeResponse(hls, in.first(8), in.sliced(size - 17)).ok())
            failed("random bytes passed the HLS-GMAC check");
    }
    return 0;
}
