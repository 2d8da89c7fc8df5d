#pragma once
// IEC local port setup (class 19, version 1): the optical port's
// IEC 62056-21 behaviour.
//   default_mode  enum: 0 IEC 62056-21 (modes A..E), 1 IEC 62056-46 HDLC
//                 directly (the other attributes do not apply), 2 not specified
//   default_baud, prop_baud  enum (CommSpeed)
//   response_time enum: 0 = 20 ms, 1 = 200 ms (minimum time before the reply)
//   device_addr, pass_p1, pass_p2, pass_w5  octet-string
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"
#include "protocol/cosem/comm_speed.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ims::cosem {

enum class LocalPortMode : quint8 {
    Iec62056_21 = 0,
    Iec62056_46 = 1,
    NotSpecified = 2,
};

enum class LocalPortResponseTime : quint8 {
    Ms20 = 0,
    Ms200 = 1,
};

struct IecLocalPortSetup
{
    Q_DECLARE_TR_FUNCTIONS(IecLocalPortSetup)

public:
    quint8 defaultMode = quint8(LocalPortMode::Iec62056_21);
    quint8 defaultBaud = quint8(CommSpeed::Baud300);
    quint8 proposedBaud = quint8(CommSpeed::Baud9600);
    quint8 responseTime = quint8(LocalPortResponseTime::Ms200);
    QByteArray deviceAddress;
    QByteArray passwordP1;
    QByteArray passwordP2;
    QByteArray passwordW5;

    // Attributes 2..9, as for Clock; undefined enum values are Malformed.
    Status setAttribute(qint8 index, const axdr::Value &value);
    Result<axdr::Value> attribute(qint8 index) const;

    bool operator==(const IecLocalPortSetup &) const = default;
};

} // namespace ims::cosem
