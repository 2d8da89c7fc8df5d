#include "protocol/sim/objects/value_objects.h"

namespace ims::sim {

DataObject::DataObject(const cosem::Obis &logicalName, ValueGetter getter, AccessPolicy access,
                       ValueSetter setter)
    : CosemObject(1, 0, logicalName, access)
    , m_getter(std::move(getter))
    , m_setter(std::move(setter))
{}

DataObject::DataObject(const cosem::Obis &logicalName, axdr::Value value, AccessPolicy access)
    : DataObject(
        logicalName, [value] { return value; }, access)
{}

dlms::GetDataResult DataObject::readAttribute(qint8 attribute,
                                              const std::optional<dlms::SelectiveAccess> &access,
                                              ServiceContext &)
{
    if (access)
        return dlms::DataAccessResult::ScopeOfAccessViolated;
    if (attribute != 2)
        return dlms::DataAccessResult::ObjectUndefined;
    return m_getter();
}

dlms::DataAccessResult DataObject::writeAttribute(qint8 attribute, const axdr::Value &value,
                                                  ServiceContext &)
{
    if (attribute != 2 || !m_setter)
        return dlms::DataAccessResult::ReadWriteDenied;
    return m_setter(value);
}

RegisterObject::RegisterObject(const cosem::Obis &logicalName, cosem::ScalerUnit scalerUnit,
                               ValueGetter getter, AccessPolicy access)
    : CosemObject(3, 0, logicalName, access)
    , m_scalerUnit(scalerUnit)
    , m_getter(std::move(getter))
{}

dlms::GetDataResult
RegisterObject::readAttribute(qint8 attribute, const std::optional<dlms::SelectiveAccess> &access,
                              ServiceContext &)
{
    if (access)
        return dlms::DataAccessResult::ScopeOfAccessViolated;
    if (attribute == 2)
        return m_getter();
    if (attribute == 3)
        return m_scalerUnit.toValue();
    return dlms::DataAccessResult::ObjectUndefined;
}

} // namespace ims::sim
