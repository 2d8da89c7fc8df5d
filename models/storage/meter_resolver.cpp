#include "models/storage/meter_resolver.h"

#include <QVariant>

namespace ims::storage {

void MeterResolver::invalidate()
{
    m_ids.clear();
    m_serials.clear();
}

Result<std::optional<MeterConversion>> MeterResolver::resolve(const engine::MeterRef &ref)
{
    if (ref.id != 0) {
        if (const auto it = m_ids.constFind(ref.id); it != m_ids.constEnd())
            return std::optional<MeterConversion>(*it);
        return load(false, ref.id);
    }
    if (const auto it = m_serials.constFind(ref.serial); it != m_serials.constEnd())
        return std::optional<MeterConversion>(*it);
    return load(true, ref.serial);
}

Result<std::optional<MeterConversion>> MeterResolver::load(bool bySerial, const QVariant &key)
{
    std::unique_ptr<Statement> &statement = bySerial ? m_bySerial : m_byId;
    if (!statement) {
        auto prepared = m_statements.prepare(
            QStringLiteral(
                "SELECT m.id, m.serial, m.ct_num, m.ct_den, m.vt_num, m.vt_den,"
                " COALESCE(s.time_zone, '') FROM meters m LEFT JOIN sites s ON s.id = m.site_id"
                " WHERE m.%1 = ?")
                .arg(bySerial ? QStringLiteral("serial") : QStringLiteral("id")));
        if (!prepared)
            return prepared.error();
        statement = std::move(*prepared);
    }
    if (bySerial)
        statement->bind(0, key.toString());
    else
        statement->bind(0, key.toLongLong());
    if (const Status s = statement->exec(); !s)
        return s.error();
    if (!statement->next())
        return std::optional<MeterConversion>();
    const MeterConversion meter{statement->int64(0),
                                {statement->int64(2), statement->int64(3)},
                                {statement->int64(4), statement->int64(5)},
                                statement->text(6).toLatin1()};
    m_ids.insert(meter.id, meter);
    m_serials.insert(statement->text(1), meter);
    statement->finish();
    return std::optional<MeterConversion>(meter);
}

} // namespace ims::storage
