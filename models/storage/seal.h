#pragma once
// Tamper evidence for stored readings, as pure functions.
//
// Each block (table, meter, subkey, day) gets a seal: the SHA-256 digest of
// its rows in key order, plus a compact list of (row key, 32-bit
// fingerprint) entries so that a verifier can name the row that changed or
// vanished. Seals of one (table, meter, subkey) form a chain ordered by day:
//   link = SHA-256(previous link || block id || row count || digest)
// so that rewriting one block means rewriting every later link too. The
// chain makes edits evident, not impossible: someone with write access who
// recomputes everything is caught only by a copy of the links kept
// elsewhere (a backup, an exported report).
#include "models/storage/sealed_table.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <span>

namespace ims::storage {

struct BlockId
{
    SealKind kind = SealKind::Intervals;
    qint64 meterId = 0;
    qint64 subkey = 0;
    qint64 day = 0;
};

struct BlockSeal
{
    int rowCount = 0;
    QByteArray entries;
    QByteArray digest; // 32 bytes
};

struct SealEntry
{
    std::array<qint64, kMaxSealKeys> key{};
    quint32 fingerprint = 0;
};

// Rows must be sorted by key and belong to the block.
BlockSeal sealBlock(const SealedTable &table, const BlockId &block, std::span<const SealRow> rows);
quint32 rowFingerprint(const SealedTable &table, const BlockId &block, const SealRow &row);
QByteArray chainLink(const QByteArray &previousLink, const BlockId &block, int rowCount,
                     const QByteArray &digest);
QByteArray genesisLink(); // 32 zero bytes: the link before a chain's first block

// std::nullopt when the blob is not a well-formed entry list.
std::optional<QList<SealEntry>> decodeEntries(const SealedTable &table, const BlockId &block,
                                              const QByteArray &entries);

} // namespace ims::storage
