#pragma once
// Register scaler_unit (IEC 62056-6-2, Register class attribute 3):
// structure { scaler integer, unit enum }, value = raw * 10^scaler [unit],
// and an exact decimal for the scaled value: energy is money, so no
// floating point anywhere between the meter and the bill.
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QString>

namespace ims::cosem {

// Blue Book "Enumerated values for physical units".
enum class Unit : quint8 {
    Year = 1,
    Month = 2,
    Week = 3,
    Day = 4,
    Hour = 5,
    Minute = 6,
    Second = 7,
    PhaseAngleDegree = 8,
    DegreeCelsius = 9,
    Currency = 10,
    Metre = 11,
    MetrePerSecond = 12,
    CubicMetre = 13,
    CorrectedCubicMetre = 14,
    CubicMetrePerHour = 15,
    CorrectedCubicMetrePerHour = 16,
    CubicMetrePerDay = 17,
    CorrectedCubicMetrePerDay = 18,
    Litre = 19,
    Kilogram = 20,
    Newton = 21,
    NewtonMetre = 22,
    Pascal = 23,
    Bar = 24,
    Joule = 25,
    JoulePerHour = 26,
    Watt = 27,
    VoltAmpere = 28,
    Var = 29,
    WattHour = 30,
    VoltAmpereHour = 31,
    VarHour = 32,
    Ampere = 33,
    Coulomb = 34,
    Volt = 35,
    VoltPerMetre = 36,
    Farad = 37,
    Ohm = 38,
    OhmSquareMetrePerMetre = 39,
    Weber = 40,
    Tesla = 41,
    AmperePerMetre = 42,
    Henry = 43,
    Hertz = 44,
    ActiveEnergyMeterConstant = 45,   // 1/(Wh)
    ReactiveEnergyMeterConstant = 46, // 1/(varh)
    ApparentEnergyMeterConstant = 47, // 1/(VAh)
    VoltSquaredHour = 48,
    AmpereSquaredHour = 49,
    KilogramPerSecond = 50,
    Siemens = 51,
    Kelvin = 52,
    VoltSquaredHourMeterConstant = 53,   // 1/(V²h)
    AmpereSquaredHourMeterConstant = 54, // 1/(A²h)
    VolumeMeterConstant = 55,            // 1/m³
    Percent = 56,
    AmpereHour = 57,
    WattHourPerCubicMetre = 60,
    JoulePerCubicMetre = 61,
    MolePercent = 62,
    GramPerCubicMetre = 63,
    PascalSecond = 64,
    JoulePerKilogram = 65,
    GramPerSquareCentimetre = 66,
    Atmosphere = 67,
    DecibelMilliwatt = 70,
    DecibelMicrovolt = 71,
    Decibel = 72,
    Other = 254,
    Count = 255, // no unit, unitless, count
};

// How toExponent() treats digits that do not fit the requested exponent.
enum class Rounding {
    Exact,            // fail instead of dropping a non-zero digit
    TowardZero,       // truncate
    HalfAwayFromZero, // commercial rounding
};

// mantissa * 10^exponent, exactly.
struct ScaledValue
{
    qint64 mantissa = 0;
    int exponent = 0;

    // Exact decimal text with '.' as separator and -exponent fraction digits,
    // which is the meter's resolution: {12340, -1} -> "1234.0",
    // {12345, -1} -> "1234.5", {15, 2} -> "1500", {-5, -3} -> "-0.005".
    QString toString() const;
    // The same number with trailing zeros of the mantissa moved into the
    // exponent: {12340, -1} -> {1234, 0}.
    ScaledValue normalized() const;
    // The value as an integer count of 10^targetExponent, e.g. toExponent(-3)
    // gives mWh for a value in Wh. TooLarge on overflow, InvalidArgument when
    // Rounding::Exact would drop a non-zero digit.
    Result<qint64> toExponent(int targetExponent, Rounding rounding = Rounding::Exact) const;

    // Numeric equality ({1234, 0} == {12340, -1}).
    bool sameValue(const ScaledValue &other) const;
    bool operator==(const ScaledValue &) const = default; // representation equality
};

struct ScalerUnit
{
    Q_DECLARE_TR_FUNCTIONS(ScalerUnit)

public:
    qint8 scaler = 0;
    quint8 unit = quint8(Unit::Count);

    static Result<ScalerUnit> fromValue(const axdr::Value &value,
                                        const QString &field = QStringLiteral("scaler_unit"));
    axdr::Value toValue() const; // structure { integer, enum }

    // A raw register value (any integer type) scaled by this scaler.
    // Unsupported for floating point and non-numeric values, TooLarge for a
    // long64-unsigned above the qint64 range.
    Result<ScaledValue> apply(const axdr::Value &raw) const;

    // Localized symbol: "Wh", "°C", ... (empty for Count; "unit <n>" when unknown).
    static QString unitSymbol(quint8 unit);
    QString symbol() const { return unitSymbol(unit); }

    bool operator==(const ScalerUnit &) const = default;
};

} // namespace ims::cosem
