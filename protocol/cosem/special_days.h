#pragma once
// Special days table (class 11, version 0): holidays that override the
// week profile of the activity calendar.
//   entries ::= array of spec_day_entry
//   spec_day_entry ::= structure { index long-unsigned,
//       specialday_date octet-string(5) date, day_id unsigned }
//   method 1 insert (data ::= spec_day_entry), method 2 delete (data ::= long-unsigned index)
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"

#include <QList>
#include <QString>

namespace ims::cosem {

class FieldReader;

struct SpecialDay
{
    quint16 index = 0;
    axdr::CosemDate date; // year 0xFFFF: every year
    quint8 dayId = 0;     // a day_id of the activity calendar's day_profile_table

    static SpecialDay read(FieldReader &r, const axdr::Value &v, const QString &field);
    static Result<SpecialDay> fromValue(const axdr::Value &v,
                                        const QString &field = QStringLiteral("spec_day_entry"));
    axdr::Value toValue() const;
    bool operator==(const SpecialDay &) const = default;
};

struct SpecialDaysTable
{
    // Attribute 2, entries.
    static Result<QList<SpecialDay>>
    entriesFromValue(const axdr::Value &v, const QString &field = QStringLiteral("entries"));
    static axdr::Value entriesToValue(const QList<SpecialDay> &entries);

    // Method 1, insert: an entry with an existing index replaces it.
    static axdr::Value insertParameter(const SpecialDay &entry) { return entry.toValue(); }
    static Result<SpecialDay> insertParameterFromValue(const axdr::Value &v)
    {
        return SpecialDay::fromValue(v, QStringLiteral("insert"));
    }
    // Method 2, delete.
    static axdr::Value deleteParameter(quint16 index) { return axdr::Value::longUnsigned(index); }
    static Result<quint16> deleteParameterFromValue(const axdr::Value &v);
};

} // namespace ims::cosem
