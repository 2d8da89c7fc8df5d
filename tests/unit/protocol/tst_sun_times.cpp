// Sunrise and sunset (protocol/control/sun_times.h) against values published
// by others, each row naming its source. Published times are local and
// rounded to the minute; the rows hold them converted to UTC, and the
// tolerance is ±2 minutes.
#include "protocol/control/sun_times.h"

#include <QDateTime>
#include <QTest>

using namespace ims;
using namespace ims::control;

namespace {

constexpr qint64 kToleranceMs = 2 * 60'000;

qint64 utc(int y, int m, int d, int hh, int mm, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), Qt::UTC).toMSecsSinceEpoch();
}

const GeoPosition kMoscow{55.7558, 37.6173};
const GeoPosition kNovosibirsk{55.0084, 82.9357};
const GeoPosition kMurmansk{68.9585, 33.0827};

} // namespace

class TstSunTimes : public QObject
{
    Q_OBJECT

private slots:
    void publishedSunriseAndSunset_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::addColumn<qint64>("sunrise");
        QTest::addColumn<qint64>("sunset");
        // Moscow Planetarium (L. Koshman) via TASS, 21.12.2025: rises 08:58,
        // sets 15:58 MSK (UTC+3).
        QTest::addRow("Moscow 2025-12-21, Moscow Planetarium")
            << QDate(2025, 12, 21) << kMoscow.latitude << kMoscow.longitude
            << utc(2025, 12, 21, 5, 58) << utc(2025, 12, 21, 12, 58);
        // Sunrise/sunset table for Moscow 55°45'N 37°37'E, June 2021
        // (bikor-bmp.ru, UTC+3): 1 June rises 03:54, sets 21:01.
        QTest::addRow("Moscow 2021-06-01, monthly table")
            << QDate(2021, 6, 1) << 55.75 << 37.6197 << utc(2021, 6, 1, 0, 54)
            << utc(2021, 6, 1, 18, 1);
        // timeanddate.com as quoted for the 2018 World Cup (MSK): 14 June
        // rises 03:44:35, sets 21:15:04.
        QTest::addRow("Moscow 2018-06-14, timeanddate")
            << QDate(2018, 6, 14) << kMoscow.latitude << kMoscow.longitude
            << utc(2018, 6, 14, 0, 44, 35) << utc(2018, 6, 14, 18, 15, 4);
        // Novosibirsk planetarium via sib.fm, 21.06.2022: rises 4:50, sets
        // 22:10 local (UTC+7): the sunrise is on 20 June in UTC.
        QTest::addRow("Novosibirsk 2022-06-21, Novosibirsk planetarium")
            << QDate(2022, 6, 21) << kNovosibirsk.latitude << kNovosibirsk.longitude
            << utc(2022, 6, 20, 21, 50) << utc(2022, 6, 21, 15, 10);
    }

    void publishedSunriseAndSunset()
    {
        QFETCH(QDate, date);
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QFETCH(qint64, sunrise);
        QFETCH(qint64, sunset);
        const SunTimes t = sunTimes(date, {latitude, longitude});
        QCOMPARE(t.day, SunTimes::Day::Normal);
        const auto show = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
        };
        QVERIFY2(std::abs(t.sunriseMs - sunrise) <= kToleranceMs,
                 qPrintable(show(t.sunriseMs) + QLatin1String(" vs ") + show(sunrise)));
        QVERIFY2(std::abs(t.sunsetMs - sunset) <= kToleranceMs,
                 qPrintable(show(t.sunsetMs) + QLatin1String(" vs ") + show(sunset)));
        QCOMPARE(t.at(SunEvent::Sunrise), std::optional<qint64>(t.sunriseMs));
        QCOMPARE(t.at(SunEvent::Sunset), std::optional<qint64>(t.sunsetMs));
    }

    // Murmansk has polar night from about 2 December to 11 January and
    // polar day from about 22 May to 22 July (Wikipedia, "Murmansk";
    // Murmansk regional government).
    void polarDayAndNight_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("day");
        QTest::addRow("Murmansk solstice December: polar night")
            << QDate(2025, 12, 21) << int(SunTimes::Day::PolarNight);
        QTest::addRow("Murmansk 5 January: polar night")
            << QDate(2026, 1, 5) << int(SunTimes::Day::PolarNight);
        QTest::addRow("Murmansk solstice June: polar day")
            << QDate(2025, 6, 21) << int(SunTimes::Day::PolarDay);
        QTest::addRow("Murmansk 1 July: polar day")
            << QDate(2025, 7, 1) << int(SunTimes::Day::PolarDay);
        QTest::addRow("Murmansk equinox: rises and sets")
            << QDate(2025, 3, 20) << int(SunTimes::Day::Normal);
    }

    void polarDayAndNight()
    {
        QFETCH(QDate, date);
        QFETCH(int, day);
        const SunTimes t = sunTimes(date, kMurmansk);
        QCOMPARE(int(t.day), day);
        if (t.day != SunTimes::Day::Normal) {
            QVERIFY(!t.at(SunEvent::Sunrise));
            QVERIFY(!t.at(SunEvent::Sunset));
        } else {
            QVERIFY(t.sunriseMs < t.sunsetMs);
        }
    }

    // The same instant, the other hemisphere: at the March equinox day and
    // night are about equal everywhere (a few minutes longer by refraction).
    void equinoxDayIsAboutTwelveHours()
    {
        const SunTimes t = sunTimes(QDate(2025, 3, 20), {-33.87, 151.21}); // Sydney
        QCOMPARE(t.day, SunTimes::Day::Normal);
        const qint64 length = t.sunsetMs - t.sunriseMs;
        QVERIFY2(length > 12 * 3'600'000 && length < 12 * 3'600'000 + 15 * 60'000,
                 qPrintable(QString::number(length / 60'000)));
    }
};

QTEST_GUILESS_MAIN(TstSunTimes)
#include "tst_sun_times.moc"
