#include "protocol/sim/meter/zone_objects.h"

namespace ims::sim {

namespace {

using R = dlms::DataAccessResult;
constexpr int kMaxThresholds = 16; // the meter's table; the workstation writes at most 8

} // namespace

ZoneMonitorObject::ZoneMonitorObject(SimMeter &meter, AccessPolicy access)
    : CosemObject(21, 0, cosem::Obis(0, 0, 16, 1, 0, 255), access)
    , m_meter(meter)
{}

dlms::GetDataResult ZoneMonitorObject::readAttribute(
    qint8 attribute, const std::optional<dlms::SelectiveAccess> &access, ServiceContext &)
{
    if (access)
        return R::ScopeOfAccessViolated;
    Result<axdr::Value> v = m_meter.state().zones->monitor.attribute(attribute);
    if (!v)
        return R::ObjectUndefined;
    return *v;
}

dlms::DataAccessResult ZoneMonitorObject::writeAttribute(qint8 attribute, const axdr::Value &value,
                                                         ServiceContext &)
{
    cosem::RegisterMonitor copy = m_meter.state().zones->monitor;
    if (!copy.setAttribute(attribute, value))
        return R::TypeUnmatched;
    if (copy.thresholds.size() > kMaxThresholds || copy.actions.size() > kMaxThresholds)
        return R::OtherReason;
    if (!(copy == m_meter.state().zones->monitor))
        m_meter.state().zones.edit().monitor = copy;
    m_meter.applyZones();
    return R::Success;
}

} // namespace ims::sim
