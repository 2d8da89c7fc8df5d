#include "protocol/link/optical_link.h"

namespace ims::link {

namespace {

SerialSettings signOnSettings(const OpticalSettings &optical)
{
    SerialSettings s;
    s.device = optical.device;
    s.baud = optical.initialBaud;
    s.dataBits = 7;
    s.parity = Parity::Even;
    s.stopBits = 1;
    return s;
}

} // namespace

OpticalLink::OpticalLink(OpticalSettings settings, QObject *parent)
    : SerialLink(signOnSettings(settings), QStringLiteral("optical"), parent)
    , m_optical(std::move(settings))
{}

void OpticalLink::open()
{
    if (!isOpen()) {
        const SerialSettings s = signOnSettings(m_optical);
        // Not open, so this only records the settings; open() validates them.
        (void)setLineSettings(s.baud, s.dataBits, s.parity, s.stopBits);
    }
    SerialLink::open();
}

} // namespace ims::link
