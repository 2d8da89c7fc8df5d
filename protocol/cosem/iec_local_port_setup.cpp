#include "protocol/cosem/iec_local_port_setup.h"

#include "protocol/cosem/class_id.h"
#include "protocol/cosem/field_reader.h"

namespace ims::cosem {

using axdr::Value;
using Attr = ic::IecLocalPortSetup::Attr;

Status IecLocalPortSetup::setAttribute(qint8 index, const Value &value)
{
    FieldReader r;
    const auto field = [](const char *name) {
        return QStringLiteral("iec_local_port_setup.") + QLatin1String(name);
    };
    const auto readEnum = [&](quint8 &target, const char *name, quint8 max) {
        const quint8 v = r.enumeration(value, field(name));
        if (r.ok() && v > max)
            r.fail(field(name), tr("value %1 is not defined (0..%2)").arg(v).arg(max));
        if (r.ok())
            target = v;
    };
    const auto readOctets = [&](QByteArray &target, const char *name) {
        const QByteArray v = r.octetString(value, field(name));
        if (r.ok())
            target = v;
    };
    switch (index) {
    case Attr::DefaultMode:
        readEnum(defaultMode, "default_mode", quint8(LocalPortMode::NotSpecified));
        break;
    case Attr::DefaultBaud:
        readEnum(defaultBaud, "default_baud", MaxCommSpeed);
        break;
    case Attr::PropBaud:
        readEnum(proposedBaud, "prop_baud", MaxCommSpeed);
        break;
    case Attr::ResponseTime:
        readEnum(responseTime, "response_time", quint8(LocalPortResponseTime::Ms200));
        break;
    case Attr::DeviceAddress:
        readOctets(deviceAddress, "device_addr");
        break;
    case Attr::PassP1:
        readOctets(passwordP1, "pass_p1");
        break;
    case Attr::PassP2:
        readOctets(passwordP2, "pass_p2");
        break;
    case Attr::PassW5:
        readOctets(passwordW5, "pass_w5");
        break;
    default:
        return Error(ErrorKind::NotFound,
                     tr("the local port setup has no attribute %1").arg(index));
    }
    if (!r.ok())
        return r.error();
    return {};
}

Result<Value> IecLocalPortSetup::attribute(qint8 index) const
{
    switch (index) {
    case Attr::DefaultMode:
        return Value::enumValue(defaultMode);
    case Attr::DefaultBaud:
        return Value::enumValue(defaultBaud);
    case Attr::PropBaud:
        return Value::enumValue(proposedBaud);
    case Attr::ResponseTime:
        return Value::enumValue(responseTime);
    case Attr::DeviceAddress:
        return Value::octetString(deviceAddress);
    case Attr::PassP1:
        return Value::octetString(passwordP1);
    case Attr::PassP2:
        return Value::octetString(passwordP2);
    case Attr::PassW5:
        return Value::octetString(passwordW5);
    default:
        return Error(ErrorKind::NotFound,
                     tr("the local port setup has no attribute %1").arg(index));
    }
}

} // namespace ims::cosem
