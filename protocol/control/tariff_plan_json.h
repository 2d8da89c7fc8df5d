#pragma once
// The tariff plan file (docs/tariff-plans.md): JSON in, TariffPlan out,
// and back. Parsing checks the shape and the formats of times and dates and
// refuses unknown keys (a misspelt key must not silently drop a table);
// whether the plan makes sense is TariffPlanValidator's job.
#include "protocol/control/tariff_plan.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ims::control {

class TariffPlanJson
{
    Q_DECLARE_TR_FUNCTIONS(TariffPlanJson)

public:
    static constexpr qsizetype kMaxFileBytes = 1024 * 1024;
    // The value of "format" this program writes and reads.
    static QString formatName() { return QStringLiteral("imsdesk-tariff-plan/1"); }

    static Result<TariffPlan> parse(const QByteArray &json);
    static Result<TariffPlan> load(const QString &path);
    static QJsonObject toJson(const TariffPlan &plan);
};

} // namespace ims::control
