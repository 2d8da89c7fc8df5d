#pragma once
// Where each read of a router's meters starts, from what is stored: the
// newest A+ interval, daily and monthly snapshot, successful clock
// correction and event per journal the engine reads. One statement per
// router whose per-meter parts are index seeks (MAX over a key prefix),
// instead of five statements per meter: planning a million meters was tens
// of seconds of per-statement overhead.
#include "protocol/core/result.h"
#include "protocol/engine/poll_job.h"

#include <QList>
#include <QSqlDatabase>

namespace ims::fleet {

class PollCursorReader
{
public:
    explicit PollCursorReader(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Fills the cursors of `jobs`, the active meters of router `routerId`
    // (only `onlyMeter` when it is not 0), matched by meter id.
    Status read(qint64 routerId, qint64 onlyMeter, QList<engine::MeterJob> &jobs);

private:
    QSqlDatabase m_db;
};

} // namespace ims::fleet
