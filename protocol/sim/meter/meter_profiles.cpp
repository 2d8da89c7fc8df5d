#include "protocol/sim/meter/meter_profiles.h"

#include "protocol/cosem/spodes_objects.h"
#include "protocol/sim/meter/meter_objects.h"

#include <algorithm>

namespace ims::sim {

namespace {

cosem::CaptureObject clockColumn()
{
    return {8, cosem::spodes::Clock, 2, 0};
}

cosem::CaptureObject registerColumn(int channel, int tariff, int d = 8)
{
    return {3, cosem::Obis(1, 0, quint8(channel), quint8(d), quint8(tariff), 255), 2, 0};
}

// Single-phase NP515/NP523 count active energy only (meter_device.cpp): their
// profiles capture no reactive columns, as they have no such registers.
int energyChannels(const SimMeter &meter)
{
    return meter.traits().phases == 1 ? 2 : 4;
}

qint64 midnightOf(qint64 day)
{
    return day * kDayMs - qint64(kLocalUtcOffsetSeconds) * 1000;
}

} // namespace

// ---- load profile ------------------------------------------------------------

LoadProfileSource::LoadProfileSource(SimMeter &meter)
    : m_meter(meter)
{}

QList<cosem::CaptureObject> LoadProfileSource::columns() const
{
    // Energy of each interval: 1.0.c.29.0.255 for A+, A- (and R+, R-).
    QList<cosem::CaptureObject> c{clockColumn()};
    for (int channel = 1; channel <= energyChannels(m_meter); ++channel)
        c.append(registerColumn(channel, 0, 29));
    return c;
}

qint64 LoadProfileSource::firstInterval() const
{
    const qint64 current = ConsumptionModel::intervalOf(m_meter.nowMs()); // still running
    const qint64 origin = ConsumptionModel::intervalOf(m_meter.originMs());
    return std::max(origin, current - qint64(kLoadProfileEntries));
}

qint64 LoadProfileSource::entriesInUse()
{
    m_meter.evaluatePayment();
    return ConsumptionModel::intervalOf(m_meter.nowMs()) - firstInterval();
}

qint64 LoadProfileSource::rowTimeMs(qint64 index)
{
    return (firstInterval() + index + 1) * kIntervalMs; // stamped at the end of the interval
}

qint64 LoadProfileSource::lowerBound(qint64 ms)
{
    const qint64 firstEnd = (firstInterval() + 1) * kIntervalMs;
    if (ms <= firstEnd)
        return 0;
    return std::min(entriesInUse(), (ms - firstEnd + kIntervalMs - 1) / kIntervalMs);
}

QList<axdr::Value> LoadProfileSource::row(qint64 index)
{
    const qint64 interval = firstInterval() + index;
    const Energy e = m_meter.registeredInterval(interval);
    QList<axdr::Value> r{meterDateTime((interval + 1) * kIntervalMs)};
    for (int channel = 0; channel < energyChannels(m_meter); ++channel)
        r.append(axdr::Value::doubleLongUnsigned(quint32(e.channel(channel))));
    return r;
}

// ---- billing -----------------------------------------------------------------

BillingProfileSource::BillingProfileSource(SimMeter &meter, Period period)
    : m_meter(meter)
    , m_period(period)
{}

QList<cosem::CaptureObject> BillingProfileSource::columns() const
{
    QList<cosem::CaptureObject> c{clockColumn(), registerColumn(1, 0)};
    for (int t = 1; t <= std::min(4, m_meter.traits().tariffs); ++t)
        c.append(registerColumn(1, t));
    for (int channel = 2; channel <= energyChannels(m_meter); ++channel)
        c.append(registerColumn(channel, 0));
    return c;
}

quint32 BillingProfileSource::profileEntries() const
{
    return m_period == Period::Daily ? kDailyProfileEntries : kMonthlyProfileEntries;
}

void BillingProfileSource::refresh()
{
    const qint64 today = ConsumptionModel::dayOf(m_meter.nowMs());
    if (today == m_refreshedAtDay)
        return;
    m_refreshedAtDay = today;
    m_moments.clear();
    const qint64 originDay = ConsumptionModel::dayOf(m_meter.originMs());
    for (qint64 day = originDay + 1; day <= today; ++day) {
        if (m_period == Period::Monthly && QDate::fromJulianDay(2440588 + day).day() != 1)
            continue;
        m_moments.append(midnightOf(day));
    }
    if (m_moments.size() > qsizetype(profileEntries()))
        m_moments.remove(0, m_moments.size() - qsizetype(profileEntries()));
}

qint64 BillingProfileSource::entriesInUse()
{
    m_meter.evaluatePayment();
    refresh();
    return m_moments.size();
}

qint64 BillingProfileSource::rowTimeMs(qint64 index)
{
    refresh();
    return m_moments.value(index);
}

QList<axdr::Value> BillingProfileSource::row(qint64 index)
{
    refresh();
    const qint64 ms = m_moments.value(index);
    const EnergyTotals t = m_meter.totalsAt(ms);
    QList<axdr::Value> r{meterDateTime(ms),
                         axdr::Value::doubleLongUnsigned(quint32(t.value[0][0]))};
    for (int tariff = 1; tariff <= std::min(4, m_meter.traits().tariffs); ++tariff)
        r.append(axdr::Value::doubleLongUnsigned(quint32(t.value[0][size_t(tariff)])));
    for (int c = 1; c < energyChannels(m_meter); ++c)
        r.append(axdr::Value::doubleLongUnsigned(quint32(t.value[size_t(c)][0])));
    return r;
}

// ---- journals ----------------------------------------------------------------

JournalSource::JournalSource(SimMeter &meter, quint8 journal)
    : m_meter(meter)
    , m_journal(journal)
{}

cosem::Obis JournalSource::codeRegister(quint8 journal)
{
    // Journals beyond the nine event code registers reuse the programming one.
    return cosem::spodes::eventCodeRegister(journal <= 8 ? journal : 3);
}

QList<cosem::CaptureObject> JournalSource::columns() const
{
    return {clockColumn(), {1, codeRegister(m_journal), 2, 0}};
}

const QList<MeterEvent> &JournalSource::events()
{
    m_meter.evaluatePayment();
    const qint64 second = m_meter.nowMs() / 1000;
    const qsizetype recorded = m_meter.state().events.size();
    if (second != m_cachedAtSecond || recorded != m_cachedRecorded
        || (!m_meter.state().events.isEmpty()
            && m_meter.state().events.last().ms > second * 1000)) {
        m_events = m_meter.journal(m_journal, int(kJournalEntries));
        m_cachedAtSecond = second;
        m_cachedRecorded = recorded;
    }
    return m_events;
}

qint64 JournalSource::entriesInUse()
{
    return events().size();
}

qint64 JournalSource::rowTimeMs(qint64 index)
{
    const QList<MeterEvent> &e = events();
    return index < e.size() ? e[index].ms : 0;
}

QList<axdr::Value> JournalSource::row(qint64 index)
{
    const QList<MeterEvent> &e = events();
    const MeterEvent event = index < e.size() ? e[index] : MeterEvent{};
    return {meterDateTime(event.ms), axdr::Value::longUnsigned(event.code)};
}

} // namespace ims::sim
