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
    switch (kind) {
    case TopologyModel::NodeKind::Site:
    case TopologyModel::NodeKind::Substation:
    case TopologyModel::NodeKind::Router:
        return kindIcon(int(kind));
    case TopologyModel::NodeKind::Meter:
        return m_palette.icon(index.data(TopologyModel::StatusRole).toUInt());
    }
    return {};
}

const QIcon &TopologyDecorator::kindIcon(int kind) const
{
    static_assert(int(TopologyModel::NodeKind::Site) == 0
                  && int(TopologyModel::NodeKind::Router) == 2);
    QIcon &icon = m_kindIcons[kind];
    if (icon.isNull()) {
        constexpr QStyle::StandardPixmap kPixmaps[]
            = {QStyle::SP_DirHomeIcon, QStyle::SP_DriveHDIcon, QStyle::SP_DriveNetIcon};
        icon = QApplication::style()->standardIcon(kPixmaps[kind]);
    }
    return icon;
}

} // namespace ims::ui
