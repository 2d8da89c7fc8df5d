#pragma once
// IEC HDLC setup (class 23, version 1): SPODES optical 0.0.22.0.0.255,
// RS-485 0.1.22.0.0.255, GSM 0.2.22.0.0.255.
//   comm_speed                         enum (CommSpeed), default 9600
//   window_size_transmit/receive       unsigned, 1..7
//   max_info_field_length_transmit/receive  long-unsigned, 32..2030 (version 1)
//   inter_octet_time_out               long-unsigned, ms, 20..6000
//   inactivity_time_out                long-unsigned, s, 0 = none
//   device_address                     long-unsigned (the HDLC lower address)
// Value ranges are reported by rangeIssues() rather than refused, because
// a meter reporting an odd value is a fact to show, not a decoding error.
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"
#include "protocol/cosem/comm_speed.h"

#include <QCoreApplication>
#include <QStringList>

namespace ims::cosem {

struct HdlcSetup
{
    Q_DECLARE_TR_FUNCTIONS(HdlcSetup)

public:
    quint8 commSpeed = quint8(CommSpeed::Baud9600);
    quint8 windowSizeTransmit = 1;
    quint8 windowSizeReceive = 1;
    quint16 maxInfoFieldLengthTransmit = 128;
    quint16 maxInfoFieldLengthReceive = 128;
    quint16 interOctetTimeoutMs = 25;
    quint16 inactivityTimeoutSeconds = 120;
    quint16 deviceAddress = 0;

    // Attributes 2..9, as for Clock. An undefined comm_speed is Malformed.
    Status setAttribute(qint8 index, const axdr::Value &value);
    Result<axdr::Value> attribute(qint8 index) const;

    // Values outside the Blue Book ranges, one message each.
    QStringList rangeIssues() const;

    bool operator==(const HdlcSetup &) const = default;
};

} // namespace ims::cosem
