#pragma once
// Logical names of the SPODES objects the product uses (СТО 34.01-5.1-006,
// ГОСТ Р 58940-2020; collected in docs/reference spodes.md). Interface
// class in the comment.
#include "protocol/cosem/obis.h"

#include <optional>

namespace ims::cosem::spodes {

// Time and tariffs.
inline constexpr Obis Clock{0, 0, 1, 0, 0, 255};                // 8
inline constexpr Obis ActivityCalendar{0, 0, 13, 0, 0, 255};    // 20
inline constexpr Obis SpecialDaysTable{0, 0, 11, 0, 0, 255};    // 11
inline constexpr Obis TariffScriptTable{0, 0, 10, 0, 100, 255}; // 9
inline constexpr Obis BillingSchedule{0, 0, 15, 0, 0, 255};     // 22, billing day/hour

// Load relay.
inline constexpr Obis DisconnectControl{0, 0, 96, 3, 10, 255};      // 70
inline constexpr Obis RelayArbitrator{0, 0, 96, 3, 20, 255};        // 68
inline constexpr Obis DisconnectScriptTable{0, 0, 10, 0, 106, 255}; // 9
inline constexpr Obis DisconnectSchedule{0, 0, 15, 0, 1, 255};      // 22

// Limiters (class 71).
enum class LimiterKind : quint8 {
    Power = 0,
    Current = 1,
    Voltage = 2,
    MagneticField = 3,
    DifferentialCurrent = 4,
    Temperature = 5,
};
constexpr Obis limiter(LimiterKind kind)
{
    return Obis(0, 0, 17, 0, quint8(kind), 255);
}

// Profiles (class 7).
inline constexpr Obis LoadProfile{1, 0, 99, 1, 0, 255}; // 30 min
inline constexpr Obis SecondLoadProfile{1, 0, 99, 2, 0, 255};
inline constexpr Obis DailyBillingProfile{1, 0, 98, 2, 0, 255};
inline constexpr Obis MonthlyBillingProfile{1, 0, 98, 1, 0, 255};
inline constexpr Obis InstantaneousValuesProfile{1, 0, 94, 7, 0, 255};
inline constexpr Obis NameplateProfile{0, 0, 94, 7, 1, 255};
inline constexpr Obis RecordingInterval{1, 0, 0, 8, 4, 255}; // 1 or 3

// Event journals 0.0.99.98.e.255 (class 7).
enum class Journal : quint8 {
    Voltage = 0,
    Current = 1,
    PowerAndRelay = 2,  // power on/off, relay switching
    Programming = 3,    // data correction
    ExternalImpact = 4, // magnet, terminal cover, case, external sensor, HF field
    Connections = 5,
    UnauthorizedAccess = 6,
    SelfDiagnostics = 7,
    PowerFactor = 8, // tg φ
    PowerQuality = 9,
    InputsOutputs = 10,
    HourlyPowerFactorOverThreshold = 12,
    TimeCorrection = 13,
    StartOfYear = 14,
    QualityPerBillingPeriod = 15,
    PowerControl = 16,
    Battery = 17,
    RelayBlocker = 18,
    Temperature = 19,
};
constexpr Obis eventJournal(Journal journal)
{
    return Obis(0, 0, 99, 98, quint8(journal), 255);
}
// Event code register 0.0.96.11.e.255 (class 1), e = 0..8; its codes are
// described by SpodesEvents (spodes_events.h).
constexpr Obis eventCodeRegister(quint8 e)
{
    return Obis(0, 0, 96, 11, e, 255);
}

// Tamper sensors, current state (class 1).
inline constexpr Obis CaseOpenSensor{0, 0, 96, 51, 0, 255};
inline constexpr Obis TerminalCoverSensor{0, 0, 96, 51, 1, 255};
inline constexpr Obis MagneticFieldSensor{0, 0, 96, 51, 3, 255};
inline constexpr Obis HfFieldSensor{0, 0, 96, 51, 4, 255};

// Identity (class 1), 0.0.96.1.e.255.
inline constexpr Obis SerialNumber{0, 0, 96, 1, 0, 255};
inline constexpr Obis MeterType{0, 0, 96, 1, 1, 255};
inline constexpr Obis MetrologyFirmwareVersion{0, 0, 96, 1, 2, 255};
inline constexpr Obis Manufacturer{0, 0, 96, 1, 3, 255};
inline constexpr Obis ManufacturingDate{0, 0, 96, 1, 4, 255};
inline constexpr Obis RemoteDisplaySerialNumber{0, 0, 96, 1, 5, 255};
inline constexpr Obis SpodesVersion{0, 0, 96, 1, 6, 255};
inline constexpr Obis ConnectionScheme{0, 0, 96, 1, 7, 255};

// Associations (class 15).
inline constexpr Obis CurrentAssociation{0, 0, 40, 0, 0, 255};
inline constexpr Obis PublicClientAssociation{0, 0, 40, 0, 1, 255}; // client SAP 16
inline constexpr Obis MeterReaderAssociation{0, 0, 40, 0, 2, 255};  // client SAP 32
inline constexpr Obis ConfiguratorAssociation{0, 0, 40, 0, 3, 255}; // client SAP 48

// IEC HDLC setup (class 23).
inline constexpr Obis HdlcSetupOptical{0, 0, 22, 0, 0, 255};
inline constexpr Obis HdlcSetupRs485{0, 1, 22, 0, 0, 255};
inline constexpr Obis HdlcSetupGsm{0, 2, 22, 0, 0, 255};

// Energy registers (class 3), IEC 62056-6-1: 1.0.C.8.T.255 with C = 1 A+,
// 2 A-, 3 R+, 4 R-, and T = 0 total, 1..8 tariff.
enum class EnergyChannel : quint8 {
    ActiveImport = 1,   // A+
    ActiveExport = 2,   // A-
    ReactiveImport = 3, // R+
    ReactiveExport = 4, // R-
};
inline constexpr quint8 MaxTariff = 8;

// nullopt for a tariff above MaxTariff.
constexpr std::optional<Obis> energyRegister(EnergyChannel channel, quint8 tariff = 0)
{
    if (tariff > MaxTariff)
        return std::nullopt;
    return Obis(1, 0, quint8(channel), 8, tariff, 255);
}

} // namespace ims::cosem::spodes
