#pragma once
// An energy balance by day or month as a table: head, sum of members,
// losses in kWh and %, and how complete the data behind each row is.
#include "models/analytics/energy_balance.h"

#include <QAbstractTableModel>

namespace ims::itemmodels {

class BalanceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Period, Head, Members, Loss, LossPercent, Completeness, ColumnCount };
    enum Role { StartRole = Qt::UserRole + 1, LossBasisPointsRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setBalance(ims::analytics::EnergyBalance balance);
    const ims::analytics::EnergyBalance &balance() const { return m_balance; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString periodText(const ims::analytics::BalancePoint &point) const;

    ims::analytics::EnergyBalance m_balance;
};

} // namespace ims::itemmodels
