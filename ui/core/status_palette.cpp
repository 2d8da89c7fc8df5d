#include "ui/core/status_palette.h"

#include "models/analytics/meter_status.h"

#include <QPainter>
#include <QPixmap>

namespace ims::ui {

using namespace ims::analytics;

QColor StatusPalette::color(quint32 flags)
{
    switch (dominantStatus(flags)) {
    case MeterStatusFlag::Alarm:
        return QColor(0xd3, 0x2f, 0x2f); // red
    case MeterStatusFlag::RelayOpen:
        return QColor(0x8e, 0x24, 0xaa); // purple
    case MeterStatusFlag::NotResponding:
        return QColor(0xef, 0x6c, 0x00); // orange
    case MeterStatusFlag::ClockOff:
        return QColor(0xf9, 0xa8, 0x25); // amber
    case MeterStatusFlag::NoData:
        return QColor(0x90, 0x90, 0x90); // grey
    case MeterStatusFlag::Online:
        return QColor(0x2e, 0x7d, 0x32); // green
    case MeterStatusFlag::Disabled:
        return QColor(0x45, 0x45, 0x45);
    default:
        return QColor(0xb0, 0xbe, 0xc5); // never polled
    }
}

QColor StatusPalette::linkColor(int qualityPercent)
{
    const int q = std::clamp(qualityPercent, 0, 100);
    // Hue 0 (red) .. 120 (green).
    return QColor::fromHsv(q * 120 / 100, 200, 200);
}

QIcon StatusPalette::icon(quint32 flags)
{
    const quint32 key = dominantStatus(flags);
    auto it = m_icons.constFind(key);
    if (it != m_icons.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color(flags).darker(140), 1));
        p.setBrush(color(flags));
        const qreal margin = size / 6.0;
        p.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        if (key == MeterStatusFlag::RelayOpen) {
            // A gap across the disc: the open contact.
            p.setPen(QPen(Qt::white, size / 8.0));
            p.drawLine(QPointF(size * 0.3, size * 0.5), QPointF(size * 0.7, size * 0.5));
        }
        icon.addPixmap(pixmap);
    }
    m_icons.insert(key, icon);
    return icon;
}

} // namespace ims::ui
