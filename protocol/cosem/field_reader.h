#pragma once
// Strict reading of a COSEM attribute value against the shape the Blue Book
// (IEC 62056-6-2) gives it. Every accessor names the field it reads
// ("object_list[3].access_rights.method_access[0].access_mode"), so that a
// meter sending the wrong type yields a message an engineer can act on.
//
// The first mismatch makes the reader fail, and the failure sticks: later
// reads return neutral values (structure() still returns the requested
// number of null members), so a decoder reads every field and checks ok()
// once instead of after each one.
#include "protocol/axdr/value.h"
#include "protocol/core/error.h"
#include "protocol/core/result.h"
#include "protocol/cosem/obis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ims::cosem {

class FieldReader
{
    Q_DECLARE_TR_FUNCTIONS(FieldReader)

public:
    bool ok() const { return m_error.kind == ErrorKind::None; }
    const Error &error() const { return m_error; }

    // A structure of exactly `count` members.
    QList<axdr::Value> structure(const axdr::Value &v, qsizetype count, const QString &field);
    // An array (or a compact-array, whose decoded elements are returned) with
    // at most `maxCount` elements.
    QList<axdr::Value> array(const axdr::Value &v, const QString &field,
                             qsizetype maxCount = 0x7FFFFFFF);

    bool boolean(const axdr::Value &v, const QString &field);
    qint8 integer(const axdr::Value &v, const QString &field);
    qint16 long16(const axdr::Value &v, const QString &field);
    qint32 doubleLong(const axdr::Value &v, const QString &field);
    quint8 unsigned8(const axdr::Value &v, const QString &field);
    quint16 longUnsigned(const axdr::Value &v, const QString &field);
    quint32 doubleLongUnsigned(const axdr::Value &v, const QString &field);
    quint8 enumeration(const axdr::Value &v, const QString &field);
    // octet-string; exactSize < 0 accepts any length.
    QByteArray octetString(const axdr::Value &v, const QString &field, qsizetype exactSize = -1);
    // octet-string(6).
    Obis logicalName(const axdr::Value &v, const QString &field);
    // octet-string(12) as the Blue Book specifies; the tagged date-time form
    // is accepted too, because some meters send it.
    axdr::CosemDateTime dateTime(const axdr::Value &v, const QString &field);
    // octet-string(5) (or tagged date).
    axdr::CosemDate date(const axdr::Value &v, const QString &field);
    // octet-string(4) (or tagged time).
    axdr::CosemTime time(const axdr::Value &v, const QString &field);

    // Records a Malformed error "field: problem" unless one is recorded already.
    void fail(const QString &field, const QString &problem);
    // Records `error` unless one is recorded already (for nested decoders).
    void adopt(const Error &error);

    // "parent.name" and "parent[index]".
    static QString member(const QString &parent, const char *name);
    static QString element(const QString &parent, qsizetype index);

private:
    bool expectType(const axdr::Value &v, axdr::DataType type, const QString &field);

    Error m_error;
};

// Decoders compose: every COSEM type T here has
//   static T read(FieldReader &, const axdr::Value &, const QString &field);
// and these turn it into a whole-value decoder or a list decoder.
template<typename T>
Result<T> readWhole(const axdr::Value &v, const QString &field)
{
    FieldReader r;
    T out = T::read(r, v, field);
    if (!r.ok())
        return r.error();
    return out;
}

template<typename T>
QList<T> readList(FieldReader &r, const axdr::Value &v, const QString &field)
{
    const QList<axdr::Value> items = r.array(v, field);
    QList<T> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i)
        out.append(T::read(r, items[i], FieldReader::element(field, i)));
    return r.ok() ? out : QList<T>{};
}

template<typename T>
Result<QList<T>> readWholeList(const axdr::Value &v, const QString &field)
{
    FieldReader r;
    QList<T> out = readList<T>(r, v, field);
    if (!r.ok())
        return r.error();
    return out;
}

template<typename T>
axdr::Value listValue(const QList<T> &list)
{
    QList<axdr::Value> items;
    items.reserve(list.size());
    for (const T &t : list)
        items.append(t.toValue());
    return axdr::Value::array(std::move(items));
}

// Encoding counterparts of the reader's octet-string forms.
axdr::Value logicalNameValue(const Obis &obis);
axdr::Value dateTimeValue(const axdr::CosemDateTime &dateTime); // octet-string(12)
axdr::Value dateValue(const axdr::CosemDate &date);             // octet-string(5)
axdr::Value timeValue(const axdr::CosemTime &time);             // octet-string(4)

} // namespace ims::cosem
