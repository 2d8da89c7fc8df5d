#pragma once
// The energy-threshold zones of NP515/NP523 class meters as the simulator
// has them (docs/tariff-plans.md, "Zones and penalty"): register monitor
// (class 21) 0.0.16.1.0.255 on the period's energy 1.0.1.9.0.255. The
// penalty tariff (data 0.0.96.50.0.255) and the period's energy register are
// plain Data/Register objects (meter_device.cpp).
#include "protocol/sim/meter/sim_meter.h"
#include "protocol/sim/server/cosem_object.h"

namespace ims::sim {

class ZoneMonitorObject : public CosemObject
{
public:
    ZoneMonitorObject(SimMeter &meter, AccessPolicy access);
    int attributeCount() const override { return 4; }

protected:
    dlms::GetDataResult readAttribute(qint8 attribute,
                                      const std::optional<dlms::SelectiveAccess> &access,
                                      ServiceContext &context) override;
    dlms::DataAccessResult writeAttribute(qint8 attribute, const axdr::Value &value,
                                          ServiceContext &context) override;

private:
    SimMeter &m_meter;
};

} // namespace ims::sim
