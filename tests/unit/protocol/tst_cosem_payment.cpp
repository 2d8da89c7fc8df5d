// Payment metering (Account 111, Credit 112, Charge 113): the attribute
// values the product reads and writes, against bytes derived by hand from
// the Blue Book's attribute types (IEC 62056-6-2 4.6, A-XDR tags of the
// Data CHOICE: 02 structure, 01 array, 04 bit-string, 05 double-long,
// 09 octet-string, 0C utf8-string, 0F integer, 10 long, 12 long-unsigned,
// 16 enum), not through our own encoder alone.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/control/payment_control.h"
#include "protocol/core/bytes.h"
#include "protocol/cosem/class_id.h"
#include "protocol/cosem/payment.h"

#include <QTest>

using namespace ims;
using namespace ims::cosem;
using axdr::Value;

namespace {

QByteArray hex(const char *text)
{
    return ims::fromHex(QString::fromLatin1(text));
}

Value decoded(const char *text)
{
    Result<Value> v = axdr::decodeAll(hex(text));
    if (!v)
        qFatal("test bytes do not decode: %s", qPrintable(v.error().message));
    return *v;
}

// The values a meter answers for PaymentControl::stateAttributes(), in order.
std::vector<Result<Value>> meterAnswers()
{
    return {
        // account_mode_and_status: structure(2) { enum 2 prepayment, enum 2 active }
        decoded("02 02 16 02 16 02"),
        // current_credit_status: bit-string of 8 bits, bits 0 and 1 (in credit, low
        // credit) are the two most significant bits of the octet: 1100 0000
        decoded("04 08 C0"),
        // available_credit: double-long 7 654 (0x00001DE6) kopecks
        decoded("05 00 00 1D E6"),
        // currency: structure(3) { utf8-string(3) "RUB", integer -2, enum 2 monetary }
        decoded("02 03 0C 03 52 55 42 0F FE 16 02"),
        // low_credit_threshold: double-long 10 000 (0x00002710)
        decoded("05 00 00 27 10"),
        // credit.limit: double-long -500 (two's complement 0xFFFFFE0C)
        decoded("05 FF FF FE 0C"),
        // credit.status: enum 3 in use
        decoded("16 03"),
        // charge.total_amount_paid: double-long 1 000 000 (0x000F4240)
        decoded("05 00 0F 42 40"),
        // unit_charge_active: structure(3) {
        //   structure(2) { integer -3 commodity scale, integer -2 price scale },
        //   structure(3) { long-unsigned 3, octet-string(6) 1.0.1.8.0.255, integer 2 },
        //   array(1) { structure(2) { octet-string(1) 01, long 643 (0x0283) } } }
        decoded("02 03 02 02 0F FD 0F FE 02 03 12 00 03 09 06 01 00 01 08 00 FF 0F 02"
                " 01 01 02 02 09 01 01 10 02 83"),
    };
}

} // namespace

class TstCosemPayment : public QObject
{
    Q_OBJECT

private slots:
    void classIdsAndLogicalNames()
    {
        QCOMPARE(quint16(ClassId::Account), quint16(111));
        QCOMPARE(quint16(ClassId::Credit), quint16(112));
        QCOMPARE(quint16(ClassId::Charge), quint16(113));
        QCOMPARE(classIdName(112), QStringLiteral("Credit"));
        QCOMPARE(payment::Account.toString(), QStringLiteral("0.0.19.0.0.255"));
        QCOMPARE(payment::credit(0).toString(), QStringLiteral("0.0.19.10.0.255"));
        QCOMPARE(payment::charge(0).toString(), QStringLiteral("0.0.19.20.0.255"));
        QCOMPARE(ic::Account::Attr::AvailableCredit, qint8(5));
        QCOMPARE(ic::Account::Attr::LowCreditThreshold, qint8(16));
        QCOMPARE(ic::Credit::Attr::Limit, qint8(6));
        QCOMPARE(ic::Credit::Method::UpdateAmount, qint8(1));
        QCOMPARE(ic::Charge::Attr::TotalAmountPaid, qint8(2));
    }

    void encodesWhatIsWritten_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("mode prepayment, active")
            << AccountModeAndStatus{2, 2}.toValue() << hex("02 02 16 02 16 02");
        QTest::newRow("mode credit, active")
            << AccountModeAndStatus{1, 2}.toValue() << hex("02 02 16 01 16 02");
        // update_amount (method 1) data: double-long 50 025 kopecks = 0x0000C369.
        QTest::newRow("payment 500.25")
            << Value::doubleLong(qint32(*control::Money{50'025, -2}.in(-2)))
            << hex("05 00 00 C3 69");
        QTest::newRow("status: out of credit only (bit 6 = 0x02)") << [] {
            AccountCreditStatus s;
            s.set(CreditStatusBit::OutOfCredit, true);
            return s.toValue();
        }() << hex("04 08 02");
        QTest::newRow("currency RUB, kopecks")
            << Currency{}.toValue() << hex("02 03 0C 03 52 55 42 0F FE 16 02");
    }

    void encodesWhatIsWritten()
    {
        QFETCH(Value, value);
        QFETCH(QByteArray, bytes);
        QCOMPARE(ims::toSpacedHex(axdr::encode(value)), ims::toSpacedHex(bytes));
    }

    void decodesAMetersAnswer()
    {
        Result<control::AccountState> s = control::PaymentControl::stateFromResults(meterAnswers());
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QVERIFY(s->prepayment());
        QCOMPARE(s->modeAndStatus.accountStatus, quint8(AccountStatus::Active));
        QVERIFY(s->creditStatus.has(CreditStatusBit::InCredit));
        QVERIFY(s->creditStatus.has(CreditStatusBit::LowCredit));
        QVERIFY(!s->creditStatus.has(CreditStatusBit::OutOfCredit));
        QCOMPARE(s->availableCredit, qint64(7'654));
        QCOMPARE(s->currency.name, QByteArrayLiteral("RUB"));
        QCOMPARE(s->currency.scale, qint8(-2));
        QCOMPARE(s->lowCreditThreshold, qint64(10'000));
        QCOMPARE(s->disconnectThreshold, qint64(-500));
        QCOMPARE(s->creditObjectStatus, quint8(CreditStatus::InUse));
        QCOMPARE(s->totalPaid, std::optional<qint64>(1'000'000));
        QCOMPARE(s->ledger(), std::optional<qint64>(1'007'654));
        QVERIFY(s->unitCharge);
        QCOMPARE(s->unitCharge->commodityScale, qint8(-3));
        QCOMPARE(s->unitCharge->priceScale, qint8(-2));
        QCOMPARE(s->unitCharge->commodityLogicalName.toString(), QStringLiteral("1.0.1.8.0.255"));
        QCOMPARE(s->unitCharge->chargeTable.size(), 1);
        QCOMPARE(s->unitCharge->chargeTable[0].index, QByteArray(1, '\x01'));
        QCOMPARE(s->unitCharge->chargeTable[0].chargePerUnit, qint16(643));
        QCOMPARE(s->warningToken(), QStringLiteral("low-credit"));
        QCOMPARE(s->money(s->availableCredit), QStringLiteral("76.54 RUB"));
        QCOMPARE(s->money(s->disconnectThreshold), QStringLiteral("-5.00 RUB"));
    }

    void aMeterWithoutTheChargeStillReads()
    {
        std::vector<Result<Value>> answers = meterAnswers();
        answers[7] = Error(ErrorKind::DataAccess, QStringLiteral("object-undefined"), 4);
        answers[8] = Error(ErrorKind::DataAccess, QStringLiteral("object-undefined"), 4);
        Result<control::AccountState> s = control::PaymentControl::stateFromResults(answers);
        QVERIFY(s.ok());
        QVERIFY(!s->totalPaid);
        QVERIFY(!s->ledger());
    }

    void aMeterWithoutTheAccountIsUnsupported()
    {
        std::vector<Result<Value>> answers = meterAnswers();
        answers[0] = Error(ErrorKind::DataAccess, QStringLiteral("object-undefined"), 4);
        Result<control::AccountState> s = control::PaymentControl::stateFromResults(answers);
        QCOMPARE(s.error().kind, ErrorKind::Unsupported);
        QVERIFY(s.error().message.contains(QStringLiteral("0.0.19.0.0.255")));
    }

    void wrongShapesNameTheField_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("field");
        QTest::newRow("payment mode 3") << 0 << hex("02 02 16 03 16 02")
                                        << QStringLiteral("account_mode_and_status.payment_mode");
        QTest::newRow("status as unsigned")
            << 1 << hex("11 C0") << QStringLiteral("current_credit_status");
        QTest::newRow("status of 16 bits")
            << 1 << hex("04 10 C0 00") << QStringLiteral("current_credit_status");
        QTest::newRow("credit as double-long-unsigned")
            << 2 << hex("06 00 00 1D E6") << QStringLiteral("available_credit");
        QTest::newRow("currency without unit")
            << 3 << hex("02 02 0C 03 52 55 42 0F FE") << QStringLiteral("currency");
    }

    void wrongShapesNameTheField()
    {
        QFETCH(int, index);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, field);
        std::vector<Result<Value>> answers = meterAnswers();
        answers[size_t(index)] = *axdr::decodeAll(bytes);
        Result<control::AccountState> s = control::PaymentControl::stateFromResults(answers);
        QCOMPARE(s.error().kind, ErrorKind::Malformed);
        QVERIFY2(s.error().message.startsWith(field), qPrintable(s.error().message));
    }

    void moneyIsExact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::addColumn<qint64>("units"); // -1: refused
        QTest::newRow("roubles to kopecks") << QStringLiteral("1500") << -2 << qint64(150'000);
        QTest::newRow("kopecks") << QStringLiteral("1500.05") << -2 << qint64(150'005);
        QTest::newRow("one decimal") << QStringLiteral("0.5") << -2 << qint64(50);
        QTest::newRow("negative") << QStringLiteral("-20.25") << -2 << qint64(-2'025);
        QTest::newRow("finer than kopecks") << QStringLiteral("1.005") << -2 << qint64(-1);
        QTest::newRow("whole roubles only") << QStringLiteral("10.50") << 0 << qint64(-1);
        QTest::newRow("whole roubles") << QStringLiteral("10.00") << 0 << qint64(10);
        QTest::newRow("comma") << QStringLiteral("10,50") << -2 << qint64(-1);
        QTest::newRow("exponent") << QStringLiteral("1e3") << -2 << qint64(-1);
        QTest::newRow("empty") << QString() << -2 << qint64(-1);
        QTest::newRow("point only") << QStringLiteral(".") << -2 << qint64(-1);
        QTest::newRow("trailing point") << QStringLiteral("5.") << -2 << qint64(-1);
        QTest::newRow("too many digits") << QStringLiteral("1234567890123456") << -2 << qint64(-1);
    }

    void moneyIsExact()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        QFETCH(qint64, units);
        Result<control::Money> m = control::Money::parse(text);
        Result<qint64> v = m ? m->in(qint8(scale)) : Result<qint64>(m.error());
        if (units == -1) {
            QVERIFY(!v.ok());
            QCOMPARE(v.error().kind, ErrorKind::InvalidArgument);
        } else {
            QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
            QCOMPARE(*v, units);
        }
    }

    void checksBeforeWriting()
    {
        const control::AccountState s = *control::PaymentControl::stateFromResults(meterAnswers());
        using control::Money;
        QCOMPARE(control::PaymentControl::checkPayment(Money{0, 0}, s).error().kind,
                 ErrorKind::InvalidArgument);
        QCOMPARE(control::PaymentControl::checkPayment(Money{-1, 0}, s).error().kind,
                 ErrorKind::InvalidArgument);
        QCOMPARE(*control::PaymentControl::checkPayment(Money{1'000'000, 0}, s),
                 qint64(100'000'000));
        QVERIFY(!control::PaymentControl::checkPayment(Money{100'000'001, -2}, s).ok());
        control::ThresholdRequest t;
        QVERIFY(!control::PaymentControl::checkThresholds(t, s).ok()); // nothing asked
        t.disconnect = Money{100, 0}; // 100.00 RUB against a 100.00 RUB warning
        QVERIFY(!control::PaymentControl::checkThresholds(t, s).ok());
        t.lowCredit = Money{150, 0};
        const auto raw = control::PaymentControl::checkThresholds(t, s);
        QVERIFY(raw.ok());
        QCOMPARE(*raw->lowCredit, qint64(15'000));
        QCOMPARE(*raw->disconnect, qint64(10'000));
        t.lowCredit = Money{30'000'000, 0}; // 3·10⁹ kopecks does not fit double-long
        QVERIFY(!control::PaymentControl::checkThresholds(t, s).ok());
    }
};

QTEST_GUILESS_MAIN(TstCosemPayment)
#include "tst_cosem_payment.moc"
