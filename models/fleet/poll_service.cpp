#include "models/fleet/poll_service.h"

#include "models/fleet/fleet_store.h"
#include "models/storage/database.h"
#include "models/storage/sql_util.h"

#include <QLoggingCategory>

namespace ims::fleet {

namespace {
const QString kRole = QStringLiteral("engine");
// SQLite page cache of the engine's connection, KiB. Planning reads a few
// index pages per meter once per round; the default cache (64 MiB per
// connection) would keep most of a million meters' pages for nothing.
constexpr int kEnginePageCacheKiB = 8192;
} // namespace

PollService::PollService(storage::Database &database, engine::ReadingSink &sink,
                         link::LinkFactory &factory, engine::PollSettings overrides,
                         QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    engine::PollSettings settings = overrides;
    if (auto db = database.connection(kRole); db) {
        if (database.dialect().name() == u"sqlite")
            (void)storage::Sql::exec(
                *db, QStringLiteral("PRAGMA cache_size=-%1").arg(kEnginePageCacheKiB));
        if (auto stored = PollPlanner(*db).settings(overrides); stored)
            settings = *stored;
    }
    m_engine = std::make_unique<engine::PollEngine>(factory, &sink, settings, this);
    connect(m_engine.get(), &engine::PollEngine::invocationCounterChanged, this,
            [this](const QString &scope, quint64 next) {
                auto db = m_database.connection(kRole);
                if (!db)
                    return;
                // A failure here would let a counter repeat: say it loudly.
                if (const Status s = FleetStore(*db).storeInvocationCounter(scope, next); !s)
                    emit planFailed(s.error().message);
            });
}

PollService::~PollService()
{
    m_engine.reset();
    m_database.releaseConnection(kRole);
}

Result<int> PollService::poll(const PollTarget &target, quint32 what, engine::Priority priority)
{
    auto db = m_database.connection(kRole);
    if (!db)
        return db.error();
    auto plans = PollPlanner(*db).plan(target, what);
    if (!plans)
        return plans.error();
    int meters = 0;
    for (const engine::RouterPlan &p : *plans)
        meters += int(p.meters.size());
    m_engine->submit(*plans, priority);
    return meters;
}

void PollService::pollAsync(qint64 routerId, qint64 meterId, quint32 what, bool operatorWork)
{
    const PollTarget target = meterId != 0    ? PollTarget::meter(meterId)
                              : routerId != 0 ? PollTarget::router(routerId)
                                              : PollTarget::all();
    const auto r = poll(target, what,
                        operatorWork ? engine::Priority::Operator : engine::Priority::Scheduled);
    if (!r)
        emit planFailed(r.error().message);
}

void PollService::cancel()
{
    m_engine->cancel();
}

} // namespace ims::fleet
