#include "protocol/cosem/limiter.h"

#include "protocol/cosem/class_id.h"
#include "protocol/cosem/field_reader.h"

namespace ims::cosem {

using axdr::DataType;
using axdr::Value;
using Attr = ic::Limiter::Attr;

EmergencyProfile EmergencyProfile::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 3, field);
    EmergencyProfile e;
    e.id = r.longUnsigned(m[0], FieldReader::member(field, "emergency_profile_id"));
    e.activationTime = r.dateTime(m[1], FieldReader::member(field, "emergency_activation_time"));
    e.durationSeconds
        = r.doubleLongUnsigned(m[2], FieldReader::member(field, "emergency_duration"));
    return e;
}

Value EmergencyProfile::toValue() const
{
    return Value::structure({Value::longUnsigned(id), dateTimeValue(activationTime),
                             Value::doubleLongUnsigned(durationSeconds)});
}

LimiterActions LimiterActions::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 2, field);
    LimiterActions a;
    a.overThreshold
        = ScriptReference::read(r, m[0], FieldReader::member(field, "action_over_threshold"));
    a.underThreshold
        = ScriptReference::read(r, m[1], FieldReader::member(field, "action_under_threshold"));
    return a;
}

Value LimiterActions::toValue() const
{
    return Value::structure({overThreshold.toValue(), underThreshold.toValue()});
}

Status Limiter::setAttribute(qint8 index, const Value &value)
{
    FieldReader r;
    const auto field = [](const char *name) {
        return QStringLiteral("limiter.") + QLatin1String(name);
    };
    const auto threshold = [&](Value &target, const char *name) {
        if (value.isList() || value.type() == DataType::CompactArray)
            r.fail(field(name), tr("a threshold must be a simple value, got %1")
                                    .arg(axdr::dataTypeName(value.type())));
        else
            target = value;
    };
    switch (index) {
    case Attr::MonitoredValue: {
        const auto d = ValueDefinition::read(r, value, field("monitored_value"));
        if (r.ok())
            monitoredValue = d;
        break;
    }
    case Attr::ThresholdActive:
        threshold(thresholdActive, "threshold_active");
        break;
    case Attr::ThresholdNormal:
        threshold(thresholdNormal, "threshold_normal");
        break;
    case Attr::ThresholdEmergency:
        threshold(thresholdEmergency, "threshold_emergency");
        break;
    case Attr::MinOverThresholdDuration: {
        const quint32 s = r.doubleLongUnsigned(value, field("min_over_threshold_duration"));
        if (r.ok())
            minOverThresholdDurationSeconds = s;
        break;
    }
    case Attr::MinUnderThresholdDuration: {
        const quint32 s = r.doubleLongUnsigned(value, field("min_under_threshold_duration"));
        if (r.ok())
            minUnderThresholdDurationSeconds = s;
        break;
    }
    case Attr::EmergencyProfile: {
        const auto e = EmergencyProfile::read(r, value, field("emergency_profile"));
        if (r.ok())
            emergencyProfile = e;
        break;
    }
    case Attr::EmergencyProfileGroupIdList: {
        const QString listField = field("emergency_profile_group_id_list");
        const QList<Value> items = r.array(value, listField);
        QList<quint16> ids;
        for (qsizetype i = 0; i < items.size() && r.ok(); ++i)
            ids.append(r.longUnsigned(items[i], FieldReader::element(listField, i)));
        if (r.ok())
            emergencyProfileGroupIds = ids;
        break;
    }
    case Attr::EmergencyProfileActive: {
        const bool a = r.boolean(value, field("emergency_profile_active"));
        if (r.ok())
            emergencyProfileActive = a;
        break;
    }
    case Attr::Actions: {
        const auto a = LimiterActions::read(r, value, field("actions"));
        if (r.ok())
            actions = a;
        break;
    }
    default:
        return Error(ErrorKind::NotFound, tr("the limiter has no attribute %1").arg(index));
    }
    if (!r.ok())
        return r.error();
    return {};
}

Result<Value> Limiter::attribute(qint8 index) const
{
    switch (index) {
    case Attr::MonitoredValue:
        return monitoredValue.toValue();
    case Attr::ThresholdActive:
        return thresholdActive;
    case Attr::ThresholdNormal:
        return thresholdNormal;
    case Attr::ThresholdEmergency:
        return thresholdEmergency;
    case Attr::MinOverThresholdDuration:
        return Value::doubleLongUnsigned(minOverThresholdDurationSeconds);
    case Attr::MinUnderThresholdDuration:
        return Value::doubleLongUnsigned(minUnderThresholdDurationSeconds);
    case Attr::EmergencyProfile:
        return emergencyProfile.toValue();
    case Attr::EmergencyProfileGroupIdList: {
        QList<Value> items;
        for (quint16 id : emergencyProfileGroupIds)
            items.append(Value::longUnsigned(id));
        return Value::array(items);
    }
    case Attr::EmergencyProfileActive:
        return Value::boolean(emergencyProfileActive);
    case Attr::Actions:
        return actions.toValue();
    default:
        return Error(ErrorKind::NotFound, tr("the limiter has no attribute %1").arg(index));
    }
}

} // namespace ims::cosem
