#include "protocol/cosem/scaler_unit.h"

#include "protocol/cosem/field_reader.h"

#include <limits>

namespace ims::cosem {

using axdr::DataType;
using axdr::Value;

namespace {

constexpr int MaxPow10 = 18; // 10^18 is the largest power of ten in qint64

qint64 pow10(int n)
{
    qint64 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

quint64 magnitude(qint64 v)
{
    return v < 0 ? quint64(-(v + 1)) + 1 : quint64(v);
}

} // namespace

QString ScaledValue::toString() const
{
    QString digits = QString::number(magnitude(mantissa));
    const QString sign = mantissa < 0 ? QStringLiteral("-") : QString();
    if (exponent >= 0) {
        if (mantissa != 0)
            digits += QString(exponent, QLatin1Char('0'));
        return sign + digits;
    }
    const int fraction = -exponent;
    if (digits.size() <= fraction)
        digits = QString(fraction + 1 - digits.size(), QLatin1Char('0')) + digits;
    return sign + digits.left(digits.size() - fraction) + QLatin1Char('.') + digits.right(fraction);
}

ScaledValue ScaledValue::normalized() const
{
    if (mantissa == 0)
        return {0, 0};
    ScaledValue v = *this;
    while (v.mantissa % 10 == 0 && v.exponent < std::numeric_limits<int>::max()) {
        v.mantissa /= 10;
        ++v.exponent;
    }
    return v;
}

bool ScaledValue::sameValue(const ScaledValue &other) const
{
    const ScaledValue a = normalized();
    const ScaledValue b = other.normalized();
    return a.mantissa == b.mantissa && (a.mantissa == 0 || a.exponent == b.exponent);
}

Result<qint64> ScaledValue::toExponent(int targetExponent, Rounding rounding) const
{
    if (mantissa == 0)
        return qint64(0);
    const qint64 shift = qint64(exponent) - targetExponent;
    if (shift >= 0) {
        qint64 out = 0;
        if (shift > MaxPow10 || __builtin_mul_overflow(mantissa, pow10(int(shift)), &out))
            return Error(ErrorKind::TooLarge,
                         ScalerUnit::tr("%1 does not fit a 64-bit integer count of 10^%2")
                             .arg(toString())
                             .arg(targetExponent));
        return out;
    }
    // Dropping -shift digits.
    const qint64 drop = -shift;
    qint64 quotient = 0;
    quint64 remainder = magnitude(mantissa);
    bool roundsUp = false;
    if (drop <= MaxPow10) {
        const qint64 divisor = pow10(int(drop));
        quotient = mantissa / divisor;
        remainder = magnitude(mantissa % divisor);
        roundsUp = remainder >= quint64(divisor) - quint64(divisor) / 2;
    } else if (drop == MaxPow10 + 1) {
        roundsUp = remainder >= 5'000'000'000'000'000'000ULL; // half of 10^19
    }
    if (remainder == 0)
        return quotient;
    switch (rounding) {
    case Rounding::Exact:
        return Error(ErrorKind::InvalidArgument,
                     ScalerUnit::tr("%1 cannot be expressed exactly in units of 10^%2")
                         .arg(toString())
                         .arg(targetExponent));
    case Rounding::TowardZero:
        return quotient;
    case Rounding::HalfAwayFromZero:
        if (roundsUp)
            return mantissa < 0 ? quotient - 1 : quotient + 1;
        return quotient;
    }
    return quotient;
}

Result<ScalerUnit> ScalerUnit::fromValue(const Value &value, const QString &field)
{
    FieldReader r;
    const auto m = r.structure(value, 2, field);
    ScalerUnit su;
    su.scaler = r.integer(m[0], FieldReader::member(field, "scaler"));
    su.unit = r.enumeration(m[1], FieldReader::member(field, "unit"));
    if (!r.ok())
        return r.error();
    return su;
}

Value ScalerUnit::toValue() const
{
    return Value::structure({Value::integer(scaler), Value::enumValue(unit)});
}

Result<ScaledValue> ScalerUnit::apply(const Value &raw) const
{
    switch (raw.type()) {
    case DataType::Integer:
    case DataType::Long:
    case DataType::DoubleLong:
    case DataType::Long64:
    case DataType::Unsigned:
    case DataType::LongUnsigned:
    case DataType::DoubleLongUnsigned:
    case DataType::Long64Unsigned:
        if (const auto v = raw.toInt64())
            return ScaledValue{*v, scaler};
        return Error(
            ErrorKind::TooLarge,
            tr("register value %1 exceeds the signed 64-bit range").arg(raw.toDisplayString()));
    default:
        return Error(ErrorKind::Unsupported,
                     tr("a register value of type %1 cannot be scaled exactly")
                         .arg(axdr::dataTypeName(raw.type())));
    }
}

QString ScalerUnit::unitSymbol(quint8 unit)
{
    switch (Unit(unit)) {
    case Unit::Year:
        return tr("a", "unit: year");
    case Unit::Month:
        return tr("mo", "unit: month");
    case Unit::Week:
        return tr("wk", "unit: week");
    case Unit::Day:
        return tr("d", "unit: day");
    case Unit::Hour:
        return tr("h", "unit: hour");
    case Unit::Minute:
        return tr("min", "unit: minute");
    case Unit::Second:
        return tr("s", "unit: second");
    case Unit::PhaseAngleDegree:
        return tr("°", "unit: phase angle degree");
    case Unit::DegreeCelsius:
        return tr("°C", "unit");
    case Unit::Currency:
        return tr("currency", "unit: local currency");
    case Unit::Metre:
        return tr("m", "unit");
    case Unit::MetrePerSecond:
        return tr("m/s", "unit");
    case Unit::CubicMetre:
        return tr("m³", "unit");
    case Unit::CorrectedCubicMetre:
        return tr("m³ (corrected)", "unit");
    case Unit::CubicMetrePerHour:
        return tr("m³/h", "unit");
    case Unit::CorrectedCubicMetrePerHour:
        return tr("m³/h (corrected)", "unit");
    case Unit::CubicMetrePerDay:
        return tr("m³/d", "unit");
    case Unit::CorrectedCubicMetrePerDay:
        return tr("m³/d (corrected)", "unit");
    case Unit::Litre:
        return tr("l", "unit");
    case Unit::Kilogram:
        return tr("kg", "unit");
    case Unit::Newton:
        return tr("N", "unit");
    case Unit::NewtonMetre:
        return tr("Nm", "unit");
    case Unit::Pascal:
        return tr("Pa", "unit");
    case Unit::Bar:
        return tr("bar", "unit");
    case Unit::Joule:
        return tr("J", "unit");
    case Unit::JoulePerHour:
        return tr("J/h", "unit");
    case Unit::Watt:
        return tr("W", "unit");
    case Unit::VoltAmpere:
        return tr("VA", "unit");
    case Unit::Var:
        return tr("var", "unit");
    case Unit::WattHour:
        return tr("Wh", "unit");
    case Unit::VoltAmpereHour:
        return tr("VAh", "unit");
    case Unit::VarHour:
        return tr("varh", "unit");
    case Unit::Ampere:
        return tr("A", "unit");
    case Unit::Coulomb:
        return tr("C", "unit: coulomb");
    case Unit::Volt:
        return tr("V", "unit");
    case Unit::VoltPerMetre:
        return tr("V/m", "unit");
    case Unit::Farad:
        return tr("F", "unit");
    case Unit::Ohm:
        return tr("Ω", "unit");
    case Unit::OhmSquareMetrePerMetre:
        return tr("Ωm²/m", "unit");
    case Unit::Weber:
        return tr("Wb", "unit");
    case Unit::Tesla:
        return tr("T", "unit");
    case Unit::AmperePerMetre:
        return tr("A/m", "unit");
    case Unit::Henry:
        return tr("H", "unit");
    case Unit::Hertz:
        return tr("Hz", "unit");
    case Unit::ActiveEnergyMeterConstant:
        return tr("1/(Wh)", "unit");
    case Unit::ReactiveEnergyMeterConstant:
        return tr("1/(varh)", "unit");
    case Unit::ApparentEnergyMeterConstant:
        return tr("1/(VAh)", "unit");
    case Unit::VoltSquaredHour:
        return tr("V²h", "unit");
    case Unit::AmpereSquaredHour:
        return tr("A²h", "unit");
    case Unit::KilogramPerSecond:
        return tr("kg/s", "unit");
    case Unit::Siemens:
        return tr("S", "unit");
    case Unit::Kelvin:
        return tr("K", "unit");
    case Unit::VoltSquaredHourMeterConstant:
        return tr("1/(V²h)", "unit");
    case Unit::AmpereSquaredHourMeterConstant:
        return tr("1/(A²h)", "unit");
    case Unit::VolumeMeterConstant:
        return tr("1/m³", "unit");
    case Unit::Percent:
        return tr("%", "unit");
    case Unit::AmpereHour:
        return tr("Ah", "unit");
    case Unit::WattHourPerCubicMetre:
        return tr("Wh/m³", "unit");
    case Unit::JoulePerCubicMetre:
        return tr("J/m³", "unit");
    case Unit::MolePercent:
        return tr("mol %", "unit");
    case Unit::GramPerCubicMetre:
        return tr("g/m³", "unit");
    case Unit::PascalSecond:
        return tr("Pa·s", "unit");
    case Unit::JoulePerKilogram:
        return tr("J/kg", "unit");
    case Unit::GramPerSquareCentimetre:
        return tr("g/cm²", "unit");
    case Unit::Atmosphere:
        return tr("atm", "unit");
    case Unit::DecibelMilliwatt:
        return tr("dBm", "unit");
    case Unit::DecibelMicrovolt:
        return tr("dBµV", "unit");
    case Unit::Decibel:
        return tr("dB", "unit");
    case Unit::Other:
        return tr("other unit", "unit");
    case Unit::Count:
        return QString();
    }
    return tr("unit %1").arg(unit);
}

} // namespace ims::cosem
