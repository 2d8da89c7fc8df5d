#pragma once
// The workstation's prepayment commands off the GUI thread: a thread of its
// own that takes one request at a time, reaches the meter through its
// router as the database describes it (like `imsdesk-cli credit`), runs the
// PaymentControl operation, records the command in `commands` and the
// account in meter_payment_state, then reports finished() (queued to the
// caller's thread).
//
// It opens its own connection to the router, next to the polling engine's:
// a router that serves one client at a time makes one of them wait or fail.
// Going through the engine's operator queue is the better route once the
// engine offers commands (see docs/control.md).
#include "models/control/payment_commands.h"

class QThread;

namespace ims::storage {
class Database;
}

namespace ims::app {

class PaymentWorker;

class PaymentService : public control::PaymentCommands
{
    Q_OBJECT
public:
    // The database must outlive the service.
    explicit PaymentService(storage::Database &database, QObject *parent = nullptr);
    // Finishes the running conversation's callbacks and ends the thread.
    ~PaymentService() override;

    // Who gives the commands, for the record (default: the login name).
    void setOperatorName(const QString &name);

    void readAccount(qint64 meterId) override;
    void topUp(qint64 meterId, const control::Money &amount) override;
    void setThresholds(qint64 meterId, const control::ThresholdRequest &request) override;
    void setMode(qint64 meterId, cosem::PaymentMode mode) override;

private:
    QThread *m_thread;
    PaymentWorker *m_worker; // lives on m_thread
};

} // namespace ims::app
