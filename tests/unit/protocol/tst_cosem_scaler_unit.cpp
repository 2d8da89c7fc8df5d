// Register scaler_unit and the exact scaled decimal.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/bytes.h"
#include "protocol/cosem/scaler_unit.h"
#include "support/apdu_test_support.h"

#include <QTest>

using namespace ims;
using namespace ims::cosem;
using axdr::Value;

namespace {

QByteArray vectorApdu(const QString &id)
{
    for (const auto &v : testing::apdu::vectorApdus()) {
        if (v.id == id)
            return v.apdu;
    }
    return {};
}

// The error text of a failed result (QVERIFY2 evaluates its message even on success).
template<typename R>
QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

} // namespace

class CosemScalerUnitTest : public QObject
{
    Q_OBJECT
private slots:
    // wb-get-3-resp: GET.response-normal (C4 01 81 00) carrying the
    // scaler_unit of a temperature register: structure{integer 0, enum 9 (°C)}.
    void goldenVectorDecodesAndReencodes()
    {
        const QByteArray apdu = vectorApdu(QStringLiteral("wb-get-3-resp"));
        QVERIFY2(apdu.startsWith(ims::fromHex(u"C4 01 81 00")), apdu.toHex().constData());
        const QByteArray data = apdu.mid(4);
        const auto value = axdr::decodeAll(data);
        QVERIFY2(value.ok(), why(value).constData());
        const auto su = ScalerUnit::fromValue(*value);
        QVERIFY2(su.ok(), why(su).constData());
        QCOMPARE(su->scaler, qint8(0));
        QCOMPARE(su->unit, quint8(Unit::DegreeCelsius));
        QCOMPARE(axdr::encode(su->toValue()), data);
    }

    void encodesStructureIntegerEnum()
    {
        // kWh with three decimals: scaler 0, unit Wh... here Wh * 10^-1.
        const ScalerUnit su{-1, quint8(Unit::WattHour)};
        QCOMPARE(su.toValue(), Value::structure({Value::integer(-1), Value::enumValue(30)}));
        QCOMPARE(axdr::encode(su.toValue()), ims::fromHex(u"02 02 0F FF 16 1E"));
    }

    void wrongShapesAreMalformed_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("fieldInMessage");
        QTest::newRow("not a structure") << Value::integer(0) << QStringLiteral("scaler_unit");
        QTest::newRow("three members")
            << Value::structure({Value::integer(0), Value::enumValue(9), Value::null()})
            << QStringLiteral("scaler_unit");
        QTest::newRow("scaler as long") << Value::structure({Value::long16(0), Value::enumValue(9)})
                                        << QStringLiteral("scaler_unit.scaler");
        QTest::newRow("unit as unsigned")
            << Value::structure({Value::integer(0), Value::unsigned8(9)})
            << QStringLiteral("scaler_unit.unit");
    }
    void wrongShapesAreMalformed()
    {
        QFETCH(Value, value);
        QFETCH(QString, fieldInMessage);
        const auto su = ScalerUnit::fromValue(value);
        QVERIFY(!su.ok());
        QCOMPARE(su.error().kind, ErrorKind::Malformed);
        QVERIFY2(su.error().message.startsWith(fieldInMessage + QLatin1Char(':')),
                 why(su).constData());
    }

    void unitSymbols()
    {
        // Untranslated (no translator installed): the Blue Book symbols.
        QCOMPARE(ScalerUnit::unitSymbol(30), QStringLiteral("Wh"));
        QCOMPARE(ScalerUnit::unitSymbol(32), QStringLiteral("varh"));
        QCOMPARE(ScalerUnit::unitSymbol(27), QStringLiteral("W"));
        QCOMPARE(ScalerUnit::unitSymbol(29), QStringLiteral("var"));
        QCOMPARE(ScalerUnit::unitSymbol(28), QStringLiteral("VA"));
        QCOMPARE(ScalerUnit::unitSymbol(31), QStringLiteral("VAh"));
        QCOMPARE(ScalerUnit::unitSymbol(35), QStringLiteral("V"));
        QCOMPARE(ScalerUnit::unitSymbol(33), QStringLiteral("A"));
        QCOMPARE(ScalerUnit::unitSymbol(44), QStringLiteral("Hz"));
        QCOMPARE(ScalerUnit::unitSymbol(9), QStringLiteral("°C"));
        QCOMPARE(ScalerUnit::unitSymbol(255), QString());
        QCOMPARE(ScalerUnit::unitSymbol(100), QStringLiteral("unit 100"));
    }

    void scaledText_data()
    {
        QTest::addColumn<qint64>("mantissa");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<QString>("text");
        QTest::newRow("one decimal") << qint64(12345) << -1 << QStringLiteral("1234.5");
        QTest::newRow("keeps resolution") << qint64(12340) << -1 << QStringLiteral("1234.0");
        QTest::newRow("leading zeros") << qint64(5) << -3 << QStringLiteral("0.005");
        QTest::newRow("negative") << qint64(-5) << -3 << QStringLiteral("-0.005");
        QTest::newRow("positive exponent") << qint64(15) << 2 << QStringLiteral("1500");
        QTest::newRow("zero with exponent") << qint64(0) << 3 << QStringLiteral("0");
        QTest::newRow("zero with decimals") << qint64(0) << -2 << QStringLiteral("0.00");
        QTest::newRow("int64 min")
            << std::numeric_limits<qint64>::min() << -2 << QStringLiteral("-92233720368547758.08");
    }
    void scaledText()
    {
        QFETCH(qint64, mantissa);
        QFETCH(int, exponent);
        QFETCH(QString, text);
        QCOMPARE((ScaledValue{mantissa, exponent}.toString()), text);
    }

    void toExponent_data()
    {
        QTest::addColumn<qint64>("mantissa");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("rounding");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<int>("errorKind");
        const int exact = int(Rounding::Exact);
        const int half = int(Rounding::HalfAwayFromZero);
        const int trunc = int(Rounding::TowardZero);
        const int none = int(ErrorKind::None);
        // 1234.5 Wh in mWh.
        QTest::newRow("Wh to mWh")
            << qint64(12345) << -1 << -3 << exact << true << qint64(1234500) << none;
        // 12 kWh (scaler 3) in Wh.
        QTest::newRow("kWh to Wh")
            << qint64(12) << 3 << 0 << exact << true << qint64(12000) << none;
        QTest::newRow("exact division")
            << qint64(12000) << 0 << 3 << exact << true << qint64(12) << none;
        QTest::newRow("inexact refused") << qint64(12345) << -1 << 0 << exact << false << qint64(0)
                                         << int(ErrorKind::InvalidArgument);
        QTest::newRow("truncated")
            << qint64(12345) << -1 << 0 << trunc << true << qint64(1234) << none;
        QTest::newRow("half rounds up")
            << qint64(12345) << -1 << 0 << half << true << qint64(1235) << none;
        QTest::newRow("below half")
            << qint64(12344) << -1 << 0 << half << true << qint64(1234) << none;
        QTest::newRow("negative half")
            << qint64(-12345) << -1 << 0 << half << true << qint64(-1235) << none;
        QTest::newRow("overflow") << qint64(10) << 18 << 0 << exact << false << qint64(0)
                                  << int(ErrorKind::TooLarge);
        QTest::newRow("max fits") << qint64(922337203685477580) << 1 << 0 << exact << true
                                  << qint64(9223372036854775800) << none;
        QTest::newRow("one too many") << qint64(922337203685477581) << 1 << 0 << exact << false
                                      << qint64(0) << int(ErrorKind::TooLarge);
        QTest::newRow("far below resolution")
            << qint64(6) << -40 << 0 << half << true << qint64(0) << none;
    }
    void toExponent()
    {
        QFETCH(qint64, mantissa);
        QFETCH(int, exponent);
        QFETCH(int, target);
        QFETCH(int, rounding);
        QFETCH(bool, ok);
        QFETCH(qint64, expected);
        QFETCH(int, errorKind);
        const auto r = ScaledValue{mantissa, exponent}.toExponent(target, Rounding(rounding));
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(*r, expected);
        else
            QCOMPARE(int(r.error().kind), errorKind);
    }

    void applyCombinesRawAndScaler()
    {
        const ScalerUnit su{-2, quint8(Unit::Volt)};
        const auto v = su.apply(Value::longUnsigned(23015));
        QVERIFY(v.ok());
        QCOMPARE(v->toString(), QStringLiteral("230.15"));
        QVERIFY((ScaledValue{23015, -2}.sameValue(ScaledValue{2301500, -4})));
        QVERIFY(!(ScaledValue{23015, -2}.sameValue(ScaledValue{23016, -2})));

        const auto big = su.apply(Value::long64Unsigned(std::numeric_limits<quint64>::max()));
        QVERIFY(!big.ok());
        QCOMPARE(big.error().kind, ErrorKind::TooLarge);
        const auto real = su.apply(Value::float32(1.5f));
        QVERIFY(!real.ok());
        QCOMPARE(real.error().kind, ErrorKind::Unsupported);
        const auto text = su.apply(Value::octetString("12"));
        QVERIFY(!text.ok());
    }
};

QTEST_GUILESS_MAIN(CosemScalerUnitTest)
#include "tst_cosem_scaler_unit.moc"
