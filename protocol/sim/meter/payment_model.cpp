#include "protocol/sim/meter/payment_model.h"

#include "protocol/cosem/disconnect_control.h"
#include "protocol/cosem/spodes_objects.h"
#include "protocol/sim/meter/sim_meter.h"

#include <algorithm>

namespace ims::sim {

namespace {

// Kopecks per kWh: day, night, peak, half-peak, then the day price.
constexpr std::array<qint16, 9> kDefaultPrices{0, 643, 321, 771, 643, 643, 643, 643, 643};

PaymentState &payment(SimMeter &m)
{
    return m.state().payment;
}

qint64 charged(SimMeter &m, qint64 ms)
{
    const PaymentState &p = m.state().payment;
    const EnergyTotals t = m.totalsAt(std::max(ms, p.refMs));
    qint64 cost = 0; // Wh × kopecks/kWh
    for (int tariff = 1; tariff <= kMaxTariffs; ++tariff) {
        const qint64 wh = t.value[0][size_t(tariff)] - p.refEnergy[size_t(tariff)];
        cost += std::max<qint64>(wh, 0) * p.price[size_t(tariff)];
    }
    return cost / 1000;
}

quint8 relayJournal()
{
    return quint8(cosem::spodes::Journal::PowerAndRelay);
}

} // namespace

void PaymentModel::init(SimMeter &m)
{
    PaymentState &p = payment(m);
    if (m.spec().kind == ConsumerKind::HeadMeter)
        return; // the substation's meter has no subscriber to bill
    p.present = true;
    p.mode = quint8(cosem::PaymentMode::Credit);
    p.accountStatus = quint8(cosem::AccountStatus::Active);
    p.refMs = m.nowMs();
    p.evaluatedMs = p.refMs;
    // 500.00 to 3 000.00 roubles, the same every start.
    p.creditAtRef = 50'000 + qint64(mix64(m.spec().key() ^ 0xC4ED17ull) % 250'001);
    p.lowCreditThreshold = 10'000; // 100.00 roubles
    p.limit = 0;
    p.price = kDefaultPrices;
}

void PaymentModel::ensureReference(SimMeter &m)
{
    PaymentState &p = payment(m);
    if (p.refKnown)
        return;
    const EnergyTotals t = m.totalsAt(p.refMs);
    for (int tariff = 1; tariff <= kMaxTariffs; ++tariff)
        p.refEnergy[size_t(tariff)] = t.value[0][size_t(tariff)];
    p.refKnown = true;
}

qint64 PaymentModel::available(SimMeter &m, qint64 ms)
{
    ensureReference(m);
    return payment(m).creditAtRef - charged(m, ms);
}

qint64 PaymentModel::totalPaid(SimMeter &m, qint64 ms)
{
    ensureReference(m);
    return payment(m).paidAtRef + charged(m, ms);
}

qint64 PaymentModel::firstCrossing(SimMeter &m, qint64 lo, qint64 hi, qint64 threshold)
{
    // The credit only falls between references, so the first second at or
    // below the threshold is found by halving.
    if (available(m, lo) <= threshold)
        return lo;
    while (hi - lo > 1000) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (available(m, mid) <= threshold)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}

void PaymentModel::evaluate(SimMeter &m, bool force)
{
    PaymentState &p = payment(m);
    if (!p.present || p.accountStatus != quint8(cosem::AccountStatus::Active))
        return;
    const qint64 now = m.nowMs();
    if (now < p.evaluatedMs || (now == p.evaluatedMs && !force))
        return;
    ensureReference(m);
    const qint64 from = p.evaluatedMs;
    const qint64 credit = available(m, now);
    if (!p.lowWarned && credit <= p.lowCreditThreshold) {
        p.lowWarned = true;
        m.recordEvent(relayJournal(), eventcode::LowCreditWarning,
                      firstCrossing(m, from, now, p.lowCreditThreshold));
    }
    if (p.mode == quint8(cosem::PaymentMode::Prepayment) && !p.outOfCredit && credit <= p.limit) {
        const qint64 at = firstCrossing(m, from, now, p.limit);
        p.outOfCredit = true;
        cosem::DisconnectControl &relay = m.state().relay;
        if (m.relayClosedAt(at)
            && cosem::DisconnectControl::allowsLocalDisconnect(relay.controlMode)) {
            // Disconnected, not ready_for_reconnection: the button does
            // nothing until the account is credited again.
            relay.outputState = false;
            relay.controlState = quint8(cosem::ControlState::Disconnected);
            m.changeRelayAt(false, eventcode::CreditExhaustedDisconnect, at);
        } else {
            m.recordEvent(relayJournal(), eventcode::CreditExhaustedDisconnect, at);
        }
    }
    p.evaluatedMs = now;
}

void PaymentModel::moveReference(SimMeter &m, qint64 creditNow)
{
    PaymentState &p = payment(m);
    const qint64 now = m.nowMs();
    p.paidAtRef = totalPaid(m, now);
    const EnergyTotals t = m.totalsAt(now);
    for (int tariff = 1; tariff <= kMaxTariffs; ++tariff)
        p.refEnergy[size_t(tariff)] = t.value[0][size_t(tariff)];
    p.refMs = now;
    p.creditAtRef = creditNow;
    p.evaluatedMs = now;
}

void PaymentModel::restoreIfCredited(SimMeter &m)
{
    PaymentState &p = payment(m);
    const qint64 credit = available(m, m.nowMs());
    if (credit > p.lowCreditThreshold)
        p.lowWarned = false; // warns again next time
    const bool stillBlocked = p.mode == quint8(cosem::PaymentMode::Prepayment) && credit <= p.limit;
    if (!p.outOfCredit || stillBlocked)
        return;
    p.outOfCredit = false;
    cosem::DisconnectControl &relay = m.state().relay;
    if (relay.controlState == quint8(cosem::ControlState::Disconnected)
        && relay.applyRemoteReconnect() && relay.outputState) {
        m.changeRelayAt(true, eventcode::CreditRestored, m.nowMs());
        return;
    }
    // Armed for the button (or the relay was never opened for it).
    m.recordEvent(relayJournal(), eventcode::CreditRestored);
}

void PaymentModel::updateAmount(SimMeter &m, qint32 amount)
{
    evaluate(m);
    moveReference(m, available(m, m.nowMs()) + amount);
    restoreIfCredited(m);
    evaluate(m, true);
}

void PaymentModel::setMode(SimMeter &m, quint8 mode)
{
    evaluate(m);
    payment(m).mode = mode;
    restoreIfCredited(m);
    evaluate(m, true);
}

void PaymentModel::setLowCreditThreshold(SimMeter &m, qint32 threshold)
{
    evaluate(m);
    payment(m).lowCreditThreshold = threshold;
    restoreIfCredited(m);
    evaluate(m, true);
}

void PaymentModel::setLimit(SimMeter &m, qint32 limit)
{
    evaluate(m);
    payment(m).limit = limit;
    restoreIfCredited(m);
    evaluate(m, true);
}

bool PaymentModel::blocksReconnection(const SimMeter &m)
{
    const PaymentState &p = m.state().payment;
    return p.present && p.outOfCredit;
}

cosem::AccountCreditStatus PaymentModel::creditStatus(SimMeter &m)
{
    evaluate(m);
    const PaymentState &p = payment(m);
    const qint64 credit = available(m, m.nowMs());
    cosem::AccountCreditStatus s;
    s.set(cosem::CreditStatusBit::InCredit, credit > p.limit);
    s.set(cosem::CreditStatusBit::LowCredit, p.lowWarned || credit <= p.lowCreditThreshold);
    s.set(cosem::CreditStatusBit::OutOfCredit, p.outOfCredit || credit <= p.limit);
    return s;
}

quint8 PaymentModel::creditObjectStatus(SimMeter &m)
{
    evaluate(m);
    const PaymentState &p = payment(m);
    return available(m, m.nowMs()) <= p.limit ? quint8(cosem::CreditStatus::Exhausted)
                                              : quint8(cosem::CreditStatus::InUse);
}

cosem::UnitCharge PaymentModel::unitCharge(const SimMeter &m)
{
    const PaymentState &p = m.state().payment;
    cosem::UnitCharge u;
    u.commodityScale = -3; // Wh to kWh
    u.priceScale = -2;     // kopecks to roubles
    u.commodityClassId = 3;
    u.commodityLogicalName = cosem::Obis(1, 0, 1, 8, 0, 255); // A+ total
    u.commodityIndex = 2;
    for (int tariff = 1; tariff <= m.traits().tariffs; ++tariff)
        u.chargeTable.append({QByteArray(1, char(tariff)), p.price[size_t(tariff)]});
    return u;
}

} // namespace ims::sim
