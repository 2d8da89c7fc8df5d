#include "protocol/cosem/hdlc_setup.h"

#include "protocol/cosem/class_id.h"
#include "protocol/cosem/field_reader.h"

namespace ims::cosem {

using axdr::Value;
using Attr = ic::IecHdlcSetup::Attr;

Status HdlcSetup::setAttribute(qint8 index, const Value &value)
{
    FieldReader r;
    const auto field = [](const char *name) {
        return QStringLiteral("iec_hdlc_setup.") + QLatin1String(name);
    };
    const auto readU8 = [&](quint8 &target, const char *name) {
        const quint8 v = r.unsigned8(value, field(name));
        if (r.ok())
            target = v;
    };
    const auto readU16 = [&](quint16 &target, const char *name) {
        const quint16 v = r.longUnsigned(value, field(name));
        if (r.ok())
            target = v;
    };
    switch (index) {
    case Attr::CommSpeed: {
        const quint8 s = r.enumeration(value, field("comm_speed"));
        if (r.ok() && s > MaxCommSpeed)
            r.fail(field("comm_speed"), tr("baud rate code %1 is not defined (0..9)").arg(s));
        if (r.ok())
            commSpeed = s;
        break;
    }
    case Attr::WindowSizeTransmit:
        readU8(windowSizeTransmit, "window_size_transmit");
        break;
    case Attr::WindowSizeReceive:
        readU8(windowSizeReceive, "window_size_receive");
        break;
    case Attr::MaxInfoFieldLengthTransmit:
        readU16(maxInfoFieldLengthTransmit, "max_info_field_length_transmit");
        break;
    case Attr::MaxInfoFieldLengthReceive:
        readU16(maxInfoFieldLengthReceive, "max_info_field_length_receive");
        break;
    case Attr::InterOctetTimeOut:
        readU16(interOctetTimeoutMs, "inter_octet_time_out");
        break;
    case Attr::InactivityTimeOut:
        readU16(inactivityTimeoutSeconds, "inactivity_time_out");
        break;
    case Attr::DeviceAddress:
        readU16(deviceAddress, "device_address");
        break;
    default:
        return Error(ErrorKind::NotFound, tr("the HDLC setup has no attribute %1").arg(index));
    }
    if (!r.ok())
        return r.error();
    return {};
}

Result<Value> HdlcSetup::attribute(qint8 index) const
{
    switch (index) {
    case Attr::CommSpeed:
        return Value::enumValue(commSpeed);
    case Attr::WindowSizeTransmit:
        return Value::unsigned8(windowSizeTransmit);
    case Attr::WindowSizeReceive:
        return Value::unsigned8(windowSizeReceive);
    case Attr::MaxInfoFieldLengthTransmit:
        return Value::longUnsigned(maxInfoFieldLengthTransmit);
    case Attr::MaxInfoFieldLengthReceive:
        return Value::longUnsigned(maxInfoFieldLengthReceive);
    case Attr::InterOctetTimeOut:
        return Value::longUnsigned(interOctetTimeoutMs);
    case Attr::InactivityTimeOut:
        return Value::longUnsigned(inactivityTimeoutSeconds);
    case Attr::DeviceAddress:
        return Value::longUnsigned(deviceAddress);
    default:
        return Error(ErrorKind::NotFound, tr("the HDLC setup has no attribute %1").arg(index));
    }
}

QStringList HdlcSetup::rangeIssues() const
{
    QStringList out;
    const auto window = [&](quint8 v, const QString &name) {
        if (v < 1 || v > 7)
            out << tr("%1 is %2, the allowed range is 1 to 7").arg(name).arg(v);
    };
    const auto info = [&](quint16 v, const QString &name) {
        if (v < 32 || v > 2030)
            out << tr("%1 is %2, the allowed range is 32 to 2030").arg(name).arg(v);
    };
    window(windowSizeTransmit, QStringLiteral("window_size_transmit"));
    window(windowSizeReceive, QStringLiteral("window_size_receive"));
    info(maxInfoFieldLengthTransmit, QStringLiteral("max_info_field_length_transmit"));
    info(maxInfoFieldLengthReceive, QStringLiteral("max_info_field_length_receive"));
    if (interOctetTimeoutMs < 20 || interOctetTimeoutMs > 6000)
        out << tr("%1 is %2, the allowed range is 20 to 6000")
                   .arg(QStringLiteral("inter_octet_time_out"))
                   .arg(interOctetTimeoutMs);
    return out;
}

} // namespace ims::cosem
