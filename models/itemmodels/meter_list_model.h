#pragma once
// Meters as a sortable, filterable list; filtering and sorting happen in SQL
// and rows arrive page by page.
#include "models/analytics/meter_query.h"
#include "models/itemmodels/paged_table_model.h"

#include <QSqlDatabase>

namespace ims::itemmodels {

class MeterListModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Serial, Model, Router, Address, Subscriber, Plot, State, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit MeterListModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const analytics::MeterFilter &filter);
    const analytics::MeterFilter &filter() const { return m_filter; }
    qint64 totalCount() const; // matching meters, loaded or not

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString stateName(int state);

protected:
    int stagePage(int offset, int limit) override;
    void commitStaged() override;
    void clearRows() override { m_rows.clear(); }
    int loadedRows() const override { return int(m_rows.size()); }

private:
    QSqlDatabase m_db;
    analytics::MeterFilter m_filter;
    analytics::MeterSort m_sort = analytics::MeterSort::Serial;
    bool m_descending = false;
    QList<analytics::MeterRow> m_rows;
    QList<analytics::MeterRow> m_staged;
};

} // namespace ims::itemmodels
