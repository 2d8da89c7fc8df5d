#include "models/control/control_store.h"

#include "models/storage/sql_util.h"
#include "protocol/control/tariff_plan_json.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace ims::control {

using storage::Sql;

QString planSyncToken(PlanSync sync)
{
    switch (sync) {
    case PlanSync::NoPlan:
        return QStringLiteral("no-plan");
    case PlanSync::NotWritten:
        return QStringLiteral("not-written");
    case PlanSync::InSync:
        return QStringLiteral("in-sync");
    case PlanSync::Pending:
        return QStringLiteral("pending");
    case PlanSync::Unknown:
        return QStringLiteral("unknown");
    case PlanSync::OutOfSync:
        return QStringLiteral("out-of-sync");
    }
    return QStringLiteral("unknown");
}

QString planSyncText(PlanSync sync)
{
    switch (sync) {
    case PlanSync::NoPlan:
        return ControlStore::tr("no plan assigned");
    case PlanSync::NotWritten:
        return ControlStore::tr("not written yet");
    case PlanSync::InSync:
        return ControlStore::tr("in sync");
    case PlanSync::Pending:
        return ControlStore::tr("written, waiting for activation");
    case PlanSync::Unknown:
        return ControlStore::tr("unknown, to be retried");
    case PlanSync::OutOfSync:
        return ControlStore::tr("out of sync");
    }
    return {};
}

Result<qint64> ControlStore::planIdByName(const QString &name)
{
    const Result<qint64> id
        = Sql::scalar(m_db, QStringLiteral("SELECT id FROM tariff_plans WHERE name = ?"), {name});
    if (!id)
        return id.error();
    if (*id == 0)
        return Error(ErrorKind::NotFound, tr("no tariff plan named %1").arg(name));
    return *id;
}

Result<qint64> ControlStore::savePlan(const TariffPlan &plan, qint64 nowMs)
{
    // tariff_plans.zones keeps a one-line summary for lists: the switches of
    // the first day profile, "07:00=1;23:00=2".
    QStringList zones;
    if (!plan.calendar.days.isEmpty()) {
        for (const cosem::DayAction &a : plan.calendar.days.first().schedule)
            zones.append(QStringLiteral("%1:%2=%3")
                             .arg(a.startTime.hour, 2, 10, QLatin1Char('0'))
                             .arg(a.startTime.minute, 2, 10, QLatin1Char('0'))
                             .arg(a.scriptSelector));
    }
    const QString document = QString::fromUtf8(
        QJsonDocument(TariffPlanJson::toJson(plan)).toJson(QJsonDocument::Compact));
    storage::Transaction transaction(m_db);
    if (const Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> id = Sql::scalar(
        m_db, QStringLiteral("SELECT id FROM tariff_plans WHERE name = ?"), {plan.name});
    if (!id)
        return id.error();
    QSqlQuery q(m_db);
    if (*id == 0) {
        if (const Status s = Sql::prepare(
                q, QStringLiteral("INSERT INTO tariff_plans(name, zones) VALUES (?, ?)"));
            !s)
            return s.error();
        Sql::bindAll(q, {plan.name, zones.join(QLatin1Char(';'))});
        if (const Status s = Sql::exec(q); !s)
            return s.error();
        id = q.lastInsertId().toLongLong();
    } else {
        if (const Status s
            = Sql::prepare(q, QStringLiteral("UPDATE tariff_plans SET zones = ? WHERE id = ?"));
            !s)
            return s.error();
        Sql::bindAll(q, {zones.join(QLatin1Char(';')), *id});
        if (const Status s = Sql::exec(q); !s)
            return s.error();
    }
    QSqlQuery d(m_db);
    if (const Status s = Sql::prepare(
            d, QStringLiteral("INSERT INTO tariff_plan_documents(plan_id, document, digest,"
                              " updated_ms) VALUES (?, ?, ?, ?) ON CONFLICT(plan_id) DO UPDATE"
                              " SET document = excluded.document, digest = excluded.digest,"
                              " updated_ms = excluded.updated_ms"));
        !s)
        return s.error();
    Sql::bindAll(d, {*id, document, plan.digest(), nowMs});
    if (const Status s = Sql::exec(d); !s)
        return s.error();
    if (const Status s = transaction.commit(); !s)
        return s.error();
    return *id;
}

Result<TariffPlan> ControlStore::plan(qint64 planId)
{
    QSqlQuery q(m_db);
    if (const Status s = Sql::prepare(
            q, QStringLiteral("SELECT document FROM tariff_plan_documents WHERE plan_id = ?"));
        !s)
        return s.error();
    q.addBindValue(planId);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorKind::NotFound, tr("tariff plan %1 has no stored document").arg(planId));
    return TariffPlanJson::parse(q.value(0).toString().toUtf8());
}

Status ControlStore::assignPlan(qint64 meterId, qint64 planId)
{
    QSqlQuery q(m_db);
    if (const Status s
        = Sql::prepare(q, QStringLiteral("UPDATE meters SET tariff_plan_id = ? WHERE id = ?"));
        !s)
        return s;
    q.addBindValue(planId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(planId));
    q.addBindValue(meterId);
    if (const Status s = Sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error(ErrorKind::NotFound, tr("no meter %1").arg(meterId));
    return {};
}

Status ControlStore::recordWrite(qint64 meterId, qint64 planId, const TariffWriteReport &report,
                                 qint64 nowMs)
{
    const ControlReport &r = report.report;
    // An immediate, verified write tells what the meter now runs.
    const bool runsIt = r.outcome == Outcome::Applied && !report.activation;
    QSqlQuery q(m_db);
    if (const Status s = Sql::prepare(
            q, QStringLiteral(
                   "INSERT INTO meter_tariff_state(meter_id, plan_id, plan_digest, outcome,"
                   " activation_ms, written_ms, meter_digest, meter_plan_name, checked_ms, retry,"
                   " message, written_plan_name, read_back_digest, read_back_ms)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                   " ON CONFLICT(meter_id) DO UPDATE SET plan_id = excluded.plan_id,"
                   " plan_digest = excluded.plan_digest, outcome = excluded.outcome,"
                   " activation_ms = excluded.activation_ms, written_ms = excluded.written_ms,"
                   " meter_digest = CASE WHEN ? THEN excluded.meter_digest ELSE"
                   " meter_tariff_state.meter_digest END,"
                   " meter_plan_name = CASE WHEN ? THEN excluded.meter_plan_name ELSE"
                   " meter_tariff_state.meter_plan_name END,"
                   " checked_ms = CASE WHEN ? THEN excluded.checked_ms ELSE"
                   " meter_tariff_state.checked_ms END,"
                   " retry = excluded.retry, message = excluded.message,"
                   " written_plan_name = excluded.written_plan_name,"
                   " read_back_digest = CASE WHEN ? THEN excluded.read_back_digest ELSE"
                   " meter_tariff_state.read_back_digest END,"
                   " read_back_ms = CASE WHEN ? THEN excluded.read_back_ms ELSE"
                   " meter_tariff_state.read_back_ms END"));
        !s)
        return s;
    const QVariant activation = report.activation ? QVariant(report.activation->toMSecsSinceEpoch())
                                                  : QVariant(QMetaType::fromType<qint64>());
    // Applied = read back equal to the plan (armed or active): what the meter holds.
    const bool readBack = r.outcome == Outcome::Applied;
    QString planName;
    if (Result<TariffPlan> p = plan(planId); p)
        planName = p->name;
    Sql::bindAll(q, {meterId, planId == 0 ? QVariant(QMetaType::fromType<qint64>()) : planId,
                     report.planDigest, outcomeToken(r.outcome), activation, nowMs,
                     runsIt ? report.planDigest : QString(), runsIt ? planName : QString(),
                     runsIt ? nowMs : 0, r.outcome == Outcome::Unknown ? 1 : 0, r.message, planName,
                     readBack ? report.planDigest : QString(), readBack ? nowMs : 0, runsIt ? 1 : 0,
                     runsIt ? 1 : 0, runsIt ? 1 : 0, readBack ? 1 : 0, readBack ? 1 : 0});
    return Sql::exec(q);
}

Status ControlStore::recordCheck(qint64 meterId, const QString &checkedDigest,
                                 const TariffVerification &check, qint64 nowMs)
{
    Result<MeterTariffStatus> before = status(meterId, nowMs);
    if (!before)
        return before.error();
    std::optional<Outcome> outcome = before->lastOutcome;
    // A plain pair rather than std::optional: GCC 12 at -O2 warns (wrongly)
    // that an optional copied here may be used uninitialised.
    bool hasActivation = before->activationMs.has_value();
    qint64 activationMs = before->activationMs.value_or(0);
    bool retry = before->retry;
    if (before->writtenDigest == checkedDigest && (retry || outcome == Outcome::Unknown)) {
        retry = false;
        switch (check.state) {
        case TariffSync::InSync:
            outcome = Outcome::Applied;
            hasActivation = false;
            break;
        case TariffSync::Pending:
            outcome = Outcome::Applied;
            if (check.activation) {
                hasActivation = true;
                activationMs = check.activation->toMSecsSinceEpoch();
            }
            break;
        case TariffSync::Differs:
            outcome = Outcome::NotApplied;
            break;
        }
    }
    QSqlQuery q(m_db);
    if (const Status s = Sql::prepare(
            q,
            QStringLiteral("INSERT INTO meter_tariff_state(meter_id, outcome, activation_ms,"
                           " meter_digest, meter_plan_name, checked_ms, retry, message,"
                           " read_back_digest, read_back_ms)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(meter_id) DO UPDATE"
                           " SET outcome = excluded.outcome,"
                           " read_back_digest = excluded.read_back_digest,"
                           " read_back_ms = excluded.read_back_ms,"
                           " activation_ms = excluded.activation_ms,"
                           " meter_digest = excluded.meter_digest,"
                           " meter_plan_name = excluded.meter_plan_name,"
                           " checked_ms = excluded.checked_ms, retry = excluded.retry,"
                           " message = excluded.message"));
        !s)
        return s;
    Sql::bindAll(
        q, {meterId, outcome ? outcomeToken(*outcome) : QString(),
            hasActivation ? QVariant(activationMs) : QVariant(QMetaType::fromType<qint64>()),
            check.meterDigest, QString::fromUtf8(check.meter.calendar.active.name), nowMs,
            retry ? 1 : 0, check.differences.join(QStringLiteral("; ")), check.meterDigest, nowMs});
    return Sql::exec(q);
}

PlanSync ControlStore::judge(const MeterTariffStatus &s, qint64 nowMs)
{
    if (s.retry || s.lastOutcome == Outcome::Unknown)
        return PlanSync::Unknown;
    if (s.assignedPlanId == 0)
        return PlanSync::NoPlan;
    if (!s.assignedDigest.isEmpty() && s.meterDigest == s.assignedDigest)
        return PlanSync::InSync;
    // Armed and verified as armed: pending until its time, then (the meter
    // switches by itself) in sync, until a check says otherwise.
    if (s.lastOutcome == Outcome::Applied && s.writtenDigest == s.assignedDigest && s.activationMs
        && s.checkedMs < *s.activationMs)
        return *s.activationMs > nowMs ? PlanSync::Pending : PlanSync::InSync;
    if (!s.lastOutcome && s.meterDigest.isEmpty())
        return PlanSync::NotWritten;
    return PlanSync::OutOfSync;
}

Result<QList<MeterTariffStatus>> ControlStore::query(const QString &where,
                                                     const QVariantList &binds, qint64 nowMs)
{
    QSqlQuery q(m_db);
    if (const Status s = Sql::prepare(
            q, QStringLiteral(
                   "SELECT m.id, m.serial, COALESCE(m.tariff_plan_id, 0), COALESCE(p.name, ''),"
                   " COALESCE(d.digest, ''), COALESCE(t.plan_id, 0),"
                   " COALESCE(t.plan_digest, ''), COALESCE(t.outcome, ''), t.activation_ms,"
                   " COALESCE(t.written_ms, 0), COALESCE(t.meter_digest, ''),"
                   " COALESCE(t.meter_plan_name, ''), COALESCE(t.checked_ms, 0),"
                   " COALESCE(t.retry, 0), COALESCE(t.message, ''),"
                   " COALESCE(t.written_plan_name, ''), COALESCE(t.read_back_digest, ''),"
                   " COALESCE(t.read_back_ms, 0)"
                   " FROM meters m"
                   " LEFT JOIN tariff_plans p ON p.id = m.tariff_plan_id"
                   " LEFT JOIN tariff_plan_documents d ON d.plan_id = m.tariff_plan_id"
                   " LEFT JOIN meter_tariff_state t ON t.meter_id = m.id WHERE ")
                   + where + QStringLiteral(" ORDER BY m.serial"));
        !s)
        return s.error();
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    QList<MeterTariffStatus> rows;
    while (q.next()) {
        MeterTariffStatus s;
        s.meterId = q.value(0).toLongLong();
        s.serial = q.value(1).toString();
        s.assignedPlanId = q.value(2).toLongLong();
        s.assignedPlan = q.value(3).toString();
        s.assignedDigest = q.value(4).toString();
        s.writtenPlanId = q.value(5).toLongLong();
        s.writtenDigest = q.value(6).toString();
        s.lastOutcome = parseOutcome(q.value(7).toString());
        if (!q.value(8).isNull())
            s.activationMs = q.value(8).toLongLong();
        s.writtenMs = q.value(9).toLongLong();
        s.meterDigest = q.value(10).toString();
        s.meterPlanName = q.value(11).toString();
        s.checkedMs = q.value(12).toLongLong();
        s.retry = q.value(13).toInt() != 0;
        s.message = q.value(14).toString();
        s.writtenPlanName = q.value(15).toString();
        s.readBackDigest = q.value(16).toString();
        s.readBackMs = q.value(17).toLongLong();
        s.sync = judge(s, nowMs);
        rows.append(s);
    }
    return rows;
}

Result<MeterTariffStatus> ControlStore::status(qint64 meterId, qint64 nowMs)
{
    Result<QList<MeterTariffStatus>> rows = query(QStringLiteral("m.id = ?"), {meterId}, nowMs);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorKind::NotFound, tr("no meter %1").arg(meterId));
    return rows->first();
}

Result<QList<MeterTariffStatus>> ControlStore::statuses(qint64 nowMs)
{
    return query(QStringLiteral("(m.tariff_plan_id IS NOT NULL OR t.meter_id IS NOT NULL)"), {},
                 nowMs);
}

Result<QList<MeterTariffStatus>> ControlStore::statusesOf(const QList<qint64> &meterIds,
                                                          qint64 nowMs)
{
    if (meterIds.isEmpty())
        return QList<MeterTariffStatus>();
    QStringList marks;
    QVariantList binds;
    for (qint64 id : meterIds) {
        marks.append(QStringLiteral("?"));
        binds.append(id);
    }
    return query(QStringLiteral("m.id IN (%1)").arg(marks.join(QLatin1Char(','))), binds, nowMs);
}

QString ControlStore::columnText(const MeterTariffStatus &s)
{
    const QString name = !s.writtenPlanName.isEmpty() && s.writtenDigest == s.assignedDigest
                             ? s.writtenPlanName
                             : s.assignedPlan;
    QString state;
    switch (s.sync) {
    case PlanSync::NoPlan:
        if (s.writtenPlanName.isEmpty())
            return {};
        return tr("%1: not assigned").arg(s.writtenPlanName);
    case PlanSync::InSync:
        state = tr("in sync");
        break;
    case PlanSync::Pending:
        state = tr("waiting for activation");
        break;
    case PlanSync::OutOfSync:
        state = tr("differs");
        break;
    case PlanSync::NotWritten:
    case PlanSync::Unknown:
        state = tr("unknown");
        break;
    }
    return tr("%1: %2").arg(name, state);
}

Result<QList<qint64>> ControlStore::metersToRetry()
{
    QSqlQuery q(m_db);
    if (const Status s
        = Sql::prepare(q, QStringLiteral("SELECT meter_id FROM meter_tariff_state WHERE retry = 1"
                                         " ORDER BY meter_id"));
        !s)
        return s.error();
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace ims::control
