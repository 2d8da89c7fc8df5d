#pragma once
// Meter events and alarms by filter, newest first, a page at a time.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ims::analytics {

struct EventFilter
{
    std::optional<qint64> meterId;
    std::optional<int> journal;
    std::optional<qint64> from; // UTC epoch seconds, inclusive
    std::optional<qint64> to;   // exclusive
};

struct EventRecord
{
    qint64 meterId = 0;
    QString meterSerial;
    int journal = 0;
    int code = 0;
    qint64 time = 0;
};

struct AlarmFilter
{
    std::optional<qint64> meterId;
    std::optional<QString> kind;
    int minimumSeverity = 0;
    bool openOnly = false; // not yet acknowledged
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
};

struct AlarmRecord
{
    qint64 id = 0;
    qint64 raisedAtMs = 0;
    int severity = 0;
    QString kind;
    qint64 meterId = 0;
    QString meterSerial;
    QString details;
    QString acknowledgedBy;
    std::optional<qint64> acknowledgedAtMs;
};

class RecordQueries
{
    Q_DECLARE_TR_FUNCTIONS(RecordQueries)
public:
    explicit RecordQueries(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<QList<EventRecord>> events(const EventFilter &filter, int limit, int offset = 0);
    Result<qint64> eventCount(const EventFilter &filter);
    Result<QList<AlarmRecord>> alarms(const AlarmFilter &filter, int limit, int offset = 0);
    Result<qint64> alarmCount(const AlarmFilter &filter);

private:
    QSqlDatabase m_db;
};

} // namespace ims::analytics
