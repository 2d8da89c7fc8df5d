#include "protocol/engine/poll_job.h"

#include <QStringList>

#include <algorithm>
#include <limits>

namespace ims::engine {

namespace {
struct ItemName
{
    const char16_t *name;
    quint32 items;
};
constexpr ItemName kItemNames[] = {
    {u"daily", PollItem::DailyReadout},
    {u"profile", PollItem::Profile},
    {u"events", PollItem::Events},
    {u"registers", PollItem::Registers},
    {u"instant", PollItem::Instant},
    {u"clock", PollItem::Clock},
    {u"billing", PollItem::Daily | PollItem::Monthly},
};
} // namespace

quint32 parsePollItems(QStringView text)
{
    quint32 items = 0;
    for (QStringView word : text.split(u',')) {
        word = word.trimmed();
        quint32 found = 0;
        for (const ItemName &n : kItemNames)
            if (word == QStringView(n.name))
                found = n.items;
        if (found == 0)
            return 0;
        items |= found;
    }
    return items;
}

QString pollItemsText(quint32 items)
{
    if (items == PollItem::DailyReadout)
        return QStringLiteral("daily");
    QStringList words;
    for (const ItemName &n : kItemNames)
        if (n.items != PollItem::DailyReadout && (items & n.items) == n.items
            && n.items != (PollItem::Daily | PollItem::Monthly))
            words << QString::fromUtf16(n.name);
    if (items & (PollItem::Daily | PollItem::Monthly))
        words << QStringLiteral("billing");
    return words.join(u',');
}

std::optional<hdlc::LineTiming> meterLine(const RouterPlan &plan, const MeterJob &job)
{
    if (job.hops <= 0)
        return std::nullopt;
    return hdlc::LineTiming{job.hops, plan.plc.baud, plan.plc.perHopLatencyMs};
}

int meterFrameTimeoutMs(const RouterPlan &plan, const MeterJob &job)
{
    const int routerTimeout = plan.meterProfile.frameTimeoutMs;
    const std::optional<hdlc::LineTiming> line = meterLine(plan, job);
    return line ? hdlc::responseTimeoutMs(routerTimeout, *line) : routerTimeout;
}

int meterSilenceTimeoutMs(const RouterPlan &plan, const MeterJob &job, int hdlcRetries)
{
    const qint64 hdlcGivesUp = qint64(hdlcRetries + 2) * meterFrameTimeoutMs(plan, job);
    return int(std::clamp<qint64>(hdlcGivesUp, plan.meterProfile.association.responseTimeoutMs,
                                  std::numeric_limits<int>::max()));
}

} // namespace ims::engine
