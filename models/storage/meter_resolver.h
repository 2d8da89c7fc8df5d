#pragma once
// Serial or id -> the meter's id and transformer ratios, cached for the
// life of the resolver (the writer drops the cache when meters change), up
// to a bound: past it the cache starts afresh.
#include "models/domain/ratio.h"
#include "models/storage/statement.h"
#include "protocol/engine/readings.h"

#include <QHash>

#include <optional>

namespace ims::storage {

struct MeterConversion
{
    qint64 id = 0;
    domain::Ratio ct;
    domain::Ratio vt;
    QByteArray timeZone; // the site's IANA id; empty for a meter without a site (UTC days)
};

class MeterResolver
{
public:
    explicit MeterResolver(StatementFactory &statements)
        : m_statements(statements)
    {}

    // std::nullopt for an unknown meter; an error only when the query fails.
    Result<std::optional<MeterConversion>> resolve(const engine::MeterRef &ref);
    void invalidate();

private:
    Result<std::optional<MeterConversion>> load(bool bySerial, const QVariant &key);

    StatementFactory &m_statements;
    std::unique_ptr<Statement> m_byId, m_bySerial;
    QHash<qint64, MeterConversion> m_ids;
    QHash<QString, MeterConversion> m_serials;
};

} // namespace ims::storage
