#pragma once
// The baud rate enum shared by IEC HDLC setup comm_speed and IEC local
// port setup default_baud / prop_baud: 0 = 300 ... 9 = 115200 baud.
#include <QtGlobal>

#include <optional>

namespace ims::cosem {

enum class CommSpeed : quint8 {
    Baud300 = 0,
    Baud600 = 1,
    Baud1200 = 2,
    Baud2400 = 3,
    Baud4800 = 4,
    Baud9600 = 5,
    Baud19200 = 6,
    Baud38400 = 7,
    Baud57600 = 8,
    Baud115200 = 9,
};

inline constexpr quint8 MaxCommSpeed = quint8(CommSpeed::Baud115200);

// Bits per second of an enum value, or nullopt beyond 9.
constexpr std::optional<int> commSpeedBaud(quint8 code)
{
    constexpr int rates[] = {300, 600, 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};
    if (code > MaxCommSpeed)
        return std::nullopt;
    return rates[code];
}

// The enum value for a baud rate, or nullopt for a rate the enum lacks.
constexpr std::optional<quint8> commSpeedCode(int baud)
{
    for (quint8 code = 0; code <= MaxCommSpeed; ++code) {
        if (commSpeedBaud(code) == baud)
            return code;
    }
    return std::nullopt;
}

} // namespace ims::cosem
