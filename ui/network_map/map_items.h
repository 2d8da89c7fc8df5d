#pragma once
// What the network map draws. Meters are light QGraphicsItems (no widgets)
// that simplify themselves when zoomed out; all links are one item that
// draws a few prebuilt paths, one per quality band, so 2,500 nodes pan and
// zoom smoothly.
#include "models/analytics/network_graph.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainterPath>

namespace ims::ui {

class MeterNodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(MeterNodeItem)
public:
    static constexpr double kRadius = 7.0;
    enum { Type = UserType + 1 };

    MeterNodeItem(const analytics::NetworkNode &node, int index);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override; // the disc: labels do not catch clicks
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    qint64 meterId() const { return m_meterId; }
    int nodeIndex() const { return m_index; }
    QString label() const { return m_label; }
    void setHighlighted(bool on);

private:
    qint64 m_meterId;
    int m_index;
    QString m_label;
    QColor m_color;
    bool m_ghost;
    bool m_highlighted = false;
};

class RouterNodeItem : public QGraphicsItem
{
public:
    explicit RouterNodeItem(QString name);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_name;
};

// Every hop of the network, grouped into quality bands.
class LinkLayer : public QGraphicsItem
{
public:
    LinkLayer(const analytics::RouterNetwork &network, const QList<QPointF> &positions);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static constexpr int kBands = 5; // 0-19 %, ..., 80-100 %
    static int bandOf(int qualityPercent);

private:
    QPainterPath m_bands[kBands];
    QPainterPath m_unknown;
    QRectF m_bounds;
};

} // namespace ims::ui
