// IEC HDLC setup and IEC local port setup.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/bytes.h"
#include "protocol/cosem/class_id.h"
#include "protocol/cosem/hdlc_setup.h"
#include "protocol/cosem/iec_local_port_setup.h"

#include <QTest>

using namespace ims;
using namespace ims::cosem;
using axdr::Value;

namespace {

template<typename R>
QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

QByteArray hex(const char *text)
{
    return ims::fromHex(QString::fromLatin1(text));
}

} // namespace

class CosemPortSetupTest : public QObject
{
    Q_OBJECT
private slots:
    void commSpeedTable()
    {
        QCOMPARE(commSpeedBaud(0), std::optional<int>(300));
        QCOMPARE(commSpeedBaud(5), std::optional<int>(9600));
        QCOMPARE(commSpeedBaud(9), std::optional<int>(115200));
        QCOMPARE(commSpeedBaud(10), std::optional<int>());
        QCOMPARE(commSpeedCode(19200), std::optional<quint8>(6));
        QCOMPARE(commSpeedCode(14400), std::optional<quint8>());
    }

    // comm_speed enum, windows unsigned, lengths/timeouts/address long-unsigned.
    void hdlcSetupWireTypes()
    {
        using Attr = ic::IecHdlcSetup::Attr;
        HdlcSetup h;
        h.commSpeed = quint8(CommSpeed::Baud9600);
        h.windowSizeTransmit = 1;
        h.windowSizeReceive = 7;
        h.maxInfoFieldLengthTransmit = 128;
        h.maxInfoFieldLengthReceive = 2030;
        h.interOctetTimeoutMs = 25;
        h.inactivityTimeoutSeconds = 120;
        h.deviceAddress = 0x10;
        QCOMPARE(axdr::encode(h.attribute(Attr::CommSpeed).valueOr({})), hex("16 05"));
        QCOMPARE(axdr::encode(h.attribute(Attr::WindowSizeReceive).valueOr({})), hex("11 07"));
        QCOMPARE(axdr::encode(h.attribute(Attr::MaxInfoFieldLengthReceive).valueOr({})),
                 hex("12 07 EE"));
        QCOMPARE(axdr::encode(h.attribute(Attr::InterOctetTimeOut).valueOr({})), hex("12 00 19"));
        QCOMPARE(axdr::encode(h.attribute(Attr::InactivityTimeOut).valueOr({})), hex("12 00 78"));
        QCOMPARE(axdr::encode(h.attribute(Attr::DeviceAddress).valueOr({})), hex("12 00 10"));
        HdlcSetup back;
        back.deviceAddress = 99;
        for (qint8 i = Attr::CommSpeed; i <= Attr::DeviceAddress; ++i)
            QVERIFY(back.setAttribute(i, h.attribute(i).valueOr({})).ok());
        QCOMPARE(back, h);
        QVERIFY(h.rangeIssues().isEmpty());
        h.windowSizeTransmit = 8;
        h.maxInfoFieldLengthTransmit = 16;
        QCOMPARE(h.rangeIssues().size(), 2);
    }

    void hdlcSetupWrongShapes_data()
    {
        QTest::addColumn<int>("attribute");
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("speed 10") << 2 << Value::enumValue(10)
                                  << QStringLiteral("iec_hdlc_setup.comm_speed");
        QTest::newRow("speed as unsigned")
            << 2 << Value::unsigned8(5) << QStringLiteral("iec_hdlc_setup.comm_speed");
        QTest::newRow("window as long-unsigned")
            << 3 << Value::longUnsigned(1) << QStringLiteral("iec_hdlc_setup.window_size_transmit");
        QTest::newRow("max info as unsigned")
            << 5 << Value::unsigned8(128)
            << QStringLiteral("iec_hdlc_setup.max_info_field_length_transmit");
        QTest::newRow("address as octet-string")
            << 9 << Value::octetString("1") << QStringLiteral("iec_hdlc_setup.device_address");
    }
    void hdlcSetupWrongShapes()
    {
        QFETCH(int, attribute);
        QFETCH(Value, value);
        QFETCH(QString, field);
        HdlcSetup h;
        const Status s = h.setAttribute(qint8(attribute), value);
        QCOMPARE(s.error().kind, ErrorKind::Malformed);
        QVERIFY2(s.error().message.startsWith(field + QLatin1Char(':')), why(s).constData());
        QCOMPARE(h, HdlcSetup{});
    }

    void localPortSetup()
    {
        using Attr = ic::IecLocalPortSetup::Attr;
        IecLocalPortSetup p;
        p.defaultMode = quint8(LocalPortMode::Iec62056_21);
        p.defaultBaud = quint8(CommSpeed::Baud300);
        p.proposedBaud = quint8(CommSpeed::Baud9600);
        p.responseTime = quint8(LocalPortResponseTime::Ms20);
        p.deviceAddress = "12345678";
        p.passwordP1 = "00000000";
        QCOMPARE(axdr::encode(p.attribute(Attr::DefaultMode).valueOr({})), hex("16 00"));
        QCOMPARE(axdr::encode(p.attribute(Attr::PropBaud).valueOr({})), hex("16 05"));
        QCOMPARE(axdr::encode(p.attribute(Attr::ResponseTime).valueOr({})), hex("16 00"));
        QCOMPARE(axdr::encode(p.attribute(Attr::DeviceAddress).valueOr({})),
                 hex("09 08 31 32 33 34 35 36 37 38"));
        IecLocalPortSetup back;
        for (qint8 i = Attr::DefaultMode; i <= Attr::PassW5; ++i)
            QVERIFY(back.setAttribute(i, p.attribute(i).valueOr({})).ok());
        QCOMPARE(back, p);
        const Status mode = back.setAttribute(Attr::DefaultMode, Value::enumValue(3));
        QVERIFY(
            mode.error().message.startsWith(QStringLiteral("iec_local_port_setup.default_mode:")));
        const Status response = back.setAttribute(Attr::ResponseTime, Value::enumValue(2));
        QVERIFY(response.error().message.startsWith(
            QStringLiteral("iec_local_port_setup.response_time:")));
        const Status pass = back.setAttribute(Attr::PassP1, Value::visibleString("1"));
        QVERIFY(pass.error().message.startsWith(QStringLiteral("iec_local_port_setup.pass_p1:")));
        QCOMPARE(back, p);
        QCOMPARE(back.setAttribute(10, Value()).error().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(CosemPortSetupTest)
#include "tst_cosem_port_setup.moc"
