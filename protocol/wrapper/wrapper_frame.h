#pragma once
// The DLMS/COSEM WRAPPER of IEC 62056-47 (TCP and UDP transport): an 8-byte
// header of four big-endian 16-bit fields, then the APDU.
//   version (0x0001) | source wPort | destination wPort | APDU length
// The client's wPort is its SAP; the server's wPort 1 is the management
// logical device.
#include "protocol/core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace ims::wrapper {

inline constexpr quint16 kWrapperVersion = 0x0001;
inline constexpr int kWrapperHeaderSize = 8;
inline constexpr qsizetype kMaxWrapperApdu = 0xFFFF; // what the length field can say

struct WrapperFrame
{
    quint16 version = kWrapperVersion;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    QByteArray apdu;
};

// Header and APDU. Returns an empty array when the APDU exceeds 65535 bytes.
QByteArray encodeWrapper(const WrapperFrame &frame);
QByteArray encodeWrapper(quint16 sourcePort, quint16 destinationPort, QByteArrayView apdu);

// One whole UDP datagram: exactly one header and the APDU it announces.
Result<WrapperFrame> decodeWrapperDatagram(QByteArrayView datagram,
                                           qsizetype maxApdu = kMaxWrapperApdu);

struct WrapperParseResult
{
    enum class Kind { Frame, NeedMore, Error };
    Kind kind = Kind::NeedMore;
    WrapperFrame frame; // Kind::Frame
    Error error;        // Kind::Error: Malformed (version) or TooLarge (length)

    bool isFrame() const { return kind == Kind::Frame; }
    bool needMore() const { return kind == Kind::NeedMore; }
    bool isError() const { return kind == Kind::Error; }
};

// Streaming parser for a TCP byte stream. A TCP stream has no flags to
// resynchronise on, so an error is final: next() repeats it until reset(),
// and the caller should close the connection.
class WrapperParser
{
    Q_DECLARE_TR_FUNCTIONS(WrapperParser)
public:
    explicit WrapperParser(qsizetype maxApdu = kMaxWrapperApdu);

    void feed(QByteArrayView bytes);
    WrapperParseResult next();
    void reset();

    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    bool failed() const { return m_failed; }

private:
    qsizetype m_maxApdu;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_failed = false;
    Error m_error;
};

} // namespace ims::wrapper
