#include "protocol/axdr/datetime_text.h"

#include <QDate>

namespace ims::axdr {

namespace {

constexpr quint8 NotSpecified = 0xFF;
constexpr quint8 SecondLastOrDstEnd = 0xFD;
constexpr quint8 LastOrDstBegin = 0xFE;

QString field(quint8 v)
{
    if (v == NotSpecified)
        return QStringLiteral("**");
    if (v == SecondLastOrDstEnd || v == LastOrDstBegin)
        return QString::number(v, 16).toUpper();
    return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
}

bool allStars(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c != QLatin1Char('*'))
            return false;
    }
    return true;
}

std::optional<uint> digits(QStringView s, uint max)
{
    if (s.isEmpty() || s.size() > 5)
        return std::nullopt;
    uint v = 0;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        v = v * 10 + uint(c.unicode() - '0');
    }
    if (v > max)
        return std::nullopt;
    return v;
}

std::optional<quint8> parseField(QStringView s)
{
    if (allStars(s))
        return NotSpecified;
    if (s.compare(QLatin1String("FD"), Qt::CaseInsensitive) == 0)
        return SecondLastOrDstEnd;
    if (s.compare(QLatin1String("FE"), Qt::CaseInsensitive) == 0)
        return LastOrDstBegin;
    const auto v = digits(s, 255);
    if (!v)
        return std::nullopt;
    return quint8(*v);
}

// "+03:00" -> deviation -180. Magnitudes up to 32767 minutes keep every
// representable deviation except the "not specified" marker itself.
std::optional<qint16> parseOffset(QStringView s)
{
    if (s.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0)
        return qint16(0);
    if (s.size() < 2 || (s[0] != QLatin1Char('+') && s[0] != QLatin1Char('-')))
        return std::nullopt;
    const bool east = s[0] == QLatin1Char('+');
    const auto parts = s.mid(1).split(QLatin1Char(':'));
    if (parts.size() != 2)
        return std::nullopt;
    const auto hours = digits(parts[0], 546);
    const auto minutes = digits(parts[1], 59);
    if (!hours || !minutes)
        return std::nullopt;
    const int total = int(*hours) * 60 + int(*minutes);
    if (total > 32767)
        return std::nullopt;
    return qint16(east ? -total : total);
}

} // namespace

QString cosemDateText(const CosemDate &date)
{
    const QString year = date.year == 0xFFFF
                             ? QStringLiteral("****")
                             : QStringLiteral("%1").arg(date.year, 4, 10, QLatin1Char('0'));
    return year + QLatin1Char('-') + field(date.month) + QLatin1Char('-') + field(date.day);
}

QString cosemTimeText(const CosemTime &time)
{
    QString text = field(time.hour) + QLatin1Char(':') + field(time.minute) + QLatin1Char(':')
                   + field(time.second);
    // 0 and "not specified" are both shown without a fraction: most meters
    // send one of the two and neither tells a reader anything.
    if (time.hundredths != 0 && time.hundredths != NotSpecified)
        text += QLatin1Char('.') + field(time.hundredths);
    return text;
}

QString cosemOffsetText(qint16 deviation)
{
    if (deviation == CosemDateTime::DeviationNotSpecified)
        return {};
    // UTC = local + deviation, so the offset east of UTC is -deviation.
    const int offset = -int(deviation);
    const int magnitude = offset < 0 ? -offset : offset;
    return QLatin1Char(offset < 0 ? '-' : '+')
           + QStringLiteral("%1:%2")
                 .arg(magnitude / 60, 2, 10, QLatin1Char('0'))
                 .arg(magnitude % 60, 2, 10, QLatin1Char('0'));
}

quint8 inferredDayOfWeek(const CosemDate &date)
{
    if (date.year == 0xFFFF || date.month > 12 || date.day > 31)
        return NotSpecified;
    const QDate d(date.year, date.month, date.day);
    return d.isValid() ? quint8(d.dayOfWeek()) : NotSpecified;
}

std::optional<CosemDate> parseCosemDate(QStringView text)
{
    const auto parts = text.split(QLatin1Char('-'));
    if (parts.size() != 3)
        return std::nullopt;
    CosemDate date;
    if (!allStars(parts[0])) {
        const auto year = digits(parts[0], 0xFFFE);
        if (!year)
            return std::nullopt;
        date.year = quint16(*year);
    }
    const auto month = parseField(parts[1]);
    const auto day = parseField(parts[2]);
    if (!month || !day)
        return std::nullopt;
    date.month = *month;
    date.day = *day;
    date.dayOfWeek = inferredDayOfWeek(date);
    return date;
}

std::optional<CosemTime> parseCosemTime(QStringView text)
{
    const auto parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    QStringView seconds = parts[2];
    QStringView fraction;
    if (const auto dot = seconds.indexOf(QLatin1Char('.')); dot >= 0) {
        fraction = seconds.mid(dot + 1);
        seconds = seconds.left(dot);
        if (fraction.isEmpty())
            return std::nullopt;
    }
    const auto hour = parseField(parts[0]);
    const auto minute = parseField(parts[1]);
    const auto second = parseField(seconds);
    if (!hour || !minute || !second)
        return std::nullopt;
    CosemTime time{*hour, *minute, *second, 0};
    if (!fraction.isEmpty()) {
        const auto hundredths = parseField(fraction);
        if (!hundredths)
            return std::nullopt;
        time.hundredths = *hundredths;
    }
    return time;
}

std::optional<CosemDateTime> parseCosemDateTime(QStringView text)
{
    const auto t = text.indexOf(QLatin1Char('T'));
    if (t < 0)
        return std::nullopt;
    QStringView timePart = text.mid(t + 1);
    QStringView offsetPart;
    for (qsizetype i = 0; i < timePart.size(); ++i) {
        const QChar c = timePart[i];
        if (c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('Z')
            || c == QLatin1Char('z')) {
            offsetPart = timePart.mid(i);
            timePart = timePart.left(i);
            break;
        }
    }
    const auto date = parseCosemDate(text.left(t));
    const auto time = parseCosemTime(timePart);
    if (!date || !time)
        return std::nullopt;
    CosemDateTime dt;
    dt.date = *date;
    dt.time = *time;
    if (!offsetPart.isEmpty()) {
        const auto deviation = parseOffset(offsetPart);
        if (!deviation)
            return std::nullopt;
        dt.deviation = *deviation;
    }
    return dt;
}

} // namespace ims::axdr
