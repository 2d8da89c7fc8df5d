#include "protocol/control/payment_control.h"

#include "protocol/control/attribute_io.h"
#include "protocol/cosem/class_id.h"

#include <QDateTime>

#include <limits>

namespace ims::control {

namespace {

using cosem::ic::Account;
using cosem::ic::Charge;
using cosem::ic::Credit;
constexpr quint16 kAccountClass = quint16(cosem::ClassId::Account);
constexpr quint16 kCreditClass = quint16(cosem::ClassId::Credit);
constexpr quint16 kChargeClass = quint16(cosem::ClassId::Charge);
constexpr qint64 kInt32Max = std::numeric_limits<qint32>::max();
constexpr qint64 kInt32Min = std::numeric_limits<qint32>::min();
constexpr qsizetype kAccountAttributes = 7; // the first 7 entries must be there

qint64 pow10(int n)
{
    qint64 v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}

dlms::AttributeWithSelection attr(quint16 classId, const cosem::Obis &obis, qint8 index)
{
    return {{classId, obis, index}, std::nullopt};
}

ControlReport startReport(const QString &command, const QString &parameters)
{
    ControlReport r;
    r.command = command;
    r.parameters = parameters;
    r.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    return r;
}

// Reads the account first; a meter without one is refused before any write.
void readBefore(client::DlmsClient &client, PaymentReport report,
                std::function<void(PaymentReport, bool)> next)
{
    PaymentControl::read(client, [report, next](Result<AccountState> state) mutable {
        if (!state) {
            if (state.error().kind == ErrorKind::Unsupported)
                report.report.refuse(state.error());
            else
                report.report.notApplied(state.error(),
                                         PaymentControl::tr("could not read the account: %1")
                                             .arg(state.error().message));
            next(std::move(report), false);
            return;
        }
        report.before = *state;
        next(std::move(report), true);
    });
}

// After writes: an answer lost leaves the outcome unknown at once (the link
// is gone); a refusal or success is settled by reading the account back.
void readAfterWrites(client::DlmsClient &client, PaymentReport report, WriteProgress progress,
                     std::function<void(PaymentReport &)> judge, PaymentControl::ReportDone done)
{
    if (progress.failure && fateOf(*progress.failure) == WriteFate::Unknown) {
        report.report.unknown(*progress.failure,
                              PaymentControl::tr("%1 of the writes were confirmed before the link"
                                                 " failed (%2); read the account before retrying")
                                  .arg(progress.confirmed)
                                  .arg(progress.failure->message));
        done(std::move(report));
        return;
    }
    if (progress.failure)
        report.report.error = *progress.failure;
    PaymentControl::read(client, [report, judge, done](Result<AccountState> after) mutable {
        if (!after) {
            report.report.unknown(after.error(),
                                  PaymentControl::tr("the account could not be read back: %1")
                                      .arg(after.error().message));
            done(std::move(report));
            return;
        }
        report.after = *after;
        judge(report);
        done(std::move(report));
    });
}

Error refusedOr(const ControlReport &r, const QString &otherwise)
{
    return r.error.kind != ErrorKind::None ? r.error : Error(ErrorKind::DataAccess, otherwise);
}

} // namespace

// ---- money -------------------------------------------------------------------

Result<Money> Money::parse(QStringView text)
{
    const QString t = text.trimmed().toString();
    const auto bad = [&t] {
        return Error(ErrorKind::InvalidArgument,
                     PaymentControl::tr("\"%1\" is not an amount (digits, a point and at most"
                                        " 6 decimals, e.g. 1500.50)")
                         .arg(t));
    };
    qsizetype i = 0;
    const bool negative = t.startsWith(QLatin1Char('-'));
    if (negative)
        ++i;
    qint64 units = 0;
    int digits = 0;
    int decimals = -1; // -1: no point seen
    for (; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c == QLatin1Char('.') && decimals < 0) {
            decimals = 0;
            continue;
        }
        if (!c.isDigit() || c.unicode() > '9')
            return bad();
        if (++digits > 15 || (decimals >= 0 && ++decimals > 6))
            return bad();
        units = units * 10 + (c.unicode() - '0');
    }
    if (digits == 0 || decimals == 0)
        return bad();
    return Money{negative ? -units : units, qint8(decimals < 0 ? 0 : -decimals)};
}

Result<qint64> Money::in(qint8 targetScale) const
{
    if (targetScale <= scale) {
        const int shift = scale - targetScale;
        if (shift > 15 || (units != 0 && qAbs(units) > pow10(18 - shift)))
            return Error(ErrorKind::InvalidArgument, PaymentControl::tr("the amount is too large"));
        return units * pow10(shift);
    }
    const int shift = targetScale - scale;
    if (shift > 18)
        return units == 0 ? Result<qint64>(qint64(0))
                          : Error(ErrorKind::InvalidArgument,
                                  PaymentControl::tr("the amount cannot be given exactly"));
    const qint64 divisor = pow10(shift);
    if (units % divisor != 0)
        return Error(ErrorKind::InvalidArgument,
                     PaymentControl::tr("the meter counts money in steps of 10^%1: the amount"
                                        " cannot be given exactly")
                         .arg(targetScale));
    return units / divisor;
}

QString Money::toString() const
{
    cosem::Currency plain;
    plain.name.clear();
    plain.scale = scale;
    return formatMoney(units, plain);
}

QString ThresholdRequest::describe() const
{
    QStringList what;
    if (lowCredit)
        what << QStringLiteral("low-credit %1").arg(lowCredit->toString());
    if (disconnect)
        what << QStringLiteral("disconnect %1").arg(disconnect->toString());
    return what.join(QStringLiteral(", "));
}

QString formatMoney(qint64 amount, const cosem::Currency &currency)
{
    const QString name = QString::fromUtf8(currency.name);
    QString number;
    if (currency.scale >= 0) {
        number = QString::number(amount * pow10(currency.scale));
    } else {
        const int decimals = -currency.scale;
        const qint64 divisor = pow10(decimals);
        const quint64 magnitude = amount < 0 ? quint64(-(amount + 1)) + 1 : quint64(amount);
        number = QStringLiteral("%1%2.%3")
                     .arg(amount < 0 ? QStringLiteral("-") : QString())
                     .arg(magnitude / quint64(divisor))
                     .arg(magnitude % quint64(divisor), decimals, 10, QLatin1Char('0'));
    }
    return name.isEmpty() ? number : number + QLatin1Char(' ') + name;
}

// ---- state -------------------------------------------------------------------

std::optional<qint64> AccountState::ledger() const
{
    if (!totalPaid)
        return std::nullopt;
    return availableCredit + *totalPaid;
}

QString AccountState::warningToken() const
{
    if (outOfCredit())
        return QStringLiteral("out-of-credit");
    if (lowCredit())
        return QStringLiteral("low-credit");
    return QStringLiteral("ok");
}

QString AccountState::describe() const
{
    QString state;
    if (outOfCredit())
        state = tr(" (out of credit)");
    else if (lowCredit())
        state = tr(" (low credit)");
    return tr("%1, balance %2%3, warning at %4, disconnection at %5")
        .arg(cosem::PaymentNames::paymentModeName(modeAndStatus.paymentMode),
             money(availableCredit), state, money(lowCreditThreshold), money(disconnectThreshold));
}

QList<dlms::AttributeWithSelection> PaymentControl::stateAttributes()
{
    const cosem::Obis account = cosem::payment::Account;
    const cosem::Obis credit = cosem::payment::credit(0);
    const cosem::Obis charge = cosem::payment::charge(0);
    return {attr(kAccountClass, account, Account::Attr::AccountModeAndStatus),
            attr(kAccountClass, account, Account::Attr::CurrentCreditStatus),
            attr(kAccountClass, account, Account::Attr::AvailableCredit),
            attr(kAccountClass, account, Account::Attr::Currency),
            attr(kAccountClass, account, Account::Attr::LowCreditThreshold),
            attr(kCreditClass, credit, Credit::Attr::Limit),
            attr(kCreditClass, credit, Credit::Attr::Status),
            attr(kChargeClass, charge, Charge::Attr::TotalAmountPaid),
            attr(kChargeClass, charge, Charge::Attr::UnitChargeActive)};
}

Result<AccountState>
PaymentControl::stateFromResults(const std::vector<Result<axdr::Value>> &results)
{
    if (results.size() != size_t(stateAttributes().size()))
        return Error(ErrorKind::Malformed, tr("incomplete account state"));
    for (qsizetype i = 0; i < kAccountAttributes; ++i) {
        const Result<axdr::Value> &r = results[size_t(i)];
        if (r)
            continue;
        if (isObjectMissing(r.error()))
            return Error(
                ErrorKind::Unsupported,
                tr("the meter has no prepayment account (Account %1, Credit %2): it does"
                   " not support prepayment or credit control")
                    .arg(cosem::payment::Account.toString(), cosem::payment::credit(0).toString()));
        return r.error();
    }
    cosem::FieldReader f;
    AccountState s;
    s.modeAndStatus = cosem::AccountModeAndStatus::read(f, *results[0],
                                                        QStringLiteral("account_mode_and_status"));
    s.creditStatus
        = cosem::AccountCreditStatus::read(f, *results[1], QStringLiteral("current_credit_status"));
    s.availableCredit = f.doubleLong(*results[2], QStringLiteral("available_credit"));
    s.currency = cosem::Currency::read(f, *results[3], QStringLiteral("currency"));
    s.lowCreditThreshold = f.doubleLong(*results[4], QStringLiteral("low_credit_threshold"));
    s.disconnectThreshold = f.doubleLong(*results[5], QStringLiteral("credit.limit"));
    s.creditObjectStatus = f.enumeration(*results[6], QStringLiteral("credit.status"));
    if (results[7]) {
        s.totalPaid = f.doubleLong(*results[7], QStringLiteral("charge.total_amount_paid"));
        if (results[8]) {
            cosem::FieldReader u;
            const cosem::UnitCharge unit
                = cosem::UnitCharge::read(u, *results[8], QStringLiteral("unit_charge_active"));
            if (u.ok())
                s.unitCharge = unit; // only for showing prices: a strange one is left out
        }
    }
    if (!f.ok())
        return f.error();
    return s;
}

void PaymentControl::read(client::DlmsClient &client, StateDone done)
{
    client.getList(stateAttributes(), [done](Result<std::vector<Result<axdr::Value>>> results) {
        if (!results) {
            done(results.error());
            return;
        }
        done(stateFromResults(*results));
    });
}

// ---- checks --------------------------------------------------------------------

Result<RawThresholds> PaymentControl::checkThresholds(const ThresholdRequest &request,
                                                      const AccountState &state)
{
    if (!request.lowCredit && !request.disconnect)
        return Error(ErrorKind::InvalidArgument, tr("give the low-credit threshold, the"
                                                    " disconnect threshold or both"));
    RawThresholds raw;
    for (const auto &[typed, out] : {std::pair{&request.lowCredit, &raw.lowCredit},
                                     std::pair{&request.disconnect, &raw.disconnect}}) {
        if (!*typed)
            continue;
        const Result<qint64> v = (*typed)->in(state.currency.scale);
        if (!v)
            return v.error();
        if (*v > kInt32Max || *v < kInt32Min)
            return Error(ErrorKind::InvalidArgument,
                         tr("%1 is more than the meter can hold").arg(state.money(*v)));
        *out = *v;
    }
    const qint64 low = raw.lowCredit.value_or(state.lowCreditThreshold);
    const qint64 disconnect = raw.disconnect.value_or(state.disconnectThreshold);
    if (low <= disconnect)
        return Error(ErrorKind::InvalidArgument,
                     tr("the low-credit warning (%1) must be above the disconnect threshold (%2):"
                        " otherwise the subscriber is disconnected without a warning")
                         .arg(state.money(low), state.money(disconnect)));
    return raw;
}

Result<qint64> PaymentControl::checkPayment(const Money &amount, const AccountState &state)
{
    if (amount.units <= 0)
        return Error(ErrorKind::InvalidArgument, tr("a payment must be more than zero"));
    const Result<qint64> raw = amount.in(state.currency.scale);
    if (!raw)
        return raw.error();
    const qint64 max = state.currency.scale < 0
                           ? kMaxPaymentMajorUnits * pow10(-state.currency.scale)
                           : kMaxPaymentMajorUnits / pow10(state.currency.scale);
    if (*raw > max)
        return Error(ErrorKind::InvalidArgument,
                     tr("%1 is more than the largest single payment (%2)")
                         .arg(state.money(*raw), state.money(max)));
    if (state.availableCredit + *raw > kInt32Max)
        return Error(ErrorKind::InvalidArgument,
                     tr("the balance would exceed what the meter can hold"));
    return raw;
}

// ---- writes ------------------------------------------------------------------

void PaymentControl::setMode(client::DlmsClient &client, cosem::PaymentMode mode, ReportDone done)
{
    PaymentReport report;
    report.report = startReport(QStringLiteral("credit-mode"),
                                cosem::PaymentNames::paymentModeToken(quint8(mode)));
    client::DlmsClient *c = &client;
    readBefore(client, std::move(report), [c, mode, done](PaymentReport r, bool ok) {
        if (!ok) {
            done(std::move(r));
            return;
        }
        cosem::AccountModeAndStatus wanted = r.before->modeAndStatus;
        wanted.paymentMode = quint8(mode);
        writeAttributes(
            *c,
            {{{kAccountClass, cosem::payment::Account, Account::Attr::AccountModeAndStatus},
              wanted.toValue()}},
            [c, r, mode, done](WriteProgress progress) mutable {
                readAfterWrites(
                    *c, std::move(r), progress,
                    [mode](PaymentReport &rr) {
                        if (rr.after->modeAndStatus.paymentMode == quint8(mode)) {
                            rr.report.applied(tr("payment mode now %1").arg(rr.after->describe()));
                            return;
                        }
                        const Error why = refusedOr(
                            rr.report, tr("the meter holds another payment mode than written"));
                        rr.report.notApplied(
                            why, tr("the payment mode is unchanged: %1").arg(why.message));
                    },
                    done);
            });
    });
}

void PaymentControl::setThresholds(client::DlmsClient &client, ThresholdRequest request,
                                   ReportDone done)
{
    PaymentReport report;
    report.report = startReport(QStringLiteral("credit-thresholds"), request.describe());
    client::DlmsClient *c = &client;
    readBefore(client, std::move(report), [c, request, done](PaymentReport r, bool ok) {
        if (!ok) {
            done(std::move(r));
            return;
        }
        const Result<RawThresholds> checked = checkThresholds(request, *r.before);
        if (!checked) {
            r.report.refuse(checked.error());
            done(std::move(r));
            return;
        }
        const RawThresholds wanted = *checked;
        QList<AttributeWrite> writes;
        if (wanted.lowCredit)
            writes.append(
                {{kAccountClass, cosem::payment::Account, Account::Attr::LowCreditThreshold},
                 axdr::Value::doubleLong(qint32(*wanted.lowCredit))});
        if (wanted.disconnect)
            writes.append({{kCreditClass, cosem::payment::credit(0), Credit::Attr::Limit},
                           axdr::Value::doubleLong(qint32(*wanted.disconnect))});
        writeAttributes(*c, writes, [c, r, wanted, done](WriteProgress progress) mutable {
            readAfterWrites(
                *c, std::move(r), progress,
                [wanted](PaymentReport &rr) {
                    const AccountState &a = *rr.after;
                    const AccountState &b = *rr.before;
                    const bool asked
                        = (!wanted.lowCredit || a.lowCreditThreshold == *wanted.lowCredit)
                          && (!wanted.disconnect || a.disconnectThreshold == *wanted.disconnect);
                    if (asked) {
                        rr.report.applied(tr("warning at %1, disconnection at %2")
                                              .arg(a.money(a.lowCreditThreshold),
                                                   a.money(a.disconnectThreshold)));
                        return;
                    }
                    const Error why
                        = refusedOr(rr.report, tr("the meter holds other thresholds than written"));
                    if (a.lowCreditThreshold == b.lowCreditThreshold
                        && a.disconnectThreshold == b.disconnectThreshold)
                        rr.report.notApplied(
                            why, tr("the thresholds are unchanged: %1").arg(why.message));
                    else
                        rr.report.unknown(why,
                                          tr("the thresholds were changed only in part"
                                             " (warning at %1, disconnection at %2): %3")
                                              .arg(a.money(a.lowCreditThreshold),
                                                   a.money(a.disconnectThreshold), why.message));
                },
                done);
        });
    });
}

void PaymentControl::topUp(client::DlmsClient &client, Money amount, ReportDone done)
{
    PaymentReport report;
    report.report = startReport(QStringLiteral("credit-pay"), QString());
    client::DlmsClient *c = &client;
    readBefore(client, std::move(report), [c, amount, done](PaymentReport r, bool ok) {
        if (!ok) {
            done(std::move(r));
            return;
        }
        const AccountState before = *r.before;
        const Result<qint64> raw = checkPayment(amount, before);
        if (!raw) {
            r.report.refuse(raw.error());
            done(std::move(r));
            return;
        }
        const qint64 credited = *raw;
        const std::optional<qint64> ledgerBefore = before.ledger();
        // The audit trail keeps what settles a lost answer later.
        r.report.parameters = ledgerBefore ? QStringLiteral("%1; ledger before %2")
                                                 .arg(before.money(credited))
                                                 .arg(*ledgerBefore)
                                           : before.money(credited);
        c->action(
            {kCreditClass, cosem::payment::credit(0), Credit::Method::UpdateAmount},
            axdr::Value::doubleLong(qint32(credited)),
            [c, r, credited, ledgerBefore, done](Result<axdr::Value> result) mutable {
                const QString money = r.before->money(credited);
                if (!result) {
                    if (fateOf(result.error()) == WriteFate::Refused) {
                        r.report.notApplied(
                            result.error(),
                            tr("the meter refused the payment: %1").arg(result.error().message));
                    } else {
                        const QString settle
                            = ledgerBefore
                                  ? tr(" Before it, credit plus collected charges were %1: if"
                                       " they are %2 now, the payment was credited.")
                                        .arg(*ledgerBefore)
                                        .arg(*ledgerBefore + credited)
                                  : QString();
                        r.report.unknown(result.error(),
                                         tr("the payment of %1 may have reached the meter but no"
                                            " answer came (%2); do not repeat it before reading the"
                                            " balance.%3")
                                             .arg(money, result.error().message, settle));
                    }
                    done(std::move(r));
                    return;
                }
                read(*c, [c, r, credited, done](Result<AccountState> after) mutable {
                    if (!after) {
                        r.report.unknown(after.error(),
                                         tr("the meter accepted the payment but the account could"
                                            " not be read back (%1); read the balance before"
                                            " repeating it")
                                             .arg(after.error().message));
                        done(std::move(r));
                        return;
                    }
                    r.after = *after;
                    const AccountState &b = *r.before;
                    const AccountState &a = *r.after;
                    const QString paid = a.money(credited);
                    // With the charge: the sum moves by the payment only.
                    // Without: the credit rose by it, less what was used since.
                    qint64 delta = a.availableCredit - b.availableCredit;
                    bool exact = false;
                    if (a.ledger() && b.ledger()) {
                        delta = *a.ledger() - *b.ledger();
                        exact = true;
                    }
                    if (delta == credited || (!exact && delta > 0 && delta < credited)) {
                        r.report.applied(tr("credited %1: %2").arg(paid, a.describe()));
                    } else if (delta == 0) {
                        r.report.notApplied(
                            Error(ErrorKind::DataAccess,
                                  tr("the meter accepted the payment of %1 but the balance did not"
                                     " change (%2)")
                                      .arg(paid, a.describe())));
                    } else {
                        r.report.unknown(
                            Error(ErrorKind::DataAccess,
                                  tr("the balance changed by %1, not by the %2 paid: check the"
                                     " account")
                                      .arg(a.money(delta), paid)));
                    }
                    if (r.report.outcome != Outcome::Applied) {
                        done(std::move(r));
                        return;
                    }
                    // What the payment did to a relay opened for lack of credit.
                    RelayControl::readState(*c, [r, done](Result<RelayState> relay) mutable {
                        if (relay) {
                            r.relayAfter = *relay;
                            r.awaitingSubscriber = relay->awaitsSubscriber();
                            if (r.awaitingSubscriber)
                                r.report.message += tr("; reconnection permitted: the subscriber"
                                                       " closes the relay with the button");
                            else if (!relay->outputClosed)
                                r.report.message += tr("; the relay is still open");
                        }
                        done(std::move(r));
                    });
                });
            });
    });
}

} // namespace ims::control
