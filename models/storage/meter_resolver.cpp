#include "models/storage/meter_resolver.h"

#include <QVariant>

namespace ims::storage {

namespace {
// Meters kept at most. A batch names few meters many times (a visit's
// readings), which a few thousand entries serve; a round over a million
// meters names each once, and a cache of all of them was 300 MB of the
// writer's heap (about 300 bytes a meter) for nothing.
constexpr qsizetype kCachedMeters = 65536;
} // namespace

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
    if (m_ids.size() >= kCachedMeters || m_serials.size() >= kCachedMeters)
        invalidate(); // start afresh: cheaper than tracking what was used last
    m_ids.insert(meter.id, meter);
    m_serials.insert(statement->text(1), meter);
    statement->finish();
    return std::optional<MeterConversion>(meter);
}

} // namespace ims::storage
