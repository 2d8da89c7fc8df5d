#pragma once
// The serial ports an optical probe may be plugged into, as the operating
// system names them ("/dev/ttyUSB0", "COM3"), for a port chooser. USB
// adapters come first: that is what optical probes are.
#include <QList>
#include <QString>

namespace ims::iec21 {

struct ProbePort
{
    QString systemLocation; // what to open: "/dev/ttyUSB0", "COM3"
    QString portName;       // "ttyUSB0"
    QString description;    // "CP2102 USB to UART Bridge Controller"
    QString manufacturer;
    bool usb = false; // has a USB vendor id

    // "/dev/ttyUSB0 — CP2102 USB to UART Bridge Controller"
    QString label() const;
};

QList<ProbePort> availableProbePorts();

} // namespace ims::iec21
