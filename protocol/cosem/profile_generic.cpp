#include "protocol/cosem/profile_generic.h"

#include "protocol/cosem/class_id.h"
#include "protocol/cosem/field_reader.h"

namespace ims::cosem {

using axdr::DataType;
using axdr::Value;

CaptureObject ProfileGeneric::clockRestriction()
{
    return CaptureObject{quint16(ClassId::Clock), Obis(0, 0, 1, 0, 0, 255), ic::Clock::Attr::Time,
                         0};
}

SelectiveAccess ProfileGeneric::byRange(const axdr::CosemDateTime &from,
                                        const axdr::CosemDateTime &to,
                                        const QList<CaptureObject> &selectedColumns,
                                        const CaptureObject &restrictingObject)
{
    return dlms::accessByRange(restrictingObject, dateTimeValue(from), dateTimeValue(to),
                               selectedColumns);
}

SelectiveAccess ProfileGeneric::byEntry(quint32 fromEntry, quint32 toEntry, quint16 fromColumn,
                                        quint16 toColumn)
{
    return dlms::accessByEntry(fromEntry, toEntry, fromColumn, toColumn);
}

qsizetype ProfileGeneric::clockColumn(const QList<CaptureObject> &columns)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].classId == quint16(ClassId::Clock)
            && columns[i].attributeIndex == ic::Clock::Attr::Time && columns[i].dataIndex == 0)
            return i;
    }
    return -1;
}

Result<QList<ProfileRow>> ProfileGeneric::decodeBuffer(const Value &buffer,
                                                       const QList<CaptureObject> &columns,
                                                       const BufferDecodeOptions &options)
{
    FieldReader r;
    const QString field = QStringLiteral("buffer");
    const QList<Value> entries = r.array(buffer, field);
    const qsizetype clock = clockColumn(columns);
    QList<ProfileRow> rows;
    rows.reserve(entries.size());
    QDateTime previous;
    for (qsizetype i = 0; i < entries.size() && r.ok(); ++i) {
        const QString rowField = FieldReader::element(field, i);
        ProfileRow row;
        row.values = r.structure(entries[i], columns.size(), rowField);
        if (!r.ok())
            break;
        if (clock >= 0) {
            const Value &stamp = row.values[clock];
            if (stamp.isNull() || stamp.type() == DataType::DontCare) {
                if (previous.isValid() && options.capturePeriodSeconds > 0) {
                    row.time = previous.addSecs(options.capturePeriodSeconds);
                    row.timeInferred = true;
                }
            } else {
                axdr::CosemDateTime dt = r.dateTime(stamp, FieldReader::element(rowField, clock));
                if (dt.deviation == axdr::CosemDateTime::DeviationNotSpecified
                    && options.fallbackDeviation)
                    dt.deviation = *options.fallbackDeviation;
                row.time = dt.toQDateTime();
            }
            previous = row.time;
        }
        rows.append(std::move(row));
    }
    if (!r.ok())
        return r.error();
    return rows;
}

Result<SortMethod> ProfileGeneric::sortMethodFromValue(const Value &v)
{
    FieldReader r;
    const QString field = QStringLiteral("sort_method");
    const quint8 m = r.enumeration(v, field);
    if (r.ok() && (m < quint8(SortMethod::Fifo) || m > quint8(SortMethod::FarthestFromZero)))
        r.fail(field, tr("sort method %1 is not defined (1..6)").arg(m));
    if (!r.ok())
        return r.error();
    return SortMethod(m);
}

} // namespace ims::cosem
