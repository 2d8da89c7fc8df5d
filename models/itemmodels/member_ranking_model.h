#pragma once
// A balance group's members with their energy, share and anomalies, for a
// table sorted by share or by how suspicious a member looks (SortRole holds
// the raw integers, so a proxy sorts numbers, not text).
#include "models/analytics/balance_members.h"

#include <QAbstractTableModel>

namespace ims::itemmodels {

class MemberRankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Meter, Plot, Subscriber, Energy, Share, Change, Tamper, Anomaly, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, MeterIdRole, AnomalyScoreRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRanking(ims::analytics::MemberRanking ranking);
    const ims::analytics::MemberRanking &ranking() const { return m_ranking; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ims::analytics::MemberRanking m_ranking;
};

} // namespace ims::itemmodels
