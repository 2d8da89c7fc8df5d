#pragma once
// Insert-only ingest into one sealed table (see seal.h), written once for
// every such table:
//  - a row whose key is new is inserted;
//  - a row equal to the stored one (same identity values) is a no-op;
//  - a row that differs is reported as a conflict and NOT written: the first
//    value stays;
//  - every block that gained rows is resealed, and the chain relinked from
//    that block on.
// Runs inside the caller's transaction.
#include "models/storage/seal.h"
#include "models/storage/statement.h"

#include <functional>
#include <vector>

namespace ims::storage {

struct IncomingRow
{
    qint64 meterId = 0;
    qint64 subkey = 0;
    SealRow row;
};

struct RowConflict
{
    qint64 meterId = 0;
    qint64 subkey = 0;
    SealRow stored;
    SealRow offered;
};

struct SealedIngestResult
{
    qint64 inserted = 0;
    qint64 duplicates = 0;
    std::vector<RowConflict> conflicts;
};

class SealedIngest
{
public:
    SealedIngest(const SealedTable &table, StatementFactory &statements);
    ~SealedIngest();

    Status prepare();
    // Sorts `rows` in place.
    Result<SealedIngestResult> ingest(std::vector<IncomingRow> &rows, qint64 nowMs);

    // Called once per (meter, subkey) with the rows this call inserted, in
    // key order (never duplicates or conflicts: those were not written).
    std::function<Status(qint64 meterId, qint64 subkey, std::span<const SealRow>)> onInserted;

    const SealedTable &table() const { return m_table; }

private:
    struct StoredSeal
    {
        qint64 day = 0;
        int rowCount = 0;
        QByteArray digest;
        QByteArray link;
    };
    struct ChangedBlock
    {
        qint64 day = 0;
        BlockSeal seal;
    };

    Status ingestGroup(qint64 meterId, qint64 subkey, std::span<IncomingRow> rows, qint64 nowMs,
                       SealedIngestResult &result);
    Result<std::vector<StoredSeal>> loadChain(qint64 meterId, qint64 subkey, qint64 fromDay);
    Result<std::vector<SealRow>> loadRows(qint64 meterId, qint64 subkey, qint64 fromDay,
                                          qint64 toDay);
    Status relink(qint64 meterId, qint64 subkey, const std::vector<StoredSeal> &chain,
                  const std::vector<ChangedBlock> &changed, qint64 nowMs);
    Status insertPending();
    bool sameIdentity(const SealRow &a, const SealRow &b) const;
    bool sameKey(const SealRow &a, const SealRow &b) const;
    bool keyLess(const SealRow &a, const SealRow &b) const;

    const SealedTable &m_table;
    StatementFactory &m_statements;
    int m_columns = 0;
    std::unique_ptr<Statement> m_selectChain, m_selectAnchor, m_upsertSeal, m_updateLink,
        m_selectRows, m_insertOne, m_insertMany;
    int m_rowsPerInsert = 1;
    std::vector<IncomingRow> m_pending;
    std::vector<SealRow> m_inserted; // of the group being ingested
};

} // namespace ims::storage
