#include "models/analytics/manual_reading_query.h"

#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::analytics {

using storage::Sql;

namespace {

struct Where
{
    QStringList conditions;
    QVariantList values;
    QString sql() const
    {
        return conditions.isEmpty()
                   ? QString()
                   : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    }
};

Where whereOf(const ManualReadingFilter &f)
{
    Where w;
    auto add = [&w](const char *condition, const QVariant &value) {
        w.conditions << QString::fromLatin1(condition);
        w.values << value;
    };
    if (f.meterId)
        add("r.meter_id = ?", *f.meterId);
    if (f.from)
        add("r.taken_at >= ?", *f.from);
    if (f.to)
        add("r.taken_at < ?", *f.to);
    if (f.optical)
        add("r.optical = ?", *f.optical ? 1 : 0);
    return w;
}

} // namespace

QString ManualReadingRecord::value() const
{
    const qsizetype star = textValue.indexOf(u'*');
    return star < 0 ? textValue : textValue.left(star);
}

QString ManualReadingRecord::unit() const
{
    const qsizetype star = textValue.indexOf(u'*');
    return star < 0 ? QString() : textValue.mid(star + 1);
}

Result<QList<ManualReadingRecord>> ManualReadingQuery::readings(const ManualReadingFilter &filter,
                                                                ManualReadingOrder order, int limit,
                                                                int offset)
{
    const Where w = whereOf(filter);
    const QString orderBy = order == ManualReadingOrder::NewestFirst
                                ? QStringLiteral("r.taken_at DESC, r.id")
                                : QStringLiteral("m.serial, r.taken_at, r.id");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString statement
        = QStringLiteral("SELECT r.id, r.meter_id, m.serial, r.taken_at, r.optical, r.code,"
                         " r.text_value, r.operator FROM manual_readings r"
                         " JOIN meters m ON m.id = r.meter_id%1 ORDER BY %2%3")
              .arg(w.sql(), orderBy, limit < 0 ? QString() : QStringLiteral(" LIMIT ? OFFSET ?"));
    if (const Status s = Sql::prepare(q, statement); !s)
        return s.error();
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (limit >= 0) {
        q.addBindValue(limit);
        q.addBindValue(offset);
    }
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    QList<ManualReadingRecord> out;
    while (q.next()) {
        ManualReadingRecord r;
        r.id = q.value(0).toLongLong();
        r.meterId = q.value(1).toLongLong();
        r.meterSerial = q.value(2).toString();
        r.takenAt = q.value(3).toLongLong();
        r.optical = q.value(4).toInt() != 0;
        r.code = q.value(5).toString();
        r.textValue = q.value(6).toString();
        r.operatorName = q.value(7).toString();
        out.append(r);
    }
    return out;
}

Result<qint64> ManualReadingQuery::count(const ManualReadingFilter &filter)
{
    const Where w = whereOf(filter);
    return Sql::scalar(
        m_db, QStringLiteral("SELECT COUNT(*) FROM manual_readings r%1").arg(w.sql()), w.values);
}

} // namespace ims::analytics
