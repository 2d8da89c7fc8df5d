#pragma once
// Streaming deframer for HDLC frames (IEC 62056-46, format type 3).
//
//   parser.feed(bytesFromTheLine);
//   for (auto r = parser.next(); !r.needMore(); r = parser.next())
//       r.isFrame() ? handle(r.frame) : log(r.error);
//
// Frames are found by their length field, not by scanning for the closing
// flag (62056-46 has no byte stuffing, so 0x7E may occur inside a frame), and
// a candidate is only accepted when its HCS, FCS and closing flag all agree.
// After an error the parser resynchronises at the next 0x7E, so the next good
// frame is still delivered. Bytes outside any frame are skipped and counted.
// A closing flag may double as the next frame's opening flag.
//
// Memory: the parser keeps at most what was fed and not yet consumed by
// next(). Bytes that cannot start a frame (no 0x7E among them) are dropped at
// once, and `maxBuffered` caps the rest: call next() until needMore() after
// each feed().
#include "protocol/core/result.h"
#include "protocol/hdlc/hdlc_frame.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace ims::hdlc {

struct HdlcParseResult
{
    enum class Kind { Frame, NeedMore, Error };
    Kind kind = Kind::NeedMore;
    HdlcFrame frame; // Kind::Frame
    Error error;     // Kind::Error: BadChecksum, Malformed, TooLarge (Truncated when abandoned)

    bool isFrame() const { return kind == Kind::Frame; }
    bool needMore() const { return kind == Kind::NeedMore; }
    bool isError() const { return kind == Kind::Error; }
};

struct HdlcParserLimits
{
    // Frames longer than this (flags excluded) are reported as TooLarge;
    // lower it to the negotiated maximum plus header to reject early.
    int maxFrameLength = kMaxFrameLength;
    // Unconsumed bytes kept between feed() and next(); beyond it the oldest
    // bytes are dropped (and counted in droppedBytes()).
    qsizetype maxBuffered = 256 * 1024;
};

class HdlcParser
{
    Q_DECLARE_TR_FUNCTIONS(HdlcParser)
public:
    explicit HdlcParser(HdlcParserLimits limits = {});

    void feed(QByteArrayView bytes);
    HdlcParseResult next();
    // The line fell silent (an inter-frame timeout of the caller's choosing)
    // while a frame was incomplete: give up on it (Truncated) and look for a
    // frame behind it. NeedMore when nothing was pending.
    HdlcParseResult abandonPartialFrame();
    void reset();

    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    // Bytes skipped because they could not belong to a frame (not counting
    // the 0x7E flags between frames).
    qsizetype garbageBytes() const { return m_garbage; }
    // Bytes thrown away by the maxBuffered cap.
    qsizetype droppedBytes() const { return m_dropped; }
    qsizetype framesDelivered() const { return m_frames; }
    qsizetype errorCount() const { return m_errors; }

private:
    HdlcParseResult fail(ErrorKind kind, const QString &message, qsizetype resumeAt);
    void compact();
    // Moves m_pos to the next 0x7E (counting garbage); false when there is none.
    bool seekFlag();

    HdlcParserLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_afterFrame = false; // m_pos is the closing flag of a delivered frame
    qsizetype m_garbage = 0;
    qsizetype m_dropped = 0;
    qsizetype m_frames = 0;
    qsizetype m_errors = 0;
};

} // namespace ims::hdlc
