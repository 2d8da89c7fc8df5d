// Per meter, the prepayment account as last read and the outcome of the
// last payment command: the store behind the meter card's balance and the
// list of subscribers being warned.
#include "models/control/payment_store.h"
#include "support/test_database.h"

#include <QTest>

using namespace ims;
using namespace ims::control;

namespace {

constexpr qint64 kNow = 1'773'662'400'000; // 2026-03-16T12:00:00Z

AccountState account(qint64 credit, quint8 statusOctet, quint8 mode = 2)
{
    AccountState s;
    s.modeAndStatus.paymentMode = mode;
    s.availableCredit = credit;
    s.lowCreditThreshold = 10'000;
    s.disconnectThreshold = 0;
    s.creditStatus.octet = statusOctet;
    s.totalPaid = 123'456;
    return s;
}

} // namespace

class TstPaymentStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    test::SmallInstallation m_site;

    PaymentStore store() { return PaymentStore(m_db->connection()); }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->ok());
        m_site = test::createSmallInstallation(m_db->connection());
        QVERIFY(m_site.memberAId > 0);
    }

    void cleanup() { m_db.reset(); }

    void nothingKnownAtFirst()
    {
        Result<std::optional<MeterPaymentStatus>> s = store().status(m_site.memberAId);
        QVERIFY(s.ok());
        QVERIFY(!s->has_value());
    }

    void stateRoundTrip()
    {
        // 0xC0: in credit and low credit.
        QVERIFY(store().recordState(m_site.memberAId, account(-2'550, 0xC0), kNow).ok());
        const MeterPaymentStatus s = **store().status(m_site.memberAId);
        QCOMPARE(s.serial, QStringLiteral("MEMBER01"));
        QVERIFY(s.supported);
        QCOMPARE(s.paymentMode, quint8(2));
        QCOMPARE(s.availableCredit, qint64(-2'550));
        QCOMPARE(s.lowThreshold, qint64(10'000));
        QCOMPARE(s.totalPaid, std::optional<qint64>(123'456));
        QCOMPARE(s.currency.name, QByteArrayLiteral("RUB"));
        QCOMPARE(s.currency.scale, qint8(-2));
        QCOMPARE(s.creditStatus, quint8(0xC0));
        QCOMPARE(s.warning, QStringLiteral("low-credit"));
        QCOMPARE(s.readMs, kNow);
        QCOMPARE(s.money(s.availableCredit), QStringLiteral("-25.50 RUB"));
        QVERIFY(!s.warningText().isEmpty());
    }

    void warningsListsOnlyWarnedMeters()
    {
        QVERIFY(store().recordState(m_site.memberAId, account(500, 0x40), kNow).ok());
        QVERIFY(store().recordState(m_site.memberBId, account(90'000, 0x80), kNow).ok());
        QVERIFY(store().recordState(m_site.headId, account(-100, 0x42), kNow).ok());
        Result<QList<MeterPaymentStatus>> w = store().warnings();
        QVERIFY(w.ok());
        QCOMPARE(w->size(), 2);
        QCOMPARE(w->at(0).serial, QStringLiteral("HEAD0001")); // lowest balance first
        QCOMPARE(w->at(0).warning, QStringLiteral("out-of-credit"));
        QCOMPARE(w->at(1).serial, QStringLiteral("MEMBER01"));
    }

    void unknownPaymentIsFlaggedUntilSettled()
    {
        PaymentReport r;
        r.report.command = QStringLiteral("credit-pay");
        r.before = account(1'000, 0x80);
        r.report.unknown(Error(ErrorKind::Timeout, QStringLiteral("no answer")));
        QVERIFY(store().recordCommand(m_site.memberAId, r, kNow).ok());
        MeterPaymentStatus s = **store().status(m_site.memberAId);
        QVERIFY(s.retry);
        QCOMPARE(s.lastOutcome, std::optional<Outcome>(Outcome::Unknown));
        QCOMPARE(s.lastCommand, QStringLiteral("credit-pay"));
        QCOMPARE(s.availableCredit, qint64(1'000)); // what was known before it
        QCOMPARE(store().toSettle()->size(), 1);

        PaymentReport ok;
        ok.report.command = QStringLiteral("credit-pay");
        ok.after = account(6'000, 0x80);
        ok.report.applied(QStringLiteral("credited"));
        QVERIFY(store().recordCommand(m_site.memberAId, ok, kNow + 1).ok());
        s = **store().status(m_site.memberAId);
        QVERIFY(!s.retry);
        QCOMPARE(s.availableCredit, qint64(6'000));
        QCOMPARE(s.lastOutcome, std::optional<Outcome>(Outcome::Applied));
        QVERIFY(store().toSettle()->isEmpty());
    }

    void meterWithoutAccount()
    {
        PaymentReport r;
        r.report.command = QStringLiteral("credit-pay");
        r.report.refuse(Error(ErrorKind::Unsupported, QStringLiteral("no account")));
        QVERIFY(store().recordCommand(m_site.memberBId, r, kNow).ok());
        const MeterPaymentStatus s = **store().status(m_site.memberBId);
        QVERIFY(!s.supported);
        QVERIFY(store().warnings()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstPaymentStore)
#include "tst_payment_store.moc"
