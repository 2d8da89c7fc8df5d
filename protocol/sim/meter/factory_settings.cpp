#include "protocol/sim/meter/factory_settings.h"

#include "protocol/cosem/spodes_objects.h"
#include "protocol/sim/meter/tariff_schedule.h"

#include <limits>

namespace ims::sim {

namespace {

std::shared_ptr<LimiterSet> makeLimiters(bool threePhase, bool differentialCurrent)
{
    auto set = std::make_shared<LimiterSet>();
    using LK = cosem::spodes::LimiterKind;
    const auto limiter = [&set](LK kind, cosem::Obis monitored, const axdr::Value &zero) {
        LimiterSlot &slot = (*set)[size_t(kind)];
        slot.present = true;
        cosem::Limiter &l = slot.limiter;
        l.monitoredValue = {3, monitored, 2};
        l.thresholdActive = zero;
        l.thresholdNormal = zero;
        l.thresholdEmergency = zero;
        l.minOverThresholdDurationSeconds = 60;
        l.minUnderThresholdDurationSeconds = 60;
        l.actions.overThreshold = {cosem::spodes::DisconnectScriptTable, 1};
        l.actions.underThreshold = {cosem::spodes::DisconnectScriptTable, 2};
    };
    limiter(LK::Power, cosem::Obis(1, 0, 1, 7, 0, 255), axdr::Value::doubleLongUnsigned(0));
    // Three-phase meters name phase A but compare every phase.
    limiter(LK::Current, cosem::Obis(1, 0, threePhase ? 31 : 11, 7, 0, 255),
            axdr::Value::doubleLongUnsigned(0));
    limiter(LK::Voltage, cosem::Obis(1, 0, threePhase ? 32 : 12, 7, 0, 255),
            axdr::Value::longUnsigned(0));
    if (differentialCurrent)
        limiter(LK::DifferentialCurrent, cosem::Obis(1, 0, 91, 7, 0, 255),
                axdr::Value::doubleLongUnsigned(0));
    return set;
}

} // namespace

CopyOnWrite<LimiterSet> factoryLimiters(const ModelTraits &traits)
{
    // Thread-safe initialisation; never changed afterwards (CopyOnWrite copies).
    static const std::shared_ptr<LimiterSet> singlePhase = makeLimiters(false, false);
    static const std::shared_ptr<LimiterSet> threePhase = makeLimiters(true, false);
    static const std::shared_ptr<LimiterSet> singlePhaseDiff = makeLimiters(false, true);
    static const std::shared_ptr<LimiterSet> threePhaseDiff = makeLimiters(true, true);
    const bool three = traits.phases == 3;
    if (traits.differentialCurrent)
        return CopyOnWrite<LimiterSet>(three ? threePhaseDiff : singlePhaseDiff);
    return CopyOnWrite<LimiterSet>(three ? threePhase : singlePhase);
}

CopyOnWrite<cosem::ActivityCalendar> factoryCalendar()
{
    static const std::shared_ptr<cosem::ActivityCalendar> calendar = [] {
        auto c = std::make_shared<cosem::ActivityCalendar>();
        c->active = TariffSchedule::twoRatePlan();
        c->passive = TariffSchedule::threeRatePlan();
        c->activatePassiveCalendarTime = {}; // not specified: no automatic switch
        return c;
    }();
    return CopyOnWrite<cosem::ActivityCalendar>(calendar);
}

QList<CalendarEpoch> factoryEpochs()
{
    // Implicitly shared: a meter's list is copied when it activates a calendar.
    static const QList<CalendarEpoch> epochs{
        {std::numeric_limits<qint64>::min(), TariffSchedule::twoRatePlan()}};
    return epochs;
}

} // namespace ims::sim
