#pragma once
// Manual readings (typed from the display or taken with an optical probe),
// by meter and time: for the meter card, the day's export and checks.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ims::analytics {

struct ManualReadingFilter
{
    std::optional<qint64> meterId;
    std::optional<qint64> from;  // UTC epoch seconds, inclusive
    std::optional<qint64> to;    // exclusive
    std::optional<bool> optical; // only optical (true) or only typed-in (false)
};

struct ManualReadingRecord
{
    qint64 id = 0;
    qint64 meterId = 0;
    QString meterSerial;
    qint64 takenAt = 0; // UTC epoch seconds
    bool optical = false;
    QString code;      // "1.8.0"
    QString textValue; // as stored: "061561.289*kWh"
    QString operatorName;

    // The parts of textValue: "061561.289" and "kWh" ("" without a unit).
    QString value() const;
    QString unit() const;
};

enum class ManualReadingOrder {
    NewestFirst,    // meter card: the latest readout on top
    ByMeterAndTime, // exports: meter by meter, oldest first
};

class ManualReadingQuery
{
    Q_DECLARE_TR_FUNCTIONS(ManualReadingQuery)
public:
    explicit ManualReadingQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // limit < 0: all of them (offset is then ignored).
    Result<QList<ManualReadingRecord>> readings(const ManualReadingFilter &filter,
                                                ManualReadingOrder order
                                                = ManualReadingOrder::NewestFirst,
                                                int limit = -1, int offset = 0);
    Result<qint64> count(const ManualReadingFilter &filter);

private:
    QSqlDatabase m_db;
};

} // namespace ims::analytics
