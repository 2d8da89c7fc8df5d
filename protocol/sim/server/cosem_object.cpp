#include "protocol/sim/server/cosem_object.h"

namespace ims::sim {

CosemObject::CosemObject(quint16 classId, quint8 version, const cosem::Obis &logicalName,
                         AccessPolicy access)
    : m_logicalName(logicalName)
    , m_classId(classId)
    , m_version(version)
    , m_access(access)
{}

CosemObject::~CosemObject() = default;

QList<qint8> CosemObject::accessSelectors(qint8) const
{
    return {};
}

dlms::GetDataResult CosemObject::get(qint8 attribute,
                                     const std::optional<dlms::SelectiveAccess> &access,
                                     ServiceContext &context)
{
    if (attribute < 1 || attribute > attributeCount())
        return dlms::DataAccessResult::ObjectUndefined;
    if (attribute == 1) {
        if (access)
            return dlms::DataAccessResult::ScopeOfAccessViolated;
        return axdr::Value::octetString(m_logicalName.toBytes());
    }
    return readAttribute(attribute, access, context);
}

dlms::DataAccessResult CosemObject::set(qint8 attribute, const axdr::Value &value,
                                        const std::optional<dlms::SelectiveAccess> &access,
                                        ServiceContext &context)
{
    if (attribute < 1 || attribute > attributeCount())
        return dlms::DataAccessResult::ObjectUndefined;
    if (attribute == 1)
        return dlms::DataAccessResult::ReadWriteDenied;
    if (access)
        return dlms::DataAccessResult::ScopeOfAccessViolated;
    return writeAttribute(attribute, value, context);
}

ActionReply CosemObject::action(qint8 method, const std::optional<axdr::Value> &parameters,
                                ServiceContext &context)
{
    if (method < 1 || method > methodCount())
        return ActionReply::fail(dlms::ActionResult::ObjectUndefined);
    return invoke(method, parameters, context);
}

dlms::DataAccessResult CosemObject::writeAttribute(qint8, const axdr::Value &, ServiceContext &)
{
    return dlms::DataAccessResult::ReadWriteDenied;
}

ActionReply CosemObject::invoke(qint8, const std::optional<axdr::Value> &, ServiceContext &)
{
    return ActionReply::fail(dlms::ActionResult::ReadWriteDenied);
}

} // namespace ims::sim
