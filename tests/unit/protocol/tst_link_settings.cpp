// The link address forms of the CLI and the stored channel configuration:
// tcp:HOST:PORT, serial:DEV[:BAUD[:8N1]][:options], optical:DEV[:MAXBAUD],
// memory:NAME. Every accepted row states the fields it must produce.
#include "protocol/link/link_settings.h"

#include <QTest>

using namespace ims;
using namespace ims::link;

class LinkSettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndPrints_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");   // toString()
        QTest::addColumn<QString>("description"); // describe()

        QTest::newRow("tcp") << QStringLiteral("tcp:127.0.0.1:4059")
                             << QStringLiteral("tcp:127.0.0.1:4059")
                             << QStringLiteral("tcp 127.0.0.1:4059");
        QTest::newRow("tcp host name, upper-case scheme, spaces")
            << QStringLiteral("  TCP:router-7.example:10001 ")
            << QStringLiteral("tcp:router-7.example:10001")
            << QStringLiteral("tcp router-7.example:10001");
        QTest::newRow("tcp ipv6") << QStringLiteral("tcp:[::1]:4059")
                                  << QStringLiteral("tcp:[::1]:4059")
                                  << QStringLiteral("tcp [::1]:4059");
        QTest::newRow("serial device only") << QStringLiteral("serial:/dev/ttyUSB0")
                                            << QStringLiteral("serial:/dev/ttyUSB0:9600:8N1")
                                            << QStringLiteral("serial /dev/ttyUSB0 9600 8N1");
        QTest::newRow("serial baud") << QStringLiteral("serial:/dev/ttyS1:19200")
                                     << QStringLiteral("serial:/dev/ttyS1:19200:8N1")
                                     << QStringLiteral("serial /dev/ttyS1 19200 8N1");
        QTest::newRow("serial 7E1 lower case") << QStringLiteral("serial:/dev/ttyS1:300:7e1")
                                               << QStringLiteral("serial:/dev/ttyS1:300:7E1")
                                               << QStringLiteral("serial /dev/ttyS1 300 7E1");
        QTest::newRow("serial 8O2")
            << QStringLiteral("serial:COM3:115200:8O2") << QStringLiteral("serial:COM3:115200:8O2")
            << QStringLiteral("serial COM3 115200 8O2");
        QTest::newRow("serial rs485 options")
            << QStringLiteral("serial:/dev/ttyUSB1:9600:8N1:gap=5:echo")
            << QStringLiteral("serial:/dev/ttyUSB1:9600:8N1:gap=5:echo")
            << QStringLiteral("serial /dev/ttyUSB1 9600 8N1 rs485");
        QTest::newRow("serial flow control") << QStringLiteral("serial:/dev/ttyS0:38400:8N1:rtscts")
                                             << QStringLiteral("serial:/dev/ttyS0:38400:8N1:rtscts")
                                             << QStringLiteral("serial /dev/ttyS0 38400 8N1");
        QTest::newRow("optical") << QStringLiteral("optical:/dev/ttyUSB2")
                                 << QStringLiteral("optical:/dev/ttyUSB2")
                                 << QStringLiteral("optical /dev/ttyUSB2");
        QTest::newRow("optical max baud") << QStringLiteral("optical:/dev/ttyUSB2:19200")
                                          << QStringLiteral("optical:/dev/ttyUSB2:19200")
                                          << QStringLiteral("optical /dev/ttyUSB2");
        QTest::newRow("memory") << QStringLiteral("memory:meter-42")
                                << QStringLiteral("memory:meter-42")
                                << QStringLiteral("memory meter-42");
    }

    void parsesAndPrints()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        QFETCH(QString, description);

        const Result<LinkSettings> parsed = LinkSettings::parse(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->toString(), canonical);
        QCOMPARE(parsed->describe(), description);

        // The canonical form reads back to the same value.
        const Result<LinkSettings> again = LinkSettings::parse(canonical);
        QVERIFY(again.ok());
        QVERIFY(*again == *parsed);
    }

    void tcpFields()
    {
        const auto parsed = LinkSettings::parse(QStringLiteral("tcp:10.1.2.3:65535"));
        QVERIFY(parsed.ok());
        const TcpSettings *tcp = parsed->get<TcpSettings>();
        QVERIFY(tcp);
        QCOMPARE(tcp->host, QStringLiteral("10.1.2.3"));
        QCOMPARE(tcp->port, quint16(65535));
    }

    void serialFields()
    {
        const auto parsed = LinkSettings::parse(
            QStringLiteral("serial:/dev/ttyUSB0:2400:7E2:xonxoff:gap=12:echo"));
        QVERIFY(parsed.ok());
        const SerialSettings *s = parsed->get<SerialSettings>();
        QVERIFY(s);
        QCOMPARE(s->device, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(s->baud, 2400);
        QCOMPARE(s->dataBits, 7);
        QCOMPARE(s->parity, Parity::Even);
        QCOMPARE(s->stopBits, 2);
        QCOMPARE(s->flowControl, FlowControl::Software);
        QCOMPARE(s->rs485.interFrameGapMs, 12);
        QCOMPARE(s->rs485.suppressEcho, true);
    }

    void serialDefaults()
    {
        const auto parsed = LinkSettings::parse(QStringLiteral("serial:/dev/ttyS3"));
        QVERIFY(parsed.ok());
        const SerialSettings *s = parsed->get<SerialSettings>();
        QVERIFY(s);
        QCOMPARE(s->baud, 9600);
        QCOMPARE(s->dataBits, 8);
        QCOMPARE(s->parity, Parity::None);
        QCOMPARE(s->stopBits, 1);
        QCOMPARE(s->flowControl, FlowControl::None);
        QCOMPARE(s->rs485.interFrameGapMs, 0);
        QCOMPARE(s->rs485.suppressEcho, false);
    }

    void opticalFields()
    {
        const auto parsed = LinkSettings::parse(QStringLiteral("optical:/dev/ttyUSB5"));
        QVERIFY(parsed.ok());
        const OpticalSettings *o = parsed->get<OpticalSettings>();
        QVERIFY(o);
        QCOMPARE(o->device, QStringLiteral("/dev/ttyUSB5"));
        QCOMPARE(o->initialBaud, 300); // IEC 62056-21 sign-on speed
        QCOMPARE(o->maxBaud, 9600);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions"); // the message must contain this

        QTest::newRow("empty") << QString() << QStringLiteral("expected tcp:HOST:PORT");
        QTest::newRow("no scheme")
            << QStringLiteral("/dev/ttyUSB0") << QStringLiteral("expected tcp:HOST:PORT");
        QTest::newRow("unknown scheme")
            << QStringLiteral("udp:1.2.3.4:5") << QStringLiteral("unknown link type \"udp\"");
        QTest::newRow("tcp no port")
            << QStringLiteral("tcp:10.0.0.1") << QStringLiteral("expected tcp:HOST:PORT");
        QTest::newRow("tcp empty host")
            << QStringLiteral("tcp::4059") << QStringLiteral("host name is empty");
        QTest::newRow("tcp port zero") << QStringLiteral("tcp:h:0") << QStringLiteral("1 to 65535");
        QTest::newRow("tcp port too big")
            << QStringLiteral("tcp:h:65536") << QStringLiteral("1 to 65535");
        QTest::newRow("tcp port not a number")
            << QStringLiteral("tcp:h:http") << QStringLiteral("1 to 65535");
        QTest::newRow("tcp signed port")
            << QStringLiteral("tcp:h:+80") << QStringLiteral("1 to 65535");
        QTest::newRow("tcp bare ipv6")
            << QStringLiteral("tcp:::1:4059") << QStringLiteral("IPv6 address in brackets");
        QTest::newRow("tcp unclosed bracket")
            << QStringLiteral("tcp:[::1:4059") << QStringLiteral("tcp:[IPv6]:PORT");
        QTest::newRow("serial no device")
            << QStringLiteral("serial:") << QStringLiteral("serial device is empty");
        QTest::newRow("serial baud zero")
            << QStringLiteral("serial:/dev/ttyS0:0") << QStringLiteral("baud rate 0 is outside");
        QTest::newRow("serial baud huge") << QStringLiteral("serial:/dev/ttyS0:99999999")
                                          << QStringLiteral("baud rate 99999999 is outside");
        QTest::newRow("serial 6 data bits") << QStringLiteral("serial:/dev/ttyS0:9600:6N1")
                                            << QStringLiteral("only 7 or 8 data bits");
        QTest::newRow("serial bad format")
            << QStringLiteral("serial:/dev/ttyS0:9600:8X1") << QStringLiteral("unexpected \"8X1\"");
        QTest::newRow("serial 3 stop bits")
            << QStringLiteral("serial:/dev/ttyS0:9600:8N3") << QStringLiteral("unexpected \"8N3\"");
        QTest::newRow("serial two bauds") << QStringLiteral("serial:/dev/ttyS0:9600:4800")
                                          << QStringLiteral("unexpected \"4800\"");
        QTest::newRow("serial baud after format") << QStringLiteral("serial:/dev/ttyS0:8N1:9600")
                                                  << QStringLiteral("unexpected \"9600\"");
        QTest::newRow("serial unknown option") << QStringLiteral("serial:/dev/ttyS0:9600:8N1:fast")
                                               << QStringLiteral("unexpected \"fast\"");
        QTest::newRow("serial both flow controls")
            << QStringLiteral("serial:/dev/ttyS0:9600:8N1:rtscts:xonxoff")
            << QStringLiteral("unexpected \"xonxoff\"");
        QTest::newRow("serial gap too long")
            << QStringLiteral("serial:/dev/ttyS0:gap=20000") << QStringLiteral("at most 10000 ms");
        QTest::newRow("optical no device")
            << QStringLiteral("optical:") << QStringLiteral("optical probe device is empty");
        QTest::newRow("optical max below 300")
            << QStringLiteral("optical:/dev/ttyUSB0:200") << QStringLiteral("from 300 to");
        QTest::newRow("optical extra") << QStringLiteral("optical:/dev/ttyUSB0:9600:7E1")
                                       << QStringLiteral("expected optical:DEV[:MAXBAUD]");
        QTest::newRow("memory no name")
            << QStringLiteral("memory:") << QStringLiteral("memory link name is empty");
    }

    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);

        const Result<LinkSettings> parsed = LinkSettings::parse(input);
        QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed->toString() : QString()));
        QCOMPARE(parsed.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
        // The message quotes what the user typed, so they can find the mistake.
        QVERIFY2(parsed.error().message.contains(input.trimmed()),
                 qPrintable(parsed.error().message));
    }

    void lineFormatNames()
    {
        QCOMPARE(lineFormat(8, Parity::None, 1), QStringLiteral("8N1"));
        QCOMPARE(lineFormat(7, Parity::Even, 1), QStringLiteral("7E1"));
        QCOMPARE(lineFormat(8, Parity::Odd, 2), QStringLiteral("8O2"));
    }
};

QTEST_GUILESS_MAIN(LinkSettingsTest)
#include "tst_link_settings.moc"
