#include "models/domain/primary_value.h"

#include <QString>

#include <limits>

namespace ims::domain {

namespace {
__extension__ typedef __int128 Wide;

Wide pow10(int exponent)
{
    Wide result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

// Rounds numerator/denominator half away from zero (denominator > 0).
Wide divideRounded(Wide numerator, Wide denominator, bool &inexact)
{
    const Wide quotient = numerator / denominator;
    const Wide remainder = numerator % denominator;
    inexact = remainder != 0;
    const Wide twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice >= denominator)
        return numerator < 0 ? quotient - 1 : quotient + 1;
    return quotient;
}
} // namespace

std::optional<PrimaryValue> primaryMilliWattHours(qint64 raw, int scaler, const Ratio &ct,
                                                  const Ratio &vt)
{
    if (scaler < -18 || scaler > 18 || !ct.isValid() || !vt.isValid())
        return std::nullopt;
    // mWh = raw x 10^(scaler + 3) x ctN x vtN / (ctD x vtD)
    const int exponent = scaler + 3;
    // The usual case — whole ratios, a scaler of Wh or coarser — is a product
    // of 64-bit integers; it is exact when nothing overflows. Every other
    // case (and an overflow) takes the 128-bit path below.
    if (exponent >= 0 && exponent <= 18 && ct.denominator == 1 && vt.denominator == 1) {
        qint64 factor = 1;
        for (int i = 0; i < exponent; ++i)
            factor *= 10;
        qint64 ratio = 0, value = 0;
        if (!__builtin_mul_overflow(ct.numerator, vt.numerator, &ratio)
            && ratio <= (qint64(1) << 62) // the 128-bit path's bound, kept alike
            && !__builtin_mul_overflow(raw, factor, &value)
            && !__builtin_mul_overflow(value, ratio, &value))
            return PrimaryValue{value, false};
    }
    const Wide ratioNum = Wide(ct.numerator) * vt.numerator;
    Wide denominator = Wide(ct.denominator) * vt.denominator;
    // Real ratios are small (tens of thousands); bounding them keeps every
    // product below 2^127: |raw| < 2^63, ratio parts < 2^62.
    const Wide ratioLimit = Wide(1) << 62;
    if (ratioNum > ratioLimit || denominator > ratioLimit)
        return std::nullopt;
    Wide numerator = Wide(raw) * ratioNum;
    const Wide limit = Wide(1) << 100;
    if (exponent >= 0) {
        const Wide factor = pow10(exponent);
        if (numerator > limit / factor || numerator < -limit / factor)
            return std::nullopt;
        numerator *= factor;
    } else {
        denominator *= pow10(-exponent);
    }
    bool inexact = false;
    const Wide value = divideRounded(numerator, denominator, inexact);
    if (value > std::numeric_limits<qint64>::max() || value < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return PrimaryValue{qint64(value), inexact};
}

QString formatFixed(qint64 value, int decimals)
{
    const bool negative = value < 0;
    // Work in unsigned to survive INT64_MIN.
    quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    QString digits = QString::number(magnitude);
    if (decimals <= 0)
        return (negative ? QStringLiteral("-") : QString()) + digits;
    if (digits.size() <= decimals)
        digits.prepend(QString(decimals - digits.size() + 1, QLatin1Char('0')));
    digits.insert(digits.size() - decimals, QLatin1Char('.'));
    return (negative ? QStringLiteral("-") : QString()) + digits;
}

} // namespace ims::domain
