#pragma once
// Alarms, newest first, filtered in SQL and paged; acknowledging one
// updates its row in place.
#include "models/analytics/record_queries.h"
#include "models/itemmodels/paged_table_model.h"

#include <QSqlDatabase>

namespace ims::itemmodels {

class AlarmListModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Severity, Kind, Meter, Details, Acknowledged, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SeverityRole, OpenRole };

    explicit AlarmListModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const analytics::AlarmFilter &filter);
    bool acknowledge(int row, const QString &operatorName, qint64 nowMs);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int stagePage(int offset, int limit) override;
    void commitStaged() override;
    void clearRows() override { m_rows.clear(); }
    int loadedRows() const override { return int(m_rows.size()); }

private:
    QSqlDatabase m_db;
    analytics::AlarmFilter m_filter;
    QList<analytics::AlarmRecord> m_rows;
    QList<analytics::AlarmRecord> m_staged;
};

class EventListModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Meter, Journal, Code, Description, ColumnCount };

    explicit EventListModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const analytics::EventFilter &filter);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int stagePage(int offset, int limit) override;
    void commitStaged() override;
    void clearRows() override { m_rows.clear(); }
    int loadedRows() const override { return int(m_rows.size()); }

private:
    QSqlDatabase m_db;
    analytics::EventFilter m_filter;
    QList<analytics::EventRecord> m_rows;
    QList<analytics::EventRecord> m_staged;
};

} // namespace ims::itemmodels
