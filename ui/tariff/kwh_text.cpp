#include "ui/tariff/kwh_text.h"

#include <QLocale>

#include <limits>

namespace ims::ui {

namespace {

constexpr quint64 kWhPerKwh = 1000;
constexpr int kFractionDigits = 3; // 1 Wh

bool isSpace(QChar c)
{
    // Group separators people type or paste: space, no-break and narrow no-break space.
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F);
}

} // namespace

Result<quint32> KwhText::toWh(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorKind::InvalidArgument, tr("enter the threshold in kWh"));
    const auto notANumber = [&] {
        return Error(ErrorKind::InvalidArgument,
                     tr("\"%1\" is not a number of kWh (e.g. 150 or 150.5)").arg(trimmed));
    };
    constexpr quint64 kMax = std::numeric_limits<quint32>::max();
    quint64 whole = 0;
    quint64 fraction = 0; // in Wh once padded to three digits
    int fractionDigits = 0;
    int digits = 0;
    bool inFraction = false;
    bool tooFine = false;
    for (const QChar c : trimmed) {
        if (isSpace(c) && !inFraction)
            continue;
        if (c == QLatin1Char('.') || c == QLatin1Char(',')) {
            if (inFraction)
                return notANumber();
            inFraction = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return notANumber();
        const int digit = c.unicode() - '0';
        ++digits;
        if (!inFraction) {
            whole = whole * 10 + quint64(digit);
            if (whole * kWhPerKwh > kMax) // stops growing long before quint64 could overflow
                return Error(ErrorKind::InvalidArgument,
                             tr("%1 kWh is more than a meter register holds (at most %2 kWh)")
                                 .arg(trimmed, fromWh(quint32(kMax))));
        } else if (fractionDigits < kFractionDigits) {
            fraction = fraction * 10 + quint64(digit);
            ++fractionDigits;
        } else if (digit != 0) {
            tooFine = true;
        }
    }
    if (digits == 0)
        return notANumber();
    if (tooFine)
        return Error(ErrorKind::InvalidArgument,
                     tr("%1 kWh is finer than 1 Wh: at most three decimals").arg(trimmed));
    for (int i = fractionDigits; i < kFractionDigits; ++i)
        fraction *= 10;
    const quint64 wh = whole * kWhPerKwh + fraction;
    if (wh > kMax)
        return Error(ErrorKind::InvalidArgument,
                     tr("%1 kWh is more than a meter register holds (at most %2 kWh)")
                         .arg(trimmed, fromWh(quint32(kMax))));
    return quint32(wh);
}

QString KwhText::fromWh(quint32 wh)
{
    QString out = QString::number(wh / kWhPerKwh);
    const quint32 fraction = wh % kWhPerKwh;
    if (fraction == 0)
        return out;
    QString decimals = QString::number(fraction).rightJustified(kFractionDigits, QLatin1Char('0'));
    while (decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    const QString point = QLocale().decimalPoint() == QLatin1String(",") ? QStringLiteral(",")
                                                                         : QStringLiteral(".");
    return out + point + decimals;
}

} // namespace ims::ui
