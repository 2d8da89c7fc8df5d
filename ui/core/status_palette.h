#pragma once
// Colours and icons for meter states, drawn once per palette object (no
// image files): a filled circle whose colour says the most urgent state.
#include <QColor>
#include <QHash>
#include <QIcon>

namespace ims::ui {

class StatusPalette
{
public:
    // Colour for a set of analytics::MeterStatusFlag bits (the dominant one).
    static QColor color(quint32 flags);
    // Colour of a PLC hop of the given quality (%), red to green.
    static QColor linkColor(int qualityPercent);
    QIcon icon(quint32 flags);

private:
    QHash<quint32, QIcon> m_icons; // by dominant flag
};

} // namespace ims::ui
