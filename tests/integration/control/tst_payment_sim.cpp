// Prepayment and credit against a simulated meter: every write reads back
// as asked; in prepayment mode the relay opens when the credit runs out
// under load, after the low-credit warning; a payment reconnects or permits
// the subscriber to; bad input and meters without an account are refused
// before anything is written; a link lost mid-way is a clear outcome.
#include "protocol/control/payment_control.h"
#include "protocol/control/relay_control.h"
#include "protocol/cosem/spodes_objects.h"
#include "protocol/sim/meter/payment_model.h"
#include "protocol/sim/meter/payment_objects.h"
#include "support/control_fixture.h"

#include <QTest>

using namespace ims;
using namespace ims::control;
using ims::controltest::ControlFixture;
using ims::controltest::FaultyChannel;
namespace spodes = ims::cosem::spodes;

namespace {

Money rub(const char *text)
{
    Result<Money> m = Money::parse(QString::fromLatin1(text));
    if (!m)
        qFatal("bad test amount %s", text);
    return *m;
}

std::optional<sim::MeterEvent> findEvent(const QList<sim::MeterEvent> &events, quint16 code)
{
    for (const sim::MeterEvent &e : events) {
        if (e.code == code)
            return e;
    }
    return std::nullopt;
}

} // namespace

class TstPaymentSim : public QObject
{
    Q_OBJECT

    std::unique_ptr<ControlFixture> f;

    void open(const std::function<void(sim::MeterSpec &)> &adjust = {})
    {
        f = std::make_unique<ControlFixture>(sim::MeterModel::NP542, adjust);
        const Status s = f->associate();
        QVERIFY2(s.ok(), qPrintable(s.error().message));
    }

    Result<AccountState> account()
    {
        return ControlFixture::await<Result<AccountState>>(
            [&](auto done) { PaymentControl::read(f->client(), done); });
    }
    PaymentReport pay(const Money &amount)
    {
        return ControlFixture::await<PaymentReport>(
            [&](auto done) { PaymentControl::topUp(f->client(), amount, done); });
    }
    PaymentReport thresholds(std::optional<qint64> low, std::optional<qint64> disconnect)
    {
        // Kopecks, as the meter counts.
        ThresholdRequest request;
        if (low)
            request.lowCredit = Money{*low, -2};
        if (disconnect)
            request.disconnect = Money{*disconnect, -2};
        return ControlFixture::await<PaymentReport>(
            [&](auto done) { PaymentControl::setThresholds(f->client(), request, done); });
    }
    PaymentReport mode(cosem::PaymentMode m)
    {
        return ControlFixture::await<PaymentReport>(
            [&](auto done) { PaymentControl::setMode(f->client(), m, done); });
    }
    Result<RelayState> relay()
    {
        return ControlFixture::await<Result<RelayState>>(
            [&](auto done) { RelayControl::readState(f->client(), done); });
    }
    qint64 meterCredit() { return sim::PaymentModel::available(f->meter(), f->meter().nowMs()); }
    int writesSent() const
    {
        return f->channel().sent(controltest::kSetRequest)
               + f->channel().sent(controltest::kActionRequest);
    }
    QList<sim::MeterEvent> relayJournal()
    {
        return f->meter().journal(quint8(spodes::Journal::PowerAndRelay), 500);
    }

    // Prepayment with the warning 2.00 and the disconnection 6.00 roubles
    // below the present balance: a few hours of the household's load.
    void armPrepayment()
    {
        const Result<AccountState> s = account();
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        const PaymentReport t = thresholds(s->availableCredit - 200, s->availableCredit - 600);
        QVERIFY2(t.report.outcome == Outcome::Applied, qPrintable(t.report.message));
        const PaymentReport m = mode(cosem::PaymentMode::Prepayment);
        QVERIFY2(m.report.outcome == Outcome::Applied, qPrintable(m.report.message));
    }

    // Two days of simulated time in one step: the meter works out when
    // each threshold was crossed, not only that it was.
    void runOutOfCredit()
    {
        f->clock().advance(48 * 3'600'000LL);
        QVERIFY(f->reconnect().ok());
        const Result<RelayState> r = relay();
        QVERIFY(r.ok());
        QVERIFY(!r->outputClosed);
        QCOMPARE(r->controlState, quint8(cosem::ControlState::Disconnected));
    }

private slots:
    void cleanup() { f.reset(); }

    void readsTheAccount()
    {
        open();
        const Result<AccountState> s = account();
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(s->modeAndStatus.paymentMode, quint8(cosem::PaymentMode::Credit));
        QCOMPARE(s->modeAndStatus.accountStatus, quint8(cosem::AccountStatus::Active));
        QCOMPARE(s->availableCredit, meterCredit());
        QCOMPARE(s->currency.name, QByteArrayLiteral("RUB"));
        QCOMPARE(s->currency.scale, qint8(-2));
        QCOMPARE(s->lowCreditThreshold, qint64(10'000));
        QCOMPARE(s->disconnectThreshold, qint64(0));
        QVERIFY(s->creditStatus.has(cosem::CreditStatusBit::InCredit));
        QVERIFY(s->totalPaid.has_value());
        QVERIFY(s->unitCharge.has_value());
        QCOMPARE(s->unitCharge->chargeTable.first().chargePerUnit, qint16(643));
        QCOMPARE(s->warningToken(), QStringLiteral("ok"));
    }

    void consumptionMovesCreditToCharges()
    {
        open();
        const Result<AccountState> before = account();
        QVERIFY(before.ok());
        f->clock().advance(6 * 3'600'000LL);
        QVERIFY(f->reconnect().ok());
        const Result<AccountState> after = account();
        QVERIFY(after.ok());
        QVERIFY(after->availableCredit < before->availableCredit);
        QCOMPARE(*after->ledger(), *before->ledger()); // no money appeared or vanished
    }

    void paymentIsCreditedExactly()
    {
        open();
        const qint64 credit = meterCredit();
        const PaymentReport r = pay(rub("1500.50"));
        QVERIFY2(r.report.outcome == Outcome::Applied, qPrintable(r.report.message));
        QCOMPARE(r.report.command, QStringLiteral("credit-pay"));
        QCOMPARE(r.after->availableCredit, credit + 150'050);
        QCOMPARE(meterCredit(), credit + 150'050);
        QCOMPARE(*r.after->ledger() - *r.before->ledger(), qint64(150'050));
        QVERIFY(r.report.parameters.contains(QStringLiteral("ledger before")));
    }

    void thresholdsReadBack()
    {
        open();
        const PaymentReport r = thresholds(25'000, 500);
        QVERIFY2(r.report.outcome == Outcome::Applied, qPrintable(r.report.message));
        QCOMPARE(r.after->lowCreditThreshold, qint64(25'000));
        QCOMPARE(r.after->disconnectThreshold, qint64(500));
        QCOMPARE(f->meter().state().payment.lowCreditThreshold, 25'000);
        QCOMPARE(f->meter().state().payment.limit, 500);
        // Only one of them: the other stays.
        const PaymentReport only = thresholds(std::nullopt, 1000);
        QCOMPARE(only.report.outcome, Outcome::Applied);
        QCOMPARE(only.after->lowCreditThreshold, qint64(25'000));
        QCOMPARE(only.after->disconnectThreshold, qint64(1000));
    }

    void modeReadsBack()
    {
        open();
        const PaymentReport r = mode(cosem::PaymentMode::Prepayment);
        QVERIFY2(r.report.outcome == Outcome::Applied, qPrintable(r.report.message));
        QVERIFY(r.after->prepayment());
        QCOMPARE(f->meter().state().payment.mode, quint8(cosem::PaymentMode::Prepayment));
        QVERIFY(mode(cosem::PaymentMode::Credit).after->modeAndStatus.paymentMode
                == quint8(cosem::PaymentMode::Credit));
    }

    void prepaymentDisconnectsAfterTheWarning()
    {
        open();
        armPrepayment();
        const qint64 armedAt = f->meter().nowMs();
        const qint32 limit = f->meter().state().payment.limit;
        runOutOfCredit();
        const QList<sim::MeterEvent> journal = relayJournal();
        const auto warning = findEvent(journal, sim::eventcode::LowCreditWarning);
        const auto cut = findEvent(journal, sim::eventcode::CreditExhaustedDisconnect);
        QVERIFY(warning && cut);
        QVERIFY(armedAt < warning->ms);
        QVERIFY(warning->ms < cut->ms);
        QVERIFY(cut->ms < f->meter().nowMs());
        // The credit reached the limit when the relay opened, within one
        // interval's energy after it (the relay acts on whole intervals).
        const qint64 atCut = sim::PaymentModel::available(f->meter(), cut->ms);
        QVERIFY(atCut <= limit);
        QVERIFY(atCut > limit - 2000);
        const Result<AccountState> s = account();
        QVERIFY(s.ok());
        QVERIFY(s->outOfCredit());
        QVERIFY(s->lowCredit());
        QCOMPARE(s->warningToken(), QStringLiteral("out-of-credit"));
        QCOMPARE(s->creditObjectStatus, quint8(cosem::CreditStatus::Exhausted));
        // No energy flows any more, so the credit stays where it is.
        const qint64 credit = meterCredit();
        f->clock().advance(3 * 3'600'000LL);
        QCOMPARE(meterCredit(), credit);
        // The subscriber's button does nothing, and neither does the operator's reconnect.
        QVERIFY(!f->meter().pressRelayButton());
        QVERIFY(f->reconnect().ok());
        const RelayReport on = ControlFixture::await<RelayReport>(
            [&](auto done) { RelayControl::reconnect(f->client(), done); });
        QCOMPARE(on.report.outcome, Outcome::NotApplied);
        QVERIFY(!f->meter().state().relay.outputState);
    }

    void paymentReconnectsInRemoteMode()
    {
        open();
        armPrepayment();
        runOutOfCredit();
        const PaymentReport r = pay(rub("50"));
        QVERIFY2(r.report.outcome == Outcome::Applied, qPrintable(r.report.message));
        QVERIFY(!r.after->outOfCredit());
        QVERIFY(r.relayAfter && r.relayAfter->isConnected());
        QVERIFY(!r.awaitingSubscriber);
        QVERIFY(f->meter().state().relay.outputState);
        QCOMPARE(relayJournal().last().code, sim::eventcode::CreditRestored);
    }

    void paymentPermitsInManualMode()
    {
        open();
        QVERIFY(f->set(70, spodes::DisconnectControl, 4, axdr::Value::enumValue(1)).ok());
        armPrepayment();
        runOutOfCredit();
        const PaymentReport r = pay(rub("50"));
        QVERIFY2(r.report.outcome == Outcome::Applied, qPrintable(r.report.message));
        QVERIFY(r.awaitingSubscriber);
        QVERIFY(r.relayAfter && !r.relayAfter->outputClosed);
        QVERIFY(!f->meter().state().relay.outputState);
        QVERIFY(f->meter().pressRelayButton());
        QVERIFY(relay()->isConnected());
    }

    void paymentTooSmallStaysDisconnected()
    {
        open();
        armPrepayment();
        runOutOfCredit();
        // Still at or below the limit after it: credited, relay stays open.
        const PaymentReport r = pay(rub("0.01"));
        QCOMPARE(r.report.outcome, Outcome::Applied);
        QVERIFY(r.after->outOfCredit());
        QVERIFY(r.relayAfter && !r.relayAfter->outputClosed);
        QVERIFY(!f->meter().state().relay.outputState);
    }

    void creditModeWarnsButNeverDisconnects()
    {
        open();
        const Result<AccountState> s = account();
        QVERIFY(s.ok());
        QCOMPARE(thresholds(s->availableCredit - 200, s->availableCredit - 600).report.outcome,
                 Outcome::Applied);
        f->clock().advance(48 * 3'600'000LL);
        QVERIFY(f->reconnect().ok());
        const Result<AccountState> after = account();
        QVERIFY(after.ok());
        QVERIFY(after->lowCredit());
        QVERIFY(after->outOfCredit());
        QVERIFY(after->availableCredit < s->availableCredit - 600);
        QVERIFY(relay()->isConnected());
        QVERIFY(findEvent(relayJournal(), sim::eventcode::LowCreditWarning));
        QVERIFY(!findEvent(relayJournal(), sim::eventcode::CreditExhaustedDisconnect));
    }

    void badInputIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("disconnect");
        QTest::newRow("negative payment") << QStringLiteral("-5") << qint64(-1) << qint64(-1);
        QTest::newRow("zero payment") << QStringLiteral("0") << qint64(-1) << qint64(-1);
        QTest::newRow("fraction of a kopeck")
            << QStringLiteral("1.005") << qint64(-1) << qint64(-1);
        QTest::newRow("more than one payment may be")
            << QStringLiteral("1000000.01") << qint64(-1) << qint64(-1);
        QTest::newRow("warning below disconnection") << QString() << qint64(100) << qint64(200);
        QTest::newRow("warning equal to disconnection") << QString() << qint64(300) << qint64(300);
        QTest::newRow("disconnection above the present warning")
            << QString() << qint64(-1) << qint64(20'000);
    }

    void badInputIsRefusedBeforeSending()
    {
        QFETCH(QString, amount);
        QFETCH(qint64, low);
        QFETCH(qint64, disconnect);
        open();
        const qint64 credit = meterCredit();
        PaymentReport r;
        if (!amount.isEmpty()) {
            Result<Money> m = Money::parse(amount);
            QVERIFY(m.ok());
            r = pay(*m);
        } else {
            r = thresholds(low < 0 ? std::nullopt : std::optional<qint64>(low),
                           disconnect < 0 ? std::nullopt : std::optional<qint64>(disconnect));
        }
        QCOMPARE(r.report.outcome, Outcome::NotApplied);
        QVERIFY(r.report.refused);
        QCOMPARE(r.report.error.kind, ErrorKind::InvalidArgument);
        QVERIFY(!r.report.message.isEmpty());
        QCOMPARE(writesSent(), 0);
        QCOMPARE(meterCredit(), credit);
        QCOMPARE(f->meter().state().payment.lowCreditThreshold, 10'000);
    }

    void meterWithoutAccountIsRefused()
    {
        open([](sim::MeterSpec &spec) { spec.kind = sim::ConsumerKind::HeadMeter; });
        QVERIFY(!f->meter().state().payment.present);
        const Result<AccountState> s = account();
        QCOMPARE(s.error().kind, ErrorKind::Unsupported);
        const PaymentReport r = pay(rub("10"));
        QCOMPARE(r.report.outcome, Outcome::NotApplied);
        QVERIFY(r.report.refused);
        QCOMPARE(r.report.error.kind, ErrorKind::Unsupported);
        QVERIFY(r.report.message.contains(QStringLiteral("0.0.19.0.0.255")));
        QCOMPARE(mode(cosem::PaymentMode::Prepayment).report.error.kind, ErrorKind::Unsupported);
        QCOMPARE(writesSent(), 0);
    }

    void paymentLinkLostIsUnknown_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("credited");
        QTest::newRow("request lost") << int(FaultyChannel::Fault::DropRequest) << false;
        QTest::newRow("answer lost") << int(FaultyChannel::Fault::LoseAnswer) << true;
    }

    void paymentLinkLostIsUnknown()
    {
        QFETCH(int, fault);
        QFETCH(bool, credited);
        open();
        const Result<AccountState> before = account();
        QVERIFY(before.ok());
        f->channel().failAt(controltest::kActionRequest, 1, FaultyChannel::Fault(fault));
        const PaymentReport r = pay(rub("25"));
        QCOMPARE(r.report.outcome, Outcome::Unknown);
        QVERIFY(r.report.needsRetry());
        QVERIFY(r.report.message.contains(QString::number(*before->ledger() + 2500)));
        // A new association settles it with the ledger kept in the report.
        QVERIFY(f->reconnect().ok());
        const Result<AccountState> now = account();
        QVERIFY(now.ok());
        QCOMPARE(*now->ledger() == *before->ledger() + 2500, credited);
        QCOMPARE(*now->ledger() == *before->ledger(), !credited);
    }

    void thresholdsLostMidwayAreUnknown()
    {
        open();
        // The first write (warning) is confirmed, the second (limit) never arrives.
        f->channel().failAt(controltest::kSetRequest, 2, FaultyChannel::Fault::DropRequest);
        const PaymentReport r = thresholds(30'000, 700);
        QCOMPARE(r.report.outcome, Outcome::Unknown);
        QVERIFY(r.report.message.contains(QStringLiteral("1 of the writes")));
        QCOMPARE(f->meter().state().payment.lowCreditThreshold, 30'000);
        QCOMPARE(f->meter().state().payment.limit, 0);
    }

    void accessRightsPerClient()
    {
        using sim::ClientRole;
        const sim::AccessPolicy account = sim::AccountObject::defaultAccess();
        QVERIFY(account.canRead(ClientRole::Public, 5)); // the balance, as on the display
        QVERIFY(!account.canRead(ClientRole::Public, 16));
        QVERIFY(account.canRead(ClientRole::Reader, 16));
        QVERIFY(!account.canWrite(ClientRole::Reader, 16));
        QVERIFY(account.canWrite(ClientRole::Configurator, 16));
        QVERIFY(account.canWrite(ClientRole::Configurator, 2));
        QVERIFY(!account.canWrite(ClientRole::Configurator, 5)); // the balance moves by payments
        const sim::AccessPolicy credit = sim::CreditObject::defaultAccess();
        QVERIFY(!credit.canExecute(ClientRole::Reader, 1));
        QVERIFY(credit.canExecute(ClientRole::Configurator, 1));
        QVERIFY(!credit.canExecute(ClientRole::Configurator, 2)); // no setting the balance outright
        QVERIFY(!credit.visibleTo(ClientRole::Public));
        const sim::AccessPolicy charge = sim::ChargeObject::defaultAccess();
        QVERIFY(!charge.canWrite(ClientRole::Configurator, 5));
    }
};

QTEST_GUILESS_MAIN(TstPaymentSim)
#include "tst_payment_sim.moc"
