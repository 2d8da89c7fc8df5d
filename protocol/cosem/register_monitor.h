#pragma once
// Register monitor (class 21, version 0).
//   thresholds     array of CHOICE (the monitored value's type): kept as received
//   monitored_value value_definition { class_id, logical_name, attribute_index }
//   actions        array of action_set ::= structure { action_up, action_down },
//                  each a script reference, one per threshold
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"
#include "protocol/cosem/capture_object.h"
#include "protocol/cosem/script_table.h"

#include <QCoreApplication>
#include <QList>

namespace ims::cosem {

class FieldReader;

struct ActionSet
{
    ScriptReference up;   // run when the value crosses the threshold upwards
    ScriptReference down; // ... and downwards

    static ActionSet read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue() const;
    bool operator==(const ActionSet &) const = default;
};

struct RegisterMonitor
{
    Q_DECLARE_TR_FUNCTIONS(RegisterMonitor)

public:
    QList<axdr::Value> thresholds;
    ValueDefinition monitoredValue;
    QList<ActionSet> actions;

    // Attributes 2..4, as for Clock.
    Status setAttribute(qint8 index, const axdr::Value &value);
    Result<axdr::Value> attribute(qint8 index) const;

    bool operator==(const RegisterMonitor &) const = default;
};

} // namespace ims::cosem
