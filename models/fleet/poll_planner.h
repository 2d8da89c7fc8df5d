#pragma once
// Turns "poll this" into the engine's plans: which routers, which meters,
// how to reach them, and where each read starts — the cursors come from
// what is stored, so a readout never re-reads what the database has and
// resumes exactly after an interrupted one.
#include "protocol/engine/poll_job.h"
#include "protocol/engine/poll_settings.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ims::fleet {

struct PollTarget
{
    enum class Kind { All, Router, Meter };
    Kind kind = Kind::All;
    qint64 id = 0; // router or meter id

    static PollTarget all() { return {}; }
    static PollTarget router(qint64 id) { return {Kind::Router, id}; }
    static PollTarget meter(qint64 id) { return {Kind::Meter, id}; }
};

class PollPlanner
{
    Q_DECLARE_TR_FUNCTIONS(PollPlanner)
public:
    explicit PollPlanner(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<QList<engine::RouterPlan>> plan(const PollTarget &target, quint32 what);
    // The engine's settings as stored (clock tolerance, retries, backfill).
    Result<engine::PollSettings> settings(engine::PollSettings defaults = {});

private:
    Result<QList<engine::RouterPlan>> planInTransaction(const PollTarget &target, quint32 what);
    Result<engine::RouterPlan> planRouter(qint64 routerId, quint32 what, qint64 onlyMeter);

    QSqlDatabase m_db;
};

} // namespace ims::fleet
