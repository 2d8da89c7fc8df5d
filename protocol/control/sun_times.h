#pragma once
// Sunrise and sunset for street lighting: when the upper limb of the sun
// crosses the horizon (altitude -0.833°: 34' of refraction and 16' of
// semi-diameter), in UTC, for one date at a place. Pure arithmetic, no I/O.
//
// Source: the NOAA Global Monitoring Laboratory solar calculator
// (gml.noaa.gov/grad/solcalc, "NOAA_Solar_Calculations_day.xls"), which
// implements Jean Meeus, "Astronomical Algorithms" (2nd ed., 1998), ch. 25
// (solar coordinates, low accuracy) and ch. 28 (equation of time). Good to
// about a minute between latitudes ±72°; nearer the poles, where the sun
// grazes the horizon, a minute of arc in altitude moves the event by many
// minutes.
#include <QDate>

#include <optional>

namespace ims::control {

struct GeoPosition
{
    double latitude = 0.0;  // degrees, north positive, -90..90
    double longitude = 0.0; // degrees, east positive, -180..180

    bool isValid() const
    {
        return latitude >= -90.0 && latitude <= 90.0 && longitude >= -180.0 && longitude <= 180.0;
    }
};

enum class SunEvent : quint8 { Sunrise, Sunset };

struct SunTimes
{
    enum class Day : quint8 {
        Normal,     // the sun rises and sets: both instants are set
        PolarDay,   // the sun stays above the horizon all day
        PolarNight, // the sun stays below the horizon all day
    };
    Day day = Day::Normal;
    qint64 sunriseMs = 0; // UTC, ms since the epoch (Normal only)
    qint64 sunsetMs = 0;

    // The instant of `event`, or nothing on a polar day or night.
    std::optional<qint64> at(SunEvent event) const
    {
        if (day != Day::Normal)
            return std::nullopt;
        return event == SunEvent::Sunrise ? sunriseMs : sunsetMs;
    }
};

// The sunrise and sunset around the local solar noon of `date` (the date as
// the site's calendar has it: east of Moscow a sunrise can fall on the
// previous UTC day). The position must be valid.
SunTimes sunTimes(const QDate &date, const GeoPosition &where);

} // namespace ims::control
