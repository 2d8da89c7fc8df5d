#pragma once
// Puts icons on the topology tree: a status disc for each meter (the most
// urgent of online / no data / alarm / relay open / clock off), the style's
// icons for sites, substations and routers.
#include "ui/core/status_palette.h"

#include <QIcon>
#include <QIdentityProxyModel>

namespace ims::ui {

class TopologyDecorator : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    // The style builds a standard icon from its image files at every call;
    // a tree of a million meters asks for one per row it measures or paints.
    const QIcon &kindIcon(int kind) const;

    mutable StatusPalette m_palette;
    mutable QIcon m_kindIcons[3]; // site, substation, router
};

} // namespace ims::ui
