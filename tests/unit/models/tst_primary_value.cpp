// Secondary reading x 10^scaler x CT x VT -> primary mWh, exactly.
#include "models/domain/obis_code.h"
#include "models/domain/primary_value.h"

#include <QTest>

using namespace ims::domain;

class PrimaryValueTest : public QObject
{
    Q_OBJECT
private slots:
    void converts_data()
    {
        QTest::addColumn<qint64>("raw");
        QTest::addColumn<int>("scaler");
        QTest::addColumn<qint64>("ctNum");
        QTest::addColumn<qint64>("ctDen");
        QTest::addColumn<qint64>("vtNum");
        QTest::addColumn<qint64>("vtDen");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<bool>("rounded");
        // 1 Wh direct = 1000 mWh.
        QTest::newRow("direct Wh") << qint64(1) << 0 << qint64(1) << qint64(1) << qint64(1)
                                   << qint64(1) << qint64(1000) << false;
        // 123 x 10^-3 Wh x 100/5 x 10000/100 = 0.123 x 20 x 100 = 246 Wh.
        QTest::newRow("CT and VT") << qint64(123) << -3 << qint64(100) << qint64(5) << qint64(10000)
                                   << qint64(100) << qint64(246000) << false;
        // 5 kWh as raw 5, scaler 3.
        QTest::newRow("scaler +3") << qint64(5) << 3 << qint64(1) << qint64(1) << qint64(1)
                                   << qint64(1) << qint64(5000000) << false;
        // 7 x 10^-5 Wh = 0.07 mWh -> 0 with rounding.
        QTest::newRow("tiny rounds down") << qint64(7) << -5 << qint64(1) << qint64(1) << qint64(1)
                                          << qint64(1) << qint64(0) << true;
        // 5 x 10^-4 Wh = 0.5 mWh -> 1 (half away from zero).
        QTest::newRow("half rounds up") << qint64(5) << -4 << qint64(1) << qint64(1) << qint64(1)
                                        << qint64(1) << qint64(1) << true;
        QTest::newRow("negative half") << qint64(-5) << -4 << qint64(1) << qint64(1) << qint64(1)
                                       << qint64(1) << qint64(-1) << true;
        // 10 Wh x 100/3: 333333.33 mWh.
        QTest::newRow("uneven ratio") << qint64(10) << 0 << qint64(100) << qint64(3) << qint64(1)
                                      << qint64(1) << qint64(333333) << true;
        // 150/5 = 30 exactly; a float 0.1 step would drift, integers do not.
        QTest::newRow("CT 150/5") << qint64(1) << -1 << qint64(150) << qint64(5) << qint64(1)
                                  << qint64(1) << qint64(3000) << false;
        // Whole ratios take 64-bit products; these rows sit on their edges.
        QTest::newRow("largest Wh that fits")
            << qint64(9223372036854775) << 0 << qint64(1) << qint64(1) << qint64(1) << qint64(1)
            << qint64(9223372036854775000) << false;
        // 123.456 MWh as kWh x CT 1000 x VT 100.
        QTest::newRow("kWh x CT 1000 x VT 100")
            << qint64(123456) << 3 << qint64(1000) << qint64(1) << qint64(100) << qint64(1)
            << qint64(12345600000000000) << false;
        QTest::newRow("negative x CT 200") << qint64(-42) << 0 << qint64(200) << qint64(1)
                                           << qint64(1) << qint64(1) << qint64(-8400000) << false;
        QTest::newRow("ratio at its bound 2^62")
            << qint64(1) << -3 << (qint64(1) << 31) << qint64(1) << (qint64(1) << 31) << qint64(1)
            << (qint64(1) << 62) << false;
    }

    void converts()
    {
        QFETCH(qint64, raw);
        QFETCH(int, scaler);
        QFETCH(qint64, ctNum);
        QFETCH(qint64, ctDen);
        QFETCH(qint64, vtNum);
        QFETCH(qint64, vtDen);
        QFETCH(qint64, expected);
        QFETCH(bool, rounded);
        const auto value = primaryMilliWattHours(raw, scaler, {ctNum, ctDen}, {vtNum, vtDen});
        QVERIFY(value.has_value());
        QCOMPARE(value->milliWattHours, expected);
        QCOMPARE(value->rounded, rounded);
    }

    void rejectsOverflowAndNonsense()
    {
        QVERIFY(!primaryMilliWattHours(std::numeric_limits<qint64>::max(), 0, {1, 1}, {1, 1}));
        QVERIFY(!primaryMilliWattHours(1, 40, {1, 1}, {1, 1}));
        QVERIFY(!primaryMilliWattHours(1, 0, {0, 1}, {1, 1}));
        // One Wh more than fits in 64 bits of mWh; and a ratio beyond 2^62.
        QVERIFY(!primaryMilliWattHours(9223372036854776, 0, {1, 1}, {1, 1}));
        QVERIFY(!primaryMilliWattHours(0, 0, {qint64(1) << 32, 1}, {qint64(1) << 31, 1}));
        QVERIFY(primaryMilliWattHours(std::numeric_limits<qint64>::max(), -3, {1, 1}, {1, 1}));
    }

    void formatsExactDecimals()
    {
        QCOMPARE(formatFixed(1234567, 6), QStringLiteral("1.234567"));
        QCOMPARE(formatFixed(-5, 3), QStringLiteral("-0.005"));
        QCOMPARE(formatFixed(1200, 2), QStringLiteral("12.00"));
        QCOMPARE(formatFixed(7, 0), QStringLiteral("7"));
        QCOMPARE(formatFixed(std::numeric_limits<qint64>::min(), 0),
                 QStringLiteral("-9223372036854775808"));
    }

    void packsObisCodes()
    {
        QCOMPARE(packObis(QStringLiteral("1.0.1.8.0.255")).value_or(-1), qint64(0x0100010800ff));
        QCOMPARE(packObis(QStringLiteral("1-0:1.8.2*255")).value_or(-1), qint64(0x0100010802ff));
        QCOMPARE(unpackObis(0x0100010800ff), QStringLiteral("1.0.1.8.0.255"));
        QVERIFY(!packObis(QStringLiteral("1.0.1.8.0")));
        QVERIFY(!packObis(QStringLiteral("1.0.1.8.0.256")));
        QCOMPARE(packObis(QStringLiteral(" 0.0.96.3.10.255 ")).value_or(-1),
                 qint64(0x000060030aff));
        QVERIFY(!packObis(QStringLiteral("1.0.1.8.0.255.1")));
        QVERIFY(!packObis(QStringLiteral("1.0.1.8..255")));
        QVERIFY(!packObis(QStringLiteral("1.0.1.8.0.255.")));
        QVERIFY(!packObis(QStringLiteral("1.0.1.8.0/255")));
        QVERIFY(!packObis(QString()));
    }
};

QTEST_GUILESS_MAIN(PrimaryValueTest)
#include "tst_primary_value.moc"
