#pragma once
// A small read-only table of already formatted cells, for the short lists a
// card shows (registers, recent intervals, events, sessions). Replaced as a
// whole; each row may carry one value for callers (an id, a time).
#include <QAbstractTableModel>
#include <QStringList>

namespace ims::itemmodels {

class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RowDataRole = Qt::UserRole + 1 };

    explicit RecordTableModel(QStringList headers, QObject *parent = nullptr);

    // Every row must have as many cells as there are headers; missing cells
    // are shown empty, extra ones ignored.
    void setRows(QList<QStringList> rows, QVariantList rowData = {});
    void setHeaders(QStringList headers);
    // Columns whose cells are numbers (right-aligned).
    void setNumericColumns(QList<int> columns) { m_numeric = std::move(columns); }
    QString cell(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QVariantList m_rowData;
    QList<int> m_numeric;
};

} // namespace ims::itemmodels
