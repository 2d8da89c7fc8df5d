#pragma once
// One HDLC frame of IEC 62056-46 (frame format type 3) and its encoder.
// Layout between the 0x7E flags:
//   format (2) | destination (1-4) | source (1-4) | control (1)
//   [ | HCS (2) | information ] | FCS (2)
// The format field is 0xA000 | segmented 0x0800 | 11-bit length of all of
// the above. HCS and FCS are CRC-16/X.25, low byte first; the HCS is only
// present when an information field follows.
#include "protocol/core/result.h"
#include "protocol/hdlc/hdlc_address.h"

#include <QByteArray>
#include <QString>

namespace ims::hdlc {

enum class FrameKind { I, RR, RNR, SNRM, UA, DISC, DM, FRMR, UI, Unknown };

QString frameKindName(FrameKind kind); // "I", "RR", "SNRM", ... for traces

inline constexpr quint8 kFlag = 0x7E;
inline constexpr int kMaxFrameLength = 2047; // the 11-bit length, flags excluded
inline constexpr int kFcsSize = 2;
inline constexpr int kHcsSize = 2;

struct HdlcFrame
{
    bool segmented = false;
    HdlcAddress destination;
    HdlcAddress source;
    quint8 control = 0; // as received; the encoder derives it from kind/ns/nr/pf
    FrameKind kind = FrameKind::Unknown;
    int ns = 0;      // N(S), I-frames only
    int nr = 0;      // N(R), I, RR and RNR frames
    bool pf = false; // poll (client to server) or final (server to client)
    QByteArray info;

    static HdlcFrame command(FrameKind kind, const HdlcAddress &destination,
                             const HdlcAddress &source, bool pf = true, QByteArray info = {});
};

// The control byte of a frame: SNRM 0x83, UA 0x63, DISC 0x43, DM 0x0F,
// FRMR 0x87, UI 0x03, RR 0x01 | N(R) << 5, RNR 0x05 | N(R) << 5,
// I N(S) << 1 | N(R) << 5, each | 0x10 for P/F.
quint8 controlByte(FrameKind kind, int ns, int nr, bool pf);

struct ControlFields
{
    FrameKind kind = FrameKind::Unknown;
    int ns = 0;
    int nr = 0;
    bool pf = false;
};
ControlFields decodeControl(quint8 control);

// Number of bytes the frame occupies between the flags, or an error when it
// cannot be encoded (address out of range, above kMaxFrameLength).
Result<int> frameLength(const HdlcFrame &frame);

// Encodes with both flags. The control byte comes from kind/ns/nr/pf (the raw
// `control` field is used only for FrameKind::Unknown). Returns an empty array
// when frameLength() fails: an empty array is never a valid frame.
QByteArray encodeFrame(const HdlcFrame &frame);

// One line for trace logs: "I(ns=1 nr=2 P) 16->1 seg 128B".
QString describeFrame(const HdlcFrame &frame);

} // namespace ims::hdlc
