#pragma once
// A SPODES meter read through its optical port: the same simulated meter
// (SimMeter: energy per tariff, clock, the COSEM object model with the three
// SPODES associations) answers the IEC 62056-21 sign-on, offers mode E in its
// identification ("/MTX5\2NP515") and, after the hand-over, serves DLMS/HDLC
// through the same CosemServer the PLC and TCP meters use. Its mode C data
// readout shows the same registers, so both ways agree.
//
// The meter is either its own (a stand-alone optical meter with a clock of
// its own) or a meter of a simulated network (SimNetwork::openOpticalPort):
// then the optical port is one more way into the state the router reaches,
// on the network's clock.
#include "protocol/iec62056_21/meter_responder.h"
#include "protocol/sim/meter/credentials.h"
#include "protocol/sim/server/virtual_clock.h"
#include "protocol/sim/transport/device_directory.h"

#include <QDateTime>

#include <memory>

namespace ims::sim {

class SimMeter;

class SpodesOpticalMeter
{
public:
    // The meter of `seed` as it is at `start`; its clock then runs `timeScale`
    // times real time (0: a discrete clock that stands still, for tests).
    explicit SpodesOpticalMeter(QDateTime start = QDateTime::currentDateTimeUtc(),
                                quint64 seed = 2026, double timeScale = 1.0);
    // The optical port of `meter`, a meter of a simulated network, which
    // must outlive this.
    explicit SpodesOpticalMeter(SimMeter &meter);
    ~SpodesOpticalMeter();
    SpodesOpticalMeter(const SpodesOpticalMeter &) = delete;
    SpodesOpticalMeter &operator=(const SpodesOpticalMeter &) = delete;

    SimMeter &meter() { return *m_meter; }
    VirtualClock &clock();
    QByteArray serial() const;
    const SimCredentials &credentials() const;
    // The IEC 62056-21 side: identification with the mode E marker, the
    // readout registers computed from the meter.
    iec21::MeterConfig opticalConfig();
    // What HDLC reaches after the hand-over: the meter's logical device.
    DeviceDirectory &directory() { return *m_directory; }
    // The meter's local date and time now (its own clock, UTC+3).
    QDateTime localTime() const;
    // Sets the meter's clock (a W1 of its date or time).
    void setLocalTime(const QDateTime &local);

private:
    // Only for a meter of its own.
    std::unique_ptr<VirtualClock> m_ownClock;
    std::unique_ptr<SimCredentials> m_ownCredentials;
    std::unique_ptr<SimMeter> m_ownMeter;

    SimMeter *m_meter = nullptr;
    std::unique_ptr<DeviceDirectory> m_directory;
};

} // namespace ims::sim
