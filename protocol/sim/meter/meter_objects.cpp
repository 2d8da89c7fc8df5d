#include "protocol/sim/meter/meter_objects.h"

#include "protocol/cosem/clock.h"
#include "protocol/cosem/script_table.h"
#include "protocol/cosem/spodes_objects.h"
#include "protocol/sim/meter/payment_model.h"

namespace ims::sim {

namespace {

using R = dlms::DataAccessResult;
using A = dlms::ActionResult;

std::optional<axdr::CosemDateTime> dateTimeOf(const axdr::Value &v)
{
    if (auto dt = v.asDateTime())
        return dt;
    if (const auto *tagged = std::get_if<axdr::CosemDateTime>(&v.storage()))
        return *tagged;
    return std::nullopt;
}

qint16 timeZoneMinutes()
{
    return qint16(-kLocalUtcOffsetSeconds / 60);
}

} // namespace

axdr::Value meterDateTime(qint64 utcMs, quint8 clockStatus)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    return axdr::Value::octetString(
        axdr::CosemDateTime::fromQDateTime(t, kLocalUtcOffsetSeconds, clockStatus).toOctets());
}

// ---- clock -----------------------------------------------------------------

MeterClockObject::MeterClockObject(SimMeter &meter, AccessPolicy access)
    : CosemObject(8, 0, cosem::spodes::Clock, access)
    , m_meter(meter)
{}

dlms::GetDataResult
MeterClockObject::readAttribute(qint8 attribute, const std::optional<dlms::SelectiveAccess> &access,
                                ServiceContext &)
{
    if (access)
        return R::ScopeOfAccessViolated;
    cosem::Clock c;
    c.timeZone = timeZoneMinutes();
    c.daylightSavingsBegin.date = {0xFFFF, 3, 0xFE, 7};
    c.daylightSavingsBegin.time = {2, 0, 0, 0};
    c.daylightSavingsEnd.date = {0xFFFF, 10, 0xFE, 7};
    c.daylightSavingsEnd.time = {3, 0, 0, 0};
    c.daylightSavingsDeviation = 60;
    if (attribute == 2)
        return meterDateTime(m_meter.meterTimeMs());
    Result<axdr::Value> v = c.attribute(attribute);
    if (!v)
        return R::ObjectUndefined;
    return *v;
}

dlms::DataAccessResult MeterClockObject::writeAttribute(qint8 attribute, const axdr::Value &value,
                                                        ServiceContext &)
{
    if (attribute != 2)
        return R::ReadWriteDenied; // time zone and DST rules are fixed in SPODES meters
    const std::optional<axdr::CosemDateTime> dt = dateTimeOf(value);
    if (!dt)
        return R::TypeUnmatched;
    axdr::CosemDateTime t = *dt;
    if (t.deviation == axdr::CosemDateTime::DeviationNotSpecified)
        t.deviation = timeZoneMinutes();
    const QDateTime when = t.toQDateTime();
    if (!when.isValid())
        return R::OtherReason;
    m_meter.setMeterTime(when.toMSecsSinceEpoch());
    return R::Success;
}

ActionReply MeterClockObject::invoke(qint8 method, const std::optional<axdr::Value> &parameters,
                                     ServiceContext &)
{
    const qint64 now = m_meter.meterTimeMs();
    switch (method) {
    case 1: { // adjust_to_quarter
        const qint64 q = 15 * 60'000;
        m_meter.shiftTime(((now + q / 2) / q) * q - now);
        return ActionReply::ok();
    }
    case 3: { // adjust_to_minute
        const qint64 m = 60'000;
        m_meter.shiftTime(((now + m / 2) / m) * m - now);
        return ActionReply::ok();
    }
    case 6: { // shift_time
        if (!parameters)
            return ActionReply::fail(A::TypeUnmatched);
        if (parameters->type() != axdr::DataType::Long)
            return ActionReply::fail(A::TypeUnmatched);
        Result<qint16> seconds = cosem::Clock::shiftTimeFromParameter(*parameters);
        if (!seconds)
            return ActionReply::fail(A::OtherReason);
        m_meter.shiftTime(qint64(*seconds) * 1000);
        return ActionReply::ok();
    }
    default:
        return ActionReply::fail(A::ReadWriteDenied);
    }
}

// ---- disconnect control ------------------------------------------------------

DisconnectControlObject::DisconnectControlObject(SimMeter &meter, AccessPolicy access)
    : CosemObject(70, 0, cosem::spodes::DisconnectControl, access)
    , m_meter(meter)
{}

dlms::GetDataResult DisconnectControlObject::readAttribute(
    qint8 attribute, const std::optional<dlms::SelectiveAccess> &access, ServiceContext &)
{
    if (access)
        return R::ScopeOfAccessViolated;
    m_meter.evaluateLimiter();
    Result<axdr::Value> v = m_meter.state().relay.attribute(attribute);
    if (!v)
        return R::ObjectUndefined;
    return *v;
}

dlms::DataAccessResult
DisconnectControlObject::writeAttribute(qint8 attribute, const axdr::Value &value, ServiceContext &)
{
    if (attribute != 4)
        return R::ReadWriteDenied;
    if (value.type() != axdr::DataType::Enum)
        return R::TypeUnmatched;
    if (value.toUInt64().value_or(99) > 6)
        return R::OtherReason;
    m_meter.state().relay.controlMode = quint8(*value.toUInt64());
    return R::Success;
}

ActionReply DisconnectControlObject::invoke(qint8 method,
                                            const std::optional<axdr::Value> &parameters,
                                            ServiceContext &)
{
    if (parameters && !parameters->isInteger())
        return ActionReply::fail(A::TypeUnmatched);
    m_meter.evaluatePayment();
    cosem::DisconnectControl &relay = m_meter.state().relay;
    if (method == 1) {
        if (!cosem::DisconnectControl::allowsRemoteDisconnect(relay.controlMode))
            return ActionReply::fail(A::OtherReason);
        if (relay.applyRemoteDisconnect())
            m_meter.setRelay(false, eventcode::RemoteDisconnect);
        return ActionReply::ok();
    }
    // Opened for lack of credit: only a payment reconnects.
    if (PaymentModel::blocksReconnection(m_meter))
        return ActionReply::fail(A::OtherReason);
    const bool wasOpen = !relay.outputState;
    if (relay.controlState != quint8(cosem::ControlState::Disconnected)
        && relay.controlState != quint8(cosem::ControlState::ReadyForReconnection))
        return ActionReply::ok(); // already connected
    if (relay.controlState == quint8(cosem::ControlState::ReadyForReconnection)) {
        // A local disconnection (limiter) armed for reconnection: the remote
        // command closes the relay in the modes that allow it.
        relay.controlState = quint8(cosem::ControlState::Disconnected);
    }
    if (!relay.applyRemoteReconnect())
        return ActionReply::fail(A::OtherReason);
    if (wasOpen && relay.outputState)
        m_meter.setRelay(true, eventcode::RemoteReconnect);
    else
        m_meter.recordEvent(quint8(cosem::spodes::Journal::PowerAndRelay),
                            eventcode::ReconnectPermitted);
    return ActionReply::ok();
}

// ---- limiter ---------------------------------------------------------------

LimiterObject::LimiterObject(SimMeter &meter, cosem::spodes::LimiterKind kind, AccessPolicy access)
    : CosemObject(71, 0, cosem::spodes::limiter(kind), access)
    , m_meter(meter)
    , m_slot(int(kind))
{}

const LimiterSlot &LimiterObject::slot() const
{
    return m_meter.state().limiters[size_t(m_slot)];
}

dlms::GetDataResult LimiterObject::readAttribute(qint8 attribute,
                                                 const std::optional<dlms::SelectiveAccess> &access,
                                                 ServiceContext &)
{
    if (access)
        return R::ScopeOfAccessViolated;
    Result<axdr::Value> v = slot().limiter.attribute(attribute);
    if (!v)
        return R::ObjectUndefined;
    return *v;
}

dlms::DataAccessResult LimiterObject::writeAttribute(qint8 attribute, const axdr::Value &value,
                                                     ServiceContext &)
{
    cosem::Limiter copy = slot().limiter;
    if (attribute == 2)
        return R::ReadWriteDenied; // what a limiter monitors is fixed in the meter
    if (attribute >= 3 && attribute <= 5 && value.type() != copy.thresholdActive.type())
        return R::TypeUnmatched; // thresholds have the monitored value's type
    if (!copy.setAttribute(attribute, value))
        return R::TypeUnmatched;
    if (!(copy == slot().limiter)) // an unchanged value keeps the factory set shared
        m_meter.state().limiters.edit()[size_t(m_slot)].limiter = copy;
    if (attribute >= 3 && attribute <= 5)
        m_meter.recordEvent(quint8(cosem::spodes::Journal::Programming),
                            eventcode::PowerLimitChanged);
    m_meter.evaluateLimiter();
    return R::Success;
}

// ---- activity calendar -------------------------------------------------------

ActivityCalendarObject::ActivityCalendarObject(SimMeter &meter, AccessPolicy access)
    : CosemObject(20, 0, cosem::spodes::ActivityCalendar, access)
    , m_meter(meter)
{}

dlms::GetDataResult ActivityCalendarObject::readAttribute(
    qint8 attribute, const std::optional<dlms::SelectiveAccess> &access, ServiceContext &)
{
    if (access)
        return R::ScopeOfAccessViolated;
    m_meter.activateCalendarIfDue();
    Result<axdr::Value> v = m_meter.state().calendar->attribute(attribute);
    if (!v)
        return R::ObjectUndefined;
    return *v;
}

dlms::DataAccessResult
ActivityCalendarObject::writeAttribute(qint8 attribute, const axdr::Value &value, ServiceContext &)
{
    if (attribute < 6) // the active calendar changes only by activation
        return R::ReadWriteDenied;
    m_meter.activateCalendarIfDue(); // a due activation happened before this write
    cosem::ActivityCalendar copy = *m_meter.state().calendar;
    if (!copy.setAttribute(attribute, value))
        return R::TypeUnmatched;
    m_meter.state().calendar.set(copy);
    m_meter.activateCalendarIfDue();
    return R::Success;
}

ActionReply ActivityCalendarObject::invoke(qint8 method, const std::optional<axdr::Value> &,
                                           ServiceContext &)
{
    if (method != 1)
        return ActionReply::fail(A::ObjectUndefined);
    m_meter.activatePassiveCalendar();
    return ActionReply::ok();
}

// ---- special days ------------------------------------------------------------

SpecialDaysObject::SpecialDaysObject(SimMeter &meter, AccessPolicy access)
    : CosemObject(11, 0, cosem::spodes::SpecialDaysTable, access)
    , m_meter(meter)
{}

dlms::GetDataResult SpecialDaysObject::readAttribute(
    qint8 attribute, const std::optional<dlms::SelectiveAccess> &access, ServiceContext &)
{
    if (access || attribute != 2)
        return access ? R::ScopeOfAccessViolated : R::ObjectUndefined;
    return cosem::SpecialDaysTable::entriesToValue(m_meter.state().specialDays);
}

dlms::DataAccessResult SpecialDaysObject::writeAttribute(qint8 attribute, const axdr::Value &value,
                                                         ServiceContext &)
{
    if (attribute != 2)
        return R::ReadWriteDenied;
    Result<QList<cosem::SpecialDay>> entries = cosem::SpecialDaysTable::entriesFromValue(value);
    if (!entries)
        return R::TypeUnmatched;
    m_meter.state().specialDays = *entries;
    return R::Success;
}

ActionReply SpecialDaysObject::invoke(qint8 method, const std::optional<axdr::Value> &parameters,
                                      ServiceContext &)
{
    if (!parameters)
        return ActionReply::fail(A::TypeUnmatched);
    QList<cosem::SpecialDay> &days = m_meter.state().specialDays;
    if (method == 1) {
        Result<cosem::SpecialDay> entry
            = cosem::SpecialDaysTable::insertParameterFromValue(*parameters);
        if (!entry)
            return ActionReply::fail(A::TypeUnmatched);
        days.removeIf([&](const cosem::SpecialDay &d) { return d.index == entry->index; });
        days.append(*entry);
        return ActionReply::ok();
    }
    Result<quint16> index = cosem::SpecialDaysTable::deleteParameterFromValue(*parameters);
    if (!index)
        return ActionReply::fail(A::TypeUnmatched);
    days.removeIf([&](const cosem::SpecialDay &d) { return d.index == *index; });
    return ActionReply::ok();
}

// ---- script table ------------------------------------------------------------

ScriptTableObject::ScriptTableObject(const cosem::Obis &logicalName, axdr::Value scripts,
                                     Runner runner, AccessPolicy access)
    : CosemObject(9, 0, logicalName, access)
    , m_scripts(std::move(scripts))
    , m_runner(std::move(runner))
{}

dlms::GetDataResult ScriptTableObject::readAttribute(
    qint8 attribute, const std::optional<dlms::SelectiveAccess> &access, ServiceContext &)
{
    if (access || attribute != 2)
        return access ? R::ScopeOfAccessViolated : R::ObjectUndefined;
    return m_scripts;
}

ActionReply ScriptTableObject::invoke(qint8, const std::optional<axdr::Value> &parameters,
                                      ServiceContext &)
{
    if (!parameters)
        return ActionReply::fail(A::TypeUnmatched);
    Result<quint16> id = cosem::ScriptTable::executeParameterFromValue(*parameters);
    if (!id)
        return ActionReply::fail(A::TypeUnmatched);
    if (!m_runner || !m_runner(*id))
        return ActionReply::fail(A::OtherReason);
    return ActionReply::ok();
}

} // namespace ims::sim
