#include "million_db.h"

#include "models/domain/entities.h"
#include "models/fleet/fleet_store.h"
#include "models/fleet/schedule_store.h"
#include "models/storage/alarm_store.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "models/storage/ingestor.h"
#include "models/storage/sql_util.h"
#include "models/storage/statement.h"
#include "models/storage/synthetic_installation.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <memory>

namespace ims::bench {

using namespace ims::storage;

namespace {

const QString kSignatureKey = QStringLiteral("bench.million_db");
const QString kRole = QStringLiteral("million-db");
constexpr qint64 kDay = 86400;

void progress(const QString &text)
{
    QTextStream(stderr) << "million-db: " << text << '\n';
}

// One substation as generated: its meters in order (head first), the
// routers and how many meters each has.
struct SubstationPlan
{
    qint64 siteId = 0;
    qint64 substationId = 0;
    qint64 groupId = 0;
    QList<qint64> routerIds;
    QList<int> routerSizes;
    QList<qint64> meterIds;
};

QList<int> routerSizes(int substation, int meters)
{
    if (substation % 4 != 0 || meters < 2)
        return {meters};
    const int first = meters * 3 / 5;
    return {first, meters - first};
}

struct Statements
{
    std::unique_ptr<Statement> subscriber, meter, route, member, lastId;

    Result<qint64> insertedId()
    {
        if (const Status s = lastId->exec(); !s)
            return s.error();
        const qint64 id = lastId->next() ? lastId->int64(0) : 0;
        lastId->finish();
        return id;
    }
};

Result<Statements> prepareBulk(StatementFactory &factory)
{
    Statements s;
    const std::pair<std::unique_ptr<Statement> *, QString> all[] = {
        {&s.subscriber, QStringLiteral("INSERT INTO subscribers(account, name, phone, address)"
                                       " VALUES (?, ?, ?, ?)")},
        // The columns of DomainStore::add(Meter).
        {&s.meter, QStringLiteral("INSERT INTO meters(serial, model, site_id, router_id, feeder_id,"
                                  " physical_address, phases, ct_num, ct_den, vt_num, vt_den,"
                                  " install_date, subscriber_id, plot, tariff_plan_id,"
                                  " capabilities, optical_only, state)"
                                  " VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, 1, 1, ?, ?, ?, NULL, ?,"
                                  " 0, 0)")},
        {&s.route, QStringLiteral("INSERT INTO meter_routes(meter_id, repeaters, quality,"
                                  " updated_ms) VALUES (?, ?, ?, ?)")},
        {&s.member, QStringLiteral("INSERT INTO balance_group_members(group_id, meter_id, role,"
                                   " sign) VALUES (?, ?, ?, 1)")},
        {&s.lastId, QStringLiteral("SELECT last_insert_rowid()")},
    };
    for (const auto &[target, sql] : all) {
        auto prepared = factory.prepare(sql);
        if (!prepared)
            return prepared.error();
        *target = std::move(*prepared);
    }
    return s;
}

// Routers through FleetStore (each with its access, in its own transaction),
// sites and substations through FleetStore::place.
Result<QList<SubstationPlan>> addRouters(QSqlDatabase &db, const MillionDbConfig &config)
{
    fleet::FleetStore fleet(db);
    QList<SubstationPlan> plans;
    for (int s = 0; s < config.substations; ++s) {
        SubstationPlan plan;
        const QString siteName
            = s % 5 == 4 ? QStringLiteral("District %1").arg(s + 1, 3, 10, QLatin1Char('0'))
                         : QStringLiteral("SNT %1").arg(s + 1, 3, 10, QLatin1Char('0'));
        auto placed
            = fleet.place(siteName, QStringLiteral("TP-%1").arg(s + 1, 3, 10, QLatin1Char('0')));
        if (!placed)
            return placed.error();
        plan.siteId = placed->siteId;
        plan.substationId = placed->substationId;
        plan.routerSizes = routerSizes(s, config.metersPerSubstation);
        for (int r = 0; r < plan.routerSizes.size(); ++r) {
            domain::Router router;
            router.siteId = plan.siteId;
            router.substationId = plan.substationId;
            router.name
                = QStringLiteral("USPD-%1-%2").arg(s + 1, 3, 10, QLatin1Char('0')).arg(r + 1);
            router.model = QStringLiteral("RTR-8A");
            router.serial = QStringLiteral("R%1").arg(s * 4 + r + 1, 7, 10, QLatin1Char('0'));
            // TEST-NET-1 (RFC 5737): nothing answers there, so a workstation
            // opened on this database polls into silence instead of into
            // somebody's network.
            router.host = QStringLiteral("192.0.2.%1").arg(1 + (s * 2 + r) % 254);
            router.port = 4059;
            auto id = fleet.addRouter(router, fleet::RouterAccess{});
            if (!id)
                return id.error();
            plan.routerIds.append(*id);
        }
        plans.append(plan);
    }
    return plans;
}

Status addMeters(QSqlDatabase &db, QList<SubstationPlan> &plans)
{
    StatementFactory factory(db);
    auto prepared = prepareBulk(factory);
    if (!prepared)
        return prepared.error();
    Statements &st = *prepared;
    DomainStore domain(db);
    Transaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    qint64 index = 0;
    for (int s = 0; s < plans.size(); ++s) {
        SubstationPlan &plan = plans[s];
        domain::BalanceGroup group;
        group.name = QStringLiteral("TP-%1 balance").arg(s + 1, 3, 10, QLatin1Char('0'));
        group.siteId = plan.siteId;
        group.substationId = plan.substationId;
        auto groupId = domain.add(group); // members below, in bulk
        if (!groupId)
            return groupId.error();
        plan.groupId = *groupId;
        for (int r = 0; r < plan.routerIds.size(); ++r) {
            const int size = plan.routerSizes[r];
            for (int m = 0; m < size; ++m, ++index) {
                const bool head = r == 0 && m == 0;
                qint64 subscriber = 0;
                if (!head && index % 10 == 1) {
                    st.subscriber->bind(0,
                                        QStringLiteral("LS%1").arg(index, 9, 10, QLatin1Char('0')));
                    st.subscriber->bind(1, QStringLiteral("Subscriber %1").arg(index));
                    st.subscriber->bind(
                        2,
                        QStringLiteral("+7 900 %1").arg(index % 10000000, 7, 10, QLatin1Char('0')));
                    st.subscriber->bind(3, QStringLiteral("SNT %1, plot %2").arg(s + 1).arg(m));
                    if (const Status e = st.subscriber->exec(); !e)
                        return e;
                    auto id = st.insertedId();
                    if (!id)
                        return id.error();
                    subscriber = *id;
                }
                Statement &q = *st.meter;
                q.bind(0, QStringLiteral("M%1").arg(index + 1, 9, 10, QLatin1Char('0')));
                q.bind(1, head ? QStringLiteral("PSCH-4TM") : QStringLiteral("MIR C-04"));
                q.bind(2, plan.siteId);
                q.bind(3, plan.routerIds[r]);
                q.bind(4, qint64(16 + m));
                q.bind(5, qint64(head ? 3 : 1));
                q.bind(6, qint64(head ? 1000 : 1));
                q.bind(7, qint64(head ? 5 : 1));
                q.bind(8, QStringLiteral("2024-0%1-15").arg(1 + index % 9));
                if (subscriber != 0)
                    q.bind(9, subscriber);
                else
                    q.bindNull(9);
                q.bind(10, QStringLiteral("%1-%2").arg(s + 1).arg(m));
                q.bind(11, qint64(domain::MeterCapability::LoadProfile
                                  | domain::MeterCapability::Relay | domain::MeterCapability::Events
                                  | (head ? domain::MeterCapability::ThreePhase : 0u)));
                if (const Status e = q.exec(); !e)
                    return e;
                auto id = st.insertedId();
                if (!id)
                    return id.error();
                plan.meterIds.append(*id);

                // The PLC route as the synthetic installation makes them.
                const QList<int> chain = syntheticRouteChain(m, size);
                QStringList repeaters, quality;
                for (int hop : chain)
                    repeaters << QString::number(16 + hop);
                for (qsizetype hop = 0; hop <= chain.size(); ++hop)
                    quality << QString::number(35 + (m * 29 + int(hop) * 17) % 65);
                st.route->bind(0, *id);
                st.route->bind(1, repeaters.join(u' '));
                st.route->bind(2, quality.join(u' '));
                st.route->bind(3, nowMs);
                if (const Status e = st.route->exec(); !e)
                    return e;

                st.member->bind(0, plan.groupId);
                st.member->bind(1, *id);
                st.member->bind(
                    2, qint64(head ? domain::BalanceRole::Head : domain::BalanceRole::Member));
                if (const Status e = st.member->exec(); !e)
                    return e;
            }
        }
        if ((s + 1) % 50 == 0)
            progress(QStringLiteral("%1 meters").arg(index));
    }
    return tx.commit();
}

Status addSchedules(QSqlDatabase &db, const QList<SubstationPlan> &plans)
{
    fleet::ScheduleStore schedules(db);
    Transaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s;
    for (const SubstationPlan &plan : plans)
        if (const auto added = schedules.ensureDefaults(plan.siteId); !added)
            return added.error();
    return tx.commit();
}

// What a few daily rounds would have stored for one substation's meters.
engine::ReadingBatch substationDay(const SubstationPlan &plan, qint64 day, bool lastDay)
{
    SyntheticInstallation site;
    site.siteId = plan.siteId;
    site.substationId = plan.substationId;
    site.groupId = plan.groupId;
    site.routerIds = plan.routerIds;
    site.meterIds = plan.meterIds;
    engine::ReadingBatch batch = syntheticDay(site, day, 1);
    const qint64 readAtMs = (day + 1) * kDay * 1000 + 3600 * 1000;
    int router = 0, left = plan.routerSizes.value(0);
    QSet<qint64> failed;
    for (qsizetype i = 0; i < plan.meterIds.size(); ++i, --left) {
        if (left == 0) {
            ++router;
            left = plan.routerSizes.value(router);
        }
        const qint64 id = plan.meterIds[i];
        const engine::MeterRef meter{id, {}};
        const bool fails = lastDay && i % 37 == 11;
        engine::PollOutcome outcome;
        outcome.meter = meter;
        outcome.routerId = plan.routerIds[router];
        outcome.startedAtMs = readAtMs + i * 1500;
        outcome.finishedAtMs = outcome.startedAtMs + (fails ? 30000 : 1400);
        outcome.result = fails ? engine::PollResult::Failed : engine::PollResult::Success;
        outcome.errorKind = fails ? ErrorKind::Timeout : ErrorKind::None;
        outcome.message = fails ? QStringLiteral("no answer") : QString();
        outcome.bytesSent = fails ? 120 : 1480;
        outcome.bytesReceived = fails ? 0 : 4050;
        outcome.intervalsRead = fails ? 0 : 48;
        batch.outcomes.append(outcome);
        if (fails) {
            failed.insert(id);
            continue;
        }
        engine::ClockCheck clock;
        clock.meter = meter;
        clock.workstationTimeMs = outcome.startedAtMs + 300;
        clock.deltaMs = i % 397 == 5 ? 7300 : qint64((i * 131 + day) % 1601) - 800;
        clock.deviceTimeMs = clock.workstationTimeMs + clock.deltaMs;
        batch.clockChecks.append(clock);
        batch.registers.append({meter, QStringLiteral("1.0.1.8.0.255"), 0, (day + 1) * kDay,
                                i * 1000 + (day % 1000) * 7, 0, engine::CosemUnit::WattHour,
                                engine::RegisterKind::Daily});
        if (lastDay) {
            batch.instants.append({meter, QStringLiteral("0.0.96.3.10.255"),
                                   outcome.finishedAtMs / 1000, i % 499 == 7 ? 0 : 1, 0,
                                   engine::CosemUnit::None});
            if (i % 1009 == 3)
                batch.events.append({meter, 4, 1, (day + 1) * kDay - 4000});
        }
    }
    if (!failed.isEmpty()) {
        QList<engine::IntervalReading> kept;
        kept.reserve(batch.intervals.size());
        for (const engine::IntervalReading &r : std::as_const(batch.intervals))
            if (!failed.contains(r.meter.id))
                kept.append(r);
        batch.intervals = std::move(kept);
    }
    return batch;
}

Result<qint64> addReadings(QSqlDatabase &db, const MillionDbConfig &config,
                           const QList<SubstationPlan> &plans)
{
    Ingestor ingestor(db);
    if (const Status s = ingestor.prepare(); !s)
        return s.error();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 today = nowMs / 1000 / kDay;
    qint64 values = 0;
    for (int s = 0; s < plans.size(); s += std::max(1, config.readEvery)) {
        for (int d = config.days; d >= 1; --d) {
            const engine::ReadingBatch batch = substationDay(plans[s], today - d, d == 1);
            auto summary = ingestor.ingest(batch, nowMs);
            if (!summary)
                return summary.error();
            values += qint64(batch.intervals.size());
        }
        progress(QStringLiteral("readings of substation %1: %2 interval values so far")
                     .arg(s + 1)
                     .arg(values));
    }
    return values;
}

// Alarms all over the installation, not only where readings are: what an
// operator who has been away for a while finds.
Status addAlarms(QSqlDatabase &db, const QList<SubstationPlan> &plans)
{
    AlarmStore alarms(db);
    Transaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    int n = 0;
    for (const SubstationPlan &plan : plans) {
        for (qsizetype i = 3; i < plan.meterIds.size(); i += 997, ++n) {
            const bool tamper = n % 3 == 0;
            auto id = alarms.raise(
                tamper ? QString(AlarmKind::Tamper) : QString(AlarmKind::ClockDrift),
                tamper ? AlarmSeverity::Critical : AlarmSeverity::Warning, plan.meterIds[i],
                tamper ? QStringLiteral("journal=4 code=1 time=%1").arg(nowMs / 1000 - n * 60)
                       : QStringLiteral("target=0 router=0 delta_ms=%1 corrected=0")
                             .arg(6000 + n % 5000),
                nowMs - qint64(n) * 60000);
            if (!id)
                return id.error();
            if (n % 2 == 1)
                if (const Status s = alarms.acknowledge(*id, QStringLiteral("operator"), nowMs); !s)
                    return s;
        }
    }
    return tx.commit();
}

Result<MillionDbInfo> describe(QSqlDatabase &db, const QString &path)
{
    MillionDbInfo info;
    const std::pair<qint64 *, QString> counts[] = {
        {&info.meters, QStringLiteral("SELECT COUNT(*) FROM meters")},
        {&info.routers, QStringLiteral("SELECT COUNT(*) FROM routers")},
        {&info.intervalValues, QStringLiteral("SELECT COUNT(*) FROM interval_values")},
        {&info.alarms, QStringLiteral("SELECT COUNT(*) FROM alarms")},
    };
    for (const auto &[target, sql] : counts) {
        auto n = Sql::scalar(db, sql);
        if (!n)
            return n.error();
        *target = *n;
    }
    QSqlQuery q(db);
    if (const Status s = Sql::prepare(q, QStringLiteral("SELECT router_id, COUNT(*) AS n FROM"
                                                        " meters WHERE router_id IS NOT NULL"
                                                        " GROUP BY router_id ORDER BY n DESC,"
                                                        " router_id LIMIT 1"));
        !s)
        return s.error();
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    if (q.next()) {
        info.largestRouterId = q.value(0).toLongLong();
        info.largestRouterMeters = q.value(1).toLongLong();
    }
    q.finish();
    // The meter in the middle of the first read router: readings, a route
    // several hops long, a card with everything on it.
    QSqlQuery m(db);
    if (const Status s
        = Sql::prepare(m, QStringLiteral("SELECT m.id, m.serial FROM meters m"
                                         " WHERE m.router_id = (SELECT MIN(router_id)"
                                         " FROM meter_daily d JOIN meters x"
                                         " ON x.id = d.meter_id)"
                                         " ORDER BY m.id LIMIT 1 OFFSET 1234"));
        !s)
        return s.error();
    if (const Status s = Sql::exec(m); !s)
        return s.error();
    if (m.next()) {
        info.sampleMeterId = m.value(0).toLongLong();
        info.sampleSerial = m.value(1).toString();
    }
    m.finish(); // the checkpoint wants no statement reading
    if (const Status s = Sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
        return s.error();
    info.fileBytes = QFileInfo(path).size();
    return info;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

QString millionDbSignature(const MillionDbConfig &config)
{
    return QStringLiteral("v1 substations=%1 meters=%2 read-every=%3 days=%4")
        .arg(config.substations)
        .arg(config.metersPerSubstation)
        .arg(config.readEvery)
        .arg(config.days);
}

Result<MillionDbInfo> ensureMillionDb(const MillionDbConfig &config)
{
    const QString signature = millionDbSignature(config);
    if (QFileInfo::exists(config.path)) {
        Database database(DatabaseConfig{config.path});
        if (const Status s = database.openAndMigrate(); !s)
            return s.error();
        auto db = database.connection(kRole);
        if (!db)
            return db.error();
        QSqlQuery q(*db);
        q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        q.addBindValue(kSignatureKey);
        const bool complete = q.exec() && q.next() && q.value(0).toString() == signature;
        q.finish();
        if (complete) {
            auto info = describe(*db, config.path);
            q = QSqlQuery();
            *db = QSqlDatabase();
            database.releaseConnection(kRole);
            return info;
        }
        q = QSqlQuery();
        *db = QSqlDatabase();
        database.releaseConnection(kRole);
        progress(
            QStringLiteral("%1 is incomplete or of another shape: made again").arg(config.path));
    }
    removeDatabaseFiles(config.path);

    QElapsedTimer timer;
    timer.start();
    Database database(DatabaseConfig{config.path});
    if (const Status s = database.openAndMigrate(); !s)
        return s.error();
    auto connection = database.connection(kRole);
    if (!connection)
        return connection.error();
    QSqlDatabase &db = *connection;
    // Bulk load: a crash means starting again anyway (the signature is written last).
    if (const Status s = Sql::exec(db, QStringLiteral("PRAGMA synchronous=OFF")); !s)
        return s.error();

    auto plans = addRouters(db, config);
    if (!plans)
        return plans.error();
    qsizetype routers = 0;
    for (const SubstationPlan &plan : std::as_const(*plans))
        routers += plan.routerIds.size();
    progress(QStringLiteral("%1 substations, %2 routers (%3 s)")
                 .arg(plans->size())
                 .arg(routers)
                 .arg(timer.elapsed() / 1000.0));
    if (const Status s = addMeters(db, *plans); !s)
        return s.error();
    progress(QStringLiteral("meters, routes, balance groups (%1 s)").arg(timer.elapsed() / 1000.0));
    if (const Status s = addSchedules(db, *plans); !s)
        return s.error();
    auto values = addReadings(db, config, *plans);
    if (!values)
        return values.error();
    progress(QStringLiteral("readings (%1 s)").arg(timer.elapsed() / 1000.0));
    if (const Status s = addAlarms(db, *plans); !s)
        return s.error();
    // No ANALYZE: the program never runs it, so neither does its test data.
    if (const Status s = Sql::putSetting(db, kSignatureKey, signature); !s)
        return s.error();
    auto info = describe(db, config.path);
    db = QSqlDatabase();
    database.releaseConnection(kRole);
    if (!info)
        return info;
    info->created = true;
    info->seconds = double(timer.nsecsElapsed()) / 1e9;
    return info;
}

Status clearScheduleMarks(const QString &path)
{
    Database database(DatabaseConfig{path});
    if (const Status s = database.openAndMigrate(); !s)
        return s;
    Status result;
    {
        auto db = database.connection(kRole);
        if (!db)
            return db.error();
        result = Sql::exec(*db, QStringLiteral("DELETE FROM settings"
                                               " WHERE key LIKE 'schedule.%.last_run_ms'"));
    }
    database.releaseConnection(kRole);
    return result;
}

} // namespace ims::bench
