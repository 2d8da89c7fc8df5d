// COSEM date-time (IEC 62056-6-2 4.1.6.1): the 12 octets, don't-care
// fields, the deviation sign (UTC = local + deviation; a meter at UTC+3
// sends -180), conversion to absolute time and the ISO text.
#include "protocol/axdr/cosem_datetime.h"
#include "protocol/axdr/datetime_text.h"
#include "protocol/core/bytes.h"

#include <QTest>
#include <QTimeZone>

using namespace ims;
using namespace ims::axdr;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ims::axdr::CosemDateTime)

namespace {

QByteArray hex(const char *text)
{
    return fromHex(QString::fromLatin1(text));
}

CosemDateTime dateTime(quint16 y, quint8 mo, quint8 d, quint8 dow, quint8 h, quint8 mi, quint8 s,
                       quint8 hs, qint16 dev, quint8 status)
{
    return CosemDateTime{{y, mo, d, dow}, {h, mi, s, hs}, dev, status};
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

class TestCosemDateTime : public QObject
{
    Q_OBJECT

private slots:
    void octets_data();
    void octets();
    void rejectsOutOfRangeOctets_data();
    void rejectsOutOfRangeOctets();
    void toQDateTime_data();
    void toQDateTime();
    void unspecifiedIsNotAnInstant_data();
    void unspecifiedIsNotAnInstant();
    void fromQDateTime();
    void isoText_data();
    void isoText();
    void parseText_data() { isoText_data(); }
    void parseText();
    void parseRejects_data();
    void parseRejects();
    void dateAndTimeText();
};

// The 12 octets as the vectors carry them, and the fields they mean.
void TestCosemDateTime::octets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CosemDateTime>("expected");

    QTest::newRow("clock-resp-apdu")
        << hex("07EA04040604042B00FE9801") << dateTime(2026, 4, 4, 6, 4, 4, 43, 0, -360, 0x01);
    QTest::newRow("gx-get-clock-2-resp")
        << hex("07EA0B150617261B00000000") << dateTime(2026, 11, 21, 6, 23, 38, 27, 0, 0, 0x00);
    QTest::newRow("profile row") << hex("07EA071F05052D0000000000")
                                 << dateTime(2026, 7, 31, 5, 5, 45, 0, 0, 0, 0x00);
    QTest::newRow("all unspecified") << hex("FFFFFFFFFFFFFFFFFF8000FF") << CosemDateTime{};
    QTest::newRow("Moscow, hundredths unspecified")
        << hex("07EA0B1506172627FFFF4C80")
        << dateTime(2026, 11, 21, 6, 23, 38, 39, 0xFF, -180, 0x80);
    QTest::newRow("DST begin, last day")
        << hex("FFFFFEFEFF020000008000FF")
        << dateTime(0xFFFF, 0xFE, 0xFE, 0xFF, 2, 0, 0, 0, qint16(0x8000), 0xFF);
    QTest::newRow("deviation +840 limit") << hex("07EA010104000000000348"
                                                 "00")
                                          << dateTime(2026, 1, 1, 4, 0, 0, 0, 0, 840, 0x00);
    QTest::newRow("deviation -720 limit") << hex("07EA01010400000000FD30"
                                                 "00")
                                          << dateTime(2026, 1, 1, 4, 0, 0, 0, 0, -720, 0x00);
}

void TestCosemDateTime::octets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CosemDateTime, expected);
    const auto dt = CosemDateTime::fromOctets(bytes);
    QVERIFY(dt.has_value());
    QCOMPARE(dt->date.year, expected.date.year);
    QCOMPARE(dt->date.month, expected.date.month);
    QCOMPARE(dt->date.day, expected.date.day);
    QCOMPARE(dt->date.dayOfWeek, expected.date.dayOfWeek);
    QCOMPARE(dt->time.hour, expected.time.hour);
    QCOMPARE(dt->time.minute, expected.time.minute);
    QCOMPARE(dt->time.second, expected.time.second);
    QCOMPARE(dt->time.hundredths, expected.time.hundredths);
    QCOMPARE(dt->deviation, expected.deviation);
    QCOMPARE(dt->clockStatus, expected.clockStatus);
    QCOMPARE(expected.toOctets().toHex(), bytes.toHex());
}

void TestCosemDateTime::rejectsOutOfRangeOctets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("11 bytes") << hex("07EA0B150617261B000000");
    QTest::newRow("13 bytes") << hex("07EA0B150617261B0000000000");
    QTest::newRow("month 0") << hex("07EA00150617261B00000000");
    QTest::newRow("month 13") << hex("07EA0D150617261B00000000");
    QTest::newRow("day 0") << hex("07EA0B000617261B00000000");
    QTest::newRow("day 32") << hex("07EA0B200617261B00000000");
    QTest::newRow("day of week 8") << hex("07EA0B150817261B00000000");
    QTest::newRow("hour 24") << hex("07EA0B150618261B00000000");
    QTest::newRow("minute 60") << hex("07EA0B1506173C1B00000000");
    QTest::newRow("second 60") << hex("07EA0B150617263C00000000");
    QTest::newRow("hundredths 100") << hex("07EA0B150617261B64000000");
    QTest::newRow("deviation +841") << hex("07EA0B150617261B00034900");
    QTest::newRow("deviation -721") << hex("07EA0B150617261B00FD2F00");
    QTest::newRow("ASCII serial number") << QByteArray("000000012345");
}

void TestCosemDateTime::rejectsOutOfRangeOctets()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!CosemDateTime::fromOctets(bytes).has_value());
}

void TestCosemDateTime::toQDateTime_data()
{
    QTest::addColumn<CosemDateTime>("value");
    QTest::addColumn<QDateTime>("expectedUtc");
    QTest::addColumn<int>("offsetSeconds");

    // Deviation -360: local time is 6 h ahead of UTC.
    QTest::newRow("clock-resp-apdu") << dateTime(2026, 4, 4, 6, 4, 4, 43, 0, -360, 0x01)
                                     << utc(2026, 4, 3, 22, 4, 43) << 6 * 3600;
    QTest::newRow("Moscow -180") << dateTime(2026, 11, 21, 6, 23, 38, 27, 0, -180, 0x00)
                                 << utc(2026, 11, 21, 20, 38, 27) << 3 * 3600;
    QTest::newRow("UTC") << dateTime(2026, 11, 21, 6, 23, 38, 27, 0, 0, 0x00)
                         << utc(2026, 11, 21, 23, 38, 27) << 0;
    QTest::newRow("west of UTC +300") << dateTime(2026, 1, 1, 4, 0, 30, 0, 50, 300, 0x00)
                                      << utc(2026, 1, 1, 5, 30, 0, 500) << -5 * 3600;
    QTest::newRow("hundredths unspecified count as 0")
        << dateTime(2026, 11, 21, 6, 23, 38, 27, 0xFF, -180, 0x00) << utc(2026, 11, 21, 20, 38, 27)
        << 3 * 3600;
    QTest::newRow("day of week unspecified") << dateTime(2026, 11, 21, 0xFF, 0, 0, 0, 0, -180, 0xFF)
                                             << utc(2026, 11, 20, 21, 0, 0) << 3 * 3600;
}

void TestCosemDateTime::toQDateTime()
{
    QFETCH(CosemDateTime, value);
    QFETCH(QDateTime, expectedUtc);
    QFETCH(int, offsetSeconds);
    const QDateTime t = value.toQDateTime();
    QVERIFY(t.isValid());
    QCOMPARE(t.toUTC(), expectedUtc);
    QCOMPARE(t.offsetFromUtc(), offsetSeconds);
}

void TestCosemDateTime::unspecifiedIsNotAnInstant_data()
{
    QTest::addColumn<CosemDateTime>("value");
    QTest::newRow("all unspecified") << CosemDateTime{};
    QTest::newRow("year unspecified") << dateTime(0xFFFF, 11, 21, 6, 23, 38, 27, 0, -180, 0);
    QTest::newRow("month DST begin") << dateTime(2026, 0xFE, 21, 6, 23, 38, 27, 0, -180, 0);
    QTest::newRow("last day of month") << dateTime(2026, 11, 0xFE, 6, 23, 38, 27, 0, -180, 0);
    QTest::newRow("hour unspecified") << dateTime(2026, 11, 21, 6, 0xFF, 38, 27, 0, -180, 0);
    QTest::newRow("second unspecified") << dateTime(2026, 11, 21, 6, 23, 38, 0xFF, 0, -180, 0);
    QTest::newRow("deviation unspecified")
        << dateTime(2026, 11, 21, 6, 23, 38, 27, 0, CosemDateTime::DeviationNotSpecified, 0);
    QTest::newRow("February 30") << dateTime(2026, 2, 30, 0xFF, 0, 0, 0, 0, 0, 0);
    QTest::newRow("hour 25") << dateTime(2026, 2, 1, 0xFF, 25, 0, 0, 0, 0, 0);
}

void TestCosemDateTime::unspecifiedIsNotAnInstant()
{
    QFETCH(CosemDateTime, value);
    QVERIFY(!value.toQDateTime().isValid());
}

void TestCosemDateTime::fromQDateTime()
{
    // 20:38:27.45 UTC written for a meter at UTC+3.
    const CosemDateTime dt
        = CosemDateTime::fromQDateTime(utc(2026, 11, 21, 20, 38, 27, 450), 3 * 3600);
    QCOMPARE(dt.toOctets().toHex(), hex("07EA0B150617261B2DFF4C00").toHex());
    QCOMPARE(dt.date.dayOfWeek, quint8(6)); // Saturday
    QCOMPARE(dt.deviation, qint16(-180));
    QCOMPARE(dt.clockStatus, quint8(0));

    // Across midnight and a year boundary, with a status.
    const CosemDateTime ny
        = CosemDateTime::fromQDateTime(utc(2026, 12, 31, 22, 0, 0), 3 * 3600, 0x80);
    QCOMPARE(ny.toOctets().toHex(), hex("07EB010105010000 00FF4C80").toHex());

    // Any input offset: the same instant given in local time.
    const QDateTime local(QDate(2026, 11, 21), QTime(23, 38, 27, 450), Qt::OffsetFromUTC, 3 * 3600);
    QCOMPARE(CosemDateTime::fromQDateTime(local, 3 * 3600), dt);
    QCOMPARE(dt.toQDateTime().toUTC(), utc(2026, 11, 21, 20, 38, 27, 450));

    QCOMPARE(CosemDateTime::fromQDateTime(QDateTime(), 0), CosemDateTime{});
}

void TestCosemDateTime::isoText_data()
{
    QTest::addColumn<CosemDateTime>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("UTC") << dateTime(2026, 11, 21, 6, 23, 38, 27, 0, 0, 0x00)
                         << u"2026-11-21T23:38:27+00:00"_s;
    QTest::newRow("Moscow") << dateTime(2026, 11, 21, 6, 23, 38, 27, 0, -180, 0x00)
                            << u"2026-11-21T23:38:27+03:00"_s;
    QTest::newRow("clock-resp-apdu")
        << dateTime(2026, 4, 4, 6, 4, 4, 43, 0, -360, 0x00) << u"2026-04-04T04:04:43+06:00"_s;
    QTest::newRow("west, with hundredths")
        << dateTime(2026, 1, 1, 4, 0, 30, 0, 5, 90, 0x00) << u"2026-01-01T00:30:00.05-01:30"_s;
    QTest::newRow("Kamchatka +12")
        << dateTime(2026, 1, 1, 4, 0, 0, 0, 0, -720, 0x00) << u"2026-01-01T00:00:00+12:00"_s;
    QTest::newRow("all unspecified") << dateTime(0xFFFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0,
                                                 CosemDateTime::DeviationNotSpecified, 0xFF)
                                     << u"****-**-**T**:**:**"_s;
    QTest::newRow("every day at 23:00 local")
        << dateTime(0xFFFF, 0xFF, 0xFF, 0xFF, 23, 0, 0, 0, -180, 0xFF)
        << u"****-**-**T23:00:00+03:00"_s;
    QTest::newRow("DST begin, last day")
        << dateTime(2026, 0xFE, 0xFE, 0xFF, 2, 0, 0, 0, qint16(0x8000), 0xFF)
        << u"2026-FE-FET02:00:00"_s;
    QTest::newRow("second last day")
        << dateTime(2026, 3, 0xFD, 0xFF, 3, 0, 0, 0, -180, 0xFF) << u"2026-03-FDT03:00:00+03:00"_s;
}

void TestCosemDateTime::isoText()
{
    QFETCH(CosemDateTime, value);
    QFETCH(QString, text);
    QCOMPARE(value.toIsoString(), text);
}

void TestCosemDateTime::parseText()
{
    QFETCH(CosemDateTime, value);
    QFETCH(QString, text);
    const auto parsed = parseCosemDateTime(text);
    QVERIFY(parsed.has_value());
    // The text carries neither the clock status nor the day of week; the
    // day of week is the one the date falls on, when the date is complete.
    CosemDateTime expected = value;
    expected.clockStatus = 0xFF;
    expected.date.dayOfWeek = inferredDayOfWeek(value.date);
    QCOMPARE(*parsed, expected);
}

void TestCosemDateTime::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no T") << u"2026-11-21 23:38:27"_s;
    QTest::newRow("two-part time") << u"2026-11-21T23:38"_s;
    QTest::newRow("month 256") << u"2026-256-21T23:38:27"_s;
    QTest::newRow("letters") << u"2026-1a-21T23:38:27"_s;
    QTest::newRow("bad offset") << u"2026-11-21T23:38:27+3"_s;
    QTest::newRow("offset minutes 60") << u"2026-11-21T23:38:27+03:60"_s;
    QTest::newRow("empty fraction") << u"2026-11-21T23:38:27.+03:00"_s;
    QTest::newRow("year 65535 in digits") << u"65535-11-21T23:38:27"_s;
}

void TestCosemDateTime::parseRejects()
{
    QFETCH(QString, text);
    QVERIFY(!parseCosemDateTime(text).has_value());
}

void TestCosemDateTime::dateAndTimeText()
{
    QCOMPARE(cosemDateText({2026, 11, 21, 6}), u"2026-11-21"_s);
    QCOMPARE(cosemDateText({}), u"****-**-**"_s);
    QCOMPARE(cosemTimeText({23, 38, 27, 0}), u"23:38:27"_s);
    QCOMPARE(cosemTimeText({23, 38, 27, 0xFF}), u"23:38:27"_s);
    QCOMPARE(cosemTimeText({7, 5, 9, 99}), u"07:05:09.99"_s);
    QCOMPARE(cosemOffsetText(-180), u"+03:00"_s);
    QCOMPARE(cosemOffsetText(570), u"-09:30"_s);
    QCOMPARE(cosemOffsetText(CosemDateTime::DeviationNotSpecified), QString());
    QCOMPARE(inferredDayOfWeek({2026, 4, 4, 0xFF}), quint8(6));
    QCOMPARE(inferredDayOfWeek({2026, 2, 29, 0xFF}), quint8(0xFF)); // not a leap year
    const auto date = parseCosemDate(u"2026-04-04");
    QVERIFY(date.has_value());
    QCOMPARE(*date, (CosemDate{2026, 4, 4, 6}));
    const auto time = parseCosemTime(u"**:30:00.50");
    QVERIFY(time.has_value());
    QCOMPARE(*time, (CosemTime{0xFF, 30, 0, 50}));
}

QTEST_GUILESS_MAIN(TestCosemDateTime)
#include "tst_cosem_datetime.moc"
