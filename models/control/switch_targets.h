#pragma once
// What a group switching command acts on: the meters behind one meter, a
// balance group, a feeder or a router, as the database lists them. A
// group's, feeder's or router's head meters (heads of any balance group:
// the substation's own meters) are never in the list: switching one would
// cut everybody behind it. Optical-only and decommissioned meters cannot be
// switched through a router and are left out too.
#include "models/control/switch_schedule.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ims::control {

struct SwitchMeter
{
    qint64 id = 0;
    QString serial;
    qint64 routerId = 0;
};

class SwitchTargets
{
    Q_DECLARE_TR_FUNCTIONS(SwitchTargets)

public:
    explicit SwitchTargets(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Ordered by serial. NotFound when the group, feeder or router does not exist.
    Result<QList<SwitchMeter>> meters(const SwitchTarget &target);
    // "feeder F-1", "balance group Street lights", "router R1", "meter 0012".
    Result<QString> describe(const SwitchTarget &target);
    // The site whose clock and sky the target follows.
    Result<qint64> siteOf(const SwitchTarget &target);

private:
    QSqlDatabase m_db;
};

} // namespace ims::control
