#pragma once
// Numbers, energies and times as the operator's locale writes them. Energies
// stay exact: the integer is turned into decimal text digit by digit, then
// given the locale's separators; no floating point on the way.
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace ims::itemmodels {

class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    // "-1234567.5" (C locale) -> "-1 234 567,5" in Russian, "-1,234,567.5" in English.
    static QString localizeDecimal(const QString &plain, const QLocale &locale = QLocale());
    // mWh -> kWh text, exact, trailing zeros trimmed down to minDecimals.
    static QString kwh(qint64 milliWattHours, int minDecimals = 3,
                       const QLocale &locale = QLocale());
    // Same with the unit: "1 234,5 kWh".
    static QString kwhWithUnit(qint64 milliWattHours, const QLocale &locale = QLocale());
    // 0.01 % units -> "12.34 %".
    static QString percent(qint64 basisPoints, const QLocale &locale = QLocale());
    static QString dateTime(qint64 epochSeconds, const QLocale &locale = QLocale());
    static QString dateTimeMs(qint64 epochMs, const QLocale &locale = QLocale());
    static QString date(qint64 epochSeconds, const QLocale &locale = QLocale());
    // "March 2024" / "Март 2024": the stand-alone month name and the year.
    static QString monthYear(QDate month, const QLocale &locale = QLocale());
    // A duration in words: "3 s", "1.2 s", "5 min".
    static QString durationMs(qint64 ms, const QLocale &locale = QLocale());
    static QString bytes(qint64 bytes, const QLocale &locale = QLocale());
};

// Exact decimal text of value x 10^-decimals with trailing zeros trimmed to
// keep at least minDecimals ("1.500000", 3 -> "1.500"), C locale.
QString trimmedFixed(qint64 value, int decimals, int minDecimals);

} // namespace ims::itemmodels
