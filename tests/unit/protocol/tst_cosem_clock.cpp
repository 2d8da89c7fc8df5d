// Clock attributes and shift_time.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/bytes.h"
#include "protocol/cosem/class_id.h"
#include "protocol/cosem/clock.h"
#include "support/apdu_test_support.h"

#include <QTest>

using namespace ims;
using namespace ims::cosem;
using axdr::Value;
using Attr = ic::Clock::Attr;

namespace {

QByteArray vectorApdu(const QString &id)
{
    for (const auto &v : testing::apdu::vectorApdus()) {
        if (v.id == id)
            return v.apdu;
    }
    return {};
}

template<typename R>
QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

// The Data of a GET.response-normal success: C4 01 <invoke> 00 <data>.
Value responseData(const QString &id)
{
    const QByteArray apdu = vectorApdu(id);
    if (apdu.size() < 5 || quint8(apdu[0]) != 0xC4 || apdu[1] != 1 || apdu[3] != 0)
        return Value::dontCare();
    return axdr::decodeAll(apdu.mid(4)).valueOr(Value::dontCare());
}

} // namespace

class CosemClockTest : public QObject
{
    Q_OBJECT
private slots:
    // gx-get-clock-2-resp: octet-string(12) 2026-11-21 (day 6) 23:38:27.00,
    // deviation 0, status 0x00.
    void goldenTime()
    {
        const Value v = responseData(QStringLiteral("gx-get-clock-2-resp"));
        QCOMPARE(v.type(), axdr::DataType::OctetString);
        Clock clock;
        const Status s = clock.setAttribute(Attr::Time, v);
        QVERIFY2(s.ok(), why(s).constData());
        QCOMPARE(clock.time.date, (axdr::CosemDate{2026, 11, 21, 6}));
        QCOMPARE(clock.time.time, (axdr::CosemTime{23, 38, 27, 0}));
        QCOMPARE(clock.time.deviation, qint16(0));
        QCOMPARE(clock.time.clockStatus, quint8(0));
        QCOMPARE(clock.attribute(Attr::Time).valueOr({}), v);
    }

    // clock-resp-apdu: deviation 0xFE98 = -360, status 0x01 (invalid value).
    void goldenStatusBits()
    {
        const Value v = responseData(QStringLiteral("clock-resp-apdu"));
        Clock clock;
        QVERIFY(clock.setAttribute(Attr::Time, v).ok());
        QCOMPARE(clock.time.deviation, qint16(-360));
        const ClockStatus status{clock.time.clockStatus};
        QVERIFY(status.has(ClockStatus::InvalidValue));
        QVERIFY(!status.has(ClockStatus::DaylightSavingActive));
        QCOMPARE(status.names(), QStringList{QStringLiteral("invalid value")});
    }

    // gx-get-clock-3-resp: time_zone long 0.
    void goldenTimeZone()
    {
        const Value v = responseData(QStringLiteral("gx-get-clock-3-resp"));
        QCOMPARE(v, Value::long16(0));
        Clock clock;
        clock.timeZone = 99;
        QVERIFY(clock.setAttribute(Attr::TimeZone, v).ok());
        QCOMPARE(clock.timeZone, qint16(0));
    }

    void attributesEncodeWithBlueBookTypes()
    {
        Clock c;
        c.timeZone = -180;
        c.status.bits = ClockStatus::DaylightSavingActive | ClockStatus::DoubtfulValue;
        c.daylightSavingsDeviation = 60;
        c.daylightSavingsEnabled = true;
        c.clockBase = quint8(ClockBase::Mains50Hz);
        QCOMPARE(axdr::encode(c.attribute(Attr::TimeZone).valueOr({})), ims::fromHex(u"10 FF 4C"));
        QCOMPARE(axdr::encode(c.attribute(Attr::Status).valueOr({})), ims::fromHex(u"11 82"));
        QCOMPARE(axdr::encode(c.attribute(Attr::DaylightSavingsDeviation).valueOr({})),
                 ims::fromHex(u"0F 3C"));
        QCOMPARE(axdr::encode(c.attribute(Attr::DaylightSavingsEnabled).valueOr({})),
                 ims::fromHex(u"03 01"));
        QCOMPARE(axdr::encode(c.attribute(Attr::ClockBase).valueOr({})), ims::fromHex(u"16 02"));
        QCOMPARE(c.attribute(Attr::DaylightSavingsBegin).valueOr({}).type(),
                 axdr::DataType::OctetString);
        QCOMPARE(c.attribute(Attr::DaylightSavingsBegin).valueOr({}).bytes().size(), 12);
        QCOMPARE(c.attribute(10).error().kind, ErrorKind::NotFound);
        // Round trip through the simulator's side.
        Clock back;
        for (qint8 i = Attr::Time; i <= Attr::ClockBase; ++i)
            QVERIFY(back.setAttribute(i, c.attribute(i).valueOr({})).ok());
        QCOMPARE(back, c);
    }

    void wrongShapes_data()
    {
        QTest::addColumn<int>("attribute");
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("time as date-time of 11 octets")
            << int(Attr::Time) << Value::octetString(QByteArray(11, '\0'))
            << QStringLiteral("clock.time");
        QTest::newRow("time with month 13")
            << int(Attr::Time) << Value::octetString(ims::fromHex(u"07EA0D01FF000000000000FF"))
            << QStringLiteral("clock.time");
        QTest::newRow("time zone as long-unsigned")
            << int(Attr::TimeZone) << Value::longUnsigned(0) << QStringLiteral("clock.time_zone");
        QTest::newRow("status as enum")
            << int(Attr::Status) << Value::enumValue(0) << QStringLiteral("clock.status");
        QTest::newRow("clock base 6")
            << int(Attr::ClockBase) << Value::enumValue(6) << QStringLiteral("clock.clock_base");
    }
    void wrongShapes()
    {
        QFETCH(int, attribute);
        QFETCH(Value, value);
        QFETCH(QString, field);
        Clock c;
        const Clock before = c;
        const Status s = c.setAttribute(qint8(attribute), value);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Malformed);
        QVERIFY2(s.error().message.startsWith(field + QLatin1Char(':')), why(s).constData());
        QCOMPARE(c, before); // nothing half-applied
    }

    void taggedDateTimeIsAccepted()
    {
        axdr::CosemDateTime t;
        t.date = {2026, 1, 2, 5};
        t.time = {3, 4, 5, 0};
        t.deviation = -180;
        t.clockStatus = 0;
        Clock c;
        QVERIFY(c.setAttribute(Attr::Time, Value::dateTime(t)).ok());
        QCOMPARE(c.time, t);
        // Encoding always uses the Blue Book octet-string form.
        QCOMPARE(c.attribute(Attr::Time).valueOr({}), Value::octetString(t.toOctets()));
    }

    void shiftTime_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("ok");
        QTest::newRow("zero") << 0 << true;
        QTest::newRow("+900") << 900 << true;
        QTest::newRow("-900") << -900 << true;
        QTest::newRow("+901") << 901 << false;
        QTest::newRow("-901") << -901 << false;
        QTest::newRow("an hour") << 3600 << false;
    }
    void shiftTime()
    {
        QFETCH(int, seconds);
        QFETCH(bool, ok);
        const auto p = Clock::shiftTimeParameter(seconds);
        QCOMPARE(p.ok(), ok);
        if (ok) {
            QCOMPARE(*p, Value::long16(qint16(seconds)));
            QCOMPARE(Clock::shiftTimeFromParameter(*p).valueOr(-1), qint16(seconds));
        } else {
            QCOMPARE(p.error().kind, ErrorKind::InvalidArgument);
            QVERIFY(!Clock::shiftTimeFromParameter(Value::long16(qint16(seconds))).ok());
        }
    }

    void shiftTimeEncoding()
    {
        QCOMPARE(axdr::encode(Clock::shiftTimeParameter(-30).valueOr({})),
                 ims::fromHex(u"10 FF E2"));
        QVERIFY(!Clock::shiftTimeFromParameter(Value::doubleLong(10)).ok());
        QVERIFY(Clock::shiftTimeParameter(1200, 3600).ok()); // a configurable limit
    }
};

QTEST_GUILESS_MAIN(CosemClockTest)
#include "tst_cosem_clock.moc"
