#pragma once
// The profiles of a simulated meter, computed row by row from SimMeter:
// the 30-minute load profile (energy per interval), the daily and monthly
// billing profiles (register values at local midnight / the first of the
// month) and the event journals.
#include "protocol/sim/meter/sim_meter.h"
#include "protocol/sim/objects/profile_source.h"

#include <limits>

namespace ims::sim {

// Depth of the 30-minute load profile: 216 days (SPODES asks for >= 113).
inline constexpr quint32 kLoadProfileEntries = 10'368;
inline constexpr quint32 kDailyProfileEntries = 180;
inline constexpr quint32 kMonthlyProfileEntries = 36;
inline constexpr quint32 kJournalEntries = 500;

class LoadProfileSource : public ProfileSource
{
public:
    explicit LoadProfileSource(SimMeter &meter);
    QList<cosem::CaptureObject> columns() const override;
    quint32 capturePeriodSeconds() const override { return 1800; }
    quint32 profileEntries() const override { return kLoadProfileEntries; }
    qint64 entriesInUse() override;
    qint64 rowTimeMs(qint64 index) override;
    QList<axdr::Value> row(qint64 index) override;
    qint64 lowerBound(qint64 ms) override;

private:
    qint64 firstInterval() const;
    SimMeter &m_meter;
};

class BillingProfileSource : public ProfileSource
{
public:
    enum class Period { Daily, Monthly };
    BillingProfileSource(SimMeter &meter, Period period);
    QList<cosem::CaptureObject> columns() const override;
    quint32 capturePeriodSeconds() const override { return m_period == Period::Daily ? 86400 : 0; }
    quint32 profileEntries() const override;
    qint64 entriesInUse() override;
    qint64 rowTimeMs(qint64 index) override;
    QList<axdr::Value> row(qint64 index) override;

private:
    // Billing moments (local midnights) from the oldest kept to the newest.
    void refresh();
    SimMeter &m_meter;
    Period m_period;
    QList<qint64> m_moments;
    qint64 m_refreshedAtDay = std::numeric_limits<qint64>::min();
};

class JournalSource : public ProfileSource
{
public:
    JournalSource(SimMeter &meter, quint8 journal);
    QList<cosem::CaptureObject> columns() const override;
    quint32 capturePeriodSeconds() const override { return 0; }
    quint32 profileEntries() const override { return kJournalEntries; }
    qint64 entriesInUse() override;
    qint64 rowTimeMs(qint64 index) override;
    QList<axdr::Value> row(qint64 index) override;
    bool reset() override { return false; }

    // The event code register 0.0.96.11.e.255 a journal captures.
    static cosem::Obis codeRegister(quint8 journal);

private:
    const QList<MeterEvent> &events();
    SimMeter &m_meter;
    quint8 m_journal;
    QList<MeterEvent> m_events;
    qint64 m_cachedAtSecond = -1;
    qsizetype m_cachedRecorded = -1;
};

} // namespace ims::sim
