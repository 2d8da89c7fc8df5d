#include "protocol/iec62056_21/dialect.h"

namespace ims::iec21 {

Dialect detectDialect(const Identification &id)
{
    const QString maker = id.manufacturer.toUpper();
    const QString model = id.identification.toUpper();
    if (maker == u"EKT" || maker == u"EGM" || model.startsWith(u"CE"))
        return Dialect::Energomera;
    if (maker == u"TPC" || maker == u"TPT" || maker == u"NEV" || model.startsWith(u"NEVA"))
        return Dialect::Neva;
    return Dialect::Iec;
}

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Iec:
        return QStringLiteral("iec");
    case Dialect::Energomera:
        return QStringLiteral("energomera");
    case Dialect::Neva:
        return QStringLiteral("neva");
    }
    return QString();
}

BccRule bccRule(Dialect dialect)
{
    return dialect == Dialect::Energomera ? BccRule::Sum7 : BccRule::Xor;
}

bool repeatsAddressInAnswers(Dialect dialect)
{
    return dialect != Dialect::Iec;
}

QByteArray defaultPassword(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Energomera:
        return QByteArrayLiteral("777777");
    case Dialect::Neva:
        return QByteArrayLiteral("00000000");
    case Dialect::Iec:
        break;
    }
    return QByteArrayLiteral("00000000");
}

QList<ReadCommand> standardReadCommands(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Energomera:
        return {
            {"SNUMB", {}}, // serial number
            {"ET0PE", {}}, // A+ total, then per tariff
            {"VOLTA", {}}, {"CURRE", {}}, {"FREQU", {}},
            {"POWEP", {}}, {"DATE_", {}}, {"TIME_", {}},
        };
    case Dialect::Neva:
        return {
            {"600100FF", {}}, // 96.1.0 serial number
            {"0F0880FF", {}}, // A+ energy, total and tariffs (E = 0x80: all)
            {"200700FF", {}}, // voltage
            {"1F0700FF", {}}, // current
            {"0E0700FF", {}}, // frequency
            {"100700FF", {}}, // active power
            {"000902FF", {}}, // date
            {"000901FF", {}}, // time
        };
    case Dialect::Iec:
        // The standard readout of these meters is the data readout (option 0);
        // this short list serves programming mode when a meter has no readout.
        return {{"C.1.0", {}}, {"1.8.0", {}}, {"0.9.1", {}}, {"0.9.2", {}}};
    }
    return {};
}

} // namespace ims::iec21
