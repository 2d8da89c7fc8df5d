#pragma once
// What a link connects to, as a plain value. The CLI and the stored channel
// configuration use the same text form:
//   tcp:HOST:PORT            tcp:[::1]:4059
//   serial:DEV[:BAUD[:8N1][:OPTION...]]   options: rtscts, xonxoff, gap=MS, echo
//   optical:DEV[:MAXBAUD]    (IEC 62056-21 probe: starts at 300 7E1)
//   memory:NAME              (in-process pair, for tests and the simulator)
// toString() prints a canonical form (serial always with BAUD:FORMAT) that
// parse() reads back to an equal value.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QString>

#include <variant>

namespace ims::link {

enum class Parity { None, Even, Odd };
enum class FlowControl { None, Hardware, Software };

struct TcpSettings
{
    QString host;
    quint16 port = 0;
    int connectTimeoutMs = 10'000; // not part of the text form

    bool operator==(const TcpSettings &) const = default;
};

// Half-duplex RS-485 behaviour for adapters that do not handle it themselves.
struct Rs485Settings
{
    // Quiet time on the line before each write (bus turnaround).
    int interFrameGapMs = 0;
    // Drop the exact echo of our own transmission from the received stream.
    bool suppressEcho = false;

    bool operator==(const Rs485Settings &) const = default;
};

struct SerialSettings
{
    QString device;
    qint32 baud = 9600;
    int dataBits = 8; // 7 or 8
    Parity parity = Parity::None;
    int stopBits = 1; // 1 or 2
    FlowControl flowControl = FlowControl::None;
    Rs485Settings rs485;

    bool operator==(const SerialSettings &) const = default;
};

// An IEC 62056-21 optical probe: opened at initialBaud 7E1, the readout layer
// switches speed (and later 8N1 for DLMS) with SerialLink::setLineSettings().
struct OpticalSettings
{
    QString device;
    qint32 initialBaud = 300;
    qint32 maxBaud = 9600;

    bool operator==(const OpticalSettings &) const = default;
};

struct MemorySettings
{
    QString name;

    bool operator==(const MemorySettings &) const = default;
};

class LinkSettings
{
    Q_DECLARE_TR_FUNCTIONS(LinkSettings)

public:
    using Variant = std::variant<TcpSettings, SerialSettings, OpticalSettings, MemorySettings>;

    LinkSettings() = default; // an empty memory link name; parse() never yields it
    LinkSettings(TcpSettings s)
        : m_value(std::move(s))
    {}
    LinkSettings(SerialSettings s)
        : m_value(std::move(s))
    {}
    LinkSettings(OpticalSettings s)
        : m_value(std::move(s))
    {}
    LinkSettings(MemorySettings s)
        : m_value(std::move(s))
    {}

    const Variant &value() const { return m_value; }
    template<typename T>
    const T *get() const
    {
        return std::get_if<T>(&m_value);
    }

    // The CLI form (see the top of this file).
    QString toString() const;
    static Result<LinkSettings> parse(const QString &text);

    // For people and logs: "tcp 127.0.0.1:4059", "serial /dev/ttyUSB0 9600 8N1".
    QString describe() const;

    bool operator==(const LinkSettings &) const = default;

private:
    Variant m_value = MemorySettings{};
};

// "8N1", "7E1", ...
QString lineFormat(int dataBits, Parity parity, int stopBits);

// Bounds accepted by parse() and by the links.
inline constexpr qint32 kMinBaud = 50;
inline constexpr qint32 kMaxBaud = 4'000'000;
inline constexpr int kMaxInterFrameGapMs = 10'000;

} // namespace ims::link
