#pragma once
// Single action schedule (class 22, version 0): runs one script at given
// times (SPODES: billing day/hour 0.0.15.0.0.255, relay schedule 0.0.15.0.1.255).
//   executed_script ::= structure { script_logical_name octet-string(6),
//                                   script_selector long-unsigned }
//   type enum (1..5, below)
//   execution_time ::= array of structure { time octet-string(4), date octet-string(5) }
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"
#include "protocol/cosem/script_table.h"

#include <QCoreApplication>
#include <QList>

namespace ims::cosem {

class FieldReader;

enum class ScheduleType : quint8 {
    // execution_time has exactly one entry; wildcards in the date allowed.
    SingleTime = 1,
    // n entries, all with the same time; no wildcards in the date.
    SameTimeNoWildcards = 2,
    // n entries, all with the same time; wildcards in the date allowed.
    SameTimeWildcardsAllowed = 3,
    // n entries, times may differ; no wildcards in the date.
    AnyTimeNoWildcards = 4,
    // n entries, times may differ; wildcards in the date allowed.
    AnyTimeWildcardsAllowed = 5,
};

struct ExecutionTime
{
    axdr::CosemTime time;
    axdr::CosemDate date;

    static ExecutionTime read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue() const;
    bool operator==(const ExecutionTime &) const = default;
};

struct SingleActionSchedule
{
    Q_DECLARE_TR_FUNCTIONS(SingleActionSchedule)

public:
    ScriptReference executedScript;
    quint8 type = quint8(ScheduleType::SingleTime);
    QList<ExecutionTime> executionTime;

    // Attributes 2..4, as for ClockAttributes.
    Status setAttribute(qint8 index, const axdr::Value &value);
    Result<axdr::Value> attribute(qint8 index) const;

    bool operator==(const SingleActionSchedule &) const = default;
};

} // namespace ims::cosem
