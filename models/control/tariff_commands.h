#pragma once
// What the tariff plan editor asks of whoever can reach meters: write a
// plan to a meter (the passive calendar, activated at once or armed for a
// given time, read back and compared). The workstation implements it off the GUI thread
// (app::TariffService: its own thread, one meter conversation at a time);
// the editor only calls writePlan() and waits for finished(). The command
// is recorded in `commands`, the plan stored, assigned to the meter and the
// write recorded (models/control/control_store.h) before finished() is
// emitted, as `imsdesk-cli tariff write --db` does.
#include "protocol/control/control_outcome.h"
#include "protocol/control/tariff_plan.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace ims::control {

class TariffCommands : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // `activateAt`: when the meter switches to the plan; nullopt = at once.
    virtual void writePlan(qint64 meterId, const TariffPlan &plan,
                           const std::optional<QDateTime> &activateAt)
        = 0;

signals:
    // What is being done now, for people ("connecting to the meter…").
    void progress(qint64 meterId, const QString &step);
    // `outcome`: applied (and read back equal), not applied (the meter runs
    // its old plan) or unknown (flagged for retry); `message` says why.
    void finished(qint64 meterId, ims::control::Outcome outcome, const QString &message);
};

} // namespace ims::control
