#include "protocol/sim/meter/sim_meter.h"

#include "protocol/core/logging.h"
#include "protocol/cosem/spodes_objects.h"
#include "protocol/sim/meter/factory_settings.h"
#include "protocol/sim/meter/meter_device.h"
#include "protocol/sim/meter/payment_model.h"
#include "protocol/sim/meter/tariff_schedule.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace ims::sim {

namespace {

constexpr int kMaxRelayHistory = 64;
constexpr int kMaxRecordedEvents = 256;

QDate localDate(qint64 day)
{
    return QDate::fromJulianDay(2440588 + day);
}

} // namespace

void EnergyTotals::add(const Energy &e, int tariff)
{
    for (int c = 0; c < 4; ++c) {
        const qint64 v = e.channel(c);
        value[size_t(c)][0] += v;
        if (tariff >= 1 && tariff <= kMaxTariffs)
            value[size_t(c)][size_t(tariff)] += v;
    }
}

SimMeter::SimMeter(MeterSpec spec, VirtualClock &clock, qint64 originMs,
                   const SimCredentials &credentials, FeederSum feederSum)
    : m_spec(std::move(spec))
    , m_clock(clock)
    , m_originMs(originMs)
    , m_credentials(credentials)
    , m_feederSum(std::move(feederSum))
{
    m_state.clockOffsetMs = m_spec.clockOffsetMs;
    m_state.driftRefMs = clock.nowMs();
    m_state.relay.controlMode = quint8(cosem::ControlMode::Mode2);
    m_state.limiters = factoryLimiters(traits());
    m_state.calendar = factoryCalendar();
    m_state.epochs = factoryEpochs();

    PaymentModel::init(*this);
}

SimMeter::~SimMeter() = default;

// ---- clock -----------------------------------------------------------------

qint64 SimMeter::meterTimeMs() const
{
    const qint64 now = m_clock.nowMs();
    const double drift = double(now - m_state.driftRefMs) * double(m_spec.clockDriftPpm) / 1e6;
    return now + m_state.clockOffsetMs + qint64(std::llround(drift));
}

void SimMeter::setMeterTime(qint64 ms)
{
    const qint64 now = m_clock.nowMs();
    m_state.clockOffsetMs = ms - now;
    m_state.driftRefMs = now;
    recordEvent(quint8(cosem::spodes::Journal::Programming), eventcode::TimeSet);
    recordEvent(quint8(cosem::spodes::Journal::TimeCorrection), eventcode::TimeCorrected);
}

void SimMeter::shiftTime(qint64 deltaMs)
{
    const qint64 now = m_clock.nowMs();
    m_state.clockOffsetMs = meterTimeMs() + deltaMs - now;
    m_state.driftRefMs = now;
    recordEvent(quint8(cosem::spodes::Journal::TimeCorrection), eventcode::TimeCorrected);
}

// ---- energy ----------------------------------------------------------------

bool SimMeter::relayClosedAt(qint64 ms) const
{
    for (auto it = m_state.relayHistory.crbegin(); it != m_state.relayHistory.crend(); ++it) {
        if (it->ms <= ms)
            return it->closed;
    }
    return true;
}

Energy SimMeter::registeredInterval(qint64 interval)
{
    const qint64 start = interval * kIntervalMs;
    if (m_spec.kind == ConsumerKind::HeadMeter) {
        if (!m_feederSum)
            return {};
        const Energy sum = m_feederSum(interval);
        return sum.scaled(
            1.0 + ConsumptionModel::lossFraction(m_spec.networkSeed, m_spec.router, interval));
    }
    Energy e = ConsumptionModel::realInterval(m_spec, interval);
    if (m_spec.theftFraction < 1.0 && start >= m_spec.theftSinceMs)
        e = e.scaled(m_spec.theftFraction);
    if (!relayClosedAt(start))
        return {};
    return e;
}

const cosem::CalendarPlan &SimMeter::planAt(qint64 ms) const
{
    for (auto it = m_state.epochs.crbegin(); it != m_state.epochs.crend(); ++it) {
        if (it->fromMs <= ms)
            return it->plan;
    }
    return m_state.epochs.first().plan;
}

int SimMeter::tariffAt(qint64 ms)
{
    const qint64 local = ms + qint64(kLocalUtcOffsetSeconds) * 1000;
    const qint64 day = ConsumptionModel::dayOf(ms);
    const qint64 inDay = local - day * kDayMs;
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(inDay));
    return TariffSchedule::tariffAt(planAt(ms), m_state.specialDays, localDate(day), time,
                                    traits().tariffs);
}

EnergyTotals SimMeter::baseTotals() const
{
    // What the meter had counted before the simulated history begins.
    EnergyTotals t;
    const quint64 h = mix64(m_spec.key() ^ 0xBA5Eull);
    const qint64 aPlus = m_spec.kind == ConsumerKind::HeadMeter
                             ? qint64(50'000'000)
                             : qint64((1'500'000.0 + 4'500'000.0 * unitFromHash(h)) * m_spec.size);
    const qint64 day = aPlus * 65 / 100;
    t.add({day, 0, qint64(double(day) * m_spec.tanPhi), 0}, 1);
    t.add({aPlus - day, m_spec.solar ? 180'000 : 0, qint64(double(aPlus - day) * m_spec.tanPhi), 0},
          2);
    return t;
}

void SimMeter::addDay(EnergyTotals &totals, qint64 day)
{
    const qint64 midnight = day * kDayMs - qint64(kLocalUtcOffsetSeconds) * 1000;
    const qint64 first = ConsumptionModel::intervalOf(midnight);
    const std::array<quint8, 48> tariffs = TariffSchedule::dayTariffs(
        planAt(midnight), m_state.specialDays, localDate(day), traits().tariffs);
    const qint64 periodStart = periodStartWh(day);
    for (int i = 0; i < 48; ++i) {
        const qint64 interval = first + i;
        // A calendar activated during the day applies from its moment on.
        const int tariff
            = m_state.epochs.size() > 1 ? tariffAt(interval * kIntervalMs) : tariffs[size_t(i)];
        totals.add(
            registeredInterval(interval),
            registeringTariff(interval * kIntervalMs, tariff, totals.value[0][0] - periodStart));
    }
}

qint64 SimMeter::periodStartWh(qint64 day) const
{
    const qint64 originDay = ConsumptionModel::dayOf(m_originMs);
    const qint64 monthStart = day - (localDate(day).day() - 1);
    const qint64 index
        = std::clamp<qint64>(monthStart - originDay, 0, qint64(m_dailyTotals.size()) - 1);
    return index < 0 ? 0 : m_dailyTotals[size_t(index)].value[0][0];
}

int SimMeter::registeringTariff(qint64 ms, int calendarTariff, qint64 periodWh) const
{
    const ZoneEpoch *epoch = nullptr;
    const QList<ZoneEpoch> &epochs = m_state.zones->epochs;
    for (auto it = epochs.crbegin(); it != epochs.crend(); ++it) {
        if (it->fromMs <= ms) {
            epoch = &*it;
            break;
        }
    }
    if (!epoch)
        return calendarTariff;
    const int registers = traits().tariffs;
    if (epoch->penaltyTariff != 0 && epoch->penaltyTariff <= registers && m_spec.tamperAtMs != 0
        && ms >= m_spec.tamperAtMs) {
        const QDate tamper = localDate(ConsumptionModel::dayOf(m_spec.tamperAtMs));
        const QDate now = localDate(ConsumptionModel::dayOf(ms));
        if (tamper.year() == now.year() && tamper.month() == now.month())
            return epoch->penaltyTariff;
    }
    int tariff = calendarTariff;
    for (const auto &[fromWh, zoneTariff] : epoch->zones) {
        if (periodWh >= fromWh && zoneTariff >= 1 && zoneTariff <= registers)
            tariff = zoneTariff;
    }
    return tariff;
}

qint64 SimMeter::periodEnergyWh(qint64 ms)
{
    const qint64 total = totalsAt(ms).value[0][0];
    return total - periodStartWh(ConsumptionModel::dayOf(ms));
}

EnergyTotals SimMeter::totalsAt(qint64 ms)
{
    activateCalendarIfDue();
    const qint64 originDay = ConsumptionModel::dayOf(m_originMs);
    if (ms < m_originMs)
        return baseTotals();
    const qint64 day = ConsumptionModel::dayOf(ms);
    if (m_dailyTotals.empty())
        m_dailyTotals.push_back(baseTotals());
    // Completed days never change again (every change applies from "now"
    // on), so the totals at each midnight are computed once.
    while (qint64(m_dailyTotals.size()) <= day - originDay) {
        EnergyTotals next = m_dailyTotals.back();
        addDay(next, originDay + qint64(m_dailyTotals.size()) - 1);
        m_dailyTotals.push_back(next);
    }
    EnergyTotals t = m_dailyTotals[size_t(day - originDay)];
    const qint64 periodStart = periodStartWh(day);
    const qint64 midnight = day * kDayMs - qint64(kLocalUtcOffsetSeconds) * 1000;
    const qint64 current = ConsumptionModel::intervalOf(ms);
    for (qint64 i = ConsumptionModel::intervalOf(midnight); i < current; ++i)
        t.add(registeredInterval(i), registeringTariff(i * kIntervalMs, tariffAt(i * kIntervalMs),
                                                       t.value[0][0] - periodStart));
    // The running interval counts pro rata.
    const double done = double(ms - current * kIntervalMs) / double(kIntervalMs);
    t.add(registeredInterval(current).scaled(done),
          registeringTariff(ms, tariffAt(ms), t.value[0][0] - periodStart));
    return t;
}

Instantaneous SimMeter::instantaneous(qint64 ms)
{
    Instantaneous v;
    const int phases = traits().phases;
    const Energy e = registeredInterval(ConsumptionModel::intervalOf(ms));
    const double wiggle = 0.9 + 0.2 * unitFromHash(mix64(m_spec.key() ^ quint64(ms / 10'000)));
    const double p = double(e.activeImport - e.activeExport) * 2.0 * wiggle;
    const double q = double(e.reactiveImport - e.reactiveExport) * 2.0 * wiggle;
    static constexpr std::array<double, 3> share3{0.38, 0.33, 0.29};
    for (int ph = 0; ph < phases; ++ph) {
        const double share = phases == 1 ? 1.0 : share3[size_t(ph)];
        v.voltage[size_t(ph)] = ConsumptionModel::voltage(m_spec, ms, ph);
        v.activePower[size_t(ph)] = p * share;
        v.reactivePower[size_t(ph)] = q * share;
        const double s = std::hypot(p * share, q * share);
        v.current[size_t(ph)] = v.voltage[size_t(ph)] > 1.0 ? s / v.voltage[size_t(ph)] : 0.0;
    }
    const double s = std::hypot(p, q);
    v.powerFactor = s > 0.0 ? std::abs(p) / s : 1.0;
    v.frequency = v.voltage[0] > 1.0
                      ? 49.95 + 0.1 * unitFromHash(mix64(quint64(ms / 1000) ^ m_spec.networkSeed))
                      : 0.0;
    if (traits().differentialCurrent) {
        const bool bypassed = m_spec.theftFraction < 1.0 && ms >= m_spec.theftSinceMs;
        const double total = v.current[0] + v.current[1] + v.current[2];
        v.differentialCurrent = bypassed ? total * (1.0 - m_spec.theftFraction) : 0.004;
    }
    return v;
}

// ---- relay, limiter, calendar ------------------------------------------------

void SimMeter::setRelay(bool closed, quint16 eventCode)
{
    evaluatePayment(); // what the credit did before this change happened first
    const qint64 now = m_clock.nowMs();
    m_state.relayHistory.append({now, closed});
    while (m_state.relayHistory.size() > kMaxRelayHistory)
        m_state.relayHistory.removeFirst();
    recordEvent(quint8(cosem::spodes::Journal::PowerAndRelay), eventCode, now);
}

void SimMeter::changeRelayAt(bool closed, quint16 eventCode, qint64 ms)
{
    if (!m_state.relayHistory.isEmpty())
        ms = std::max(ms, m_state.relayHistory.last().ms);
    m_state.relayHistory.append({ms, closed});
    while (m_state.relayHistory.size() > kMaxRelayHistory)
        m_state.relayHistory.removeFirst();
    recordEvent(quint8(cosem::spodes::Journal::PowerAndRelay), eventCode, ms);
    // Totals cached for midnights after the change counted a closed relay.
    const qint64 originDay = ConsumptionModel::dayOf(m_originMs);
    const qint64 keep = ConsumptionModel::dayOf(ms) - originDay + 1;
    if (keep >= 0 && qint64(m_dailyTotals.size()) > keep)
        m_dailyTotals.resize(size_t(keep));
}

void SimMeter::evaluatePayment()
{
    if (m_evaluatingPayment)
        return;
    m_evaluatingPayment = true;
    PaymentModel::evaluate(*this);
    m_evaluatingPayment = false;
}

double SimMeter::limiterMeasure(int slot, const Instantaneous &now) const
{
    using LK = cosem::spodes::LimiterKind;
    const int phases = traits().phases;
    double highest = 0.0;
    switch (LK(slot)) {
    case LK::Power:
        return now.totalActive(); // W
    case LK::Current:
        for (int p = 0; p < phases; ++p)
            highest = std::max(highest, now.current[size_t(p)]);
        return highest * 1000.0; // mA
    case LK::Voltage:
        for (int p = 0; p < phases; ++p)
            highest = std::max(highest, now.voltage[size_t(p)]);
        return highest * 10.0; // 0.1 V
    case LK::DifferentialCurrent:
        return now.differentialCurrent * 1000.0; // mA
    default:
        return 0.0;
    }
}

void SimMeter::evaluateLimiter()
{
    static constexpr quint16 tripEvent[kLimiterSlots]
        = {eventcode::PowerLimitDisconnect, eventcode::CurrentLimitDisconnect,
           eventcode::OvervoltageDisconnect, 0, eventcode::CurrentUnbalanceDisconnect};
    evaluatePayment();
    const qint64 now = m_clock.nowMs();
    std::optional<Instantaneous> values;
    for (int i = 0; i < kLimiterSlots; ++i) {
        const LimiterSlot &slot = m_state.limiters[size_t(i)];
        qint64 &overSince = m_state.limiterOverSinceMs[size_t(i)];
        const std::optional<quint64> threshold = slot.limiter.thresholdActive.toUInt64();
        if (!slot.present || !threshold || *threshold == 0 || !m_state.relay.outputState) {
            overSince = -1;
            continue;
        }
        if (!values)
            values = instantaneous(now);
        if (limiterMeasure(i, *values) <= double(*threshold)) {
            overSince = -1;
            continue;
        }
        if (overSince < 0)
            overSince = now;
        const qint64 needed = qint64(slot.limiter.minOverThresholdDurationSeconds) * 1000;
        if (now - overSince >= needed
            && cosem::DisconnectControl::allowsLocalDisconnect(m_state.relay.controlMode)) {
            m_state.relay.outputState = false;
            m_state.relay.controlState = quint8(cosem::ControlState::ReadyForReconnection);
            setRelay(false, tripEvent[i]);
            m_state.limiterOverSinceMs.fill(-1);
            return;
        }
    }
}

bool SimMeter::pressRelayButton()
{
    evaluatePayment();
    if (!m_state.relay.applyManualReconnect())
        return false;
    setRelay(true, eventcode::ConsumerClosedRelay);
    return true;
}

void SimMeter::activatePassiveCalendar()
{
    activateCalendarFrom(m_clock.nowMs());
}

void SimMeter::activateCalendarIfDue()
{
    const QDateTime due = m_state.calendar->activatePassiveCalendarTime.toQDateTime();
    if (!due.isValid())
        return;
    // The time is on the meter's clock; the epoch is kept in true time.
    const qint64 meterNow = meterTimeMs();
    if (due.toMSecsSinceEpoch() > meterNow)
        return;
    const qint64 from = m_clock.nowMs() - (meterNow - due.toMSecsSinceEpoch());
    m_state.calendar.edit().activatePassiveCalendarTime = {};
    activateCalendarFrom(std::min(from, m_clock.nowMs()));
}

void SimMeter::activateCalendarFrom(qint64 fromMs)
{
    cosem::ActivityCalendar &calendar = m_state.calendar.edit();
    calendar.active = calendar.passive;
    m_state.epochs.append({fromMs, calendar.active});
    while (m_state.epochs.size() > 16)
        m_state.epochs.removeAt(1);
    // Totals cached for midnights after the switch counted the old plan.
    dropTotalsAfter(fromMs);
    recordEvent(quint8(cosem::spodes::Journal::Programming), eventcode::CalendarActivated, fromMs);
}

void SimMeter::dropTotalsAfter(qint64 ms)
{
    const qint64 originDay = ConsumptionModel::dayOf(m_originMs);
    const qint64 keep = ConsumptionModel::dayOf(ms) - originDay + 1;
    if (keep >= 0 && qint64(m_dailyTotals.size()) > keep)
        m_dailyTotals.resize(size_t(keep));
}

void SimMeter::applyZones()
{
    ZoneState &zones = m_state.zones.edit();
    ZoneEpoch epoch;
    epoch.fromMs = m_clock.nowMs();
    epoch.penaltyTariff = zones.penaltyTariff;
    const cosem::RegisterMonitor &monitor = zones.monitor;
    // Only a monitor of the period's energy is a zone table; thresholds and
    // actions pair up to the shorter list while they are being rewritten.
    if (monitor.monitoredValue.logicalName == cosem::Obis(1, 0, 1, 9, 0, 255)) {
        const qsizetype n = std::min(monitor.thresholds.size(), monitor.actions.size());
        for (qsizetype i = 0; i < n; ++i) {
            const std::optional<quint64> wh = monitor.thresholds[i].toUInt64();
            if (wh)
                epoch.zones.append({qint64(*wh), quint8(monitor.actions[i].up.scriptSelector)});
        }
    }
    zones.epochs.append(epoch);
    while (zones.epochs.size() > 16)
        zones.epochs.removeAt(1);
    dropTotalsAfter(epoch.fromMs);
    recordEvent(quint8(cosem::spodes::Journal::Programming), eventcode::TariffZonesChanged);
}

// ---- events ----------------------------------------------------------------

void SimMeter::recordEvent(quint8 journal, quint16 code, qint64 ms)
{
    m_state.events.append({ms < 0 ? m_clock.nowMs() : ms, journal, code});
    while (m_state.events.size() > kMaxRecordedEvents)
        m_state.events.removeFirst();
}

QList<MeterEvent> SimMeter::journal(quint8 journal, int capacity)
{
    using J = cosem::spodes::Journal;
    evaluatePayment();
    const qint64 now = m_clock.nowMs();
    QList<MeterEvent> out;
    auto add = [&](qint64 ms, quint16 code) {
        if (ms >= m_originMs && ms <= now)
            out.append({ms, journal, code});
    };
    const qint64 firstDay = ConsumptionModel::dayOf(m_originMs);
    const qint64 lastDay = ConsumptionModel::dayOf(now);
    if (journal == quint8(J::PowerAndRelay) || journal == quint8(J::Voltage)) {
        for (qint64 day = firstDay; day <= lastDay; ++day) {
            if (journal == quint8(J::PowerAndRelay)) {
                if (const auto w
                    = ConsumptionModel::outageOnDay(m_spec.networkSeed, m_spec.router, day)) {
                    add(w->startMs, eventcode::PowerOff);
                    add(w->endMs, eventcode::PowerOn);
                }
            } else if (const auto w
                       = ConsumptionModel::sagOnDay(m_spec.networkSeed, m_spec.router, day)) {
                add(w->startMs, eventcode::VoltageDipStart);
                add(w->endMs, eventcode::VoltageDipEnd);
            }
        }
    } else if (journal == quint8(J::ExternalImpact)) {
        if (m_spec.theftFraction < 1.0) {
            add(m_spec.theftSinceMs, eventcode::MagnetStart);
            add(m_spec.theftSinceMs + 2 * 3'600'000, eventcode::MagnetEnd);
        }
        if (m_spec.tamperAtMs)
            add(m_spec.tamperAtMs, eventcode::TerminalCoverOpened);
    } else if (journal == quint8(J::SelfDiagnostics)) {
        add(m_originMs, eventcode::MeterInitialized);
    }
    for (const MeterEvent &e : std::as_const(m_state.events)) {
        if (e.journal == journal)
            out.append(e);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const MeterEvent &a, const MeterEvent &b) { return a.ms < b.ms; });
    if (out.size() > capacity)
        out.remove(0, out.size() - capacity);
    return out;
}

// ---- object model ------------------------------------------------------------

std::shared_ptr<LogicalDevice> SimMeter::device()
{
    if (!m_device)
        m_device = buildMeterDevice(*this);
    return m_device;
}

std::shared_ptr<DeviceSecurity> SimMeter::security()
{
    if (!m_security) {
        m_security = std::make_shared<DeviceSecurity>();
        m_security->keys = m_credentials.keys;
        QByteArray title = QByteArrayLiteral("MTX");
        const quint64 id = (quint64(m_spec.router) << 24) | (m_spec.index & 0xFFFFFF);
        for (int shift = 32; shift >= 0; shift -= 8)
            title.append(char((id >> shift) & 0xFF));
        m_security->systemTitle = title;
        m_security->nextInvocationCounter = m_state.nextInvocationCounter;
    }
    return m_security;
}

void SimMeter::releaseDevice()
{
    m_device.reset();
    // Nobody can cipher with these keys any more: keep only the counter.
    if (m_security && m_security.use_count() == 1) {
        m_state.nextInvocationCounter = m_security->nextInvocationCounter;
        m_security.reset();
    }
    m_dailyTotals.clear();
    m_dailyTotals.shrink_to_fit();
}

} // namespace ims::sim
