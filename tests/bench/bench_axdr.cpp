// A-XDR decoding throughput on the shape that dominates a readout: a profile
// generic buffer of 10,000 rows, each structure{date-time as octet-string(12),
// 4 x double-long-unsigned}. Decoded whole (decodeAll), streamed in 1 KiB
// GET blocks (ArrayReader), and encoded back.
#include "bench_common.h"
#include "protocol/axdr/array_reader.h"
#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/bytes.h"

#include <QCoreApplication>

using namespace ims::axdr;

namespace {

constexpr int kRows = 10000;
constexpr int kRounds = 20;
constexpr qsizetype kBlockSize = 1024;

QByteArray profileBuffer()
{
    QByteArray raw;
    raw.append(char(0x01));
    encodeLength(kRows, raw);
    for (int i = 0; i < kRows; ++i) {
        CosemDateTime dt;
        dt.date = {2026, 7, quint8(1 + i / 48 % 28), 0xFF};
        dt.time = {quint8(i / 2 % 24), quint8(i % 2 * 30), 0, 0};
        dt.deviation = -180;
        dt.clockStatus = 0;
        raw.append(char(0x02));
        raw.append(char(0x05));
        raw.append(char(0x09));
        raw.append(char(12));
        raw.append(dt.toOctets());
        for (int ch = 0; ch < 4; ++ch) {
            raw.append(char(0x06));
            ims::appendBe32(raw, quint32(i * 4 + ch));
        }
    }
    return raw;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString bench = QStringLiteral("axdr");
    const QByteArray raw = profileBuffer();

    QElapsedTimer timer;
    qsizetype rows = 0;
    timer.start();
    for (int round = 0; round < kRounds; ++round) {
        const auto v = decodeAll(raw);
        rows += v ? v->items().size() : 0;
    }
    double seconds = double(timer.nsecsElapsed()) / 1e9;
    ims::bench::report(bench, QStringLiteral("decode_profile_rows_per_s"), rows / seconds,
                       QStringLiteral("rows/s"));
    ims::bench::report(bench, QStringLiteral("decode_profile_mb_per_s"),
                       double(raw.size()) * kRounds / seconds / 1e6, QStringLiteral("MB/s"));

    rows = 0;
    timer.restart();
    for (int round = 0; round < kRounds; ++round) {
        ArrayReader reader;
        for (qsizetype at = 0; at < raw.size(); at += kBlockSize) {
            reader.append(QByteArrayView(raw).sliced(at, std::min(kBlockSize, raw.size() - at)));
            const auto taken = reader.takeAvailable();
            rows += taken ? taken->size() : 0;
        }
    }
    seconds = double(timer.nsecsElapsed()) / 1e9;
    ims::bench::report(bench, QStringLiteral("stream_profile_rows_per_s"), rows / seconds,
                       QStringLiteral("rows/s"));

    const auto decoded = decodeAll(raw);
    qsizetype bytes = 0;
    timer.restart();
    for (int round = 0; round < kRounds; ++round)
        bytes += encode(*decoded).size();
    seconds = double(timer.nsecsElapsed()) / 1e9;
    ims::bench::report(bench, QStringLiteral("encode_profile_rows_per_s"),
                       double(kRows) * kRounds / seconds, QStringLiteral("rows/s"));
    return bytes == raw.size() * kRounds && rows == qsizetype(kRows) * kRounds ? 0 : 1;
}
