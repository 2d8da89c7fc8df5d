#pragma once
// Words and units for what a meter reports: OBIS codes of registers and
// instantaneous values, COSEM unit symbols, scaled integers as exact text.
#include <QCoreApplication>
#include <QString>

namespace ims::analytics {

class QuantityNames
{
    Q_DECLARE_TR_FUNCTIONS(QuantityNames)
public:
    // "Active energy import (A+)" for 1.0.1.8.x.255; the OBIS text when unknown.
    static QString name(const QString &obis);
    // "Wh", "V", ... for a COSEM unit enumeration value; empty for none.
    static QString unitSymbol(int cosemUnit);
};

// raw x 10^scaler as exact decimal text with '.' ("-12.5", "1200").
QString scaledDecimal(qint64 raw, int scaler);

} // namespace ims::analytics
