#pragma once
// An IEC 62056-21 optical probe: a serial port that always opens at the
// initial 300 7E1 (the standard's sign-on), whatever speed the previous session
// reached. The readout layer raises the speed with setLineSettings() after
// the baud-rate acknowledgement, up to maxBaud().
#include "protocol/link/serial_link.h"

namespace ims::link {

class OpticalLink : public SerialLink
{
    Q_OBJECT

public:
    explicit OpticalLink(OpticalSettings settings, QObject *parent = nullptr);

    void open() override;

    qint32 maxBaud() const { return m_optical.maxBaud; }
    const OpticalSettings &opticalSettings() const { return m_optical; }

private:
    OpticalSettings m_optical;
};

} // namespace ims::link
