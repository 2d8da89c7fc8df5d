// HDLC deframing throughput: a long stream of maximum-size I-frames (2047
// bytes between the flags, back to back with shared flags) fed to the parser
// in 4 KiB reads, as a serial or TCP link would deliver it. Also the raw
// CRC-16/X.25 rate and the frame encoder.
#include "bench_common.h"
#include "protocol/hdlc/crc16.h"
#include "protocol/hdlc/hdlc_frame.h"
#include "protocol/hdlc/hdlc_parser.h"

#include <QCoreApplication>
#include <QList>

using namespace ims::hdlc;

namespace {

constexpr int kFrames = 2048;
constexpr int kRounds = 8;
constexpr qsizetype kReadSize = 4096;

HdlcFrame maxFrame(int i)
{
    HdlcFrame f = HdlcFrame::command(FrameKind::I, HdlcAddress::client(16), HdlcAddress::server(1));
    f.ns = i % 8;
    f.nr = (i / 8) % 8;
    f.segmented = true;
    // 2047 = format 2 + addresses 2 + control 1 + HCS 2 + info + FCS 2
    f.info = QByteArray(2047 - 9, Qt::Uninitialized);
    for (qsizetype k = 0; k < f.info.size(); ++k)
        f.info[k] = char((k * 131 + i) & 0xFF);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString bench = QStringLiteral("hdlc");

    QList<HdlcFrame> source;
    for (int i = 0; i < kFrames; ++i)
        source.append(maxFrame(i));
    QByteArray stream;
    stream.reserve(qsizetype(kFrames) * 2049);
    QElapsedTimer timer;
    timer.start();
    for (const HdlcFrame &f : std::as_const(source)) {
        const QByteArray frame = encodeFrame(f);
        stream += stream.isEmpty() ? frame : frame.sliced(1); // shared flags
    }
    const double encodeSeconds = double(timer.nsecsElapsed()) / 1e9;
    ims::bench::report(bench, QStringLiteral("encode_frames_per_s"), kFrames / encodeSeconds,
                       QStringLiteral("frames/s"));

    qsizetype frames = 0;
    qsizetype errors = 0;
    timer.restart();
    for (int round = 0; round < kRounds; ++round) {
        HdlcParser parser;
        for (qsizetype at = 0; at < stream.size(); at += kReadSize) {
            parser.feed(QByteArrayView(stream).sliced(at, qMin(kReadSize, stream.size() - at)));
            for (HdlcParseResult r = parser.next(); !r.needMore(); r = parser.next()) {
                if (r.isFrame())
                    ++frames;
                else
                    ++errors;
            }
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (frames != qsizetype(kFrames) * kRounds || errors != 0) {
        std::fprintf(stderr, "bench-hdlc: %lld frames, %lld errors: parser broken\n",
                     static_cast<long long>(frames), static_cast<long long>(errors));
        return 1;
    }
    const double bytes = double(stream.size()) * kRounds;
    ims::bench::report(bench, QStringLiteral("deframe_throughput"), bytes / seconds / 1e6,
                       QStringLiteral("MB/s"));
    ims::bench::report(bench, QStringLiteral("deframe_frames_per_s"), double(frames) / seconds,
                       QStringLiteral("frames/s"));

    volatile quint16 sink = 0; // keeps the CRC loop from being optimised away
    timer.restart();
    for (int round = 0; round < kRounds; ++round)
        sink = quint16(sink ^ crc16X25(stream));
    const double crcSeconds = double(timer.nsecsElapsed()) / 1e9;
    ims::bench::report(bench, QStringLiteral("crc16_x25_throughput"), bytes / crcSeconds / 1e6,
                       QStringLiteral("MB/s"));
    return 0;
}
