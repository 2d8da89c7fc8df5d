#include "models/storage/seal.h"

#include <QCryptographicHash>

namespace ims::storage {

namespace {

void putVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(value | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

qint64 unzigzag(quint64 v)
{
    return qint64(v >> 1) ^ -qint64(v & 1);
}

bool getVarint(const QByteArray &in, qsizetype &pos, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= in.size())
            return false;
        const auto byte = quint8(in[pos++]);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

quint64 mix(quint64 h, quint64 v)
{
    // splitmix64 finaliser over the running state: cheap and well spread.
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h;
}

void putBigEndian(QByteArray &out, quint64 v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char(v >> (8 * i)));
}

// Key fields: the time as a delta from the day start (first row) or the
// previous row, the rest as they are.
void putKey(QByteArray &out, const SealedTable &table, const std::array<qint64, kMaxSealKeys> &key,
            qint64 previousTime)
{
    putVarint(out, zigzag(key[0] - previousTime));
    for (int i = 1; i < table.keyColumns.size(); ++i)
        putVarint(out, zigzag(key[i]));
}

} // namespace

quint32 rowFingerprint(const SealedTable &table, const BlockId &block, const SealRow &row)
{
    quint64 h = mix(quint64(table.kind), quint64(block.meterId));
    h = mix(h, quint64(block.subkey));
    for (int i = 0; i < table.keyColumns.size(); ++i)
        h = mix(h, quint64(row.key[i]));
    for (int i = 0; i < table.valueColumns.size(); ++i)
        h = mix(h, quint64(row.value[i]));
    return quint32(h >> 32);
}

BlockSeal sealBlock(const SealedTable &table, const BlockId &block, std::span<const SealRow> rows)
{
    BlockSeal seal;
    seal.rowCount = int(rows.size());
    QByteArray canonical;
    canonical.reserve(40 + rows.size() * 16);
    canonical.append("IMSSEAL1", 8);
    putBigEndian(canonical, quint64(table.kind), 1);
    putBigEndian(canonical, quint64(block.meterId), 8);
    putBigEndian(canonical, quint64(block.subkey), 8);
    putBigEndian(canonical, quint64(block.day), 8);
    putBigEndian(canonical, quint64(rows.size()), 4);
    seal.entries.reserve(rows.size() * 7);
    qint64 previousTime = table.dayStart(block.day);
    for (const SealRow &row : rows) {
        putKey(canonical, table, row.key, previousTime);
        for (int i = 0; i < table.valueColumns.size(); ++i)
            putVarint(canonical, zigzag(row.value[i]));
        putKey(seal.entries, table, row.key, previousTime);
        putBigEndian(seal.entries, rowFingerprint(table, block, row), 4);
        previousTime = row.key[0];
    }
    seal.digest = QCryptographicHash::hash(canonical, QCryptographicHash::Sha256);
    return seal;
}

QByteArray chainLink(const QByteArray &previousLink, const BlockId &block, int rowCount,
                     const QByteArray &digest)
{
    QByteArray input;
    input.reserve(previousLink.size() + 29 + digest.size());
    input.append(previousLink);
    putBigEndian(input, quint64(block.kind), 1);
    putBigEndian(input, quint64(block.meterId), 8);
    putBigEndian(input, quint64(block.subkey), 8);
    putBigEndian(input, quint64(block.day), 8);
    putBigEndian(input, quint64(rowCount), 4);
    input.append(digest);
    return QCryptographicHash::hash(input, QCryptographicHash::Sha256);
}

QByteArray genesisLink()
{
    return QByteArray(32, '\0');
}

std::optional<QList<SealEntry>> decodeEntries(const SealedTable &table, const BlockId &block,
                                              const QByteArray &entries)
{
    QList<SealEntry> out;
    qsizetype pos = 0;
    qint64 previousTime = table.dayStart(block.day);
    while (pos < entries.size()) {
        SealEntry entry;
        quint64 v = 0;
        if (!getVarint(entries, pos, v))
            return std::nullopt;
        entry.key[0] = previousTime + unzigzag(v);
        for (int i = 1; i < table.keyColumns.size(); ++i) {
            if (!getVarint(entries, pos, v))
                return std::nullopt;
            entry.key[i] = unzigzag(v);
        }
        if (pos + 4 > entries.size())
            return std::nullopt;
        for (int i = 0; i < 4; ++i)
            entry.fingerprint = (entry.fingerprint << 8) | quint8(entries[pos++]);
        previousTime = entry.key[0];
        out.append(entry);
    }
    return out;
}

} // namespace ims::storage
