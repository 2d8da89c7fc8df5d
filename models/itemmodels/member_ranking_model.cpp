#include "models/itemmodels/member_ranking_model.h"

#include "models/itemmodels/display_format.h"

#include <QBrush>
#include <QColor>

namespace ims::itemmodels {

using namespace ims::analytics;

void MemberRankingModel::setRanking(MemberRanking ranking)
{
    beginResetModel();
    m_ranking = std::move(ranking);
    endResetModel();
}

int MemberRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ranking.members.size());
}

int MemberRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberRankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberShare &m = m_ranking.members[index.row()];
    switch (role) {
    case MeterIdRole:
        return m.meterId;
    case AnomalyScoreRole:
        return m.anomalyScore;
    case Qt::TextAlignmentRole:
        return index.column() >= Energy && index.column() <= Tamper
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Anomaly && m.anomalyScore > 0)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case SortRole:
        switch (index.column()) {
        case Meter:
            return m.serial;
        case Plot:
            return m.plot;
        case Subscriber:
            return m.subscriber;
        case Energy:
        case Share:
            return m.sumMwh;
        case Change:
            return m.changeBasisPoints.value_or(0);
        case Tamper:
            return m.tamperEvents;
        case Anomaly:
            return m.anomalyScore;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Meter:
        return m.serial;
    case Plot:
        return m.plot;
    case Subscriber:
        return m.subscriber;
    case Energy:
        return DisplayFormat::kwh(m.sumMwh);
    case Share:
        return m.shareBasisPoints ? DisplayFormat::percent(*m.shareBasisPoints) : QString();
    case Change:
        return m.changeBasisPoints ? DisplayFormat::percent(*m.changeBasisPoints) : QString();
    case Tamper:
        return m.tamperEvents > 0 ? QVariant(m.tamperEvents) : QVariant();
    case Anomaly:
        return BalanceMembersQuery::anomalyText(m.anomalies);
    }
    return {};
}

QVariant MemberRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Meter:
        return tr("Meter");
    case Plot:
        return tr("Plot");
    case Subscriber:
        return tr("Subscriber");
    case Energy:
        return tr("Energy, kWh");
    case Share:
        return tr("Share");
    case Change:
        return tr("Recent change");
    case Tamper:
        return tr("Tamper events");
    case Anomaly:
        return tr("Anomaly");
    }
    return {};
}

} // namespace ims::itemmodels
