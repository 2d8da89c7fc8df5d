#pragma once
// Who a simulated meter is: model, addresses, serial number and the
// parameters of its consumer, all derived from (network seed, router,
// index) so that a million meters cost nothing until one is contacted,
// and a meter is the same every time the simulator starts with that seed.
#include <QByteArray>
#include <QString>

namespace ims::sim {

// Meter models of the Smart IMS system (see the seeds).
enum class MeterModel : quint8 {
    NP515, // single-phase, active energy
    NP523, // single-phase, active energy, remote display
    NP541, // three-phase, 6-10 kV networks
    NP542, // three-phase, 0.4 kV
    NP545, // three-phase, 0.4 kV, differential current
};
QString meterModelName(MeterModel model); // "NP515", ...

struct ModelTraits
{
    int phases = 1;
    bool differentialCurrent = false;
    int tariffs = 4;      // tariff registers T1..Tn
    int maxCurrentA = 60; // Imax
    // Energy-threshold zones and a penalty tariff (register monitor
    // 0.0.16.1.0.255, data 0.0.96.50.0.255).
    bool energyZones = false;
};
ModelTraits traitsOf(MeterModel model);

enum class ConsumerKind : quint8 { Household, Commercial, HeadMeter };

struct MeterSpec
{
    quint64 networkSeed = 0;
    quint32 router = 0;   // 1-based router number
    quint32 index = 0;    // 0-based position behind its router
    quint16 physical = 0; // HDLC physical address behind the router
    MeterModel model = MeterModel::NP515;
    ConsumerKind kind = ConsumerKind::Household;
    QByteArray serial; // printable digits

    double size = 1.0;   // scales the household/commercial load curve
    double tanPhi = 0.3; // reactive / active
    bool solar = false;  // exports at midday in summer (A-)
    // Scenarios.
    double theftFraction = 1.0; // < 1: the meter registers only this part of the load
    qint64 theftSinceMs = 0;
    qint64 tamperAtMs = 0;    // terminal cover opened, 0 = never
    qint32 clockDriftPpm = 0; // + runs fast
    qint64 clockOffsetMs = 0; // error at the start of the simulation

    // A stable 64-bit identity for hashing the consumption model.
    quint64 key() const;
};

// The default population: mostly NP515/NP523 households, every 12th a
// three-phase commercial consumer, ~1 % thieves, a few drifting clocks.
// `startMs` is the simulation start (scenario times are set around it).
MeterSpec makeMeterSpec(quint64 networkSeed, quint32 router, quint32 index, qint64 startMs);
// The substation's head meter of a router (three-phase NP541).
MeterSpec makeHeadMeterSpec(quint64 networkSeed, quint32 router);

// First physical address used for meters behind a router (0x10).
inline constexpr quint16 kFirstMeterPhysical = 16;
// Physical address of the head meter: right after the last possible meter.
inline constexpr quint16 kHeadMeterPhysical = 0x3000;

// splitmix64: the simulator's deterministic hash.
quint64 mix64(quint64 x);
// A uniform number in [0, 1) from a hash.
double unitFromHash(quint64 h);

} // namespace ims::sim
