// RS-485 echo suppression as plain logic: exactly the echo of what we wrote is
// removed, however the received stream is chunked, and nothing else is lost.
#include "protocol/core/bytes.h"
#include "protocol/link/echo_suppressor.h"

#include <QTest>

using namespace ims;
using namespace ims::link;

class EchoSuppressorTest : public QObject
{
    Q_OBJECT

private slots:
    void filters_data()
    {
        QTest::addColumn<QStringList>("written");  // frames we wrote, hex
        QTest::addColumn<QStringList>("received"); // chunks as they arrived, hex
        QTest::addColumn<QString>("delivered");    // what the upper layer gets, hex
        QTest::addColumn<int>("dropped");

        const QString request = QStringLiteral("7E A0 07 03 21 93 0F 01 7E");
        const QString response = QStringLiteral("7E A0 07 21 03 73 A5 F2 7E");

        QTest::newRow("echo then response, one chunk")
            << QStringList{request} << QStringList{request + u' ' + response} << response << 9;
        QTest::newRow("echo split across chunks")
            << QStringList{request}
            << QStringList{QStringLiteral("7E A0"), QStringLiteral("07 03 21 93"),
                           QStringLiteral("0F 01 7E 7E A0 07 21"), QStringLiteral("03 73 A5 F2 7E")}
            << response << 9;
        QTest::newRow("no echo; response shares a prefix")
            << QStringList{request} << QStringList{response} << response << 0;
        QTest::newRow("no echo; shared prefix ends a chunk")
            << QStringList{request}
            << QStringList{QStringLiteral("7E A0 07"), QStringLiteral("21 03 73 A5 F2 7E")}
            << response << 0;
        QTest::newRow("two frames echoed back to back")
            << QStringList{QStringLiteral("01 02"), QStringLiteral("03 04")}
            << QStringList{QStringLiteral("01 02 03"), QStringLiteral("04 AA")}
            << QStringLiteral("AA") << 4;
        QTest::newRow("damaged echo is delivered, not eaten")
            << QStringList{QStringLiteral("01 02 03")} << QStringList{QStringLiteral("01 FF 03 AA")}
            << QStringLiteral("01 FF 03 AA") << 0;
        QTest::newRow("nothing written") << QStringList{} << QStringList{QStringLiteral("01 02")}
                                         << QStringLiteral("01 02") << 0;
        QTest::newRow("echo of a repeated byte pattern")
            << QStringList{QStringLiteral("7E 7E 7E")} << QStringList{QStringLiteral("7E 7E 7E 7E")}
            << QStringLiteral("7E") << 3;
    }

    void filters()
    {
        QFETCH(QStringList, written);
        QFETCH(QStringList, received);
        QFETCH(QString, delivered);
        QFETCH(int, dropped);

        EchoSuppressor echo;
        for (const QString &frame : written)
            echo.expect(fromHex(frame));
        QByteArray out;
        for (const QString &chunk : received)
            out += echo.filter(fromHex(chunk));
        QCOMPARE(toSpacedHex(out), toSpacedHex(fromHex(delivered)));
        QCOMPARE(echo.echoBytesDropped(), quint64(dropped));
        QVERIFY(!echo.isHolding());
    }

    void holdsAPartialEchoUntilReleased()
    {
        EchoSuppressor echo;
        echo.expect(fromHex(u"01 02 03 04"));
        QCOMPARE(echo.filter(fromHex(u"01 02")), QByteArray());
        QVERIFY(echo.isHolding());
        QCOMPARE(echo.remainingOfCurrentFrame(), 2);
        // The rest never comes (e.g. the meter answered with a prefix of our
        // frame and fell silent): the link gives up and gets the bytes back.
        QCOMPARE(echo.release(), fromHex(u"01 02"));
        QVERIFY(!echo.isHolding());
        QVERIFY(!echo.isExpecting());
        QCOMPARE(echo.filter(fromHex(u"03 04")), fromHex(u"03 04"));
    }
};

QTEST_GUILESS_MAIN(EchoSuppressorTest)
#include "tst_echo_suppressor.moc"
