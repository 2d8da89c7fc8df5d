#pragma once
// capture_object_definition (Profile generic capture_objects, sort_object,
// selective access restricting object and selected_values):
//   structure { class_id long-unsigned, logical_name octet-string(6),
//               attribute_index integer, data_index long-unsigned }
// and the three-member value_definition used by Limiter and Register
// monitor (monitored_value): the same without data_index.
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"
#include "protocol/cosem/obis.h"

#include <QList>
#include <QString>

namespace ims::cosem {

class FieldReader;

struct CaptureObject
{
    quint16 classId = 0;
    Obis logicalName;
    qint8 attributeIndex = 0;
    // 0 = the whole attribute; n = the n-th element of an array/structure attribute.
    quint16 dataIndex = 0;

    static CaptureObject read(FieldReader &r, const axdr::Value &v, const QString &field);
    static Result<CaptureObject> fromValue(const axdr::Value &v,
                                           const QString &field = QStringLiteral("capture_object"));
    axdr::Value toValue() const;

    // capture_objects: array of capture_object_definition.
    static Result<QList<CaptureObject>>
    listFromValue(const axdr::Value &v, const QString &field = QStringLiteral("capture_objects"));
    static axdr::Value listToValue(const QList<CaptureObject> &list);

    // "8 0.0.1.0.0.255 2" (with "/n" for a data index), for logs and tables.
    QString toString() const;

    bool operator==(const CaptureObject &) const = default;
};

struct ValueDefinition
{
    quint16 classId = 0;
    Obis logicalName;
    qint8 attributeIndex = 0;

    static ValueDefinition read(FieldReader &r, const axdr::Value &v, const QString &field);
    static Result<ValueDefinition>
    fromValue(const axdr::Value &v, const QString &field = QStringLiteral("monitored_value"));
    axdr::Value toValue() const;

    bool operator==(const ValueDefinition &) const = default;
};

} // namespace ims::cosem
