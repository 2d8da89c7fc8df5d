#pragma once
// COSEM interface classes (IEC 62056-6-2, the "Blue Book"): class ids, the
// versions this code implements, and the attribute and method indices as
// the Blue Book numbers them. Attribute 1 is always logical_name.
//
// Indices are plain integers (qint8, as xDLMS carries them) grouped per
// class: ic::Clock::Attr::Time, ic::DisconnectControl::Method::RemoteReconnect.
#include <QString>

namespace ims::cosem {

enum class ClassId : quint16 {
    Data = 1,
    Register = 3,
    ExtendedRegister = 4,
    DemandRegister = 5,
    ProfileGeneric = 7,
    Clock = 8,
    ScriptTable = 9,
    SpecialDaysTable = 11,
    AssociationLN = 15,
    IecLocalPortSetup = 19,
    ActivityCalendar = 20,
    RegisterMonitor = 21,
    SingleActionSchedule = 22,
    IecHdlcSetup = 23,
    SecuritySetup = 64,
    Arbitrator = 68,
    DisconnectControl = 70,
    Limiter = 71,
    // Payment metering (Blue Book 4.6.x).
    Account = 111,
    Credit = 112,
    Charge = 113,
    // G3-PLC (by number only: the product lists them, it does not interpret them).
    G3PlcMacSetup = 91,
    G3Plc6LoWPanAdaptationSetup = 92,
};

// The Blue Book identifier ("Profile generic", "Association LN"), or
// "class <n>" for classes this table does not name.
QString classIdName(quint16 classId);

namespace ic {

struct Data
{
    static constexpr ClassId id = ClassId::Data;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 Value = 2;
    };
};

struct Register
{
    static constexpr ClassId id = ClassId::Register;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 Value = 2;
        static constexpr qint8 ScalerUnit = 3;
    };
    struct Method
    {
        static constexpr qint8 Reset = 1;
    };
};

struct ExtendedRegister
{
    static constexpr ClassId id = ClassId::ExtendedRegister;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 Value = 2;
        static constexpr qint8 ScalerUnit = 3;
        static constexpr qint8 Status = 4;
        static constexpr qint8 CaptureTime = 5;
    };
    struct Method
    {
        static constexpr qint8 Reset = 1;
    };
};

struct DemandRegister
{
    static constexpr ClassId id = ClassId::DemandRegister;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 CurrentAverageValue = 2;
        static constexpr qint8 LastAverageValue = 3;
        static constexpr qint8 ScalerUnit = 4;
        static constexpr qint8 Status = 5;
        static constexpr qint8 CaptureTime = 6;
        static constexpr qint8 StartTimeCurrent = 7;
        static constexpr qint8 Period = 8;
        static constexpr qint8 NumberOfPeriods = 9;
    };
    struct Method
    {
        static constexpr qint8 Reset = 1;
        static constexpr qint8 NextPeriod = 2;
    };
};

struct ProfileGeneric
{
    static constexpr ClassId id = ClassId::ProfileGeneric;
    static constexpr quint8 version = 1;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 Buffer = 2;
        static constexpr qint8 CaptureObjects = 3;
        static constexpr qint8 CapturePeriod = 4;
        static constexpr qint8 SortMethod = 5;
        static constexpr qint8 SortObject = 6;
        static constexpr qint8 EntriesInUse = 7;
        static constexpr qint8 ProfileEntries = 8;
    };
    struct Method
    {
        static constexpr qint8 Reset = 1;
        static constexpr qint8 Capture = 2;
    };
};

struct Clock
{
    static constexpr ClassId id = ClassId::Clock;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 Time = 2;
        static constexpr qint8 TimeZone = 3;
        static constexpr qint8 Status = 4;
        static constexpr qint8 DaylightSavingsBegin = 5;
        static constexpr qint8 DaylightSavingsEnd = 6;
        static constexpr qint8 DaylightSavingsDeviation = 7;
        static constexpr qint8 DaylightSavingsEnabled = 8;
        static constexpr qint8 ClockBase = 9;
    };
    struct Method
    {
        static constexpr qint8 AdjustToQuarter = 1;
        static constexpr qint8 AdjustToMeasuringPeriod = 2;
        static constexpr qint8 AdjustToMinute = 3;
        static constexpr qint8 AdjustToPresetTime = 4;
        static constexpr qint8 PresetAdjustingTime = 5;
        static constexpr qint8 ShiftTime = 6;
    };
};

struct ScriptTable
{
    static constexpr ClassId id = ClassId::ScriptTable;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 Scripts = 2;
    };
    struct Method
    {
        static constexpr qint8 Execute = 1;
    };
};

struct SpecialDaysTable
{
    static constexpr ClassId id = ClassId::SpecialDaysTable;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 Entries = 2;
    };
    struct Method
    {
        static constexpr qint8 Insert = 1;
        static constexpr qint8 Delete = 2;
    };
};

struct AssociationLN
{
    static constexpr ClassId id = ClassId::AssociationLN;
    // Versions 0..3 exist; access_rights differ between them (see object_list.h).
    static constexpr quint8 version = 1;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 ObjectList = 2;
        static constexpr qint8 AssociatedPartnersId = 3;
        static constexpr qint8 ApplicationContextName = 4;
        static constexpr qint8 XDlmsContextInfo = 5;
        static constexpr qint8 AuthenticationMechanismName = 6;
        static constexpr qint8 Secret = 7;
        static constexpr qint8 AssociationStatus = 8;
        static constexpr qint8 SecuritySetupReference = 9; // version >= 1
        static constexpr qint8 UserList = 10;              // version >= 2
        static constexpr qint8 CurrentUser = 11;           // version >= 2
    };
    struct Method
    {
        static constexpr qint8 ReplyToHlsAuthentication = 1;
        static constexpr qint8 ChangeHlsSecret = 2;
        static constexpr qint8 AddObject = 3;
        static constexpr qint8 RemoveObject = 4;
        static constexpr qint8 AddUser = 5;    // version >= 2
        static constexpr qint8 RemoveUser = 6; // version >= 2
    };
};

struct IecLocalPortSetup
{
    static constexpr ClassId id = ClassId::IecLocalPortSetup;
    static constexpr quint8 version = 1;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 DefaultMode = 2;
        static constexpr qint8 DefaultBaud = 3;
        static constexpr qint8 PropBaud = 4;
        static constexpr qint8 ResponseTime = 5;
        static constexpr qint8 DeviceAddress = 6;
        static constexpr qint8 PassP1 = 7;
        static constexpr qint8 PassP2 = 8;
        static constexpr qint8 PassW5 = 9;
    };
};

struct ActivityCalendar
{
    static constexpr ClassId id = ClassId::ActivityCalendar;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 CalendarNameActive = 2;
        static constexpr qint8 SeasonProfileActive = 3;
        static constexpr qint8 WeekProfileTableActive = 4;
        static constexpr qint8 DayProfileTableActive = 5;
        static constexpr qint8 CalendarNamePassive = 6;
        static constexpr qint8 SeasonProfilePassive = 7;
        static constexpr qint8 WeekProfileTablePassive = 8;
        static constexpr qint8 DayProfileTablePassive = 9;
        static constexpr qint8 ActivatePassiveCalendarTime = 10;
    };
    struct Method
    {
        static constexpr qint8 ActivatePassiveCalendar = 1;
    };
};

struct RegisterMonitor
{
    static constexpr ClassId id = ClassId::RegisterMonitor;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 Thresholds = 2;
        static constexpr qint8 MonitoredValue = 3;
        static constexpr qint8 Actions = 4;
    };
};

struct SingleActionSchedule
{
    static constexpr ClassId id = ClassId::SingleActionSchedule;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 ExecutedScript = 2;
        static constexpr qint8 Type = 3;
        static constexpr qint8 ExecutionTime = 4;
    };
};

struct IecHdlcSetup
{
    static constexpr ClassId id = ClassId::IecHdlcSetup;
    static constexpr quint8 version = 1;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 CommSpeed = 2;
        static constexpr qint8 WindowSizeTransmit = 3;
        static constexpr qint8 WindowSizeReceive = 4;
        static constexpr qint8 MaxInfoFieldLengthTransmit = 5;
        static constexpr qint8 MaxInfoFieldLengthReceive = 6;
        static constexpr qint8 InterOctetTimeOut = 7;
        static constexpr qint8 InactivityTimeOut = 8;
        static constexpr qint8 DeviceAddress = 9;
    };
};

struct Arbitrator
{
    static constexpr ClassId id = ClassId::Arbitrator;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 Actions = 2;
        static constexpr qint8 PermissionsTable = 3;
        static constexpr qint8 WeightingsTable = 4;
        static constexpr qint8 MostRecentRequestsTable = 5;
        static constexpr qint8 LastOutcome = 6;
    };
    struct Method
    {
        static constexpr qint8 RequestAction = 1;
        static constexpr qint8 Reset = 2;
    };
};

struct DisconnectControl
{
    static constexpr ClassId id = ClassId::DisconnectControl;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 OutputState = 2;
        static constexpr qint8 ControlState = 3;
        static constexpr qint8 ControlMode = 4;
    };
    struct Method
    {
        static constexpr qint8 RemoteDisconnect = 1;
        static constexpr qint8 RemoteReconnect = 2;
    };
};

struct Limiter
{
    static constexpr ClassId id = ClassId::Limiter;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 MonitoredValue = 2;
        static constexpr qint8 ThresholdActive = 3;
        static constexpr qint8 ThresholdNormal = 4;
        static constexpr qint8 ThresholdEmergency = 5;
        static constexpr qint8 MinOverThresholdDuration = 6;
        static constexpr qint8 MinUnderThresholdDuration = 7;
        static constexpr qint8 EmergencyProfile = 8;
        static constexpr qint8 EmergencyProfileGroupIdList = 9;
        static constexpr qint8 EmergencyProfileActive = 10;
        static constexpr qint8 Actions = 11;
    };
};

// Payment metering (IEC 62056-6-2 / Blue Book 4.6: Account, Credit, Charge).
struct Account
{
    static constexpr ClassId id = ClassId::Account;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 AccountModeAndStatus = 2;
        static constexpr qint8 CurrentCreditInUse = 3;
        static constexpr qint8 CurrentCreditStatus = 4;
        static constexpr qint8 AvailableCredit = 5;
        static constexpr qint8 AmountToClear = 6;
        static constexpr qint8 ClearanceThreshold = 7;
        static constexpr qint8 AggregatedDebt = 8;
        static constexpr qint8 CreditReferenceList = 9;
        static constexpr qint8 ChargeReferenceList = 10;
        static constexpr qint8 CreditChargeConfiguration = 11;
        static constexpr qint8 TokenGatewayConfiguration = 12;
        static constexpr qint8 AccountActivationTime = 13;
        static constexpr qint8 AccountClosureTime = 14;
        static constexpr qint8 Currency = 15;
        static constexpr qint8 LowCreditThreshold = 16;
        static constexpr qint8 NextCreditAvailableThreshold = 17;
        static constexpr qint8 MaxProvision = 18;
        static constexpr qint8 MaxProvisionPeriod = 19;
    };
    struct Method
    {
        static constexpr qint8 ActivateAccount = 1;
        static constexpr qint8 CloseAccount = 2;
        static constexpr qint8 ResetAccount = 3;
    };
};

struct Credit
{
    static constexpr ClassId id = ClassId::Credit;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 CurrentCreditAmount = 2;
        static constexpr qint8 Type = 3;
        static constexpr qint8 Priority = 4;
        static constexpr qint8 WarningThreshold = 5;
        static constexpr qint8 Limit = 6;
        static constexpr qint8 CreditConfiguration = 7;
        static constexpr qint8 Status = 8;
        static constexpr qint8 PresetCreditAmount = 9;
        static constexpr qint8 CreditAvailableThreshold = 10;
        static constexpr qint8 Period = 11;
    };
    struct Method
    {
        static constexpr qint8 UpdateAmount = 1;
        static constexpr qint8 SetAmountToValue = 2;
        static constexpr qint8 InvokeCredit = 3;
    };
};

struct Charge
{
    static constexpr ClassId id = ClassId::Charge;
    static constexpr quint8 version = 0;
    struct Attr
    {
        static constexpr qint8 LogicalName = 1;
        static constexpr qint8 TotalAmountPaid = 2;
        static constexpr qint8 ChargeType = 3;
        static constexpr qint8 Priority = 4;
        static constexpr qint8 UnitChargeActive = 5;
        static constexpr qint8 UnitChargePassive = 6;
        static constexpr qint8 UnitChargeActivationTime = 7;
        static constexpr qint8 Period = 8;
        static constexpr qint8 ChargeConfiguration = 9;
        static constexpr qint8 LastCollectionTime = 10;
        static constexpr qint8 LastCollectionAmount = 11;
        static constexpr qint8 TotalAmountRemaining = 12;
        static constexpr qint8 Proportion = 13;
    };
    struct Method
    {
        static constexpr qint8 UpdateUnitCharge = 1;
        static constexpr qint8 ActivatePassiveUnitCharge = 2;
        static constexpr qint8 Collect = 3;
        static constexpr qint8 UpdateTotalAmountRemaining = 4;
        static constexpr qint8 SetTotalAmountRemaining = 5;
    };
};

} // namespace ic

} // namespace ims::cosem
