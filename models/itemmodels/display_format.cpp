#include "models/itemmodels/display_format.h"

#include "models/domain/primary_value.h"

#include <QDateTime>

namespace ims::itemmodels {

QString trimmedFixed(qint64 value, int decimals, int minDecimals)
{
    QString text = domain::formatFixed(value, decimals);
    if (decimals <= 0)
        return text;
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    qsizetype keep = text.size();
    while (keep > point + 1 + minDecimals && text[keep - 1] == QLatin1Char('0'))
        --keep;
    if (keep == point + 1)
        --keep; // no decimals left: drop the point too
    text.truncate(keep);
    return text;
}

QString DisplayFormat::localizeDecimal(const QString &plain, const QLocale &locale)
{
    QString text = plain;
    QString sign;
    if (text.startsWith(QLatin1Char('-'))) {
        sign = locale.negativeSign();
        text.remove(0, 1);
    }
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    QString integer = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    if (!(locale.numberOptions() & QLocale::OmitGroupSeparator)) {
        const QString group = locale.groupSeparator();
        for (qsizetype at = integer.size() - 3; at > 0; at -= 3)
            integer.insert(at, group);
    }
    QString out = sign + integer;
    if (!fraction.isEmpty())
        out += locale.decimalPoint() + fraction;
    return out;
}

QString DisplayFormat::kwh(qint64 milliWattHours, int minDecimals, const QLocale &locale)
{
    return localizeDecimal(trimmedFixed(milliWattHours, 6, minDecimals), locale);
}

QString DisplayFormat::kwhWithUnit(qint64 milliWattHours, const QLocale &locale)
{
    return tr("%1 kWh").arg(kwh(milliWattHours, 3, locale));
}

QString DisplayFormat::percent(qint64 basisPoints, const QLocale &locale)
{
    return tr("%1 %").arg(localizeDecimal(domain::formatFixed(basisPoints, 2), locale));
}

QString DisplayFormat::dateTime(qint64 epochSeconds, const QLocale &locale)
{
    return locale.toString(QDateTime::fromSecsSinceEpoch(epochSeconds).toLocalTime(),
                           QLocale::ShortFormat);
}

QString DisplayFormat::dateTimeMs(qint64 epochMs, const QLocale &locale)
{
    return locale.toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime(),
                           QLocale::ShortFormat);
}

QString DisplayFormat::date(qint64 epochSeconds, const QLocale &locale)
{
    return locale.toString(QDateTime::fromSecsSinceEpoch(epochSeconds).toLocalTime().date(),
                           QLocale::ShortFormat);
}

QString DisplayFormat::monthYear(QDate month, const QLocale &locale)
{
    return tr("%1 %2").arg(locale.standaloneMonthName(month.month()),
                           locale.toString(month, QStringLiteral("yyyy")));
}

QString DisplayFormat::durationMs(qint64 ms, const QLocale &locale)
{
    const qint64 magnitude = ms < 0 ? -ms : ms;
    if (magnitude < 1000)
        return tr("%1 ms").arg(locale.toString(ms));
    if (magnitude < 60000)
        return tr("%1 s").arg(localizeDecimal(trimmedFixed(ms / 100, 1, 0), locale));
    if (magnitude < 3600000)
        return tr("%1 min").arg(locale.toString(ms / 60000));
    return tr("%1 h").arg(localizeDecimal(trimmedFixed(ms / 360000, 1, 0), locale));
}

QString DisplayFormat::bytes(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace ims::itemmodels
