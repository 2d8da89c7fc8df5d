#include "protocol/cosem/spodes_events.h"

#include <span>

namespace ims::cosem {

namespace {

struct EventText
{
    quint16 code;
    const char *text;
};

// Generated from the tables cited in spodes_events.h; English wording ours.
constexpr EventText voltageEvents[] = {
    {1, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A: voltage lost")},
    {2, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A: voltage restored")},
    {3, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B: voltage lost")},
    {4, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B: voltage restored")},
    {5, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C: voltage lost")},
    {6, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C: voltage restored")},
    {7, QT_TRANSLATE_NOOP("SpodesEvents", "Overvoltage on any phase: start")},
    {8, QT_TRANSLATE_NOOP("SpodesEvents", "Overvoltage on any phase: end")},
    {9, QT_TRANSLATE_NOOP("SpodesEvents", "Undervoltage on any phase: start")},
    {10, QT_TRANSLATE_NOOP("SpodesEvents", "Undervoltage on any phase: end")},
    {11,
     QT_TRANSLATE_NOOP("SpodesEvents", "Negative-sequence voltage unbalance above limit: start")},
    {12, QT_TRANSLATE_NOOP("SpodesEvents", "Negative-sequence voltage unbalance above limit: end")},
    {13, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A: overvoltage start")},
    {14, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A: overvoltage end")},
    {15, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B: overvoltage start")},
    {16, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B: overvoltage end")},
    {17, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C: overvoltage start")},
    {18, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C: overvoltage end")},
    {19, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A: voltage dip start")},
    {20, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A: voltage dip end")},
    {21, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B: voltage dip start")},
    {22, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B: voltage dip end")},
    {23, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C: voltage dip start")},
    {24, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C: voltage dip end")},
    {25, QT_TRANSLATE_NOOP("SpodesEvents", "Wrong phase sequence: start")},
    {26, QT_TRANSLATE_NOOP("SpodesEvents", "Wrong phase sequence: end")},
    {27, QT_TRANSLATE_NOOP("SpodesEvents", "Voltage interruption")},
    {28, QT_TRANSLATE_NOOP("SpodesEvents", "Voltage restored")},
};

constexpr EventText currentEvents[] = {
    {1, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A: export start")},
    {2, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A: export end")},
    {3, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B: export start")},
    {4, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B: export end")},
    {5, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C: export start")},
    {6, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C: export end")},
    {7, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A current transformer open circuit")},
    {8, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A current transformer restored")},
    {9, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B current transformer open circuit")},
    {10, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B current transformer restored")},
    {11, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C current transformer open circuit")},
    {12, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C current transformer restored")},
    {13, QT_TRANSLATE_NOOP("SpodesEvents", "Current unbalance: start")},
    {14, QT_TRANSLATE_NOOP("SpodesEvents", "Current unbalance: end")},
    {15, QT_TRANSLATE_NOOP("SpodesEvents", "Current transformer short circuit: start")},
    {16, QT_TRANSLATE_NOOP("SpodesEvents", "Current transformer short circuit: end")},
    {17, QT_TRANSLATE_NOOP("SpodesEvents", "Overcurrent on any phase: start")},
    {18, QT_TRANSLATE_NOOP("SpodesEvents", "Overcurrent on any phase: end")},
    {19, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A: current without voltage, start")},
    {20, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A: current without voltage, end")},
    {21, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B: current without voltage, start")},
    {22, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B: current without voltage, end")},
    {23, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C: current without voltage, start")},
    {24, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C: current without voltage, end")},
    {25, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A: maximum current exceeded, start")},
    {26, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A: maximum current exceeded, end")},
    {27, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B: maximum current exceeded, start")},
    {28, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B: maximum current exceeded, end")},
    {29, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C: maximum current exceeded, start")},
    {30, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C: maximum current exceeded, end")},
    {31, QT_TRANSLATE_NOOP("SpodesEvents", "Current without voltage (broken neutral): start")},
    {32, QT_TRANSLATE_NOOP("SpodesEvents", "Current without voltage (broken neutral): end")},
    {33, QT_TRANSLATE_NOOP("SpodesEvents", "Reverse power flow in a unidirectional meter: start")},
    {34, QT_TRANSLATE_NOOP("SpodesEvents", "Reverse power flow in a unidirectional meter: end")},
    {35, QT_TRANSLATE_NOOP("SpodesEvents", "Opposite power directions in the phases: start")},
    {36, QT_TRANSLATE_NOOP("SpodesEvents", "Opposite power directions in the phases: end")},
    {37, QT_TRANSLATE_NOOP("SpodesEvents", "Current with the load relay open: start")},
    {38, QT_TRANSLATE_NOOP("SpodesEvents", "Current with the load relay open: end")},
};

constexpr EventText powerAndRelayEvents[] = {
    {1, QT_TRANSLATE_NOOP("SpodesEvents", "Meter power off")},
    {2, QT_TRANSLATE_NOOP("SpodesEvents", "Meter power on")},
    {3, QT_TRANSLATE_NOOP("SpodesEvents", "Consumer disconnected remotely")},
    {4, QT_TRANSLATE_NOOP("SpodesEvents", "Consumer reconnected remotely")},
    {5, QT_TRANSLATE_NOOP("SpodesEvents", "Consumer permitted to reconnect")},
    {6, QT_TRANSLATE_NOOP("SpodesEvents", "Load relay opened by the consumer")},
    {7, QT_TRANSLATE_NOOP("SpodesEvents", "Load relay closed by the consumer")},
    {8, QT_TRANSLATE_NOOP("SpodesEvents", "Local disconnection: power limit exceeded")},
    {9, QT_TRANSLATE_NOOP("SpodesEvents", "Local disconnection: maximum current exceeded")},
    {10, QT_TRANSLATE_NOOP("SpodesEvents", "Local disconnection: magnetic field")},
    {11, QT_TRANSLATE_NOOP("SpodesEvents", "Local disconnection: overvoltage")},
    {12, QT_TRANSLATE_NOOP("SpodesEvents", "Local reconnection: voltage back to normal")},
    {13, QT_TRANSLATE_NOOP("SpodesEvents", "Local disconnection: current without voltage")},
    {14, QT_TRANSLATE_NOOP("SpodesEvents", "Local disconnection: current unbalance")},
    {15, QT_TRANSLATE_NOOP("SpodesEvents", "Local disconnection: temperature")},
    {16, QT_TRANSLATE_NOOP("SpodesEvents", "Backup power supply on")},
    {17, QT_TRANSLATE_NOOP("SpodesEvents", "Backup power supply off")},
    {18, QT_TRANSLATE_NOOP("SpodesEvents", "Local disconnection: terminal cover or case opened")},
    {19, QT_TRANSLATE_NOOP("SpodesEvents", "Relay opened: tariff energy limits exceeded")},
    {20, QT_TRANSLATE_NOOP("SpodesEvents", "Relay closed after an active power disconnection")},
    {21, QT_TRANSLATE_NOOP("SpodesEvents", "Relay closed after an overcurrent disconnection")},
    {22, QT_TRANSLATE_NOOP("SpodesEvents", "Relay closed after a current unbalance disconnection")},
    {23, QT_TRANSLATE_NOOP("SpodesEvents", "Relay closed: temperature back to normal")},
    {24, QT_TRANSLATE_NOOP("SpodesEvents", "Relay closed: magnetic field back to normal")},
    {25, QT_TRANSLATE_NOOP("SpodesEvents", "Relay opened by the arbitrator")},
    {26, QT_TRANSLATE_NOOP("SpodesEvents", "Relay closed by the arbitrator")},
    {27, QT_TRANSLATE_NOOP("SpodesEvents", "Relay closed by the physical blocker")},
    {28, QT_TRANSLATE_NOOP("SpodesEvents", "Relay opened by the physical blocker")},
    {29, QT_TRANSLATE_NOOP("SpodesEvents", "Complete loss of meter power")},
};

constexpr EventText programmingEvents[] = {
    {1, QT_TRANSLATE_NOOP("SpodesEvents", "RS-485-1 address or baud rate changed")},
    {2, QT_TRANSLATE_NOOP("SpodesEvents", "RS-485-2 address or baud rate changed")},
    {3, QT_TRANSLATE_NOOP("SpodesEvents", "Time set")},
    {4, QT_TRANSLATE_NOOP("SpodesEvents", "Daylight saving settings changed")},
    {5, QT_TRANSLATE_NOOP("SpodesEvents", "Tariff schedule season profile changed")},
    {6, QT_TRANSLATE_NOOP("SpodesEvents", "Tariff schedule week profile changed")},
    {7, QT_TRANSLATE_NOOP("SpodesEvents", "Tariff schedule day profile changed")},
    {8, QT_TRANSLATE_NOOP("SpodesEvents", "Tariff schedule activation date changed")},
    {9, QT_TRANSLATE_NOOP("SpodesEvents", "Tariff schedule activated")},
    {10, QT_TRANSLATE_NOOP("SpodesEvents", "Billing day and hour changed")},
    {11, QT_TRANSLATE_NOOP("SpodesEvents", "Display mode changed (parameters)")},
    {12, QT_TRANSLATE_NOOP("SpodesEvents", "Display mode changed (auto scroll)")},
    {13, QT_TRANSLATE_NOOP("SpodesEvents", "Low security (read) password changed")},
    {14, QT_TRANSLATE_NOOP("SpodesEvents", "High security (write) password changed")},
    {15, QT_TRANSLATE_NOOP("SpodesEvents", "Metering point data changed")},
    {16, QT_TRANSLATE_NOOP("SpodesEvents", "Current transformer ratio changed")},
    {17, QT_TRANSLATE_NOOP("SpodesEvents", "Voltage transformer ratio changed")},
    {18, QT_TRANSLATE_NOOP("SpodesEvents", "Line loss parameters changed")},
    {19, QT_TRANSLATE_NOOP("SpodesEvents", "Power limit for disconnection changed")},
    {20, QT_TRANSLATE_NOOP("SpodesEvents", "Power disconnection delay changed")},
    {21, QT_TRANSLATE_NOOP("SpodesEvents", "Overcurrent disconnection delay changed")},
    {22, QT_TRANSLATE_NOOP("SpodesEvents", "Overvoltage disconnection delay changed")},
    {23, QT_TRANSLATE_NOOP("SpodesEvents", "Magnetic field disconnection delay changed")},
    {24, QT_TRANSLATE_NOOP("SpodesEvents", "Power interruption threshold changed")},
    {25, QT_TRANSLATE_NOOP("SpodesEvents", "Overvoltage threshold changed")},
    {26, QT_TRANSLATE_NOOP("SpodesEvents", "Voltage dip threshold changed")},
    {27, QT_TRANSLATE_NOOP("SpodesEvents", "Power factor (tg φ) threshold changed")},
    {28, QT_TRANSLATE_NOOP("SpodesEvents", "Voltage unbalance threshold changed")},
    {29, QT_TRANSLATE_NOOP("SpodesEvents", "Declared voltage changed")},
    {30, QT_TRANSLATE_NOOP("SpodesEvents", "Peak power integration period changed")},
    {31, QT_TRANSLATE_NOOP("SpodesEvents", "Profile 1 capture period changed")},
    {32, QT_TRANSLATE_NOOP("SpodesEvents", "Profile 2 capture period changed")},
    {33, QT_TRANSLATE_NOOP("SpodesEvents", "LCD backlight mode changed")},
    {34, QT_TRANSLATE_NOOP("SpodesEvents", "Telemetry mode 1 changed")},
    {35, QT_TRANSLATE_NOOP("SpodesEvents", "Monthly journal cleared")},
    {36, QT_TRANSLATE_NOOP("SpodesEvents", "Daily journal cleared")},
    {37, QT_TRANSLATE_NOOP("SpodesEvents", "Voltage journal cleared")},
    {38, QT_TRANSLATE_NOOP("SpodesEvents", "Current journal cleared")},
    {39, QT_TRANSLATE_NOOP("SpodesEvents", "Power on/off journal cleared")},
    {40, QT_TRANSLATE_NOOP("SpodesEvents", "External impacts journal cleared")},
    {41, QT_TRANSLATE_NOOP("SpodesEvents", "Connections journal cleared")},
    {42, QT_TRANSLATE_NOOP("SpodesEvents", "Unauthorized access journal cleared")},
    {43, QT_TRANSLATE_NOOP("SpodesEvents", "Power quality journal cleared")},
    {44, QT_TRANSLATE_NOOP("SpodesEvents", "Power factor (tg φ) journal cleared")},
    {45, QT_TRANSLATE_NOOP("SpodesEvents", "Inputs/outputs journal cleared")},
    {46, QT_TRANSLATE_NOOP("SpodesEvents", "Profile 1 cleared")},
    {47, QT_TRANSLATE_NOOP("SpodesEvents", "Profile 2 cleared")},
    {48, QT_TRANSLATE_NOOP("SpodesEvents", "Profile 3 cleared")},
    {49, QT_TRANSLATE_NOOP("SpodesEvents", "Special days table changed")},
    {50, QT_TRANSLATE_NOOP("SpodesEvents", "Relay control mode changed")},
    {51, QT_TRANSLATE_NOOP("SpodesEvents", "Readings stored in the monthly journal")},
    {52, QT_TRANSLATE_NOOP("SpodesEvents", "Push (alarm) mode changed")},
    {53, QT_TRANSLATE_NOOP("SpodesEvents", "Low security unicast key changed")},
    {54, QT_TRANSLATE_NOOP("SpodesEvents", "Low security broadcast encryption key changed")},
    {55, QT_TRANSLATE_NOOP("SpodesEvents", "High security unicast key changed")},
    {56, QT_TRANSLATE_NOOP("SpodesEvents", "High security broadcast key changed")},
    {57, QT_TRANSLATE_NOOP("SpodesEvents", "High security authentication key changed")},
    {58, QT_TRANSLATE_NOOP("SpodesEvents", "Master key changed")},
    {59, QT_TRANSLATE_NOOP("SpodesEvents", "Low security protection level changed")},
    {60, QT_TRANSLATE_NOOP("SpodesEvents", "High security protection level changed")},
    {61, QT_TRANSLATE_NOOP("SpodesEvents", "Remote display number changed")},
    {62, QT_TRANSLATE_NOOP("SpodesEvents",
                           "Active energy metering mode changed (absolute or per direction)")},
    {63, QT_TRANSLATE_NOOP("SpodesEvents", "Time set from GPS/GLONASS")},
    {64, QT_TRANSLATE_NOOP("SpodesEvents", "Broken neutral disconnection mode changed")},
    {65, QT_TRANSLATE_NOOP("SpodesEvents", "Firmware updated")},
    {66, QT_TRANSLATE_NOOP("SpodesEvents", "Current unbalance disconnection mode changed")},
    {67, QT_TRANSLATE_NOOP("SpodesEvents", "Temperature disconnection mode changed")},
    {68, QT_TRANSLATE_NOOP("SpodesEvents", "Time corrected")},
    {69, QT_TRANSLATE_NOOP("SpodesEvents", "Low security authentication key changed")},
    {70, QT_TRANSLATE_NOOP("SpodesEvents", "Push (alarm) flags cleared")},
    {71, QT_TRANSLATE_NOOP("SpodesEvents", "HDLC connection timeout changed")},
    {72, QT_TRANSLATE_NOOP("SpodesEvents", "Peak load hours changed")},
    {73, QT_TRANSLATE_NOOP("SpodesEvents", "Maximum demand hours changed")},
    {74, QT_TRANSLATE_NOOP("SpodesEvents", "Connection scheme changed")},
    {75, QT_TRANSLATE_NOOP("SpodesEvents", "Telemetry mode 2 changed")},
    {76, QT_TRANSLATE_NOOP("SpodesEvents", "Telemetry mode 3 changed")},
    {77, QT_TRANSLATE_NOOP("SpodesEvents", "Telemetry mode 4 changed")},
    {78, QT_TRANSLATE_NOOP("SpodesEvents",
                           "Terminal cover or case opening disconnection mode changed")},
    {79, QT_TRANSLATE_NOOP("SpodesEvents", "Active communication profile of the ports changed")},
    {80, QT_TRANSLATE_NOOP("SpodesEvents", "Monthly power quality journal cleared")},
    {81, QT_TRANSLATE_NOOP("SpodesEvents", "Network parameter integration period changed")},
    {82, QT_TRANSLATE_NOOP("SpodesEvents",
                           "Time threshold changed: average power factor (tg φ) of all phases")},
    {83,
     QT_TRANSLATE_NOOP("SpodesEvents",
                       "Time threshold changed: differential current, % of the largest current")},
    {84, QT_TRANSLATE_NOOP("SpodesEvents", "Time threshold changed: negative-sequence unbalance")},
    {85, QT_TRANSLATE_NOOP("SpodesEvents", "Optical port P1 address or baud rate changed")},
    {86, QT_TRANSLATE_NOOP("SpodesEvents", "Port P4 address or baud rate changed")},
    {87, QT_TRANSLATE_NOOP("SpodesEvents", "Load relay disconnection event filter changed")},
    {88, QT_TRANSLATE_NOOP("SpodesEvents", "Load relay event monitor changed")},
    {89, QT_TRANSLATE_NOOP("SpodesEvents", "Energy metering settings changed")},
    {90, QT_TRANSLATE_NOOP("SpodesEvents", "Frequency deviation threshold changed")},
    {91,
     QT_TRANSLATE_NOOP("SpodesEvents", "Active power threshold per integration period changed")},
    {92, QT_TRANSLATE_NOOP("SpodesEvents",
                           "Peak hours active power threshold per integration period changed")},
    {93, QT_TRANSLATE_NOOP("SpodesEvents", "Snapshot time changed; snapshot taken")},
    {94, QT_TRANSLATE_NOOP("SpodesEvents", "Load relay event monitor")},
    {95, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 1 event monitor")},
    {96, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 2 event monitor")},
    {97, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 3 event monitor")},
    {98, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 4 event monitor")},
    {99, QT_TRANSLATE_NOOP("SpodesEvents", "Load relay arbitrator settings changed")},
    {100, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 1 arbitrator settings changed")},
    {101, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 2 arbitrator settings changed")},
    {102, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 3 arbitrator settings changed")},
    {103, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 4 arbitrator settings changed")},
    {104, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 1 event filter changed")},
    {105, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 2 event filter changed")},
    {106, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 3 event filter changed")},
    {107, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 4 event filter changed")},
    {108, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 1 control mode changed")},
    {109, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 2 control mode changed")},
    {110, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 3 control mode changed")},
    {111, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay 4 control mode changed")},
    {112, QT_TRANSLATE_NOOP("SpodesEvents", "Alarm relay contact type changed")},
    {113,
     QT_TRANSLATE_NOOP("SpodesEvents", "TCP/UDP connection timeout changed (optical port P1)")},
    {114, QT_TRANSLATE_NOOP("SpodesEvents", "TCP/UDP connection timeout changed (port P2)")},
    {115, QT_TRANSLATE_NOOP("SpodesEvents", "TCP/UDP connection timeout changed (port P3)")},
    {116, QT_TRANSLATE_NOOP("SpodesEvents", "TCP/UDP connection timeout changed (port P4)")},
    {117, QT_TRANSLATE_NOOP("SpodesEvents",
                            "Hourly power factor (tg φ) over threshold journal cleared")},
    {118, QT_TRANSLATE_NOOP("SpodesEvents", "Time correction journal cleared")},
    {119, QT_TRANSLATE_NOOP("SpodesEvents", "Start of year journal cleared")},
    {121, QT_TRANSLATE_NOOP("SpodesEvents", "Power control journal cleared")},
    {122, QT_TRANSLATE_NOOP("SpodesEvents", "Battery journal cleared")},
    {123, QT_TRANSLATE_NOOP("SpodesEvents", "Load relay blocker journal cleared")},
    {124, QT_TRANSLATE_NOOP("SpodesEvents", "Temperature journal cleared")},
    {125, QT_TRANSLATE_NOOP("SpodesEvents", "Phase A voltage deviation journal cleared")},
    {126, QT_TRANSLATE_NOOP("SpodesEvents", "Phase B voltage deviation journal cleared")},
    {127, QT_TRANSLATE_NOOP("SpodesEvents", "Phase C voltage deviation journal cleared")},
    {128, QT_TRANSLATE_NOOP("SpodesEvents", "Line voltage AB deviation journal cleared")},
    {129, QT_TRANSLATE_NOOP("SpodesEvents", "Line voltage BC deviation journal cleared")},
    {130, QT_TRANSLATE_NOOP("SpodesEvents", "Line voltage CA deviation journal cleared")},
    {131, QT_TRANSLATE_NOOP("SpodesEvents", "Overvoltage journal cleared")},
    {132, QT_TRANSLATE_NOOP("SpodesEvents", "Voltage interruption journal cleared")},
    {133, QT_TRANSLATE_NOOP("SpodesEvents", "Telesignalling journal cleared")},
    {134, QT_TRANSLATE_NOOP("SpodesEvents", "Abnormal network situation journal cleared")},
    {135, QT_TRANSLATE_NOOP("SpodesEvents", "Zero-sequence voltage threshold changed: delay before "
                                            "the event (abnormal network situation)")},
    {136, QT_TRANSLATE_NOOP(
              "SpodesEvents",
              "Zero-sequence voltage threshold changed: push delay (abnormal network situation)")},
    {137,
     QT_TRANSLATE_NOOP("SpodesEvents",
                       "Voltage threshold changed: minimum value (abnormal network situation)")},
    {138, QT_TRANSLATE_NOOP(
              "SpodesEvents",
              "Voltage threshold changed: delay before the event (abnormal network situation)")},
    {139, QT_TRANSLATE_NOOP("SpodesEvents",
                            "Voltage threshold changed: push delay (abnormal network situation)")},
    {140, QT_TRANSLATE_NOOP("SpodesEvents", "Negative-sequence voltage threshold changed: maximum "
                                            "value (abnormal network situation)")},
    {141, QT_TRANSLATE_NOOP("SpodesEvents", "Negative-sequence voltage threshold changed: delay "
                                            "before the event (abnormal network situation)")},
    {142,
     QT_TRANSLATE_NOOP(
         "SpodesEvents",
         "Negative-sequence voltage threshold changed: push delay (abnormal network situation)")},
    {143, QT_TRANSLATE_NOOP("SpodesEvents", "Electronic seals armed")},
    {144, QT_TRANSLATE_NOOP("SpodesEvents", "Recorded magnetic/HF field events cleared")},
    {145, QT_TRANSLATE_NOOP("SpodesEvents", "Time zone changed")},
    {146, QT_TRANSLATE_NOOP("SpodesEvents", "LCD auto scroll sequence changed")},
    {147, QT_TRANSLATE_NOOP("SpodesEvents", "LCD button sequence changed")},
    {148, QT_TRANSLATE_NOOP("SpodesEvents", "Current limit level changed")},
    {149, QT_TRANSLATE_NOOP("SpodesEvents", "Voltage limit level changed")},
    {150, QT_TRANSLATE_NOOP("SpodesEvents", "Emergency tariff number changed")},
};

constexpr EventText externalImpactEvents[] = {
    {1, QT_TRANSLATE_NOOP("SpodesEvents", "Magnetic field: start")},
    {2, QT_TRANSLATE_NOOP("SpodesEvents", "Magnetic field: end")},
    {3, QT_TRANSLATE_NOOP("SpodesEvents", "Terminal cover electronic seal triggered")},
    {4, QT_TRANSLATE_NOOP("SpodesEvents", "Case electronic seal triggered")},
    {5, QT_TRANSLATE_NOOP("SpodesEvents", "External sensor electronic seal triggered")},
    {6, QT_TRANSLATE_NOOP("SpodesEvents", "HF field: start")},
    {7, QT_TRANSLATE_NOOP("SpodesEvents", "HF field: end")},
};

constexpr EventText communicationEvents[] = {
    {1, QT_TRANSLATE_NOOP("SpodesEvents", "Connection closed (interface)")},
    {2, QT_TRANSLATE_NOOP("SpodesEvents", "Connection established (interface)")},
};

constexpr EventText accessEvents[] = {
    {1, QT_TRANSLATE_NOOP("SpodesEvents", "Unauthorized access attempt (interface)")},
    {2, QT_TRANSLATE_NOOP("SpodesEvents", "Protocol violation")},
    {3, QT_TRANSLATE_NOOP("SpodesEvents", "Locked after too many wrong passwords")},
    {4, QT_TRANSLATE_NOOP("SpodesEvents", "Firmware verification error")},
};

constexpr EventText selfDiagnosticsEvents[] = {
    {1, QT_TRANSLATE_NOOP("SpodesEvents", "Meter initialization")},
    {2, QT_TRANSLATE_NOOP("SpodesEvents", "Measuring unit: error")},
    {3, QT_TRANSLATE_NOOP("SpodesEvents", "Measuring unit: normal")},
    {4, QT_TRANSLATE_NOOP("SpodesEvents", "Computing unit: error")},
    {5, QT_TRANSLATE_NOOP("SpodesEvents", "Real-time clock: error")},
    {6, QT_TRANSLATE_NOOP("SpodesEvents", "Real-time clock: normal")},
    {7, QT_TRANSLATE_NOOP("SpodesEvents", "Power supply unit: error")},
    {8, QT_TRANSLATE_NOOP("SpodesEvents", "Power supply unit: normal")},
    {9, QT_TRANSLATE_NOOP("SpodesEvents", "Display: error")},
    {10, QT_TRANSLATE_NOOP("SpodesEvents", "Display: normal")},
    {11, QT_TRANSLATE_NOOP("SpodesEvents", "Data memory: error")},
    {12, QT_TRANSLATE_NOOP("SpodesEvents", "Data memory: normal")},
    {13, QT_TRANSLATE_NOOP("SpodesEvents", "Program memory: error")},
    {14, QT_TRANSLATE_NOOP("SpodesEvents", "Program memory: normal")},
    {15, QT_TRANSLATE_NOOP("SpodesEvents", "Core clock system: error")},
    {16, QT_TRANSLATE_NOOP("SpodesEvents", "Core clock system: normal")},
    {17, QT_TRANSLATE_NOOP("SpodesEvents", "RTC clock system: error")},
    {18, QT_TRANSLATE_NOOP("SpodesEvents", "RTC clock system: normal")},
    {19, QT_TRANSLATE_NOOP("SpodesEvents", "Computing unit: normal")},
};

constexpr EventText reactivePowerEvents[] = {
    {1, QT_TRANSLATE_NOOP("SpodesEvents", "Power factor (tg φ) above threshold: start")},
    {2, QT_TRANSLATE_NOOP("SpodesEvents", "Power factor (tg φ) above threshold: end")},
};

// Outside the SPODES tables: codes from the top of the range that the
// simulated manufacturer (protocol/sim/meter/meter_state.h) records for
// prepayment and tariff zones. Named and known, but not counted by
// knownCount() (which counts the SPODES tables).
struct ManufacturerEvent
{
    EventCategory category;
    quint16 code;
    const char *text;
};

constexpr ManufacturerEvent manufacturerEvents[] = {
    {EventCategory::PowerAndRelay, 240,
     QT_TRANSLATE_NOOP("SpodesEvents", "Prepayment: low credit warning")},
    {EventCategory::PowerAndRelay, 241,
     QT_TRANSLATE_NOOP("SpodesEvents", "Prepayment: credit exhausted, consumer disconnected")},
    {EventCategory::PowerAndRelay, 242,
     QT_TRANSLATE_NOOP("SpodesEvents", "Prepayment: credit restored")},
    {EventCategory::Programming, 243,
     QT_TRANSLATE_NOOP("SpodesEvents", "Energy-threshold zones or penalty tariff changed")},
};

std::span<const EventText> table(EventCategory category)
{
    switch (category) {
    case EventCategory::Voltage:
        return voltageEvents;
    case EventCategory::Current:
        return currentEvents;
    case EventCategory::PowerAndRelay:
        return powerAndRelayEvents;
    case EventCategory::Programming:
        return programmingEvents;
    case EventCategory::ExternalImpact:
        return externalImpactEvents;
    case EventCategory::Communication:
        return communicationEvents;
    case EventCategory::Access:
        return accessEvents;
    case EventCategory::SelfDiagnostics:
        return selfDiagnosticsEvents;
    case EventCategory::ReactivePower:
        return reactivePowerEvents;
    }
    return {};
}

const EventText *find(EventCategory category, quint16 code)
{
    for (const EventText &e : table(category)) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

} // namespace

bool SpodesEvents::isKnown(EventCategory category, quint16 code)
{
    if (find(category, code))
        return true;
    for (const ManufacturerEvent &e : manufacturerEvents) {
        if (e.category == category && e.code == code)
            return true;
    }
    return false;
}

QString SpodesEvents::description(EventCategory category, quint16 code)
{
    if (const EventText *e = find(category, code))
        return QCoreApplication::translate("SpodesEvents", e->text);
    for (const ManufacturerEvent &e : manufacturerEvents) {
        if (e.category == category && e.code == code)
            return QCoreApplication::translate("SpodesEvents", e.text);
    }
    return tr("unknown event code %1").arg(code);
}

int SpodesEvents::knownCount(EventCategory category)
{
    return int(table(category).size());
}

QString SpodesEvents::categoryName(EventCategory category)
{
    switch (category) {
    case EventCategory::Voltage:
        return tr("Voltage events");
    case EventCategory::Current:
        return tr("Current events");
    case EventCategory::PowerAndRelay:
        return tr("Power on/off and load relay events");
    case EventCategory::Programming:
        return tr("Programming events");
    case EventCategory::ExternalImpact:
        return tr("External impact events");
    case EventCategory::Communication:
        return tr("Communication events");
    case EventCategory::Access:
        return tr("Access control events");
    case EventCategory::SelfDiagnostics:
        return tr("Self-diagnostics events");
    case EventCategory::ReactivePower:
        return tr("Power factor (tg φ) events");
    }
    return tr("event category %1").arg(quint8(category));
}

} // namespace ims::cosem
