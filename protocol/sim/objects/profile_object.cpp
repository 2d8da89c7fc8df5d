#include "protocol/sim/objects/profile_object.h"

#include "protocol/cosem/field_reader.h"

#include <limits>

namespace ims::sim {

namespace {

// Profiles larger than this are read in pieces; it bounds one answer's memory.
constexpr qint64 kMaxRowsPerRead = 200'000;

std::optional<qint64> timeOf(const axdr::Value &v)
{
    std::optional<axdr::CosemDateTime> dt = v.asDateTime();
    if (!dt) {
        if (const auto *tagged = std::get_if<axdr::CosemDateTime>(&v.storage()))
            dt = *tagged;
    }
    if (!dt)
        return std::nullopt;
    const QDateTime t = dt->toQDateTime();
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

} // namespace

ProfileSource::~ProfileSource() = default;

qint64 ProfileSource::lowerBound(qint64 ms)
{
    qint64 lo = 0;
    qint64 hi = entriesInUse();
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (rowTimeMs(mid) < ms)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

ProfileObject::ProfileObject(const cosem::Obis &logicalName, std::unique_ptr<ProfileSource> source,
                             AccessPolicy access)
    : CosemObject(7, 1, logicalName, access)
    , m_source(std::move(source))
{}

ProfileObject::~ProfileObject() = default;

AccessPolicy ProfileObject::defaultAccess(quint8 readers)
{
    return AccessPolicy::readable(readers, 8, 0, bits({1}));
}

QList<qint8> ProfileObject::accessSelectors(qint8 attribute) const
{
    if (attribute == 2)
        return {1, 2};
    return {};
}

dlms::GetDataResult ProfileObject::readAttribute(qint8 attribute,
                                                 const std::optional<dlms::SelectiveAccess> &access,
                                                 ServiceContext &)
{
    if (attribute == 2)
        return buffer(access);
    if (access)
        return dlms::DataAccessResult::ScopeOfAccessViolated;
    switch (attribute) {
    case 3:
        return cosem::CaptureObject::listToValue(m_source->columns());
    case 4:
        return axdr::Value::doubleLongUnsigned(m_source->capturePeriodSeconds());
    case 5:
        return axdr::Value::enumValue(1); // fifo
    case 6:
        return cosem::CaptureObject{}.toValue(); // no sort object: sorted by time
    case 7:
        return axdr::Value::doubleLongUnsigned(quint32(m_source->entriesInUse()));
    case 8:
        return axdr::Value::doubleLongUnsigned(m_source->profileEntries());
    default:
        break;
    }
    return dlms::DataAccessResult::ObjectUndefined;
}

ActionReply ProfileObject::invoke(qint8 method, const std::optional<axdr::Value> &,
                                  ServiceContext &)
{
    if (method == 1 && m_source->reset())
        return ActionReply::ok();
    return ActionReply::fail(dlms::ActionResult::ReadWriteDenied);
}

axdr::Value ProfileObject::rows(qint64 first, qint64 last, const QList<int> &columns)
{
    QList<axdr::Value> out;
    if (last >= first)
        out.reserve(qsizetype(last - first + 1));
    for (qint64 i = first; i <= last; ++i) {
        QList<axdr::Value> full = m_source->row(i);
        if (columns.isEmpty()) {
            out.append(axdr::Value::structure(std::move(full)));
            continue;
        }
        QList<axdr::Value> picked;
        picked.reserve(columns.size());
        for (int c : columns)
            picked.append(c < full.size() ? full[c] : axdr::Value());
        out.append(axdr::Value::structure(std::move(picked)));
    }
    return axdr::Value::array(std::move(out));
}

dlms::GetDataResult ProfileObject::buffer(const std::optional<dlms::SelectiveAccess> &access)
{
    if (!access) {
        const qint64 n = m_source->entriesInUse();
        if (n > kMaxRowsPerRead)
            return dlms::DataAccessResult::ScopeOfAccessViolated;
        return rows(0, n - 1, {});
    }
    if (access->selector == dlms::AccessByRange)
        return byRange(access->parameters);
    if (access->selector == dlms::AccessByEntry)
        return byEntry(access->parameters);
    return dlms::DataAccessResult::ScopeOfAccessViolated;
}

dlms::GetDataResult ProfileObject::byRange(const axdr::Value &parameters)
{
    cosem::FieldReader r;
    const QList<axdr::Value> p = r.structure(parameters, 4, QStringLiteral("range_descriptor"));
    if (!r.ok())
        return dlms::DataAccessResult::TypeUnmatched;
    const Result<cosem::CaptureObject> restricting = cosem::CaptureObject::fromValue(p[0]);
    if (!restricting)
        return dlms::DataAccessResult::TypeUnmatched;
    const QList<cosem::CaptureObject> columns = m_source->columns();
    if (columns.isEmpty() || restricting->classId != columns[0].classId
        || restricting->logicalName != columns[0].logicalName
        || restricting->attributeIndex != columns[0].attributeIndex)
        return dlms::DataAccessResult::ScopeOfAccessViolated; // only the time column restricts
    // A from/to that is not a complete date-time leaves that end open.
    const qint64 from = timeOf(p[1]).value_or(std::numeric_limits<qint64>::min());
    const qint64 to = timeOf(p[2]).value_or(std::numeric_limits<qint64>::max());

    QList<int> picked;
    const QList<axdr::Value> selected = r.array(p[3], QStringLiteral("selected_values"));
    if (!r.ok())
        return dlms::DataAccessResult::TypeUnmatched;
    for (const axdr::Value &v : selected) {
        const Result<cosem::CaptureObject> column = cosem::CaptureObject::fromValue(v);
        if (!column)
            return dlms::DataAccessResult::TypeUnmatched;
        const qsizetype at = columns.indexOf(*column);
        if (at < 0)
            return dlms::DataAccessResult::ScopeOfAccessViolated;
        picked.append(int(at));
    }
    const qint64 first = m_source->lowerBound(from);
    const qint64 end = to == std::numeric_limits<qint64>::max() ? m_source->entriesInUse()
                                                                : m_source->lowerBound(to + 1);
    if (end - first > kMaxRowsPerRead)
        return dlms::DataAccessResult::ScopeOfAccessViolated;
    return rows(first, end - 1, picked);
}

dlms::GetDataResult ProfileObject::byEntry(const axdr::Value &parameters)
{
    cosem::FieldReader r;
    const QList<axdr::Value> p = r.structure(parameters, 4, QStringLiteral("entry_descriptor"));
    const quint32 fromEntry = r.doubleLongUnsigned(p[0], QStringLiteral("from_entry"));
    const quint32 toEntry = r.doubleLongUnsigned(p[1], QStringLiteral("to_entry"));
    const quint16 fromValue = r.longUnsigned(p[2], QStringLiteral("from_selected_value"));
    const quint16 toValue = r.longUnsigned(p[3], QStringLiteral("to_selected_value"));
    if (!r.ok())
        return dlms::DataAccessResult::TypeUnmatched;
    const qint64 inUse = m_source->entriesInUse();
    const qint64 first = qMax<qint64>(1, fromEntry) - 1;
    const qint64 last = (toEntry == 0 ? inUse : qMin<qint64>(toEntry, inUse)) - 1;
    if (last - first + 1 > kMaxRowsPerRead)
        return dlms::DataAccessResult::ScopeOfAccessViolated;
    const int columnCount = int(m_source->columns().size());
    const int c0 = qMax(1, int(fromValue)) - 1;
    const int c1 = (toValue == 0 ? columnCount : qMin(int(toValue), columnCount)) - 1;
    if (c0 > c1)
        return dlms::DataAccessResult::ScopeOfAccessViolated;
    QList<int> columns;
    if (c0 != 0 || c1 != columnCount - 1) {
        for (int c = c0; c <= c1; ++c)
            columns.append(c);
    }
    return rows(first, last, columns);
}

} // namespace ims::sim
