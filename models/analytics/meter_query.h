#pragma once
// Meters by filter, sorted and paged in SQL, with the names a list shows.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ims::analytics {

struct MeterFilter
{
    QString text; // matches serial, model, plot, subscriber account or name
    std::optional<qint64> siteId;
    std::optional<qint64> routerId;
    std::optional<int> state;
};

enum class MeterSort { Serial, Model, Router, PhysicalAddress, Subscriber, Plot, State };

struct MeterRow
{
    qint64 id = 0;
    QString serial;
    QString model;
    qint64 routerId = 0;
    QString routerName;
    int physicalAddress = 0;
    QString subscriberAccount;
    QString subscriberName;
    QString plot;
    int state = 0;
};

class MeterQuery
{
    Q_DECLARE_TR_FUNCTIONS(MeterQuery)
public:
    explicit MeterQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<QList<MeterRow>> meters(const MeterFilter &filter, MeterSort sort, bool descending,
                                   int limit, int offset = 0);
    Result<qint64> count(const MeterFilter &filter);

private:
    QSqlDatabase m_db;
};

} // namespace ims::analytics
