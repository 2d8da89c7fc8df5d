#pragma once
// One meter's intervals over a period as a table: interval end and the four
// channels in kWh / kvarh, exact decimals (no floating point on the way).
#include "models/analytics/profile_query.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace ims::itemmodels {

class ProfileTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IntervalEnd,
        ActiveImport,
        ActiveExport,
        ReactiveImport,
        ReactiveExport,
        Status,
        ColumnCount
    };
    enum Role { MilliWattHoursRole = Qt::UserRole + 1, IntervalEndRole };

    explicit ProfileTableModel(QSqlDatabase db, QObject *parent = nullptr);

    // Intervals ending in (from, to] (UTC epoch seconds).
    bool load(qint64 meterId, qint64 from, qint64 to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QList<analytics::ProfileRow> m_rows;
};

} // namespace ims::itemmodels
