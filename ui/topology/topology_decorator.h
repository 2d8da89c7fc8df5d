#pragma once
// Puts icons on the topology tree: a status disc for each meter (the most
// urgent of online / no data / alarm / relay open / clock off), the style's
// icons for sites, substations and routers.
#include "ui/core/status_palette.h"

#include <QIdentityProxyModel>

namespace ims::ui {

class TopologyDecorator : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    mutable StatusPalette m_palette;
};

} // namespace ims::ui
