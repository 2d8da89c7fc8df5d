#include "models/fleet/commissioning_csv_import.h"

#include "models/storage/domain_store.h"
#include "models/storage/sql_util.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <numeric>

namespace ims::fleet {

using storage::Sql;

namespace {

struct MeterRow
{
    qint64 id = 0;
    qint64 siteId = 0;
    qint64 substationId = 0; // of its router
    qint64 subscriberId = 0;
    QString plot;
    domain::Ratio ct;
    domain::Ratio vt;
};

// The parts of the database a plan is checked against, read once.
struct Snapshot
{
    QHash<QString, MeterRow> meters;                // by serial
    QHash<QString, domain::Subscriber> subscribers; // by account
    QHash<qint64, QString> accounts;                // subscriber id -> account
    QMultiHash<QString, qint64> groups;             // name -> id
    QSet<std::pair<qint64, qint64>> members;        // (group, meter)
};

Result<Snapshot> loadSnapshot(QSqlDatabase &db)
{
    Snapshot s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (const Status st = Sql::prepare(
            q, QStringLiteral("SELECT m.id, m.serial, m.site_id, r.substation_id,"
                              " m.subscriber_id, m.plot, m.ct_num, m.ct_den, m.vt_num, m.vt_den"
                              " FROM meters m LEFT JOIN routers r ON r.id = m.router_id"));
        !st)
        return st.error();
    if (const Status st = Sql::exec(q); !st)
        return st.error();
    while (q.next()) {
        MeterRow m;
        m.id = q.value(0).toLongLong();
        m.siteId = q.value(2).toLongLong();
        m.substationId = q.value(3).toLongLong();
        m.subscriberId = q.value(4).toLongLong();
        m.plot = q.value(5).toString();
        m.ct = {q.value(6).toLongLong(), q.value(7).toLongLong()};
        m.vt = {q.value(8).toLongLong(), q.value(9).toLongLong()};
        s.meters.insert(q.value(1).toString(), m);
    }
    if (const Status st = Sql::prepare(q, QStringLiteral("SELECT id, account, name FROM"
                                                         " subscribers"));
        !st)
        return st.error();
    if (const Status st = Sql::exec(q); !st)
        return st.error();
    while (q.next()) {
        domain::Subscriber sub;
        sub.id = q.value(0).toLongLong();
        sub.account = q.value(1).toString();
        sub.name = q.value(2).toString();
        s.accounts.insert(sub.id, sub.account);
        s.subscribers.insert(sub.account, sub);
    }
    if (const Status st = Sql::prepare(q, QStringLiteral("SELECT id, name FROM balance_groups"));
        !st)
        return st.error();
    if (const Status st = Sql::exec(q); !st)
        return st.error();
    while (q.next())
        s.groups.insert(q.value(1).toString(), q.value(0).toLongLong());
    if (const Status st = Sql::prepare(q, QStringLiteral("SELECT group_id, meter_id FROM"
                                                         " balance_group_members"));
        !st)
        return st.error();
    if (const Status st = Sql::exec(q); !st)
        return st.error();
    while (q.next())
        s.members.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return s;
}

domain::Ratio reduced(const domain::Ratio &r)
{
    const qint64 g = std::gcd(r.numerator, r.denominator);
    return g > 0 ? domain::Ratio{r.numerator / g, r.denominator / g} : r;
}

// Readings whose stored primary energy was computed with the meter's ratios.
Result<bool> hasReadings(QSqlDatabase &db, qint64 meterId)
{
    const Result<qint64> found = Sql::scalar(
        db,
        QStringLiteral("SELECT CASE WHEN EXISTS(SELECT 1 FROM interval_values WHERE meter_id = ?)"
                       " OR EXISTS(SELECT 1 FROM register_snapshots WHERE meter_id = ?"
                       " AND primary_mwh IS NOT NULL)"
                       " OR EXISTS(SELECT 1 FROM meter_daily WHERE meter_id = ?)"
                       " THEN 1 ELSE 0 END"),
        {meterId, meterId, meterId});
    if (!found)
        return found.error();
    return *found != 0;
}

bool isFileLevel(CsvProblem p)
{
    switch (p) {
    case CsvProblem::FileTooLarge:
    case CsvProblem::Unreadable:
    case CsvProblem::MissingHeader:
    case CsvProblem::UnknownColumn:
    case CsvProblem::DuplicateColumn:
    case CsvProblem::UnnamedColumn:
    case CsvProblem::MissingSerialColumn:
        return true;
    default:
        return false;
    }
}

class Planner
{
public:
    Planner(QSqlDatabase &db, Snapshot snapshot, const CommissioningCsvOptions &options)
        : m_db(db)
        , m_s(std::move(snapshot))
        , m_options(options)
    {}

    Result<CommissioningPlan> plan(const CommissioningCsv &csv)
    {
        m_plan.errors = csv.errors;
        QMap<int, QStringList> refusedLines;
        for (const CsvLineError &e : csv.errors)
            if (!isFileLevel(e.problem))
                refusedLines[e.line] << e.message;
        for (auto it = refusedLines.cbegin(); it != refusedLines.cend(); ++it) {
            RowPlan rp;
            rp.line = it.key();
            rp.action = RowAction::Refuse;
            rp.message = it.value().join(QStringLiteral("; "));
            m_plan.rows << rp;
        }
        for (const CommissioningRow &row : csv.rows)
            if (const Status s = planRow(row); !s)
                return s.error();
        const auto byLine = [](const auto &a, const auto &b) {
            return a.line < b.line;
        };
        std::stable_sort(m_plan.rows.begin(), m_plan.rows.end(), byLine);
        std::stable_sort(m_plan.errors.begin(), m_plan.errors.end(), byLine);
        return m_plan;
    }

private:
    void refuse(RowPlan &rp, CsvProblem problem, const QString &message)
    {
        m_plan.errors << CsvLineError{rp.line, problem, message};
        rp.action = RowAction::Refuse;
        rp.message = rp.message.isEmpty() ? message : rp.message + QStringLiteral("; ") + message;
    }

    Status planRow(const CommissioningRow &row)
    {
        RowPlan rp;
        rp.line = row.line;
        rp.serial = row.serial;
        const auto found = m_s.meters.constFind(row.serial);
        if (found == m_s.meters.constEnd()) {
            if (m_options.allowUnknown) {
                rp.action = RowAction::Skip;
                rp.message = CommissioningCsvImport::tr("meter %1 is not in the database; skipped")
                                 .arg(row.serial);
                m_plan.warnings
                    << CommissioningCsvImport::tr("line %1: %2").arg(row.line).arg(rp.message);
            } else {
                refuse(rp, CsvProblem::NotCommissioned,
                       CommissioningCsvImport::tr(
                           "meter %1 is not commissioned yet: the database does not have it."
                           " Take it in from its router first, or allow unknown meters to"
                           " skip it")
                           .arg(row.serial));
            }
            m_plan.rows << rp;
            return {};
        }
        const MeterRow &meter = *found;
        rp.meterId = meter.id;
        // Side effects are kept aside until the line proves sound.
        std::optional<domain::Subscriber> newSubscriber;
        std::optional<std::pair<qint64, QString>> rename;
        std::optional<NewBalanceGroup> newGroup;
        bool refused = false;

        if (!row.account.isEmpty()) {
            const QString current = m_s.accounts.value(meter.subscriberId);
            const auto existing = m_s.subscribers.constFind(row.account);
            QString shown
                = row.subscriberName.isEmpty()
                      ? row.account
                      : CommissioningCsvImport::tr("%1 (%2)").arg(row.account, row.subscriberName);
            if (existing != m_s.subscribers.constEnd()) {
                if (!row.subscriberName.isEmpty() && !existing->name.isEmpty()
                    && existing->name != row.subscriberName) {
                    refuse(rp, CsvProblem::AccountHeldByOther,
                           CommissioningCsvImport::tr(
                               "account %1 belongs to \"%2\" in the database, the file says"
                               " \"%3\"")
                               .arg(row.account, existing->name, row.subscriberName));
                    refused = true;
                } else if (!row.subscriberName.isEmpty() && existing->name.isEmpty()
                           && !m_renamed.contains(existing->id)) {
                    rename = std::pair{existing->id, row.subscriberName};
                    rp.changes << CommissioningCsvImport::tr("subscriber %1 named \"%2\"")
                                      .arg(row.account, row.subscriberName);
                }
            } else if (!m_plannedAccounts.contains(row.account)) {
                newSubscriber = domain::Subscriber{0, row.account, row.subscriberName, {}, {}};
                shown = CommissioningCsvImport::tr("%1 (new)").arg(shown);
            }
            if (current != row.account) {
                rp.account = row.account;
                rp.changes << CommissioningCsvImport::tr("subscriber: %1 → %2")
                                  .arg(current.isEmpty() ? CommissioningCsvImport::tr("none")
                                                         : current,
                                       shown);
            }
        }
        if (!row.plot.isEmpty() && row.plot != meter.plot) {
            rp.plot = row.plot;
            rp.changes << CommissioningCsvImport::tr("plot: %1 → %2")
                              .arg(meter.plot.isEmpty() ? CommissioningCsvImport::tr("none")
                                                        : meter.plot,
                                   row.plot);
        }
        const auto ratio
            = [&](const std::optional<domain::Ratio> &wanted, const domain::Ratio &stored,
                  const QString &label, std::optional<domain::Ratio> &target) -> Status {
            if (!wanted || *wanted == stored)
                return {};
            const QString from = CommissioningCsvParser::ratioText(stored);
            const QString to = CommissioningCsvParser::ratioText(*wanted);
            if (reduced(*wanted) != reduced(stored)) {
                const Result<bool> readings = readingsOf(meter.id);
                if (!readings)
                    return readings.error();
                if (*readings) {
                    refuse(rp, CsvProblem::RatioHasReadings,
                           CommissioningCsvImport::tr(
                               "meter %1 has readings whose primary energy was computed with"
                               " %2 %3; the database keeps no history of ratios, so changing"
                               " it to %4 would rewrite the past. A ratio can only be changed"
                               " before the first reading")
                               .arg(row.serial, label, from, to));
                    refused = true;
                    return {};
                }
            }
            target = wanted;
            rp.changes << CommissioningCsvImport::tr("%1: %2 → %3").arg(label, from, to);
            return {};
        };
        if (const Status s = ratio(row.ct, meter.ct, CommissioningCsvImport::tr("CT"), rp.ct); !s)
            return s;
        if (const Status s = ratio(row.vt, meter.vt, CommissioningCsvImport::tr("VT"), rp.vt); !s)
            return s;
        if (!row.group.isEmpty()) {
            const QList<qint64> ids = m_s.groups.values(row.group);
            if (ids.size() > 1) {
                refuse(rp, CsvProblem::AmbiguousGroup,
                       CommissioningCsvImport::tr(
                           "%n balance group(s) are named \"%1\"; rename them apart first", nullptr,
                           int(ids.size()))
                           .arg(row.group));
                refused = true;
            } else if (ids.size() == 1) {
                if (!m_s.members.contains({ids.first(), meter.id})) {
                    rp.group = row.group;
                    rp.changes
                        << CommissioningCsvImport::tr("joins balance group \"%1\"").arg(row.group);
                }
            } else {
                if (!m_plannedGroups.contains(row.group))
                    newGroup = NewBalanceGroup{row.group, meter.siteId, meter.substationId};
                rp.group = row.group;
                rp.changes << CommissioningCsvImport::tr("joins balance group \"%1\" (new)")
                                  .arg(row.group);
            }
        }
        if (!refused) {
            rp.action = rp.changes.isEmpty() ? RowAction::Unchanged : RowAction::Bind;
            if (newSubscriber) {
                m_plannedAccounts.insert(newSubscriber->account);
                m_plan.newSubscribers << *newSubscriber;
            }
            if (rename) {
                m_renamed.insert(rename->first);
                m_plan.renamedSubscribers << *rename;
            }
            if (newGroup) {
                m_plannedGroups.insert(newGroup->name);
                m_plan.newGroups << *newGroup;
            }
        }
        m_plan.rows << rp;
        return {};
    }

    Result<bool> readingsOf(qint64 meterId)
    {
        if (const auto known = m_readings.constFind(meterId); known != m_readings.constEnd())
            return *known;
        const Result<bool> found = hasReadings(m_db, meterId);
        if (found)
            m_readings.insert(meterId, *found);
        return found;
    }

    QSqlDatabase &m_db;
    Snapshot m_s;
    CommissioningCsvOptions m_options;
    CommissioningPlan m_plan;
    QSet<QString> m_plannedAccounts;
    QSet<QString> m_plannedGroups;
    QSet<qint64> m_renamed;
    QHash<qint64, bool> m_readings;
};

Result<CommissioningPlan> makePlan(QSqlDatabase &db, const CommissioningCsv &csv,
                                   const CommissioningCsvOptions &options)
{
    Result<Snapshot> snapshot = loadSnapshot(db);
    if (!snapshot)
        return snapshot.error();
    return Planner(db, std::move(*snapshot), options).plan(csv);
}

} // namespace

int CommissioningPlan::count(RowAction action) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [action](const RowPlan &r) { return r.action == action; }));
}

QString CommissioningCsvImport::summarize(const QList<CsvLineError> &errors, int atMost)
{
    QStringList parts;
    for (const CsvLineError &e : errors.mid(0, atMost))
        parts << (e.line > 0 ? tr("line %1: %2").arg(e.line).arg(e.message) : e.message);
    if (errors.size() > atMost)
        parts << tr("and %n more problem(s)", nullptr, int(errors.size() - atMost));
    return parts.join(QStringLiteral("; "));
}

Result<CommissioningPlan> CommissioningCsvImport::preview(const CommissioningCsv &csv,
                                                          const CommissioningCsvOptions &options)
{
    return makePlan(m_db, csv, options);
}

Result<CommissioningPlan> CommissioningCsvImport::apply(const CommissioningCsv &csv,
                                                        const CommissioningCsvOptions &options)
{
    if (!csv.ok())
        return Error(ErrorKind::InvalidArgument,
                     tr("the file is refused, nothing was changed: %1").arg(summarize(csv.errors)));
    storage::Transaction transaction(m_db);
    if (const Status s = transaction.begin(); !s)
        return s.error();
    Result<CommissioningPlan> plan = makePlan(m_db, csv, options);
    if (!plan)
        return plan.error();
    if (!plan->canApply())
        return Error(
            ErrorKind::InvalidArgument,
            tr("the file is refused, nothing was changed: %1").arg(summarize(plan->errors)));
    if (const Status s = execute(*plan); !s)
        return s.error();
    if (const Status s = transaction.commit(); !s)
        return s.error();
    return plan;
}

Status CommissioningCsvImport::execute(const CommissioningPlan &plan)
{
    storage::DomainStore store(m_db);
    for (const domain::Subscriber &s : plan.newSubscribers)
        if (const Result<qint64> id = store.add(s); !id)
            return id.error();
    QSqlQuery rename(m_db);
    if (const Status s = Sql::prepare(rename, QStringLiteral("UPDATE subscribers SET name = ?"
                                                             " WHERE id = ?"));
        !s)
        return s;
    for (const auto &[id, name] : plan.renamedSubscribers) {
        Sql::bindAll(rename, {name, id});
        if (const Status s = Sql::exec(rename); !s)
            return s;
    }
    for (const NewBalanceGroup &g : plan.newGroups) {
        domain::BalanceGroup group;
        group.name = g.name;
        group.siteId = g.siteId;
        group.substationId = g.substationId;
        if (const Result<qint64> id = store.add(group); !id)
            return id.error();
    }

    QHash<QString, qint64> subscriberIds;
    QHash<QString, qint64> groupIds;
    const auto idOf = [this](QHash<QString, qint64> &cache, const QString &statement,
                             const QString &key) -> Result<qint64> {
        if (const auto known = cache.constFind(key); known != cache.constEnd())
            return *known;
        const Result<qint64> id = Sql::scalar(m_db, statement, {key});
        if (!id)
            return id;
        if (*id == 0)
            return Error(ErrorKind::NotFound, tr("%1 vanished while binding").arg(key));
        cache.insert(key, *id);
        return id;
    };
    QSqlQuery subscriber(m_db), plot(m_db), ct(m_db), vt(m_db), member(m_db);
    for (const auto &[query, statement] :
         {std::pair{&subscriber,
                    QStringLiteral("UPDATE meters SET subscriber_id = ? WHERE id = ?")},
          std::pair{&plot, QStringLiteral("UPDATE meters SET plot = ? WHERE id = ?")},
          std::pair{&ct, QStringLiteral("UPDATE meters SET ct_num = ?, ct_den = ? WHERE id = ?")},
          std::pair{&vt, QStringLiteral("UPDATE meters SET vt_num = ?, vt_den = ? WHERE id = ?")},
          std::pair{&member, QStringLiteral("INSERT INTO balance_group_members(group_id, meter_id,"
                                            " role, sign) VALUES (?, ?, 1, 1)")}})
        if (const Status s = Sql::prepare(*query, statement); !s)
            return s;
    const auto run = [](QSqlQuery &query, const QVariantList &values) {
        Sql::bindAll(query, values);
        return Sql::exec(query);
    };
    for (const RowPlan &row : plan.rows) {
        if (row.action != RowAction::Bind)
            continue;
        if (!row.account.isEmpty()) {
            const Result<qint64> id = idOf(subscriberIds,
                                           QStringLiteral("SELECT id FROM subscribers WHERE"
                                                          " account = ?"),
                                           row.account);
            if (!id)
                return id.error();
            if (const Status s = run(subscriber, {*id, row.meterId}); !s)
                return s;
        }
        if (!row.plot.isEmpty())
            if (const Status s = run(plot, {row.plot, row.meterId}); !s)
                return s;
        if (row.ct)
            if (const Status s = run(ct, {row.ct->numerator, row.ct->denominator, row.meterId}); !s)
                return s;
        if (row.vt)
            if (const Status s = run(vt, {row.vt->numerator, row.vt->denominator, row.meterId}); !s)
                return s;
        if (!row.group.isEmpty()) {
            const Result<qint64> id = idOf(groupIds,
                                           QStringLiteral("SELECT id FROM balance_groups WHERE"
                                                          " name = ?"),
                                           row.group);
            if (!id)
                return id.error();
            if (const Status s = run(member, {*id, row.meterId}); !s)
                return s;
        }
    }
    return {};
}

} // namespace ims::fleet
