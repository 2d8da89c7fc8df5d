#pragma once
// Limiter (class 71, version 0): SPODES uses 0.0.17.0.0..5.255 for power,
// current, voltage, magnetic field, differential current and temperature.
//   monitored_value        value_definition { class_id, logical_name, attribute_index }
//   threshold_active/normal/emergency  CHOICE, the monitored value's type:
//                          kept as received and written back unchanged
//   min_over_threshold_duration, min_under_threshold_duration
//                          double-long-unsigned, seconds
//   emergency_profile      structure { emergency_profile_id long-unsigned,
//                          emergency_activation_time octet-string(12), emergency_duration
//                          double-long-unsigned seconds }
//   emergency_profile_group_id_list  array of long-unsigned
//   emergency_profile_active         boolean
//   actions                structure { action_over_threshold, action_under_threshold }
//                          each a script reference { script_logical_name, script_selector }
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"
#include "protocol/cosem/capture_object.h"
#include "protocol/cosem/script_table.h"

#include <QCoreApplication>
#include <QList>

namespace ims::cosem {

class FieldReader;

struct EmergencyProfile
{
    quint16 id = 0;
    axdr::CosemDateTime activationTime;
    quint32 durationSeconds = 0;

    static EmergencyProfile read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue() const;
    bool operator==(const EmergencyProfile &) const = default;
};

struct LimiterActions
{
    ScriptReference overThreshold;
    ScriptReference underThreshold;

    static LimiterActions read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue() const;
    bool operator==(const LimiterActions &) const = default;
};

struct Limiter
{
    Q_DECLARE_TR_FUNCTIONS(Limiter)

public:
    ValueDefinition monitoredValue;
    axdr::Value thresholdActive;
    axdr::Value thresholdNormal;
    axdr::Value thresholdEmergency;
    quint32 minOverThresholdDurationSeconds = 0;
    quint32 minUnderThresholdDurationSeconds = 0;
    EmergencyProfile emergencyProfile;
    QList<quint16> emergencyProfileGroupIds;
    bool emergencyProfileActive = false;
    LimiterActions actions;

    // Attributes 2..11, as for Clock. Thresholds accept any simple type
    // (their type is that of the monitored value) but not arrays/structures.
    Status setAttribute(qint8 index, const axdr::Value &value);
    Result<axdr::Value> attribute(qint8 index) const;

    bool operator==(const Limiter &) const = default;
};

} // namespace ims::cosem
