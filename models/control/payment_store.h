#pragma once
// What the workstation knows about each meter's prepayment account: the
// mode, balance, thresholds and warning state as last read from the meter
// (on a `credit get`, after every payment or threshold write, from the
// meter card), and the outcome of the last payment command, so that a
// payment whose answer was lost stays flagged until it is settled. The
// commands themselves are recorded in `commands` like every write.
#include "protocol/control/payment_control.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace ims::control {

struct MeterPaymentStatus
{
    Q_DECLARE_TR_FUNCTIONS(MeterPaymentStatus)

public:
    qint64 meterId = 0;
    QString serial;
    bool supported = true;
    quint8 paymentMode = 0; // cosem::PaymentMode, 0 = not read yet
    qint64 availableCredit = 0;
    qint64 lowThreshold = 0;
    qint64 disconnectThreshold = 0;
    std::optional<qint64> totalPaid;
    cosem::Currency currency;
    quint8 creditStatus = 0; // the current_credit_status octet
    QString warning;         // "ok", "low-credit", "out-of-credit"
    qint64 readMs = 0;
    QString lastCommand;
    std::optional<Outcome> lastOutcome;
    QString lastMessage;
    qint64 commandMs = 0;
    bool retry = false;

    QString money(qint64 amount) const { return formatMoney(amount, currency); }
    // "low credit: the subscriber is being warned", translated; empty when ok.
    QString warningText() const;
};

class PaymentStore
{
    Q_DECLARE_TR_FUNCTIONS(PaymentStore)

public:
    explicit PaymentStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The account as read at `readMs`.
    Status recordState(qint64 meterId, const AccountState &state, qint64 readMs);
    // The meter answered that it has no account.
    Status recordUnsupported(qint64 meterId, qint64 nowMs);
    // After a payment, mode or threshold command: its outcome, and the
    // account read back with it (when it was).
    Status recordCommand(qint64 meterId, const PaymentReport &report, qint64 nowMs);

    // nullopt when nothing is known about the meter's account yet.
    Result<std::optional<MeterPaymentStatus>> status(qint64 meterId);
    // Meters warning their subscribers (low credit or out of credit), by balance.
    Result<QList<MeterPaymentStatus>> warnings();
    // Meters whose last payment command is unknown.
    Result<QList<MeterPaymentStatus>> toSettle();

private:
    Status ensureRow(qint64 meterId);
    Result<QList<MeterPaymentStatus>> query(const QString &where, const QVariantList &binds,
                                            const QString &order);
    QSqlDatabase m_db;
};

} // namespace ims::control
