#include "models/analytics/meter_query.h"

#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::analytics {

using storage::Sql;

namespace {

const char *const kFrom = " FROM meters m LEFT JOIN routers r ON r.id = m.router_id"
                          " LEFT JOIN subscribers s ON s.id = m.subscriber_id";

QString whereClause(const MeterFilter &f, QVariantList &values)
{
    QStringList conditions;
    if (!f.text.isEmpty()) {
        QString pattern = f.text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        conditions << QStringLiteral("(m.serial LIKE ? ESCAPE '\\' OR m.model LIKE ? ESCAPE '\\'"
                                     " OR m.plot LIKE ? ESCAPE '\\' OR s.account LIKE ? ESCAPE '\\'"
                                     " OR s.name LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 5; ++i)
            values << pattern;
    }
    if (f.siteId) {
        conditions << QStringLiteral("m.site_id = ?");
        values << *f.siteId;
    }
    if (f.routerId) {
        conditions << QStringLiteral("m.router_id = ?");
        values << *f.routerId;
    }
    if (f.state) {
        conditions << QStringLiteral("m.state = ?");
        values << *f.state;
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QString orderColumn(MeterSort sort)
{
    switch (sort) {
    case MeterSort::Serial:
        return QStringLiteral("m.serial");
    case MeterSort::Model:
        return QStringLiteral("m.model");
    case MeterSort::Router:
        return QStringLiteral("r.name");
    case MeterSort::PhysicalAddress:
        return QStringLiteral("m.physical_address");
    case MeterSort::Subscriber:
        return QStringLiteral("s.account");
    case MeterSort::Plot:
        return QStringLiteral("m.plot");
    case MeterSort::State:
        return QStringLiteral("m.state");
    }
    return QStringLiteral("m.serial");
}

} // namespace

Result<QList<MeterRow>> MeterQuery::meters(const MeterFilter &filter, MeterSort sort,
                                           bool descending, int limit, int offset)
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // m.id breaks ties so that pages never overlap or skip.
    const QString sql = QStringLiteral("SELECT m.id, m.serial, m.model, m.router_id, r.name,"
                                       " m.physical_address, s.account, s.name, m.plot, m.state")
                        + QLatin1String(kFrom) + where + QStringLiteral(" ORDER BY ")
                        + orderColumn(sort) + direction + QStringLiteral(", m.id") + direction
                        + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (const Status s = Sql::prepare(q, sql); !s)
        return s.error();
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    QList<MeterRow> out;
    while (q.next()) {
        MeterRow row;
        row.id = q.value(0).toLongLong();
        row.serial = q.value(1).toString();
        row.model = q.value(2).toString();
        row.routerId = q.value(3).toLongLong();
        row.routerName = q.value(4).toString();
        row.physicalAddress = q.value(5).toInt();
        row.subscriberAccount = q.value(6).toString();
        row.subscriberName = q.value(7).toString();
        row.plot = q.value(8).toString();
        row.state = q.value(9).toInt();
        out.append(row);
    }
    return out;
}

Result<qint64> MeterQuery::count(const MeterFilter &filter)
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*)") + QLatin1String(kFrom) + where,
                       values);
}

} // namespace ims::analytics
