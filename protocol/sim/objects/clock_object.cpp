#include "protocol/sim/objects/clock_object.h"

#include "protocol/cosem/clock.h"
#include "protocol/cosem/spodes_objects.h"

namespace ims::sim {

ClockObject::ClockObject(Access access, int utcOffsetSeconds, AccessPolicy rights)
    : CosemObject(8, 0, cosem::spodes::Clock, rights)
    , m_access(std::move(access))
    , m_utcOffset(utcOffsetSeconds)
{}

dlms::GetDataResult ClockObject::readAttribute(qint8 attribute,
                                               const std::optional<dlms::SelectiveAccess> &access,
                                               ServiceContext &)
{
    if (access)
        return dlms::DataAccessResult::ScopeOfAccessViolated;
    if (attribute == 2) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(m_access.now(), Qt::UTC);
        return axdr::Value::octetString(
            axdr::CosemDateTime::fromQDateTime(t, m_utcOffset, 0).toOctets());
    }
    cosem::Clock c;
    c.timeZone = qint16(-m_utcOffset / 60);
    Result<axdr::Value> v = c.attribute(attribute);
    if (!v)
        return dlms::DataAccessResult::ObjectUndefined;
    return *v;
}

dlms::DataAccessResult ClockObject::writeAttribute(qint8 attribute, const axdr::Value &value,
                                                   ServiceContext &)
{
    if (attribute != 2 || !m_access.set)
        return dlms::DataAccessResult::ReadWriteDenied;
    std::optional<axdr::CosemDateTime> dt = value.asDateTime();
    if (!dt)
        return dlms::DataAccessResult::TypeUnmatched;
    if (dt->deviation == axdr::CosemDateTime::DeviationNotSpecified)
        dt->deviation = qint16(-m_utcOffset / 60);
    const QDateTime t = dt->toQDateTime();
    if (!t.isValid())
        return dlms::DataAccessResult::OtherReason;
    m_access.set(t.toMSecsSinceEpoch());
    return dlms::DataAccessResult::Success;
}

ActionReply ClockObject::invoke(qint8 method, const std::optional<axdr::Value> &parameters,
                                ServiceContext &)
{
    if (method != 6 || !m_access.shift)
        return ActionReply::fail(dlms::ActionResult::ReadWriteDenied);
    if (!parameters || parameters->type() != axdr::DataType::Long)
        return ActionReply::fail(dlms::ActionResult::TypeUnmatched);
    Result<qint16> seconds = cosem::Clock::shiftTimeFromParameter(*parameters);
    if (!seconds)
        return ActionReply::fail(dlms::ActionResult::OtherReason);
    m_access.shift(qint64(*seconds) * 1000);
    return ActionReply::ok();
}

} // namespace ims::sim
