#pragma once
// Script table (class 9) scripts and the script references other classes
// hold (Blue Book action_item / executed_script):
//   script ::= structure { script_identifier long-unsigned,
//                          actions array of action_specification }
//   action_specification ::= structure { service_id enum, class_id long-unsigned,
//       logical_name octet-string(6), index integer, parameter data }
//   script reference ::= structure { script_logical_name octet-string(6),
//                                    script_selector long-unsigned }
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"
#include "protocol/cosem/obis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ims::cosem {

class FieldReader;

enum class ScriptService : quint8 {
    WriteAttribute = 1,
    ExecuteMethod = 2,
};

struct ScriptAction
{
    quint8 serviceId = quint8(ScriptService::WriteAttribute);
    quint16 classId = 0;
    Obis logicalName;
    qint8 index = 0;       // attribute or method index, by serviceId
    axdr::Value parameter; // kept exactly as received

    static ScriptAction read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue() const;
    bool operator==(const ScriptAction &) const = default;
};

struct Script
{
    quint16 id = 0; // script_identifier; 0 is reserved (the "null" script)
    QList<ScriptAction> actions;

    static Script read(FieldReader &r, const axdr::Value &v, const QString &field);
    static Result<Script> fromValue(const axdr::Value &v,
                                    const QString &field = QStringLiteral("script"));
    axdr::Value toValue() const;
    bool operator==(const Script &) const = default;
};

struct ScriptTable
{
    Q_DECLARE_TR_FUNCTIONS(ScriptTable)

public:
    // Attribute 2, scripts: array of script.
    static Result<QList<Script>> scriptsFromValue(const axdr::Value &v,
                                                  const QString &field = QStringLiteral("scripts"));
    static axdr::Value scriptsToValue(const QList<Script> &scripts);
    // Method 1, execute: data ::= long-unsigned script_identifier.
    static axdr::Value executeParameter(quint16 scriptId)
    {
        return axdr::Value::longUnsigned(scriptId);
    }
    static Result<quint16> executeParameterFromValue(const axdr::Value &v);
};

struct ScriptReference
{
    Obis scriptLogicalName;
    quint16 scriptSelector = 0;

    static ScriptReference read(FieldReader &r, const axdr::Value &v, const QString &field);
    static Result<ScriptReference> fromValue(const axdr::Value &v,
                                             const QString &field = QStringLiteral("script"));
    axdr::Value toValue() const;
    bool operator==(const ScriptReference &) const = default;
};

} // namespace ims::cosem
