#pragma once
// Draws a progress bar in the Progress column of router rows.
#include <QStyledItemDelegate>

namespace ims::ui {

class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace ims::ui
