#include "ui/network_map/network_map_view.h"

#include "ui/network_map/map_items.h"

#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace ims::ui {

NetworkMapView::NetworkMapView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("networkMapView"));
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontSavePainterState);
    setRenderHint(QPainter::Antialiasing);
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xf7));
}

void NetworkMapView::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.02 || next > 20)
        return;
    scale(factor, factor);
}

void NetworkMapView::fitAll()
{
    if (!scene())
        return;
    fitInView(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
}

void NetworkMapView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    zoomBy(std::pow(1.2, steps));
    emit zoomedByUser();
    event->accept();
}

void NetworkMapView::mousePressEvent(QMouseEvent *event)
{
    m_pressAt = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void NetworkMapView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click, not the end of a drag.
    if ((event->position().toPoint() - m_pressAt).manhattanLength() > 4)
        return;
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (item->type() == MeterNodeItem::Type) {
            const qint64 id = static_cast<MeterNodeItem *>(item)->meterId();
            if (id != 0) {
                emit meterClicked(id);
                return;
            }
        }
    }
}

} // namespace ims::ui
