#pragma once
// Prepayment and credit (payment metering, Blue Book classes 111-113): the
// account's mode, balance and thresholds, and payments, each write verified
// by reading the account back.
//
//   balance               Account.available_credit (0.0.19.0.0.255 attr 5)
//   low-credit warning    Account.low_credit_threshold (attr 16): at or below it
//                         the meter sets current_credit_status.low_credit and
//                         warns the subscriber on its display
//   disconnect threshold  Credit.limit (0.0.19.10.0.255 attr 6): at or below it
//                         the credit is exhausted; in prepayment mode the meter
//                         opens the load relay
//   mode                  Account.account_mode_and_status (attr 2): credit or prepayment
//   payment               Credit.update_amount (method 1, double-long): adds to
//                         the credit
//
// Amounts are integers in the meter's currency units (Account.currency:
// scale -2 = kopecks); nothing passes through floating point.
//
// A payment is verified through what the meter cannot change by itself:
// the credit plus what the Charge has collected (Charge.total_amount_paid,
// 0.0.19.20.0.255 attr 2), read together in one GET-with-list. Consumption
// moves money from the first to the second; only a payment raises the sum.
// The sum before the payment is kept in the report so that a payment whose
// answer was lost can be settled later without paying twice.
#include "protocol/client/dlms_client.h"
#include "protocol/control/control_outcome.h"
#include "protocol/control/relay_control.h"
#include "protocol/cosem/payment.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace ims::control {

// An exact decimal amount as typed: units × 10^scale ("500.5" = 5005, -1).
struct Money
{
    qint64 units = 0;
    qint8 scale = 0;

    // "1500", "1500.5", "-20.25" (at most 6 decimals, no exponent).
    static Result<Money> parse(QStringView text);
    QString toString() const; // "1500.50"
    // The same amount in 10^targetScale units; InvalidArgument when it
    // cannot be given exactly or does not fit.
    Result<qint64> in(qint8 targetScale) const;
};

// "1 234.56 RUB" style text of `amount` 10^scale units (C locale digits).
QString formatMoney(qint64 amount, const cosem::Currency &currency);

struct AccountState
{
    Q_DECLARE_TR_FUNCTIONS(AccountState)

public:
    cosem::AccountModeAndStatus modeAndStatus;
    cosem::AccountCreditStatus creditStatus;
    qint64 availableCredit = 0;
    qint64 lowCreditThreshold = 0;
    qint64 disconnectThreshold = 0; // Credit.limit
    quint8 creditObjectStatus = 0;  // cosem::CreditStatus
    cosem::Currency currency;
    std::optional<qint64> totalPaid; // Charge.total_amount_paid, when the meter has it
    std::optional<cosem::UnitCharge> unitCharge;

    bool prepayment() const
    {
        return modeAndStatus.paymentMode == quint8(cosem::PaymentMode::Prepayment);
    }
    bool lowCredit() const { return creditStatus.has(cosem::CreditStatusBit::LowCredit); }
    bool outOfCredit() const { return creditStatus.has(cosem::CreditStatusBit::OutOfCredit); }
    // Credit plus collected charges: changes only with a payment.
    std::optional<qint64> ledger() const;
    QString money(qint64 amount) const { return formatMoney(amount, currency); }
    // "prepayment, balance 1 234.56 RUB (low credit), warning at 100.00 RUB,
    // disconnection at 0.00 RUB", translated.
    QString describe() const;
    // "ok", "low-credit", "out-of-credit": the warning state, for JSON and storage.
    QString warningToken() const;
};

// Amounts as typed (in the currency, e.g. roubles); converted exactly into
// the meter's currency units once its account is read.
struct ThresholdRequest
{
    std::optional<Money> lowCredit;
    std::optional<Money> disconnect; // the credit limit
    QString describe() const;        // "low-credit 100, disconnect 0"
};

// The same, in the meter's currency units.
struct RawThresholds
{
    std::optional<qint64> lowCredit;
    std::optional<qint64> disconnect;
};

struct PaymentReport
{
    ControlReport report;
    std::optional<AccountState> before;
    std::optional<AccountState> after;
    // After a payment: the relay as it is now, when the meter has one.
    std::optional<RelayState> relayAfter;
    // The relay may be closed by the subscriber with the button now.
    bool awaitingSubscriber = false;
};

class PaymentControl
{
    Q_DECLARE_TR_FUNCTIONS(PaymentControl)

public:
    using StateDone = std::function<void(Result<AccountState>)>;
    using ReportDone = std::function<void(PaymentReport)>;

    // The largest single payment accepted (1 000 000.00 in the meter's currency).
    static constexpr qint64 kMaxPaymentMajorUnits = 1'000'000;

    // Unsupported (with a clear message) when the meter has no account.
    static void read(client::DlmsClient &client, StateDone done);
    static void setMode(client::DlmsClient &client, cosem::PaymentMode mode, ReportDone done);
    static void setThresholds(client::DlmsClient &client, ThresholdRequest request,
                              ReportDone done);
    // A payment of `amount` (converted exactly into the meter's currency units).
    static void topUp(client::DlmsClient &client, Money amount, ReportDone done);

    // The checks made before anything is written, against the state read.
    static Result<RawThresholds> checkThresholds(const ThresholdRequest &request,
                                                 const AccountState &state);
    static Result<qint64> checkPayment(const Money &amount, const AccountState &state);

    // The attributes read, in order, and how their values make a state (a
    // refused Charge leaves totalPaid and unitCharge empty).
    static QList<dlms::AttributeWithSelection> stateAttributes();
    static Result<AccountState> stateFromResults(const std::vector<Result<axdr::Value>> &results);
};

} // namespace ims::control
