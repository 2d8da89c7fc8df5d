#include "models/storage/integrity_verifier.h"

#include "models/storage/seal.h"
#include "models/storage/statement.h"
#include "protocol/engine/readings.h"

#include <QDateTime>

#include <map>
#include <set>
#include <vector>

namespace ims::storage {

namespace {

struct StoredSeal
{
    int rowCount = 0;
    QByteArray entries;
    QByteArray digest;
    QByteArray link;
};

using BlockKey = std::pair<qint64, qint64>; // subkey, day

bool sameKey(const SealedTable &table, const std::array<qint64, kMaxSealKeys> &a,
             const std::array<qint64, kMaxSealKeys> &b)
{
    for (int i = 0; i < table.keyColumns.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

} // namespace

QString IntegrityIssue::kindToken(Kind kind)
{
    switch (kind) {
    case Kind::RowAltered:
        return QStringLiteral("row-altered");
    case Kind::RowMissing:
        return QStringLiteral("row-missing");
    case Kind::RowUnsealed:
        return QStringLiteral("row-unsealed");
    case Kind::BlockAltered:
        return QStringLiteral("block-altered");
    case Kind::SealAltered:
        return QStringLiteral("seal-altered");
    case Kind::SealMalformed:
        return QStringLiteral("seal-malformed");
    }
    return QString();
}

QString IntegrityIssue::describe() const
{
    const QString when = QDateTime::fromSecsSinceEpoch(time, Qt::UTC)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    const QString where
        = table == SealKind::Intervals
              ? IntegrityVerifier::tr("interval values, meter %1, channel %2, interval ending %3")
                    .arg(meterSerial, engine::channelCode(engine::EnergyChannel(subkey)), when)
              : IntegrityVerifier::tr("register snapshots, meter %1, taken at %2")
                    .arg(meterSerial, when);
    switch (kind) {
    case Kind::RowAltered:
        return IntegrityVerifier::tr("%1: value changed outside ImsDesk").arg(where);
    case Kind::RowMissing:
        return IntegrityVerifier::tr("%1: row deleted outside ImsDesk").arg(where);
    case Kind::RowUnsealed:
        return IntegrityVerifier::tr("%1: row added outside ImsDesk").arg(where);
    case Kind::BlockAltered:
        return IntegrityVerifier::tr("%1: day block altered").arg(where);
    case Kind::SealAltered:
        return IntegrityVerifier::tr("%1: hash chain broken at this day").arg(where);
    case Kind::SealMalformed:
        return IntegrityVerifier::tr("%1: seal record unreadable").arg(where);
    }
    return where;
}

Result<VerifyReport> IntegrityVerifier::verify(int maxIssues)
{
    VerifyReport report;
    StatementFactory statements(m_db);
    auto meters = statements.prepare(QStringLiteral("SELECT id, serial FROM meters ORDER BY id"));
    if (!meters)
        return meters.error();
    std::vector<std::pair<qint64, QString>> all;
    if (const Status s = (*meters)->exec(); !s)
        return s.error();
    while ((*meters)->next())
        all.emplace_back((*meters)->int64(0), (*meters)->text(1));
    meters->reset();
    for (const SealedTable *table : sealedTables()) {
        for (const auto &[id, serial] : all) {
            if (const Status s = verifyMeter(statements, *table, id, serial, report, maxIssues); !s)
                return s.error();
            if (report.truncated)
                return report;
        }
    }
    return report;
}

Status IntegrityVerifier::verifyMeter(StatementFactory &statements, const SealedTable &table,
                                      qint64 meterId, const QString &serial, VerifyReport &report,
                                      int maxIssues)
{
    auto add = [&](IntegrityIssue::Kind kind, qint64 subkey, qint64 day,
                   const std::array<qint64, kMaxSealKeys> &key) {
        if (report.issues.size() >= maxIssues) {
            report.truncated = true;
            return;
        }
        IntegrityIssue issue;
        issue.kind = kind;
        issue.table = table.kind;
        issue.meterId = meterId;
        issue.meterSerial = serial;
        issue.subkey = subkey;
        issue.day = day;
        issue.key = key;
        issue.time = key[0] != 0 ? key[0] : table.dayStart(day);
        report.issues.append(issue);
    };

    std::map<BlockKey, StoredSeal> seals;
    {
        auto q = statements.prepare(QStringLiteral("SELECT subkey, day, row_count, entries, digest,"
                                                   " link FROM reading_seals WHERE kind = ? AND"
                                                   " meter_id = ? ORDER BY subkey, day"));
        if (!q)
            return q.error();
        (*q)->bind(0, qint64(table.kind));
        (*q)->bind(1, meterId);
        if (const Status s = (*q)->exec(); !s)
            return s;
        while ((*q)->next())
            seals.emplace(
                BlockKey{(*q)->int64(0), (*q)->int64(1)},
                StoredSeal{int((*q)->int64(2)), (*q)->blob(3), (*q)->blob(4), (*q)->blob(5)});
    }
    std::map<qint64, QByteArray> anchors;
    {
        auto q = statements.prepare(QStringLiteral("SELECT subkey, prev_link FROM seal_anchors"
                                                   " WHERE kind = ? AND meter_id = ?"));
        if (!q)
            return q.error();
        (*q)->bind(0, qint64(table.kind));
        (*q)->bind(1, meterId);
        if (const Status s = (*q)->exec(); !s)
            return s;
        while ((*q)->next())
            anchors.emplace((*q)->int64(0), (*q)->blob(1));
    }

    // The chain: each stored link must follow from the previous one.
    qint64 chainSubkey = std::numeric_limits<qint64>::min();
    QByteArray previous;
    for (const auto &[block, seal] : seals) {
        if (block.first != chainSubkey) {
            chainSubkey = block.first;
            const auto anchor = anchors.find(chainSubkey);
            previous = anchor != anchors.end() ? anchor->second : genesisLink();
        }
        const BlockId id{table.kind, meterId, block.first, block.second};
        if (chainLink(previous, id, seal.rowCount, seal.digest) != seal.link)
            add(IntegrityIssue::Kind::SealAltered, block.first, block.second, {});
        previous = seal.link;
    }

    // The rows, block by block, against their seals.
    const QString subkey = table.subkeyColumn.isEmpty() ? QStringLiteral("0") : table.subkeyColumn;
    const QString keys = table.keyColumns.join(QLatin1Char(','));
    const QString order = table.subkeyColumn.isEmpty() ? keys : subkey + QLatin1Char(',') + keys;
    auto rows = statements.prepare(
        QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE meter_id = ?"
                       " ORDER BY %5")
            .arg(subkey, keys, table.valueColumns.join(QLatin1Char(',')), table.table, order));
    if (!rows)
        return rows.error();
    (*rows)->bind(0, meterId);
    if (const Status s = (*rows)->exec(); !s)
        return s;
    const int keyCount = int(table.keyColumns.size());
    const int valueCount = int(table.valueColumns.size());
    std::vector<SealRow> block;
    BlockKey current{0, 0};
    std::set<BlockKey> seen;

    auto checkBlock = [&]() {
        if (block.empty())
            return;
        ++report.blocks;
        report.rows += qint64(block.size());
        seen.insert(current);
        const BlockId id{table.kind, meterId, current.first, current.second};
        const auto sealIt = seals.find(current);
        if (sealIt == seals.end()) {
            for (const SealRow &row : block)
                add(IntegrityIssue::Kind::RowUnsealed, current.first, current.second, row.key);
            return;
        }
        const StoredSeal &seal = sealIt->second;
        const BlockSeal recomputed = sealBlock(table, id, block);
        if (recomputed.digest == seal.digest && recomputed.rowCount == seal.rowCount)
            return;
        const auto entries = decodeEntries(table, id, seal.entries);
        if (!entries) {
            add(IntegrityIssue::Kind::SealMalformed, current.first, current.second, {});
            return;
        }
        const qsizetype before = report.issues.size();
        std::vector<bool> matched(size_t(entries->size()), false);
        for (const SealRow &row : block) {
            qsizetype found = -1;
            for (qsizetype e = 0; e < entries->size(); ++e) {
                if (!matched[size_t(e)] && sameKey(table, (*entries)[e].key, row.key)) {
                    found = e;
                    break;
                }
            }
            if (found < 0) {
                add(IntegrityIssue::Kind::RowUnsealed, current.first, current.second, row.key);
                continue;
            }
            matched[size_t(found)] = true;
            if ((*entries)[found].fingerprint != rowFingerprint(table, id, row))
                add(IntegrityIssue::Kind::RowAltered, current.first, current.second, row.key);
        }
        for (qsizetype e = 0; e < entries->size(); ++e) {
            if (!matched[size_t(e)])
                add(IntegrityIssue::Kind::RowMissing, current.first, current.second,
                    (*entries)[e].key);
        }
        if (report.issues.size() == before)
            add(IntegrityIssue::Kind::BlockAltered, current.first, current.second, {});
    };

    while ((*rows)->next()) {
        SealRow row;
        const qint64 rowSubkey = (*rows)->int64(0);
        for (int k = 0; k < keyCount; ++k)
            row.key[k] = (*rows)->int64(1 + k);
        for (int v = 0; v < valueCount; ++v)
            row.value[v]
                = (*rows)->isNull(1 + keyCount + v) ? kNullValue : (*rows)->int64(1 + keyCount + v);
        const BlockKey key{rowSubkey, table.dayOf(row.key[0])};
        if (key != current) {
            checkBlock();
            block.clear();
            current = key;
        }
        block.push_back(row);
    }
    checkBlock();

    // Seals whose rows are all gone.
    for (const auto &[key, seal] : seals) {
        if (seen.count(key))
            continue;
        const BlockId id{table.kind, meterId, key.first, key.second};
        const auto entries = decodeEntries(table, id, seal.entries);
        if (!entries) {
            add(IntegrityIssue::Kind::SealMalformed, key.first, key.second, {});
            continue;
        }
        for (const SealEntry &entry : *entries)
            add(IntegrityIssue::Kind::RowMissing, key.first, key.second, entry.key);
    }
    return {};
}

} // namespace ims::storage
