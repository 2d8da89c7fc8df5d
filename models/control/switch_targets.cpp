#include "models/control/switch_targets.h"

#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::control {

namespace {

const QString kSwitchable = QStringLiteral(
    " m.router_id IS NOT NULL AND m.optical_only = 0 AND m.state <> 3"
    " AND m.id NOT IN (SELECT meter_id FROM balance_group_members WHERE role = 0)");

} // namespace

Result<QList<SwitchMeter>> SwitchTargets::meters(const SwitchTarget &target)
{
    // Existence first, so an empty group and a wrong id read differently.
    if (Result<QString> d = describe(target); !d)
        return d.error();
    QString statement;
    switch (target.kind) {
    case SwitchTargetKind::Meter:
        statement = QStringLiteral("SELECT m.id, m.serial, COALESCE(m.router_id, 0) FROM meters m"
                                   " WHERE m.id = ?");
        break;
    case SwitchTargetKind::BalanceGroup:
        statement = QStringLiteral("SELECT m.id, m.serial, m.router_id FROM meters m"
                                   " JOIN balance_group_members g ON g.meter_id = m.id"
                                   " WHERE g.group_id = ? AND g.role = 1 AND")
                    + kSwitchable;
        break;
    case SwitchTargetKind::Feeder:
        statement = QStringLiteral("SELECT m.id, m.serial, m.router_id FROM meters m"
                                   " WHERE m.feeder_id = ? AND")
                    + kSwitchable;
        break;
    case SwitchTargetKind::Router:
        statement = QStringLiteral("SELECT m.id, m.serial, m.router_id FROM meters m"
                                   " WHERE m.router_id = ? AND")
                    + kSwitchable;
        break;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (const Status s = storage::Sql::prepare(q, statement + QStringLiteral(" ORDER BY m.serial"));
        !s)
        return s.error();
    q.addBindValue(target.id);
    if (const Status s = storage::Sql::exec(q); !s)
        return s.error();
    QList<SwitchMeter> out;
    while (q.next())
        out << SwitchMeter{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
    return out;
}

Result<QString> SwitchTargets::describe(const SwitchTarget &target)
{
    QString statement;
    QString what;
    switch (target.kind) {
    case SwitchTargetKind::Meter:
        statement = QStringLiteral("SELECT serial FROM meters WHERE id = ?");
        what = tr("meter %1");
        break;
    case SwitchTargetKind::BalanceGroup:
        statement = QStringLiteral("SELECT name FROM balance_groups WHERE id = ?");
        what = tr("balance group %1");
        break;
    case SwitchTargetKind::Feeder:
        statement = QStringLiteral("SELECT name FROM feeders WHERE id = ?");
        what = tr("feeder %1");
        break;
    case SwitchTargetKind::Router:
        statement = QStringLiteral("SELECT name FROM routers WHERE id = ?");
        what = tr("router %1");
        break;
    }
    QSqlQuery q(m_db);
    if (const Status s = storage::Sql::prepare(q, statement); !s)
        return s.error();
    q.addBindValue(target.id);
    if (const Status s = storage::Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorKind::NotFound, tr("no %1 with id %2")
                                              .arg(SwitchScheduleText::targetKindToken(target.kind))
                                              .arg(target.id));
    return what.arg(q.value(0).toString());
}

Result<qint64> SwitchTargets::siteOf(const SwitchTarget &target)
{
    QString statement;
    switch (target.kind) {
    case SwitchTargetKind::Meter:
        statement = QStringLiteral("SELECT COALESCE(m.site_id, r.site_id) FROM meters m"
                                   " LEFT JOIN routers r ON r.id = m.router_id WHERE m.id = ?");
        break;
    case SwitchTargetKind::BalanceGroup:
        statement = QStringLiteral(
            "SELECT COALESCE(g.site_id, s.site_id, (SELECT MIN(m.site_id) FROM meters m JOIN"
            " balance_group_members b ON b.meter_id = m.id WHERE b.group_id = g.id))"
            " FROM balance_groups g LEFT JOIN substations s ON s.id = g.substation_id"
            " WHERE g.id = ?");
        break;
    case SwitchTargetKind::Feeder:
        statement = QStringLiteral("SELECT s.site_id FROM feeders f"
                                   " JOIN substations s ON s.id = f.substation_id WHERE f.id = ?");
        break;
    case SwitchTargetKind::Router:
        statement = QStringLiteral("SELECT site_id FROM routers WHERE id = ?");
        break;
    }
    QSqlQuery q(m_db);
    if (const Status s = storage::Sql::prepare(q, statement); !s)
        return s.error();
    q.addBindValue(target.id);
    if (const Status s = storage::Sql::exec(q); !s)
        return s.error();
    if (!q.next() || q.value(0).isNull())
        return Error(ErrorKind::NotFound, tr("cannot tell which site the %1 %2 belongs to")
                                              .arg(SwitchScheduleText::targetKindToken(target.kind))
                                              .arg(target.id));
    return q.value(0).toLongLong();
}

} // namespace ims::control
