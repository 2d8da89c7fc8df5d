#include "models/itemmodels/paged_table_model.h"

namespace ims::itemmodels {

void PagedTableModel::reload()
{
    m_inserting = true; // no fetchMore() from modelReset() handlers mid-reset
    beginResetModel();
    clearRows();
    m_complete = false;
    endResetModel();
    m_inserting = false;
    fetchMore({});
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loadedRows();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete || m_inserting)
        return;
    const int first = loadedRows();
    const int got = stagePage(first, m_pageSize);
    if (got < m_pageSize)
        m_complete = true;
    if (got <= 0)
        return;
    m_inserting = true;
    beginInsertRows({}, first, first + got - 1);
    commitStaged();
    endInsertRows();
    m_inserting = false;
}

} // namespace ims::itemmodels
