#pragma once
// The most recent polling of each meter as the engine's progress values,
// so the polling panel shows how the last round went after a restart,
// before the engine reports anything new.
#include "protocol/core/result.h"
#include "protocol/engine/poll_progress.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ims::analytics {

struct PollHistory
{
    QList<engine::RouterProgress> routers;
    QList<engine::MeterProgress> meters;
};

class PollHistoryQuery
{
    Q_DECLARE_TR_FUNCTIONS(PollHistoryQuery)
public:
    explicit PollHistoryQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The newest session of up to `limit` meters (newest sessions first).
    Result<PollHistory> lastRound(int limit = 5000);

private:
    QSqlDatabase m_db;
};

// "timeout" -> ErrorKind::Timeout (the tokens errorKindName() writes).
ErrorKind errorKindFromName(const QString &name);

} // namespace ims::analytics
