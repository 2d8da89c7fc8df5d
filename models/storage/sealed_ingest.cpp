#include "models/storage/sealed_ingest.h"

#include <algorithm>
#include <map>

namespace ims::storage {

// Rows per INSERT statement: a multi-row VALUES list saves the per-statement
// overhead (about 1.5x faster than one row per statement, docs/benchmarks.md).
constexpr int kRowsPerInsert = 64;

SealedIngest::SealedIngest(const SealedTable &table, StatementFactory &statements)
    : m_table(table)
    , m_statements(statements)
{}

SealedIngest::~SealedIngest() = default;

Status SealedIngest::prepare()
{
    const bool hasSubkey = !m_table.subkeyColumn.isEmpty();
    const QString subkeyCondition = hasSubkey
                                        ? QStringLiteral(" AND %1 = ?").arg(m_table.subkeyColumn)
                                        : QStringLiteral(" AND 0 = ?");
    QStringList columns{QStringLiteral("meter_id")};
    if (hasSubkey)
        columns << m_table.subkeyColumn;
    columns << m_table.keyColumns << m_table.valueColumns;
    m_columns = int(columns.size());
    const QString placeholders
        = QStringLiteral("(") + QStringList(m_columns, QStringLiteral("?")).join(QLatin1Char(','))
          + QLatin1Char(')');
    const QString insertHead = QStringLiteral("INSERT INTO %1(%2) VALUES ")
                                   .arg(m_table.table, columns.join(QLatin1Char(',')));
    m_rowsPerInsert = std::max(1, std::min(kRowsPerInsert, 900 / m_columns));

    struct Spec
    {
        std::unique_ptr<Statement> *target;
        QString sql;
    };
    const QString chainFilter = QStringLiteral("kind = ? AND meter_id = ? AND subkey = ?");
    const Spec specs[] = {
        {&m_selectChain,
         QStringLiteral("SELECT day, row_count, digest, link FROM reading_seals WHERE %1 AND day >="
                        " COALESCE((SELECT MAX(day) FROM reading_seals WHERE %1 AND day < ?), ?)"
                        " ORDER BY day")
             .arg(chainFilter)},
        {&m_selectAnchor,
         QStringLiteral("SELECT prev_link FROM seal_anchors WHERE %1").arg(chainFilter)},
        {&m_upsertSeal,
         QStringLiteral("INSERT INTO reading_seals(kind, meter_id, subkey, day, row_count, entries,"
                        " digest, link, sealed_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT (kind, meter_id, subkey, day) DO UPDATE SET"
                        " row_count = excluded.row_count, entries = excluded.entries,"
                        " digest = excluded.digest, link = excluded.link,"
                        " sealed_at_ms = excluded.sealed_at_ms")},
        {&m_updateLink,
         QStringLiteral("UPDATE reading_seals SET link = ? WHERE %1 AND day = ?").arg(chainFilter)},
        {&m_selectRows,
         QStringLiteral("SELECT %1 FROM %2 WHERE meter_id = ?%3 AND %4 >= ? AND %4 < ? ORDER BY %5")
             .arg((m_table.keyColumns + m_table.valueColumns).join(QLatin1Char(',')), m_table.table,
                  subkeyCondition, m_table.keyColumns.first(),
                  m_table.keyColumns.join(QLatin1Char(',')))},
        {&m_insertOne, insertHead + placeholders},
        {&m_insertMany,
         insertHead + QStringList(m_rowsPerInsert, placeholders).join(QLatin1Char(','))},
    };
    for (const Spec &spec : specs) {
        auto statement = m_statements.prepare(spec.sql);
        if (!statement)
            return statement.error();
        *spec.target = std::move(*statement);
    }
    return {};
}

bool SealedIngest::keyLess(const SealRow &a, const SealRow &b) const
{
    for (int i = 0; i < m_table.keyColumns.size(); ++i) {
        if (a.key[i] != b.key[i])
            return a.key[i] < b.key[i];
    }
    return false;
}

bool SealedIngest::sameKey(const SealRow &a, const SealRow &b) const
{
    return !keyLess(a, b) && !keyLess(b, a);
}

bool SealedIngest::sameIdentity(const SealRow &a, const SealRow &b) const
{
    for (int i = 0; i < m_table.identityValues; ++i) {
        if (a.value[i] != b.value[i])
            return false;
    }
    return true;
}

Result<SealedIngestResult> SealedIngest::ingest(std::vector<IncomingRow> &rows, qint64 nowMs)
{
    SealedIngestResult result;
    const auto order = [this](const IncomingRow &a, const IncomingRow &b) {
        if (a.meterId != b.meterId)
            return a.meterId < b.meterId;
        if (a.subkey != b.subkey)
            return a.subkey < b.subkey;
        return keyLess(a.row, b.row);
    };
    // The engine delivers meter by meter, in time order: usually sorted already.
    if (!std::is_sorted(rows.begin(), rows.end(), order))
        std::stable_sort(rows.begin(), rows.end(), order);
    m_pending.clear();
    auto begin = rows.begin();
    while (begin != rows.end()) {
        auto end = std::find_if(begin, rows.end(), [&](const IncomingRow &r) {
            return r.meterId != begin->meterId || r.subkey != begin->subkey;
        });
        if (const Status s
            = ingestGroup(begin->meterId, begin->subkey,
                          std::span<IncomingRow>(&*begin, size_t(end - begin)), nowMs, result);
            !s)
            return s.error();
        begin = end;
    }
    if (const Status s = insertPending(); !s)
        return s.error();
    return result;
}

Status SealedIngest::ingestGroup(qint64 meterId, qint64 subkey, std::span<IncomingRow> rows,
                                 qint64 nowMs, SealedIngestResult &result)
{
    // Repeats inside the batch: the first occurrence is the offered value.
    std::vector<SealRow> incoming;
    incoming.reserve(rows.size());
    for (const IncomingRow &r : rows) {
        if (!incoming.empty() && sameKey(incoming.back(), r.row)) {
            if (sameIdentity(incoming.back(), r.row))
                ++result.duplicates;
            else
                result.conflicts.push_back({meterId, subkey, incoming.back(), r.row});
            continue;
        }
        incoming.push_back(r.row);
    }
    const qint64 firstDay = m_table.dayOf(incoming.front().key[0]);
    const qint64 lastDay = m_table.dayOf(incoming.back().key[0]);
    auto chain = loadChain(meterId, subkey, firstDay);
    if (!chain)
        return chain.error();

    // Existing rows are read only for days that are already sealed.
    std::vector<SealRow> existing;
    qint64 sealedFrom = 0, sealedTo = -1;
    for (const StoredSeal &seal : *chain) {
        if (seal.day < firstDay || seal.day > lastDay)
            continue;
        if (sealedTo < sealedFrom)
            sealedFrom = seal.day;
        sealedTo = seal.day;
    }
    if (sealedTo >= sealedFrom) {
        auto loaded = loadRows(meterId, subkey, sealedFrom, sealedTo);
        if (!loaded)
            return loaded.error();
        existing = std::move(*loaded);
    }

    std::vector<ChangedBlock> changed;
    std::vector<SealRow> blockRows;
    m_inserted.clear();
    auto in = incoming.begin();
    auto old = existing.begin();
    while (in != incoming.end()) {
        const qint64 day = m_table.dayOf(in->key[0]);
        blockRows.clear();
        bool gained = false;
        while (old != existing.end() && m_table.dayOf(old->key[0]) < day)
            ++old;
        auto oldBlockEnd = old;
        while (oldBlockEnd != existing.end() && m_table.dayOf(oldBlockEnd->key[0]) == day)
            ++oldBlockEnd;
        auto inBlockEnd = in;
        while (inBlockEnd != incoming.end() && m_table.dayOf(inBlockEnd->key[0]) == day)
            ++inBlockEnd;
        // Merge the two sorted runs of this day.
        auto o = old;
        for (auto i = in; i != inBlockEnd; ++i) {
            while (o != oldBlockEnd && keyLess(*o, *i))
                blockRows.push_back(*o++);
            if (o != oldBlockEnd && sameKey(*o, *i)) {
                if (sameIdentity(*o, *i))
                    ++result.duplicates;
                else
                    result.conflicts.push_back({meterId, subkey, *o, *i});
                blockRows.push_back(*o++);
                continue;
            }
            blockRows.push_back(*i);
            m_pending.push_back({meterId, subkey, *i});
            if (onInserted)
                m_inserted.push_back(*i);
            ++result.inserted;
            gained = true;
        }
        while (o != oldBlockEnd)
            blockRows.push_back(*o++);
        if (gained) {
            const BlockId block{m_table.kind, meterId, subkey, day};
            changed.push_back({day, sealBlock(m_table, block, blockRows)});
        }
        if (m_pending.size() >= 4096) {
            if (const Status s = insertPending(); !s)
                return s;
        }
        old = oldBlockEnd;
        in = inBlockEnd;
    }
    if (changed.empty())
        return {};
    if (onInserted) {
        if (const Status s = onInserted(meterId, subkey, m_inserted); !s)
            return s;
    }
    return relink(meterId, subkey, *chain, changed, nowMs);
}

Result<std::vector<SealedIngest::StoredSeal>> SealedIngest::loadChain(qint64 meterId, qint64 subkey,
                                                                      qint64 fromDay)
{
    Statement &q = *m_selectChain;
    int i = 0;
    for (int round = 0; round < 2; ++round) {
        q.bind(i++, qint64(m_table.kind));
        q.bind(i++, meterId);
        q.bind(i++, subkey);
    }
    q.bind(i++, fromDay);
    q.bind(i++, fromDay);
    if (const Status s = q.exec(); !s)
        return s.error();
    std::vector<StoredSeal> chain;
    while (q.next())
        chain.push_back({q.int64(0), int(q.int64(1)), q.blob(2), q.blob(3)});
    return chain;
}

Result<std::vector<SealRow>> SealedIngest::loadRows(qint64 meterId, qint64 subkey, qint64 fromDay,
                                                    qint64 toDay)
{
    Statement &q = *m_selectRows;
    q.bind(0, meterId);
    q.bind(1, subkey);
    q.bind(2, m_table.dayStart(fromDay));
    q.bind(3, m_table.dayEnd(toDay));
    if (const Status s = q.exec(); !s)
        return s.error();
    const int keys = int(m_table.keyColumns.size());
    const int values = int(m_table.valueColumns.size());
    std::vector<SealRow> rows;
    while (q.next()) {
        SealRow row;
        for (int k = 0; k < keys; ++k)
            row.key[k] = q.int64(k);
        for (int v = 0; v < values; ++v)
            row.value[v] = q.isNull(keys + v) ? kNullValue : q.int64(keys + v);
        rows.push_back(row);
    }
    return rows;
}

Status SealedIngest::relink(qint64 meterId, qint64 subkey, const std::vector<StoredSeal> &chain,
                            const std::vector<ChangedBlock> &changed, qint64 nowMs)
{
    const qint64 firstChanged = changed.front().day;
    QByteArray previous;
    std::map<qint64, const StoredSeal *> stored;
    for (const StoredSeal &seal : chain) {
        if (seal.day < firstChanged)
            previous = seal.link; // ascending: ends with the last one before the change
        else
            stored.emplace(seal.day, &seal);
    }
    if (previous.isEmpty()) {
        Statement &a = *m_selectAnchor;
        a.bind(0, qint64(m_table.kind));
        a.bind(1, meterId);
        a.bind(2, subkey);
        if (const Status s = a.exec(); !s)
            return s;
        previous = a.next() ? a.blob(0) : genesisLink();
        a.finish();
    }
    auto next = changed.begin();
    auto old = stored.begin();
    while (next != changed.end() || old != stored.end()) {
        const bool takeChanged
            = old == stored.end() || (next != changed.end() && next->day <= old->first);
        if (takeChanged) {
            const BlockId block{m_table.kind, meterId, subkey, next->day};
            const QByteArray link
                = chainLink(previous, block, next->seal.rowCount, next->seal.digest);
            Statement &u = *m_upsertSeal;
            u.bind(0, qint64(m_table.kind));
            u.bind(1, meterId);
            u.bind(2, subkey);
            u.bind(3, next->day);
            u.bind(4, qint64(next->seal.rowCount));
            u.bind(5, next->seal.entries);
            u.bind(6, next->seal.digest);
            u.bind(7, link);
            u.bind(8, nowMs);
            if (const Status s = u.exec(); !s)
                return s;
            if (old != stored.end() && old->first == next->day)
                ++old;
            ++next;
            previous = link;
        } else {
            const StoredSeal &seal = *old->second;
            const BlockId block{m_table.kind, meterId, subkey, seal.day};
            const QByteArray link = chainLink(previous, block, seal.rowCount, seal.digest);
            if (link != seal.link) {
                Statement &u = *m_updateLink;
                u.bind(0, link);
                u.bind(1, qint64(m_table.kind));
                u.bind(2, meterId);
                u.bind(3, subkey);
                u.bind(4, seal.day);
                if (const Status s = u.exec(); !s)
                    return s;
            }
            ++old;
            previous = link;
        }
    }
    return {};
}

Status SealedIngest::insertPending()
{
    const bool hasSubkey = !m_table.subkeyColumn.isEmpty();
    const int keys = int(m_table.keyColumns.size());
    const int values = int(m_table.valueColumns.size());
    auto bindRow = [&](Statement &s, int base, const IncomingRow &r) {
        int i = base;
        s.bind(i++, r.meterId);
        if (hasSubkey)
            s.bind(i++, r.subkey);
        for (int k = 0; k < keys; ++k)
            s.bind(i++, r.row.key[k]);
        for (int v = 0; v < values; ++v) {
            if (r.row.value[v] == kNullValue)
                s.bindNull(i++);
            else
                s.bind(i++, r.row.value[v]);
        }
    };
    size_t at = 0;
    if (m_rowsPerInsert > 1) {
        for (; at + size_t(m_rowsPerInsert) <= m_pending.size(); at += size_t(m_rowsPerInsert)) {
            for (int r = 0; r < m_rowsPerInsert; ++r)
                bindRow(*m_insertMany, r * m_columns, m_pending[at + size_t(r)]);
            if (const Status s = m_insertMany->exec(); !s)
                return s;
        }
    }
    for (; at < m_pending.size(); ++at) {
        bindRow(*m_insertOne, 0, m_pending[at]);
        if (const Status s = m_insertOne->exec(); !s)
            return s;
    }
    m_pending.clear();
    return {};
}

} // namespace ims::storage
