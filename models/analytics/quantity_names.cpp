#include "models/analytics/quantity_names.h"

#include "models/domain/primary_value.h"
#include "protocol/engine/readings.h"

#include <QStringList>

namespace ims::analytics {

QString QuantityNames::name(const QString &obis)
{
    const QStringList p = obis.split(QLatin1Char('.'));
    if (p.size() != 6)
        return obis;
    const int a = p[0].toInt(), c = p[2].toInt(), d = p[3].toInt(), e = p[4].toInt();
    if (a == 1 && d == 8) {
        switch (c) {
        case 1:
            return tr("Active energy import (A+)");
        case 2:
            return tr("Active energy export (A-)");
        case 3:
            return tr("Reactive energy import (R+)");
        case 4:
            return tr("Reactive energy export (R-)");
        }
    }
    if (a == 1 && d == 7) {
        switch (c) {
        case 1:
            return tr("Active power import");
        case 2:
            return tr("Active power export");
        case 3:
            return tr("Reactive power import");
        case 9:
            return tr("Apparent power");
        case 12:
            return tr("Voltage");
        case 11:
            return tr("Current");
        case 13:
            return tr("Power factor");
        case 14:
            return tr("Frequency");
        case 32:
            return tr("Voltage L1");
        case 52:
            return tr("Voltage L2");
        case 72:
            return tr("Voltage L3");
        case 31:
            return tr("Current L1");
        case 51:
            return tr("Current L2");
        case 71:
            return tr("Current L3");
        case 91:
            return tr("Neutral current");
        case 21:
            return tr("Active power L1");
        case 41:
            return tr("Active power L2");
        case 61:
            return tr("Active power L3");
        }
    }
    if (a == 0 && c == 96 && d == 3 && e == 10)
        return tr("Load relay");
    return obis;
}

QString QuantityNames::unitSymbol(int cosemUnit)
{
    switch (cosemUnit) {
    case engine::CosemUnit::Watt:
        return tr("W");
    case engine::CosemUnit::VoltAmpere:
        return tr("VA");
    case engine::CosemUnit::Var:
        return tr("var");
    case engine::CosemUnit::WattHour:
        return tr("Wh");
    case engine::CosemUnit::VoltAmpereHour:
        return tr("VAh");
    case engine::CosemUnit::VarHour:
        return tr("varh");
    case engine::CosemUnit::Ampere:
        return tr("A");
    case engine::CosemUnit::Volt:
        return tr("V");
    case engine::CosemUnit::Hertz:
        return tr("Hz");
    default:
        return QString();
    }
}

QString scaledDecimal(qint64 raw, int scaler)
{
    if (scaler >= 0) {
        QString text = QString::number(raw);
        if (raw != 0)
            text += QString(scaler, QLatin1Char('0'));
        return text;
    }
    return domain::formatFixed(raw, -scaler);
}

} // namespace ims::analytics
