#include "protocol/sim/meter/meter_device.h"

#include "protocol/cosem/script_table.h"
#include "protocol/cosem/spodes_objects.h"
#include "protocol/sim/meter/meter_objects.h"
#include "protocol/sim/meter/meter_profiles.h"
#include "protocol/sim/meter/payment_objects.h"
#include "protocol/sim/meter/sim_meter.h"
#include "protocol/sim/meter/zone_objects.h"
#include "protocol/sim/objects/profile_object.h"
#include "protocol/sim/objects/value_objects.h"
#include "protocol/sim/server/association_object.h"

#include <cmath>

namespace ims::sim {

namespace {

using cosem::Obis;
using cosem::ScalerUnit;
using cosem::Unit;
namespace spodes = cosem::spodes;

ScalerUnit su(int scaler, Unit unit)
{
    return ScalerUnit{qint8(scaler), quint8(unit)};
}

axdr::Value text(const QByteArray &s)
{
    return axdr::Value::visibleString(s);
}

void addIdentity(LogicalDevice &d, SimMeter &m)
{
    const MeterSpec &s = m.spec();
    const AccessPolicy everyone = AccessPolicy::readable(roles::All, 2);
    const AccessPolicy readers = AccessPolicy::readable(roles::ReaderAndUp, 2);
    d.emplace<DataObject>(spodes::SerialNumber, text(s.serial), everyone);
    d.emplace<DataObject>(spodes::MeterType, text(meterModelName(s.model).toLatin1()), everyone);
    d.emplace<DataObject>(spodes::MetrologyFirmwareVersion, text("1.07"), readers);
    d.emplace<DataObject>(spodes::Manufacturer, text("MATRITCA"), everyone);
    d.emplace<DataObject>(spodes::ManufacturingDate, meterDateTime(m.originMs()), readers);
    d.emplace<DataObject>(spodes::SpodesVersion, text("1.2"), readers);
    d.emplace<DataObject>(spodes::RecordingInterval, axdr::Value::longUnsigned(30), readers);
}

void addEnergyRegisters(LogicalDevice &d, SimMeter &m)
{
    for (int c = 1; c <= 4; ++c) {
        if (c > 2 && m.traits().phases == 1)
            continue; // single-phase NP515/NP523 count active energy only
        const Unit unit = c <= 2 ? Unit::WattHour : Unit::VarHour;
        for (int t = 0; t <= m.traits().tariffs; ++t) {
            // The public client sees the A+ total only, as on the meter's display.
            const AccessPolicy access
                = AccessPolicy::readable(c == 1 && t == 0 ? roles::All : roles::Reader, 3);
            d.emplace<RegisterObject>(
                *spodes::energyRegister(spodes::EnergyChannel(c), quint8(t)), su(0, unit),
                [&m, c, t] {
                    m.evaluatePayment(); // the relay may have opened for lack of credit
                    const EnergyTotals totals = m.totalsAt(m.nowMs());
                    return axdr::Value::doubleLongUnsigned(
                        quint32(totals.value[size_t(c - 1)][size_t(t)]));
                },
                access);
        }
        // Energy of the last complete 30-minute interval (the load profile columns).
        d.emplace<RegisterObject>(
            Obis(1, 0, quint8(c), 29, 0, 255), su(0, unit),
            [&m, c] {
                const qint64 last = ConsumptionModel::intervalOf(m.nowMs()) - 1;
                return axdr::Value::doubleLongUnsigned(
                    quint32(m.registeredInterval(last).channel(c - 1)));
            },
            AccessPolicy::readable(roles::Reader, 3));
    }
}

void addInstantaneous(LogicalDevice &d, SimMeter &m)
{
    const AccessPolicy access = AccessPolicy::readable(roles::Reader, 3);
    auto add
        = [&](Obis obis, ScalerUnit unit, std::function<axdr::Value(const Instantaneous &)> pick) {
              d.emplace<RegisterObject>(
                  obis, unit,
                  [&m, pick] {
                      m.evaluateLimiter();
                      return pick(m.instantaneous(m.nowMs()));
                  },
                  access);
          };
    auto volts = [](double v) {
        return axdr::Value::longUnsigned(quint16(std::lround(v * 10)));
    };
    auto amps = [](double a) {
        return axdr::Value::doubleLongUnsigned(quint32(std::lround(a * 1000)));
    };
    auto watts = [](double w) {
        return axdr::Value::doubleLong(qint32(std::lround(w)));
    };
    const int phases = m.traits().phases;
    if (phases == 1) {
        add(Obis(1, 0, 12, 7, 0, 255), su(-1, Unit::Volt),
            [volts](const Instantaneous &i) { return volts(i.voltage[0]); });
        add(Obis(1, 0, 11, 7, 0, 255), su(-3, Unit::Ampere),
            [amps](const Instantaneous &i) { return amps(i.current[0]); });
    } else {
        static constexpr quint8 voltageC[3] = {32, 52, 72};
        static constexpr quint8 currentC[3] = {31, 51, 71};
        static constexpr quint8 powerC[3] = {21, 41, 61};
        static constexpr quint8 reactiveC[3] = {23, 43, 63};
        for (int p = 0; p < 3; ++p) {
            add(Obis(1, 0, voltageC[p], 7, 0, 255), su(-1, Unit::Volt),
                [volts, p](const Instantaneous &i) { return volts(i.voltage[size_t(p)]); });
            add(Obis(1, 0, currentC[p], 7, 0, 255), su(-3, Unit::Ampere),
                [amps, p](const Instantaneous &i) { return amps(i.current[size_t(p)]); });
            add(Obis(1, 0, powerC[p], 7, 0, 255), su(0, Unit::Watt),
                [watts, p](const Instantaneous &i) { return watts(i.activePower[size_t(p)]); });
            add(Obis(1, 0, reactiveC[p], 7, 0, 255), su(0, Unit::Var),
                [watts, p](const Instantaneous &i) { return watts(i.reactivePower[size_t(p)]); });
        }
    }
    add(Obis(1, 0, 1, 7, 0, 255), su(0, Unit::Watt),
        [watts](const Instantaneous &i) { return watts(i.totalActive()); });
    add(Obis(1, 0, 3, 7, 0, 255), su(0, Unit::Var),
        [watts](const Instantaneous &i) { return watts(i.totalReactive()); });
    add(Obis(1, 0, 14, 7, 0, 255), su(-2, Unit::Hertz), [](const Instantaneous &i) {
        return axdr::Value::longUnsigned(quint16(std::lround(i.frequency * 100)));
    });
    add(Obis(1, 0, 13, 7, 0, 255), su(-3, Unit::Count), [](const Instantaneous &i) {
        return axdr::Value::long16(qint16(std::lround(i.powerFactor * 1000)));
    });
    if (m.traits().differentialCurrent) // NP545: leakage between phase and neutral
        add(Obis(1, 0, 91, 7, 0, 255), su(-3, Unit::Ampere),
            [amps](const Instantaneous &i) { return amps(i.differentialCurrent); });
}

void addJournals(LogicalDevice &d, SimMeter &m)
{
    using J = spodes::Journal;
    const J journals[]
        = {J::Voltage,        J::Current,     J::PowerAndRelay,      J::Programming,
           J::ExternalImpact, J::Connections, J::UnauthorizedAccess, J::SelfDiagnostics,
           J::TimeCorrection};
    for (J j : journals)
        d.emplace<ProfileObject>(spodes::eventJournal(j),
                                 std::make_unique<JournalSource>(m, quint8(j)),
                                 ProfileObject::defaultAccess());
    for (quint8 e = 0; e <= 8; ++e)
        d.emplace<DataObject>(
            spodes::eventCodeRegister(e),
            [&m, e] {
                const QList<MeterEvent> events = m.journal(e, 1);
                return axdr::Value::longUnsigned(events.isEmpty() ? 0 : events.last().code);
            },
            AccessPolicy::readable(roles::Reader, 2));
    // Tamper sensors now: 0 = normal, 1 = triggered.
    d.emplace<DataObject>(spodes::CaseOpenSensor, axdr::Value::unsigned8(0),
                          AccessPolicy::readable(roles::Reader, 2));
    d.emplace<DataObject>(
        spodes::TerminalCoverSensor,
        [&m] {
            return axdr::Value::unsigned8(m.spec().tamperAtMs && m.nowMs() >= m.spec().tamperAtMs);
        },
        AccessPolicy::readable(roles::Reader, 2));
    // The thieves' magnets were taken off again (see the journal); the sensor is quiet now.
    d.emplace<DataObject>(spodes::MagneticFieldSensor, axdr::Value::unsigned8(0),
                          AccessPolicy::readable(roles::Reader, 2));
}

void addControl(LogicalDevice &d, SimMeter &m)
{
    AccessPolicy relay = AccessPolicy::readable(roles::Reader, 4, bits({4}), bits({1, 2}));
    d.emplace<DisconnectControlObject>(m, relay);
    for (int k = 0; k < kLimiterSlots; ++k) {
        if (m.state().limiters[size_t(k)].present)
            d.emplace<LimiterObject>(
                m, spodes::LimiterKind(k),
                AccessPolicy::readable(roles::Reader, 11, bits({3, 4, 5, 6, 7, 8, 9, 10, 11})));
    }
    d.emplace<ActivityCalendarObject>(
        m, AccessPolicy::readable(roles::Reader, 10, bits({6, 7, 8, 9, 10}), bits({1})));
    d.emplace<SpecialDaysObject>(m,
                                 AccessPolicy::readable(roles::Reader, 2, bits({2}), bits({1, 2})));
    if (m.traits().energyZones) {
        d.emplace<ZoneMonitorObject>(m, AccessPolicy::readable(roles::Reader, 4, bits({2, 3, 4})));
        d.emplace<DataObject>(
            Obis(0, 0, 96, 50, 0, 255),
            [&m] { return axdr::Value::unsigned8(m.state().zones->penaltyTariff); },
            AccessPolicy::readable(roles::Reader, 2, bits({2})),
            [&m](const axdr::Value &v) {
                const std::optional<quint64> tariff = v.toUInt64();
                if (v.type() != axdr::DataType::Unsigned || !tariff)
                    return dlms::DataAccessResult::TypeUnmatched;
                if (*tariff > quint64(m.traits().tariffs))
                    return dlms::DataAccessResult::OtherReason;
                m.state().zones.edit().penaltyTariff = quint8(*tariff);
                m.applyZones();
                return dlms::DataAccessResult::Success;
            });
        d.emplace<RegisterObject>(
            Obis(1, 0, 1, 9, 0, 255), su(0, Unit::WattHour),
            [&m] { return axdr::Value::doubleLongUnsigned(quint32(m.periodEnergyWh(m.nowMs()))); },
            AccessPolicy::readable(roles::Reader, 3));
    }
    if (m.state().payment.present) {
        d.emplace<AccountObject>(m, AccountObject::defaultAccess());
        d.emplace<CreditObject>(m, CreditObject::defaultAccess());
        d.emplace<ChargeObject>(m, ChargeObject::defaultAccess());
    }

    QList<cosem::Script> tariffScripts;
    for (int t = 1; t <= m.traits().tariffs; ++t)
        tariffScripts.append(cosem::Script{quint16(t), {}});
    d.emplace<ScriptTableObject>(
        spodes::TariffScriptTable, cosem::ScriptTable::scriptsToValue(tariffScripts),
        ScriptTableObject::Runner{}, AccessPolicy::readable(roles::Reader, 2));
    QList<cosem::Script> relayScripts{{1,
                                       {{quint8(cosem::ScriptService::ExecuteMethod), 70,
                                         spodes::DisconnectControl, 1, axdr::Value::integer(0)}}},
                                      {2,
                                       {{quint8(cosem::ScriptService::ExecuteMethod), 70,
                                         spodes::DisconnectControl, 2, axdr::Value::integer(0)}}}};
    d.emplace<ScriptTableObject>(
        spodes::DisconnectScriptTable, cosem::ScriptTable::scriptsToValue(relayScripts),
        [&m](quint16 id) {
            if (id == 1 && m.state().relay.applyRemoteDisconnect()) {
                m.setRelay(false, eventcode::RemoteDisconnect);
                return true;
            }
            if (id == 2 && m.state().relay.applyRemoteReconnect()) {
                m.setRelay(m.state().relay.outputState, eventcode::RemoteReconnect);
                return true;
            }
            return id == 1 || id == 2;
        },
        AccessPolicy::readable(roles::Reader, 2, 0, bits({1})));
}

} // namespace

void addSpodesAssociations(LogicalDevice &d, const SimCredentials &credentials)
{
    using M = dlms::AuthenticationMechanism;
    d.addClient({kPublicClientSap,
                 ClientRole::Public,
                 spodes::PublicClientAssociation,
                 {M::Lowest},
                 {},
                 false});
    d.addClient({kReaderClientSap,
                 ClientRole::Reader,
                 spodes::MeterReaderAssociation,
                 {M::Low},
                 credentials.readerPassword,
                 false});
    d.addClient({kConfiguratorClientSap,
                 ClientRole::Configurator,
                 spodes::ConfiguratorAssociation,
                 {M::Low, M::HighGmac},
                 credentials.configuratorPassword,
                 true});
    d.emplace<AssociationObject>(spodes::CurrentAssociation, 0, AssociationObject::defaultAccess());
    AccessPolicy publicOne = AssociationObject::defaultAccess();
    d.emplace<AssociationObject>(spodes::PublicClientAssociation, kPublicClientSap, publicOne);
    AccessPolicy readerOne;
    readerOne.read(roles::ReaderAndUp, bits({1, 2, 3, 4, 5, 6, 8}))
        .write(roles::Configurator, bits({7}));
    d.emplace<AssociationObject>(spodes::MeterReaderAssociation, kReaderClientSap, readerOne);
    AccessPolicy configuratorOne;
    configuratorOne.read(roles::Configurator, bits({1, 2, 3, 4, 5, 6, 8}))
        .write(roles::Configurator, bits({7}));
    d.emplace<AssociationObject>(spodes::ConfiguratorAssociation, kConfiguratorClientSap,
                                 configuratorOne);
}

std::shared_ptr<LogicalDevice> buildMeterDevice(SimMeter &m)
{
    auto d = std::make_shared<LogicalDevice>(1);
    d->setSecurity(m.security());
    d->setAuthenticationFailureHook([&m](quint16) {
        m.recordEvent(quint8(spodes::Journal::UnauthorizedAccess), eventcode::UnauthorizedAccess);
    });
    addSpodesAssociations(*d, m.credentials());
    addIdentity(*d, m);

    AccessPolicy clock;
    clock.read(roles::All, bits({1, 2})).read(roles::ReaderAndUp, upTo(9));
    clock.write(roles::Configurator, bits({2})).execute(roles::Configurator, bits({1, 3, 6}));
    d->emplace<MeterClockObject>(m, clock);

    addEnergyRegisters(*d, m);
    addInstantaneous(*d, m);
    d->emplace<ProfileObject>(spodes::LoadProfile, std::make_unique<LoadProfileSource>(m),
                              ProfileObject::defaultAccess());
    d->emplace<ProfileObject>(
        spodes::DailyBillingProfile,
        std::make_unique<BillingProfileSource>(m, BillingProfileSource::Period::Daily),
        ProfileObject::defaultAccess());
    d->emplace<ProfileObject>(
        spodes::MonthlyBillingProfile,
        std::make_unique<BillingProfileSource>(m, BillingProfileSource::Period::Monthly),
        ProfileObject::defaultAccess());
    addJournals(*d, m);
    addControl(*d, m);
    return d;
}

} // namespace ims::sim
