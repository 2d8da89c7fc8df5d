#include "protocol/control/tariff_zones.h"

#include "protocol/cosem/spodes_objects.h"

namespace ims::control {

namespace {

cosem::ScriptReference tariffScript(quint16 selector)
{
    return {cosem::spodes::TariffScriptTable, selector};
}

QString energyText(quint32 wh)
{
    if (wh % 1000 == 0)
        return TariffZones::tr("%1 kWh").arg(wh / 1000);
    return TariffZones::tr("%1 Wh").arg(wh);
}

} // namespace

cosem::RegisterMonitor TariffZones::toMonitor() const
{
    cosem::RegisterMonitor m;
    m.monitoredValue = {3, zoneobjects::PeriodActiveEnergy, 2};
    for (qsizetype i = 0; i < zones.size(); ++i) {
        m.thresholds.append(axdr::Value::doubleLongUnsigned(zones[i].fromWh));
        m.actions.append({tariffScript(zones[i].tariff),
                          tariffScript(i == 0 ? quint16(0) : zones[i - 1].tariff)});
    }
    return m;
}

Result<QList<EnergyZone>> TariffZones::zonesFromMonitor(const cosem::RegisterMonitor &monitor)
{
    QList<EnergyZone> out;
    if (monitor.thresholds.isEmpty())
        return out;
    if (monitor.monitoredValue.logicalName != zoneobjects::PeriodActiveEnergy)
        return Error(ErrorKind::Unsupported,
                     tr("the zone monitor watches %1, not the period's energy %2")
                         .arg(monitor.monitoredValue.logicalName.toString(),
                              zoneobjects::PeriodActiveEnergy.toString()));
    if (monitor.actions.size() != monitor.thresholds.size())
        return Error(ErrorKind::Malformed, tr("the zone monitor has %1 thresholds but %2 actions")
                                               .arg(monitor.thresholds.size())
                                               .arg(monitor.actions.size()));
    for (qsizetype i = 0; i < monitor.thresholds.size(); ++i) {
        const std::optional<quint64> wh = monitor.thresholds[i].toUInt64();
        if (!wh || *wh > 0xFFFFFFFFu)
            return Error(ErrorKind::Malformed,
                         tr("zone threshold %1 is not a number of Wh").arg(i + 1));
        if (monitor.actions[i].up.scriptLogicalName != cosem::spodes::TariffScriptTable)
            return Error(ErrorKind::Unsupported,
                         tr("zone %1 runs %2, not the tariff script table")
                             .arg(i + 1)
                             .arg(monitor.actions[i].up.scriptLogicalName.toString()));
        out.append({quint32(*wh), monitor.actions[i].up.scriptSelector});
    }
    return out;
}

axdr::Value TariffZones::penaltyToValue(quint16 tariff)
{
    return axdr::Value::unsigned8(quint8(tariff));
}

Result<quint16> TariffZones::penaltyFromValue(const axdr::Value &value)
{
    const std::optional<quint64> v = value.toUInt64();
    if (!v || *v > 0xFF)
        return Error(ErrorKind::Malformed, tr("the penalty tariff is not a tariff number"));
    return quint16(*v);
}

quint16 TariffZones::zoneTariffAt(const QList<EnergyZone> &zones, qint64 periodWh)
{
    quint16 tariff = 0;
    for (const EnergyZone &z : zones) {
        if (periodWh >= qint64(z.fromWh))
            tariff = z.tariff;
    }
    return tariff;
}

QString TariffZones::describe() const
{
    QStringList parts;
    for (const EnergyZone &z : zones)
        parts.append(tr("from %1 T%2").arg(energyText(z.fromWh)).arg(z.tariff));
    QString text = parts.isEmpty() ? tr("no zones") : parts.join(QStringLiteral(", "));
    if (penaltyTariff != 0)
        text += tr("; penalty T%1").arg(penaltyTariff);
    return text;
}

} // namespace ims::control
