#pragma once
// The graphics view of the network map: wheel to zoom around the cursor,
// drag to pan, click a meter to open its card.
#include <QGraphicsView>

namespace ims::ui {

class NetworkMapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit NetworkMapView(QWidget *parent = nullptr);

    void zoomBy(double factor);
    void fitAll();
    double zoom() const { return transform().m11(); }

signals:
    void meterClicked(qint64 meterId);
    void zoomedByUser();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QPoint m_pressAt;
};

} // namespace ims::ui
