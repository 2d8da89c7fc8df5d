#pragma once
// Who makes up a balance group's consumption, and who behaves oddly: each
// member's energy over a period, its share of the members' total, how its
// recent consumption compares with before, and tamper events (magnet,
// covers) that often explain a collapse. Integers throughout.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ims::analytics {

struct BalanceGroupInfo
{
    qint64 id = 0;
    QString name;
    QString substationName;
    int channel = 1;
    int heads = 0;
    int members = 0;
};

namespace MemberAnomaly {
enum : quint32 {
    Collapsed = 1u << 0,    // recent consumption fell below half of before
    Tamper = 1u << 1,       // external-impact events in the period
    NoRecentData = 1u << 2, // data before, none in the recent window
    Surged = 1u << 3,       // recent consumption more than doubled
};
}

struct MemberShare
{
    qint64 meterId = 0;
    QString serial;
    QString plot;
    QString subscriber;
    qint64 sumMwh = 0;
    qint64 intervals = 0;
    std::optional<qint64> shareBasisPoints; // of the members' total; empty when it is 0
    // Average per interval in the recent window vs the earlier part, and
    // the change in 0.01 % (empty without a baseline).
    std::optional<qint64> recentAverageMwh;
    std::optional<qint64> baselineAverageMwh;
    std::optional<qint64> changeBasisPoints;
    int tamperEvents = 0;
    std::optional<qint64> lastTamperTime;
    quint32 anomalies = 0;   // MemberAnomaly
    qint64 anomalyScore = 0; // larger = more suspicious; 0 = nothing noticed
};

struct MemberRanking
{
    qint64 groupId = 0;
    qint64 fromDay = 0; // calendar days of the site since 1970-01-01, [fromDay, toDay)
    qint64 toDay = 0;
    qint64 recentFromDay = 0;
    qint64 totalMwh = 0;
    QList<MemberShare> members; // by share, largest first
};

class BalanceMembersQuery
{
    Q_DECLARE_TR_FUNCTIONS(BalanceMembersQuery)
public:
    explicit BalanceMembersQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<QList<BalanceGroupInfo>> groups();
    // Days [fromDay, toDay); the last `recentDays` of them are the recent window.
    Result<MemberRanking> rank(qint64 groupId, qint64 fromDay, qint64 toDay, int recentDays = 7);

    static QString anomalyText(quint32 anomalies);

private:
    QSqlDatabase m_db;
};

// The tamper journal: SPODES external impacts (magnet, terminal cover, case).
inline constexpr int kTamperJournal = 4;

} // namespace ims::analytics
