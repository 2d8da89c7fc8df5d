#include "models/fleet/commissioning_overview.h"

#include "models/storage/sql_util.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace ims::fleet {

using storage::Sql;

Result<QList<CommissionedMeter>> CommissioningOverview::load(QSqlDatabase &db)
{
    QHash<qint64, QStringList> groups;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (const Status s = Sql::prepare(q, QStringLiteral("SELECT m.meter_id, g.name FROM"
                                                        " balance_group_members m JOIN"
                                                        " balance_groups g ON g.id = m.group_id"
                                                        " ORDER BY g.name"));
        !s)
        return s.error();
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    while (q.next())
        groups[q.value(0).toLongLong()] << q.value(1).toString();

    if (const Status s = Sql::prepare(
            q, QStringLiteral("SELECT m.id, m.serial, m.model, m.router_id, r.name,"
                              " s.account, s.name, m.plot, m.ct_num, m.ct_den, m.vt_num,"
                              " m.vt_den, m.optical_only FROM meters m"
                              " LEFT JOIN routers r ON r.id = m.router_id"
                              " LEFT JOIN subscribers s ON s.id = m.subscriber_id"
                              " ORDER BY CASE WHEN m.router_id IS NULL THEN 0 ELSE 1 END,"
                              " r.name, m.router_id, m.serial"));
        !s)
        return s.error();
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    QList<CommissionedMeter> out;
    while (q.next()) {
        CommissionedMeter m;
        m.meterId = q.value(0).toLongLong();
        m.serial = q.value(1).toString();
        m.model = q.value(2).toString();
        m.routerId = q.value(3).toLongLong();
        m.routerName = q.value(4).toString();
        m.account = q.value(5).toString();
        m.subscriberName = q.value(6).toString();
        m.plot = q.value(7).toString();
        m.ct = {q.value(8).toLongLong(), q.value(9).toLongLong()};
        m.vt = {q.value(10).toLongLong(), q.value(11).toLongLong()};
        m.opticalOnly = q.value(12).toInt() != 0;
        m.groups = groups.value(m.meterId);
        out << m;
    }
    return out;
}

} // namespace ims::fleet
