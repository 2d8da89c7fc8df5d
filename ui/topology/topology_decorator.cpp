#include "ui/topology/topology_decorator.h"

#include "models/itemmodels/topology_model.h"

#include <QApplication>
#include <QStyle>

namespace ims::ui {

using itemmodels::TopologyModel;

QVariant TopologyDecorator::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != 0)
        return QIdentityProxyModel::data(index, role);
    const auto kind = index.data(TopologyModel::KindRole).value<TopologyModel::NodeKind>();
    QStyle *style = QApplication::style();
    switch (kind) {
    case TopologyModel::NodeKind::Site:
        return style->standardIcon(QStyle::SP_DirHomeIcon);
    case TopologyModel::NodeKind::Substation:
        return style->standardIcon(QStyle::SP_DriveHDIcon);
    case TopologyModel::NodeKind::Router:
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    case TopologyModel::NodeKind::Meter:
        return m_palette.icon(index.data(TopologyModel::StatusRole).toUInt());
    }
    return {};
}

} // namespace ims::ui
