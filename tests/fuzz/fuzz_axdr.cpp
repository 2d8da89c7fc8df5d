// libFuzzer target for the A-XDR codec, the streaming array reader and the
// JSON forms. Besides "no crash, no sanitizer report" it checks properties
// and aborts when one fails:
//  - canonical decode: re-encoding gives exactly the consumed bytes;
//  - every strict prefix of a decodable value is Truncated (never Malformed),
//    which is what lets a block-transfer caller wait for more;
//  - lenient decode: decode(encode(v)) == v;
//  - typed JSON round trip: fromJson(toJson(v)) == v;
//  - ArrayReader, fed in pieces, yields the rows decodeAll finds.
#include "protocol/axdr/array_reader.h"
#include "protocol/axdr/axdr_codec.h"
#include "protocol/axdr/value_json.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

using namespace ims;
using namespace ims::axdr;

namespace {

[[noreturn]] void failed(const char *what)
{
    std::fprintf(stderr, "fuzz-axdr property failed: %s\n", what);
    std::abort();
}

void checkPrefixes(QByteArrayView consumed, const DecodeLimits &limits)
{
    const qsizetype n = consumed.size();
    const qsizetype step = n <= 256 ? 1 : n / 64;
    for (qsizetype len = 0; len < n; len += step) {
        qsizetype pos = 0;
        const auto r = decode(consumed.first(len), pos, limits);
        if (r || r.error().kind != ErrorKind::Truncated)
            failed("a strict prefix of a decodable value is not Truncated");
    }
}

void checkJson(const Value &v)
{
    const QJsonValue json = toJson(v);
    const auto back = fromJson(json);
    if (!back || !(*back == v))
        failed("fromJson(toJson(v)) != v");
    (void)toPlainJson(v);
    (void)displayTypeName(v);
    (void)v.toDisplayString();
    // Through text as well: what a file or a pipe would carry.
    const QByteArray text = QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    const auto reparsed = fromJson(QJsonDocument::fromJson(text).object());
    if (!reparsed || !(*reparsed == v))
        failed("typed JSON does not survive serialisation to text");
}

void checkArrayReader(QByteArrayView in, const DecodeLimits &limits, const Result<Value> &whole,
                      qsizetype chunk)
{
    ArrayReader reader(limits);
    QList<Value> rows;
    bool hardError = false;
    for (qsizetype at = 0; at < in.size() && !hardError; at += chunk) {
        reader.append(in.sliced(at, std::min(chunk, in.size() - at)));
        auto taken = reader.takeAvailable();
        if (!taken) {
            hardError = true;
            break;
        }
        rows.append(*taken);
    }
    if (whole && whole->type() == DataType::Array) {
        if (hardError || !reader.atEnd() || reader.pendingBytes() != 0 || rows != whole->items())
            failed("ArrayReader disagrees with decodeAll");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView in(reinterpret_cast<const char *>(data), qsizetype(size));
    DecodeLimits limits;
    limits.maxElements = 20'000; // keeps each input fast; the bound itself is what is tested

    DecodeLimits strict = limits;
    strict.canonicalOnly = true;
    qsizetype pos = 0;
    if (const auto v = decode(in, pos, strict)) {
        if (encode(*v) != in.first(pos))
            failed("canonical decode does not re-encode byte-exact");
        checkPrefixes(in.first(pos), strict);
        checkJson(*v);
    }

    const auto whole = decodeAll(in, limits);
    if (whole) {
        const auto again = decodeAll(encode(*whole), limits);
        if (!again || !(*again == *whole))
            failed("decode(encode(v)) != v");
    }
    const qsizetype chunk = size > 0 ? qsizetype(data[size - 1] % 17) + 1 : 1;
    checkArrayReader(in, limits, whole, chunk);
    return 0;
}
