#include "protocol/iec62056_21/probe_ports.h"

#include <QSerialPortInfo>

#include <algorithm>

namespace ims::iec21 {

QString ProbePort::label() const
{
    const QString details = description.isEmpty() ? manufacturer : description;
    if (details.isEmpty())
        return systemLocation;
    return systemLocation + QStringLiteral(" \u2014 ") + details;
}

QList<ProbePort> availableProbePorts()
{
    QList<ProbePort> ports;
    const QList<QSerialPortInfo> infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : infos) {
        ProbePort p;
        p.systemLocation = info.systemLocation();
        p.portName = info.portName();
        p.description = info.description();
        p.manufacturer = info.manufacturer();
        p.usb = info.hasVendorIdentifier();
        ports.append(p);
    }
    std::stable_sort(ports.begin(), ports.end(), [](const ProbePort &a, const ProbePort &b) {
        if (a.usb != b.usb)
            return a.usb;
        return a.systemLocation < b.systemLocation;
    });
    return ports;
}

} // namespace ims::iec21
