// IEC 62056-21 data-set lines, exact decimals and stream framing beyond the
// golden vectors: the standard forms named in IEC 62056-21 / 62056-6-1 and
// hostile input.
#include "protocol/iec62056_21/data_set.h"
#include "protocol/iec62056_21/iec21_messages.h"

#include <QTest>

using namespace ims::iec21;
using ims::ErrorKind;
using namespace Qt::Literals::StringLiterals;

class TestIec21DataSet : public QObject
{
    Q_OBJECT

private slots:
    void exactDecimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("mantissa");
        QTest::addColumn<int>("exponent");
        QTest::newRow("energy") << u"061561.289"_s << qint64(61561289) << -3;
        QTest::newRow("integer") << u"029"_s << qint64(29) << 0;
        QTest::newRow("negative") << u"-0012.340"_s << qint64(-12340) << -3;
        QTest::newRow("plus") << u"+5.3"_s << qint64(53) << -1;
        QTest::newRow("trailing point") << u"7."_s << qint64(7) << 0;
        QTest::newRow("18 digits") << u"999999999999999999"_s << qint64(999999999999999999LL) << 0;
        // A double would round this one; the text must survive exactly.
        QTest::newRow("beyond double") << u"16907.9477764123"_s << qint64(169079477764123LL) << -10;
    }
    void exactDecimal()
    {
        QFETCH(QString, text);
        QFETCH(qint64, mantissa);
        QFETCH(int, exponent);
        auto d = parseExactDecimal(text);
        QVERIFY(d.ok());
        QCOMPARE(d->mantissa, mantissa);
        QCOMPARE(d->exponent, exponent);
    }

    void exactDecimalRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << QString() << int(ErrorKind::Malformed);
        QTest::newRow("sign only") << u"-"_s << int(ErrorKind::Malformed);
        QTest::newRow("two points") << u"1.2.3"_s << int(ErrorKind::Malformed);
        QTest::newRow("time") << u"23:38:27"_s << int(ErrorKind::Malformed);
        QTest::newRow("exponent") << u"1E3"_s << int(ErrorKind::Malformed);
        QTest::newRow("too long") << u"99999999999999999999"_s << int(ErrorKind::TooLarge);
    }
    void exactDecimalRejects()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        auto d = parseExactDecimal(text);
        QVERIFY(!d.ok());
        QCOMPARE(int(d.error().kind), kind);
    }

    void iecLines()
    {
        auto values
            = parseDataSets("1.8.0(061561.289*kWh)\r\n0.9.1(23:38:27)\r\nC.1.0(12345678)\r\n"
                            "1-0:1.8.1*255(001234.5*kWh)\r\nP.01(2311010000)(00)(15)\r\n"
                            "1-1:1.8.0(5*kWh)\r\n!\r\nnot data",
                            Dialect::Iec);
        QVERIFY(values.ok());
        QCOMPARE(values->size(), 8);
        QCOMPARE(values->at(0).code, u"1.8.0"_s);
        QCOMPARE(values->at(0).value, u"061561.289"_s);
        QCOMPARE(values->at(0).unit, u"kWh"_s);
        QCOMPARE(values->at(1).value, u"23:38:27"_s);
        QCOMPARE(values->at(1).unit, QString());
        QCOMPARE(values->at(2).code, u"C.1.0"_s);
        QCOMPARE(values->at(3).code, u"1.8.1"_s);
        QCOMPARE(values->at(3).originalCode, u"1-0:1.8.1*255"_s);
        QCOMPARE(values->at(3).value, u"001234.5"_s);
        // Several groups on one address: same code, increasing index.
        QCOMPARE(values->at(6).code, u"P.01"_s);
        QCOMPARE(values->at(6).value, u"15"_s);
        QCOMPARE(values->at(6).index, 2);
        // Another channel keeps its full address.
        QCOMPARE(values->at(7).code, u"1-1:1.8.0"_s);
    }

    void malformedLines_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("kind");
        QTest::newRow("unclosed") << QByteArray("1.8.0(0615") << int(ErrorKind::Malformed);
        QTest::newRow("no value") << QByteArray("1.8.0\r\n") << int(ErrorKind::Malformed);
        QTest::newRow("stray close") << QByteArray("1.8.0(1))") << int(ErrorKind::Malformed);
        QTest::newRow("control char") << QByteArray("1.8.0(1\x01)") << int(ErrorKind::Malformed);
        QTest::newRow("long address") << QByteArray(40, 'A') + "(1)" << int(ErrorKind::TooLarge);
        QTest::newRow("long value")
            << "1.8.0(" + QByteArray(300, '1') + ")" << int(ErrorKind::TooLarge);
    }
    void malformedLines()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, kind);
        auto values = parseDataSets(data, Dialect::Iec);
        QVERIFY(!values.ok());
        QCOMPARE(int(values.error().kind), kind);
    }

    void valueCountIsBounded()
    {
        QByteArray many;
        for (int i = 0; i < 20; ++i)
            many += "(1)";
        DataSetLimits limits;
        limits.maxValues = 10;
        auto values = parseDataSets("X" + many, Dialect::Iec, limits);
        QVERIFY(!values.ok());
        QCOMPARE(values.error().kind, ErrorKind::TooLarge);
        // Neva's comma lists count value by value.
        auto neva = parseDataSets("0F0880FF(1,2,3,4,5,6,7,8,9,10,11)", Dialect::Neva, limits);
        QVERIFY(!neva.ok());
    }

    void nevaAddresses()
    {
        QCOMPARE(nevaAddress(16, 7, 0), QByteArray("100700FF"));
        QCOMPARE(nevaAddress(15, 8, 0x80), QByteArray("0F0880FF"));
        QCOMPARE(nevaObis(u"0F0880FF", 3), u"15.8.3"_s);
        QCOMPARE(nevaObis(u"600900FF", 0), u"96.9.0"_s);
        QCOMPARE(nevaObis(u"01080101", 0), u"1.8.1*1"_s);
        QCOMPARE(nevaObis(u"0F0880F", 0), QString());
        QCOMPARE(nevaObis(u"0G0880FF", 0), QString());
    }

    void energomeraCodes()
    {
        QCOMPARE(canonicalCode(Dialect::Energomera, u"ET0PE", 0, 6), u"1.8.0"_s);
        QCOMPARE(canonicalCode(Dialect::Energomera, u"ET0PE", 4, 6), u"1.8.4"_s);
        QCOMPARE(canonicalCode(Dialect::Energomera, u"CURRE", 2, 3), u"71.7.0"_s);
        QCOMPARE(canonicalCode(Dialect::Energomera, u"FREQU", 0, 1), u"14.7.0"_s);
        QCOMPARE(canonicalCode(Dialect::Energomera, u"ENMPE", 0, 6), u"ENMPE"_s);
        QCOMPARE(impliedUnit(Dialect::Energomera, u"ENMPE"), u"kWh"_s);
        QCOMPARE(canonicalCode(Dialect::Energomera, u"XXXXX", 0, 1), u"XXXXX"_s);
    }

    void dialectDetection_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("dialect");
        QTest::newRow("CE303") << QByteArray("/EKT5CE303v10\r\n") << int(Dialect::Energomera);
        QTest::newRow("EGM") << QByteArray("/EGM5CE102\r\n") << int(Dialect::Energomera);
        QTest::newRow("Neva MT1") << QByteArray("/TPC5NEVAMT124\r\n") << int(Dialect::Neva);
        QTest::newRow("NEV") << QByteArray("/NEV5MT\r\n") << int(Dialect::Neva);
        QTest::newRow("Elster") << QByteArray("/Els6\\2EK280\r\n") << int(Dialect::Iec);
        QTest::newRow("Iskra") << QByteArray("/ISk5MT174-0001\r\n") << int(Dialect::Iec);
    }
    void dialectDetection()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, dialect);
        auto id = parseIdentification(line);
        QVERIFY(id.ok());
        QCOMPARE(int(detectDialect(*id)), dialect);
    }

    void identificationForms()
    {
        auto modeB = parseIdentification("/ABCEMETER\r\n");
        QVERIFY(modeB.ok());
        QCOMPARE(modeB->baudMode, BaudMode::B);
        QCOMPARE(modeB->maxBaud, 9600);
        auto modeA = parseIdentification("/ABC@METER\r\n");
        QVERIFY(modeA.ok());
        QCOMPARE(modeA->baudMode, BaudMode::A);
        QCOMPARE(modeA->maxBaud, 300);
        QVERIFY(!parseIdentification("/AB1\r\n").ok());
        QVERIFY(!parseIdentification("/A1C5X\r\n").ok());
        QVERIFY(!parseIdentification("/ABC5X\x01\r\n").ok());
    }

    void scanning()
    {
        QCOMPARE(scanBlock("\x02"
                           "1.8.0(1)",
                           100)
                     .status,
                 ScanStatus::NeedMore);
        QCOMPARE(scanBlock("\x02"
                           "1.8.0(1)\x03",
                           100)
                     .status,
                 ScanStatus::NeedMore);
        const Scan whole = scanBlock("\x02"
                                     "1.8.0(1)\x03"
                                     "Xrest",
                                     100);
        QCOMPARE(whole.status, ScanStatus::Complete);
        QCOMPARE(whole.length, 11);
        QCOMPARE(scanBlock("\x06", 100).length, 1);
        QCOMPARE(scanBlock("\x02"
                           "1234567890",
                           5)
                     .status,
                 ScanStatus::Invalid);
        QCOMPARE(scanLine("/ABC5X\r", 100).status, ScanStatus::NeedMore);
        QCOMPARE(scanLine("/ABC5X\n", 100).status, ScanStatus::Invalid);
        QCOMPARE(scanLine("/ABC5X\r\n", 100).length, 8);
        // Too long without LF: all of it must be dropped, not zero bytes.
        const Scan tooLong = scanLine("/ABC5XXXXXXX", 8);
        QCOMPARE(tooLong.status, ScanStatus::Invalid);
        QCOMPARE(tooLong.length, 12);
    }

    void signOnAddressRules()
    {
        QVERIFY(!signOnRequest(QByteArray(33, '1')).ok());
        QVERIFY(!signOnRequest("12!34").ok());
        QCOMPARE(signOnRequest("0001 A").value(), QByteArray("/?0001 A!\r\n"));
        QCOMPARE(parseSignOnRequest("/?0001 A!\r\n").value(), QByteArray("0001 A"));
    }
};

QTEST_GUILESS_MAIN(TestIec21DataSet)
#include "tst_iec21_data_set.moc"
