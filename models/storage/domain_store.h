#pragma once
// Creating and reading the installation's configuration: sites, substations,
// routers, meters, subscribers, tariff plans, balance groups, schedules.
#include "models/domain/entities.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ims::storage {

class DomainStore
{
    Q_DECLARE_TR_FUNCTIONS(DomainStore)
public:
    explicit DomainStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Each returns the new row's id.
    Result<qint64> add(const domain::Site &site);
    Result<qint64> add(const domain::Substation &substation);
    Result<qint64> add(const domain::Transformer &transformer);
    Result<qint64> add(const domain::Feeder &feeder);
    Result<qint64> add(const domain::Router &router);
    Result<qint64> add(const domain::Subscriber &subscriber);
    Result<qint64> add(const domain::TariffPlan &plan);
    Result<qint64> add(const domain::Meter &meter);
    // With its members; call inside a Transaction to make it all-or-nothing.
    Result<qint64> add(const domain::BalanceGroup &group);
    Result<qint64> add(const domain::PollSchedule &schedule);

    Result<domain::Meter> meter(qint64 id);
    Result<domain::Meter> meterBySerial(const QString &serial);
    Result<domain::BalanceGroup> balanceGroup(qint64 id);

    Status setMeterState(qint64 meterId, domain::MeterState state);

private:
    Result<qint64> insert(const QString &statement, const QVariantList &values);
    Result<domain::Meter> meterWhere(const QString &condition, const QVariant &value);

    QSqlDatabase m_db;
};

// NULL for a zero reference, the id otherwise.
QVariant sqlReference(qint64 id);

} // namespace ims::storage
