#include "ui/network_map/map_items.h"

#include "ui/core/status_palette.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace ims::ui {

MeterNodeItem::MeterNodeItem(const analytics::NetworkNode &node, int index)
    : m_meterId(node.meterId)
    , m_index(index)
    , m_label(node.meterId != 0 ? node.serial : tr("repeater %1").arg(node.physicalAddress))
    , m_color(node.meterId != 0 ? StatusPalette::color(node.statusFlags) : QColor(Qt::lightGray))
    , m_ghost(node.meterId == 0)
{
    setFlag(ItemIsSelectable, node.meterId != 0);
    setAcceptHoverEvents(false);
    setZValue(2);
}

QRectF MeterNodeItem::boundingRect() const
{
    // Room for the label to the right, drawn only when zoomed in.
    return QRectF(-kRadius - 2, -kRadius - 2, 2 * kRadius + 4 + 90, 2 * kRadius + 4);
}

QPainterPath MeterNodeItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QRectF(-kRadius, -kRadius, 2 * kRadius, 2 * kRadius));
    return path;
}

void MeterNodeItem::setHighlighted(bool on)
{
    if (on == m_highlighted)
        return;
    m_highlighted = on;
    setZValue(on ? 3 : 2);
    update();
}

void MeterNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF disc(-kRadius, -kRadius, 2 * kRadius, 2 * kRadius);
    if (lod < 0.4 && !m_highlighted && !isSelected()) {
        // Far away: a plain square is indistinguishable and much cheaper.
        painter->fillRect(disc, m_color);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.8);
    const bool marked = m_highlighted || isSelected();
    painter->setPen(marked ? QPen(Qt::black, 2.5 / std::max<qreal>(lod, 0.2))
                           : QPen(m_color.darker(150), 1));
    painter->setBrush(m_ghost ? QBrush(Qt::white) : QBrush(m_color));
    painter->drawEllipse(disc);
    if (lod >= 1.2 || marked) {
        painter->setPen(Qt::black);
        QFont font = painter->font();
        font.setPointSizeF(7);
        painter->setFont(font);
        painter->drawText(QPointF(kRadius + 3, 4), m_label);
    }
}

RouterNodeItem::RouterNodeItem(QString name)
    : m_name(std::move(name))
{
    setZValue(4);
}

QRectF RouterNodeItem::boundingRect() const
{
    return QRectF(-16, -16, 32 + 140, 32);
}

void RouterNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0x1a, 0x3a, 0x6b), 2));
    painter->setBrush(QColor(0x42, 0x7a, 0xc9));
    painter->drawRoundedRect(QRectF(-14, -14, 28, 28), 4, 4);
    painter->setPen(Qt::black);
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->drawText(QPointF(18, 5), m_name);
}

int LinkLayer::bandOf(int qualityPercent)
{
    return std::clamp(qualityPercent, 0, 100) * kBands / 101;
}

LinkLayer::LinkLayer(const analytics::RouterNetwork &network, const QList<QPointF> &positions)
{
    setZValue(1);
    for (int i = 0; i < network.nodes.size(); ++i) {
        const analytics::NetworkNode &node = network.nodes[i];
        const QPointF from = node.parent < 0 ? QPointF(0, 0) : positions[node.parent];
        QPainterPath &path = node.linkQuality ? m_bands[bandOf(*node.linkQuality)] : m_unknown;
        path.moveTo(from);
        path.lineTo(positions[i]);
    }
    for (const QPainterPath &band : m_bands)
        m_bounds |= band.boundingRect();
    m_bounds |= m_unknown.boundingRect();
    m_bounds.adjust(-4, -4, 4, 4);
}

void LinkLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.8);
    painter->setBrush(Qt::NoBrush);
    QPen unknown(QColor(0x9e, 0x9e, 0x9e), 1, Qt::DashLine);
    unknown.setCosmetic(true);
    painter->setPen(unknown);
    painter->drawPath(m_unknown);
    for (int band = 0; band < kBands; ++band) {
        // Better links: greener and thicker (cosmetic widths: same on screen at any zoom).
        QPen pen(StatusPalette::linkColor(band * 100 / (kBands - 1)), 1.0 + band * 0.75);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawPath(m_bands[band]);
    }
}

} // namespace ims::ui
