#include "protocol/control/sun_times.h"

#include <QtMath>

#include <cmath>

namespace ims::control {

namespace {

constexpr double kHorizonAltitude = -0.833; // degrees: refraction + the sun's semi-diameter
constexpr double kJulianDayOfUnixEpoch = 2440587.5;
constexpr double kJ2000 = 2451545.0;
constexpr qint64 kMsPerDay = 86'400'000;

double sinDeg(double d)
{
    return std::sin(qDegreesToRadians(d));
}

double cosDeg(double d)
{
    return std::cos(qDegreesToRadians(d));
}

struct SolarPosition
{
    double declination = 0.0;    // degrees
    double equationOfTime = 0.0; // minutes: apparent minus mean solar time
};

// NOAA spreadsheet columns G..V for one instant (Julian century `t`).
SolarPosition solarPosition(double t)
{
    const double meanLongitude = std::fmod(280.46646 + t * (36000.76983 + t * 0.0003032), 360.0);
    const double meanAnomaly = 357.52911 + t * (35999.05029 - 0.0001537 * t);
    const double eccentricity = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
    const double centre = sinDeg(meanAnomaly) * (1.914602 - t * (0.004817 + 0.000014 * t))
                          + sinDeg(2 * meanAnomaly) * (0.019993 - 0.000101 * t)
                          + sinDeg(3 * meanAnomaly) * 0.000289;
    const double trueLongitude = meanLongitude + centre;
    const double omega = 125.04 - 1934.136 * t;
    const double apparentLongitude = trueLongitude - 0.00569 - 0.00478 * sinDeg(omega);
    const double meanObliquity
        = 23.0 + (26.0 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60.0) / 60.0;
    const double obliquity = meanObliquity + 0.00256 * cosDeg(omega);

    SolarPosition p;
    p.declination = qRadiansToDegrees(std::asin(sinDeg(obliquity) * sinDeg(apparentLongitude)));
    const double y = std::pow(std::tan(qDegreesToRadians(obliquity / 2.0)), 2);
    const double eot = y * sinDeg(2 * meanLongitude) - 2 * eccentricity * sinDeg(meanAnomaly)
                       + 4 * eccentricity * y * sinDeg(meanAnomaly) * cosDeg(2 * meanLongitude)
                       - 0.5 * y * y * sinDeg(4 * meanLongitude)
                       - 1.25 * eccentricity * eccentricity * sinDeg(2 * meanAnomaly);
    p.equationOfTime = 4.0 * qRadiansToDegrees(eot);
    return p;
}

double julianCentury(qint64 ms)
{
    const double julianDay = kJulianDayOfUnixEpoch + double(ms) / double(kMsPerDay);
    return (julianDay - kJ2000) / 36525.0;
}

// The cosine of the hour angle at which the sun's centre is at the horizon
// altitude; outside [-1, 1] it never gets there that day.
double cosHourAngle(double latitude, double declination)
{
    return (sinDeg(kHorizonAltitude) - sinDeg(latitude) * sinDeg(declination))
           / (cosDeg(latitude) * cosDeg(declination));
}

} // namespace

SunTimes sunTimes(const QDate &date, const GeoPosition &where)
{
    const qint64 midnightUtcMs = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    // Local mean solar noon: the start for the iteration.
    const auto noonMs = [&](double equationOfTime) {
        return midnightUtcMs
               + qint64(std::llround((720.0 - 4.0 * where.longitude - equationOfTime) * 60'000.0));
    };
    qint64 noon = noonMs(0.0);
    noon = noonMs(solarPosition(julianCentury(noon)).equationOfTime);
    const SolarPosition atNoon = solarPosition(julianCentury(noon));
    const double cosAtNoon = cosHourAngle(where.latitude, atNoon.declination);

    SunTimes times;
    if (cosAtNoon > 1.0) {
        times.day = SunTimes::Day::PolarNight;
        return times;
    }
    if (cosAtNoon < -1.0) {
        times.day = SunTimes::Day::PolarDay;
        return times;
    }
    // Each event with the sun's position at the event itself, not at noon:
    // the declination moves up to 0.4° a day, a minute or two at 55°N.
    const auto event = [&](double sign) {
        qint64 at = noon + qint64(sign * 4.0 * qRadiansToDegrees(std::acos(cosAtNoon)) * 60'000.0);
        for (int pass = 0; pass < 3; ++pass) {
            const SolarPosition p = solarPosition(julianCentury(at));
            const double c = std::clamp(cosHourAngle(where.latitude, p.declination), -1.0, 1.0);
            const double hourAngle = qRadiansToDegrees(std::acos(c));
            at = noonMs(p.equationOfTime) + qint64(std::llround(sign * 4.0 * hourAngle * 60'000.0));
        }
        return at;
    };
    times.sunriseMs = event(-1.0);
    times.sunsetMs = event(+1.0);
    return times;
}

} // namespace ims::control
