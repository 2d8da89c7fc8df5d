#pragma once
// A table that reads its rows from SQL a page at a time (fetchMore), for
// lists that may be long: meters, events, alarms. Subclasses load a page
// into a staging area and move it into their rows on request.
#include <QAbstractTableModel>

namespace ims::itemmodels {

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    int pageSize() const { return m_pageSize; }
    // Drops the rows and loads the first page again (after a filter change).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    // Loads up to `limit` rows from `offset` into staging; returns how many.
    virtual int stagePage(int offset, int limit) = 0;
    virtual void commitStaged() = 0; // append the staged rows
    virtual void clearRows() = 0;
    virtual int loadedRows() const = 0;

private:
    int m_pageSize = 200;
    bool m_complete = false;
    bool m_inserting = false; // fetchMore() from a rowsInserted() handler is ignored
};

} // namespace ims::itemmodels
