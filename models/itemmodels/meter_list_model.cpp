#include "models/itemmodels/meter_list_model.h"

#include "models/core/logging.h"

namespace ims::itemmodels {

using namespace ims::analytics;

MeterListModel::MeterListModel(QSqlDatabase db, QObject *parent)
    : PagedTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

void MeterListModel::setFilter(const MeterFilter &filter)
{
    m_filter = filter;
    reload();
}

qint64 MeterListModel::totalCount() const
{
    return MeterQuery(m_db).count(m_filter).valueOr(0);
}

int MeterListModel::stagePage(int offset, int limit)
{
    auto rows = MeterQuery(m_db).meters(m_filter, m_sort, m_descending, limit, offset);
    if (!rows) {
        qCWarning(lcStorage) << rows.error().message;
        m_staged.clear();
        return 0;
    }
    m_staged = std::move(*rows);
    return int(m_staged.size());
}

void MeterListModel::commitStaged()
{
    m_rows.append(std::move(m_staged));
    m_staged.clear();
}

int MeterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeterListModel::stateName(int state)
{
    switch (state) {
    case 0:
        return tr("Active");
    case 1:
        return tr("Not responding");
    case 2:
        return tr("Disabled");
    case 3:
        return tr("Decommissioned");
    }
    return tr("Unknown");
}

QVariant MeterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeterRow &row = m_rows[index.row()];
    if (role == IdRole)
        return row.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Serial:
        return row.serial;
    case Model:
        return row.model;
    case Router:
        return row.routerName;
    case Address:
        return row.physicalAddress;
    case Subscriber:
        return row.subscriberName.isEmpty()
                   ? row.subscriberAccount
                   : QStringLiteral("%1 (%2)").arg(row.subscriberName, row.subscriberAccount);
    case Plot:
        return row.plot;
    case State:
        return stateName(row.state);
    }
    return {};
}

QVariant MeterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Serial:
        return tr("Serial");
    case Model:
        return tr("Model");
    case Router:
        return tr("Router");
    case Address:
        return tr("Address");
    case Subscriber:
        return tr("Subscriber");
    case Plot:
        return tr("Plot");
    case State:
        return tr("State");
    }
    return {};
}

void MeterListModel::sort(int column, Qt::SortOrder order)
{
    static const MeterSort byColumn[]
        = {MeterSort::Serial,     MeterSort::Model, MeterSort::Router, MeterSort::PhysicalAddress,
           MeterSort::Subscriber, MeterSort::Plot,  MeterSort::State};
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = byColumn[column];
    m_descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace ims::itemmodels
