#pragma once
// The meters of the database as the commissioning engineer checks them:
// each with its router, subscriber, plot, ratios and balance groups, sorted
// by router and serial. Meters without a router (optical only) come first
// with routerId 0.
#include "models/domain/entities.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace ims::fleet {

struct CommissionedMeter
{
    qint64 meterId = 0;
    QString serial;
    QString model;
    qint64 routerId = 0;
    QString routerName;
    QString account;
    QString subscriberName;
    QString plot;
    domain::Ratio ct;
    domain::Ratio vt;
    QStringList groups; // balance group names, sorted
    bool opticalOnly = false;
};

class CommissioningOverview
{
    Q_DECLARE_TR_FUNCTIONS(CommissioningOverview)
public:
    static Result<QList<CommissionedMeter>> load(QSqlDatabase &db);
};

} // namespace ims::fleet
