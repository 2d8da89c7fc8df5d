#include "protocol/control/tariff_capabilities.h"

namespace ims::control {

namespace {

struct ModelRow
{
    const char16_t *prefix;
    bool zones;
    bool penaltyTariff;
};

// The seeds (/work/shared/reference/spodes.md, "Meters of the seeds").
constexpr ModelRow kModels[] = {
    {u"NP515", true, true},   {u"NP523", true, true},   {u"NP541", false, false},
    {u"NP542", false, false}, {u"NP545", false, false},
};

} // namespace

void TariffCapabilities::applyTo(TariffRules &rules) const
{
    if (!known)
        return;
    rules.meterHasZones = rules.meterHasZones && zones;
    rules.meterHasPenaltyTariff = rules.meterHasPenaltyTariff && penaltyTariff;
}

TariffCapabilities tariffCapabilitiesOfModel(const QString &model)
{
    const QString m = model.trimmed().toUpper();
    for (const ModelRow &row : kModels) {
        if (m.startsWith(QStringView(row.prefix)))
            return {true, row.zones, row.penaltyTariff};
    }
    return {};
}

} // namespace ims::control
