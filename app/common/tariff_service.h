#pragma once
// The workstation's tariff plan writes off the GUI thread, shaped like
// PaymentService: a thread of its own that takes one write at a time,
// reaches the meter through its router as the database describes it (like
// `imsdesk-cli tariff write --db --meter`), refuses before connecting a
// plan the meter's model cannot run (tariff_capabilities.h), runs
// TariffProgrammer::write (activation at once or at the given time, read
// back and compared), records the command in
// `commands`, stores the plan, assigns it to the meter and records the
// write (ControlStore), then reports finished() (queued to the caller's
// thread). progress() names each step as it starts.
//
// Like PaymentService it opens its own connection to the router, next to
// the polling engine's (see payment_service.h for why that is a stopgap).
#include "models/control/tariff_commands.h"

class QThread;

namespace ims::storage {
class Database;
}

namespace ims::app {

class TariffWorker;

class TariffService : public control::TariffCommands
{
    Q_OBJECT
public:
    // The database must outlive the service.
    explicit TariffService(storage::Database &database, QObject *parent = nullptr);
    // Finishes the running conversation's callbacks and ends the thread.
    ~TariffService() override;

    // Who gives the commands, for the record (default: the login name).
    void setOperatorName(const QString &name);

    void writePlan(qint64 meterId, const control::TariffPlan &plan,
                   const std::optional<QDateTime> &activateAt) override;

private:
    QThread *m_thread;
    TariffWorker *m_worker; // lives on m_thread
};

} // namespace ims::app
