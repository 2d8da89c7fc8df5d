#include "protocol/cosem/class_id.h"

namespace ims::cosem {

QString classIdName(quint16 classId)
{
    // Blue Book identifiers: technical names, deliberately not translated.
    switch (ClassId(classId)) {
    case ClassId::Data:
        return QStringLiteral("Data");
    case ClassId::Register:
        return QStringLiteral("Register");
    case ClassId::ExtendedRegister:
        return QStringLiteral("Extended register");
    case ClassId::DemandRegister:
        return QStringLiteral("Demand register");
    case ClassId::ProfileGeneric:
        return QStringLiteral("Profile generic");
    case ClassId::Clock:
        return QStringLiteral("Clock");
    case ClassId::ScriptTable:
        return QStringLiteral("Script table");
    case ClassId::SpecialDaysTable:
        return QStringLiteral("Special days table");
    case ClassId::AssociationLN:
        return QStringLiteral("Association LN");
    case ClassId::IecLocalPortSetup:
        return QStringLiteral("IEC local port setup");
    case ClassId::ActivityCalendar:
        return QStringLiteral("Activity calendar");
    case ClassId::RegisterMonitor:
        return QStringLiteral("Register monitor");
    case ClassId::SingleActionSchedule:
        return QStringLiteral("Single action schedule");
    case ClassId::IecHdlcSetup:
        return QStringLiteral("IEC HDLC setup");
    case ClassId::SecuritySetup:
        return QStringLiteral("Security setup");
    case ClassId::Arbitrator:
        return QStringLiteral("Arbitrator");
    case ClassId::DisconnectControl:
        return QStringLiteral("Disconnect control");
    case ClassId::Limiter:
        return QStringLiteral("Limiter");
    case ClassId::Account:
        return QStringLiteral("Account");
    case ClassId::Credit:
        return QStringLiteral("Credit");
    case ClassId::Charge:
        return QStringLiteral("Charge");
    case ClassId::G3PlcMacSetup:
        return QStringLiteral("G3-PLC MAC setup");
    case ClassId::G3Plc6LoWPanAdaptationSetup:
        return QStringLiteral("G3-PLC 6LoWPAN adaptation layer setup");
    }
    return QStringLiteral("class %1").arg(classId);
}

} // namespace ims::cosem
