#include "protocol/control/tariff_zone_io.h"

#include <memory>

namespace ims::control {

namespace {

Attribute monitorAttribute(qint8 index)
{
    return {zoneobjects::kRegisterMonitorClass, zoneobjects::ZoneMonitor, index};
}

Attribute penaltyAttribute()
{
    return {zoneobjects::kDataClass, zoneobjects::PenaltyTariff, 2};
}

void readPenalty(client::DlmsClient &client, std::shared_ptr<ZonesHeld> held,
                 std::function<void(Result<ZonesHeld>)> done)
{
    client.get(penaltyAttribute(), [held, done](Result<axdr::Value> v) {
        if (!v) {
            if (isObjectMissing(v.error()))
                done(*held);
            else
                done(v.error());
            return;
        }
        Result<quint16> tariff = TariffZones::penaltyFromValue(*v);
        if (!tariff) {
            done(tariff.error());
            return;
        }
        held->penaltyTariff = *tariff;
        done(*held);
    });
}

} // namespace

void TariffZoneIo::read(client::DlmsClient &client, std::function<void(Result<ZonesHeld>)> done)
{
    client::DlmsClient *c = &client;
    readAttributes(
        client, {monitorAttribute(2), monitorAttribute(3), monitorAttribute(4)},
        [c, done](Result<QList<axdr::Value>> values) {
            auto held = std::make_shared<ZonesHeld>();
            if (!values) {
                if (!isObjectMissing(values.error())) {
                    done(values.error());
                    return;
                }
            } else {
                cosem::RegisterMonitor monitor;
                for (qsizetype i = 0; i < values->size(); ++i) {
                    if (const Status s = monitor.setAttribute(qint8(2 + i), (*values)[i]); !s) {
                        done(s.error());
                        return;
                    }
                }
                Result<QList<EnergyZone>> zones = TariffZones::zonesFromMonitor(monitor);
                if (!zones) {
                    done(zones.error());
                    return;
                }
                held->zones = *zones;
            }
            readPenalty(*c, held, done);
        });
}

QList<AttributeWrite> TariffZoneIo::writes(const TariffZones &zones, const ZonesHeld &held)
{
    QList<AttributeWrite> list;
    if (held.zones) {
        const cosem::RegisterMonitor monitor = zones.toMonitor();
        // The monitored value first, then thresholds and actions, so the
        // meter never pairs new thresholds with another register.
        for (qint8 a : {qint8(3), qint8(2), qint8(4)})
            list.append({monitorAttribute(a), *monitor.attribute(a)});
    }
    if (held.penaltyTariff)
        list.append({penaltyAttribute(), TariffZones::penaltyToValue(zones.penaltyTariff)});
    return list;
}

} // namespace ims::control
