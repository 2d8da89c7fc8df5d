#include "protocol/iec62056_21/bcc.h"

namespace ims::iec21 {

namespace {
constexpr char kSoh = 0x01;
constexpr char kStx = 0x02;
constexpr char kEtx = 0x03;
constexpr char kEot = 0x04;

bool isBlockStart(char c)
{
    return c == kSoh || c == kStx;
}
bool isBlockEnd(char c)
{
    return c == kEtx || c == kEot;
}
} // namespace

quint8 computeBcc(QByteArrayView range, BccRule rule)
{
    quint8 acc = 0;
    for (const char c : range) {
        if (rule == BccRule::Xor)
            acc ^= quint8(c);
        else
            acc = quint8(acc + quint8(c));
    }
    return acc & 0x7F;
}

QByteArrayView bccRange(QByteArrayView block)
{
    // Shortest block: SOH B0 ETX BCC is longer, but STX ETX BCC is the floor.
    if (block.size() < 3 || !isBlockStart(block.front()) || !isBlockEnd(block[block.size() - 2]))
        return {};
    return block.sliced(1, block.size() - 2);
}

bool verifyBcc(QByteArrayView block, BccRule rule)
{
    const QByteArrayView range = bccRange(block);
    if (range.isEmpty())
        return false;
    return computeBcc(range, rule) == quint8(block.back());
}

QByteArray withBcc(QByteArray blockWithoutBcc, BccRule rule)
{
    if (blockWithoutBcc.size() < 2 || !isBlockStart(blockWithoutBcc.front())
        || !isBlockEnd(blockWithoutBcc.back()))
        return blockWithoutBcc;
    const quint8 bcc = computeBcc(QByteArrayView(blockWithoutBcc).sliced(1), rule);
    blockWithoutBcc.append(char(bcc));
    return blockWithoutBcc;
}

} // namespace ims::iec21
