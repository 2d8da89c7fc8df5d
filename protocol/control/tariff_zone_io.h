#pragma once
// Reading and writing a meter's energy-threshold zones (register monitor
// 0.0.16.1.0.255) and penalty tariff (data 0.0.96.50.0.255), see
// tariff_zones.h. A meter without the objects is not an error: the result
// says they are absent, and the plan validator decides.
#include "protocol/client/dlms_client.h"
#include "protocol/control/attribute_io.h"
#include "protocol/control/tariff_zones.h"

#include <functional>
#include <optional>

namespace ims::control {

struct ZonesHeld
{
    std::optional<QList<EnergyZone>> zones; // nullopt: no zone monitor
    std::optional<quint16> penaltyTariff;   // nullopt: no penalty tariff object
};

class TariffZoneIo
{
    Q_DECLARE_TR_FUNCTIONS(TariffZoneIo)

public:
    static void read(client::DlmsClient &client, std::function<void(Result<ZonesHeld>)> done);
    // The writes that give a meter holding `held` the plan's zones: the
    // monitor's three attributes when it has one, the penalty tariff when
    // it has that object (an absent feature the plan does not use is fine).
    static QList<AttributeWrite> writes(const TariffZones &zones, const ZonesHeld &held);
};

} // namespace ims::control
