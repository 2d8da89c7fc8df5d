#include "ui/polling/progress_delegate.h"

#include "models/itemmodels/poll_progress_model.h"

#include <QApplication>
#include <QPainter>

namespace ims::ui {

using itemmodels::PollProgressModel;

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    if (!index.data(PollProgressModel::IsRouterRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(1, 2, -1, -2);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = index.data(PollProgressModel::PercentRole).toInt();
    bar.text = index.data().toString();
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    if (index.data(PollProgressModel::FailedRole).toBool())
        bar.palette.setColor(QPalette::Highlight, QColor(0xef, 0x6c, 0x00));
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace ims::ui
