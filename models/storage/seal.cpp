#include "models/storage/seal.h"

#include "protocol/security/sha256.h"

#include <cstring>

namespace ims::storage {

namespace {

// Writes into bytes reserved up front: seals encode a few bytes per stored
// value, and growing a QByteArray a byte at a time was a tenth of the ingest.
class ByteWriter
{
public:
    static constexpr qsizetype kMaxVarint = 10;

    ByteWriter(QByteArray &out, qsizetype maxBytes)
        : m_out(out)
    {
        const qsizetype start = out.size();
        out.resize(start + maxBytes);
        m_at = out.data() + start;
    }
    ByteWriter(const ByteWriter &) = delete;
    ByteWriter &operator=(const ByteWriter &) = delete;
    // Drops the reserve that was not used.
    ~ByteWriter() { m_out.truncate(m_at - m_out.constData()); }

    void varint(quint64 value)
    {
        while (value >= 0x80) {
            *m_at++ = char(value | 0x80);
            value >>= 7;
        }
        *m_at++ = char(value);
    }
    void bigEndian(quint64 v, int bytes)
    {
        for (int i = bytes - 1; i >= 0; --i)
            *m_at++ = char(v >> (8 * i));
    }
    void raw(const char *data, qsizetype size)
    {
        std::memcpy(m_at, data, size_t(size));
        m_at += size;
    }

private:
    QByteArray &m_out;
    char *m_at = nullptr;
};

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

// The block's identity as it enters its digest and its chain link.
void putBlockId(ByteWriter &out, const BlockId &block)
{
    out.bigEndian(quint64(block.kind), 1);
    out.bigEndian(quint64(block.meterId), 8);
    out.bigEndian(quint64(block.subkey), 8);
    out.bigEndian(quint64(block.day), 8);
}
constexpr qsizetype kBlockIdBytes = 25;

// Key fields: the time as a delta from the day start (first row) or the
// previous row, the rest as they are.
void putKey(ByteWriter &out, const SealedTable &table, const std::array<qint64, kMaxSealKeys> &key,
            qint64 previousTime)
{
    out.varint(zigzag(key[0] - previousTime));
    for (int i = 1; i < table.keyColumns.size(); ++i)
        out.varint(zigzag(key[i]));
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
    const auto rowCount = qsizetype(rows.size());
    const qsizetype keyBytes = table.keyColumns.size() * ByteWriter::kMaxVarint;
    const qsizetype valueBytes = table.valueColumns.size() * ByteWriter::kMaxVarint;
    QByteArray canonical;
    {
        ByteWriter out(canonical, 8 + kBlockIdBytes + 4 + rowCount * (keyBytes + valueBytes));
        ByteWriter entries(seal.entries, rowCount * (keyBytes + 4));
        out.raw("IMSSEAL1", 8);
        putBlockId(out, block);
        out.bigEndian(quint64(rows.size()), 4);
        qint64 previousTime = table.dayStart(block.day);
        for (const SealRow &row : rows) {
            putKey(out, table, row.key, previousTime);
            for (int i = 0; i < table.valueColumns.size(); ++i)
                out.varint(zigzag(row.value[i]));
            putKey(entries, table, row.key, previousTime);
            entries.bigEndian(rowFingerprint(table, block, row), 4);
            previousTime = row.key[0];
        }
    }
    seal.digest = security::sha256(canonical);
    return seal;
}

QByteArray chainLink(const QByteArray &previousLink, const BlockId &block, int rowCount,
                     const QByteArray &digest)
{
    QByteArray input;
    {
        ByteWriter out(input, previousLink.size() + kBlockIdBytes + 4 + digest.size());
        out.raw(previousLink.constData(), previousLink.size());
        putBlockId(out, block);
        out.bigEndian(quint64(rowCount), 4);
        out.raw(digest.constData(), digest.size());
    }
    return security::sha256(input);
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
