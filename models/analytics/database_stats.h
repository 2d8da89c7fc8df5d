#pragma once
// How much the database holds: the figures `imsdesk-cli db stats` prints.
#include "protocol/core/result.h"

#include <QList>
#include <QSqlDatabase>

namespace ims::analytics {

struct DatabaseStats
{
    int schemaVersion = 0;
    qint64 sites = 0;
    qint64 substations = 0;
    qint64 routers = 0;
    qint64 meters = 0;
    qint64 intervals = 0;
    qint64 registers = 0;
    qint64 events = 0;
    qint64 alarms = 0;
    qint64 openAlarms = 0;
    qint64 conflicts = 0;
    qint64 seals = 0;
    qint64 fileBytes = 0; // SQLite: page_count x page_size
};

Result<DatabaseStats> databaseStats(QSqlDatabase &db);

} // namespace ims::analytics
