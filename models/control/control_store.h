#pragma once
// What the workstation knows about the write path to each meter: the tariff
// plan documents (behind tariff_plans), which plan a meter should run
// (meters.tariff_plan_id), what was last written to it with what outcome,
// and what it was last seen to run. From these, per meter, whether it is in
// sync with the database: the UI's "tariff" column and the retry list.
#include "protocol/control/control_outcome.h"
#include "protocol/control/tariff_plan.h"
#include "protocol/control/tariff_results.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace ims::control {

enum class PlanSync : quint8 {
    NoPlan,     // no plan assigned in the database
    NotWritten, // assigned, never written
    InSync,     // the meter runs the assigned plan
    Pending,    // written, takes effect at its activation time
    Unknown,    // the last write or check left it open: retry
    OutOfSync,  // the meter runs something else, or the assignment changed
};
QString planSyncToken(PlanSync sync); // "no-plan", "not-written", "in-sync", ...
QString planSyncText(PlanSync sync);  // translated, for people

struct MeterTariffStatus
{
    qint64 meterId = 0;
    QString serial;
    qint64 assignedPlanId = 0;
    QString assignedPlan;
    QString assignedDigest;
    qint64 writtenPlanId = 0;
    QString writtenDigest;
    QString writtenPlanName; // as it was called when written (schema step 10)
    std::optional<Outcome> lastOutcome;
    std::optional<qint64> activationMs; // of the last write; nullopt = at once
    qint64 writtenMs = 0;
    QString meterDigest; // the active calendar as last seen
    QString meterPlanName;
    qint64 checkedMs = 0;
    QString readBackDigest; // what the meter held at the last read-back or verify
    qint64 readBackMs = 0;
    bool retry = false;
    QString message;
    PlanSync sync = PlanSync::NoPlan;
};

class ControlStore
{
    Q_DECLARE_TR_FUNCTIONS(ControlStore)

public:
    explicit ControlStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Stores the plan document under its name (a new version replaces the
    // old one); returns the tariff_plans id.
    Result<qint64> savePlan(const TariffPlan &plan, qint64 nowMs);
    Result<TariffPlan> plan(qint64 planId);
    Result<qint64> planIdByName(const QString &name);
    // The plan the meter should run.
    Status assignPlan(qint64 meterId, qint64 planId);

    // After a write: the outcome, and what the meter now runs when it was
    // activated at once and verified.
    Status recordWrite(qint64 meterId, qint64 planId, const TariffWriteReport &report,
                       qint64 nowMs);
    // After comparing a meter's calendar with the plan of digest
    // `checkedDigest`: what the meter runs; and when that plan is the one
    // whose write was unknown, the check settles it (applied or not applied).
    Status recordCheck(qint64 meterId, const QString &checkedDigest,
                       const TariffVerification &check, qint64 nowMs);

    Result<MeterTariffStatus> status(qint64 meterId, qint64 nowMs);
    // Every meter with an assigned plan or a recorded write, by serial.
    Result<QList<MeterTariffStatus>> statuses(qint64 nowMs);
    // The given meters (those not found are left out).
    Result<QList<MeterTariffStatus>> statusesOf(const QList<qint64> &meterIds, qint64 nowMs);
    // Meters whose last write or check is unknown.
    Result<QList<qint64>> metersToRetry();

    static PlanSync judge(const MeterTariffStatus &status, qint64 nowMs);

    // The meter list's "Tariff plan" cell: the plan's name and "in sync",
    // "differs", "unknown" or "waiting for activation"; empty without a plan.
    static QString columnText(const MeterTariffStatus &status);

private:
    Result<QList<MeterTariffStatus>> query(const QString &where, const QVariantList &binds,
                                           qint64 nowMs);
    QSqlDatabase m_db;
};

} // namespace ims::control
