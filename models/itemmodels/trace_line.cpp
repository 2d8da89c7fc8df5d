#include "models/itemmodels/trace_line.h"

#include "protocol/core/bytes.h"

namespace ims::itemmodels {

QString formatTraceLine(const TraceLine &line)
{
    QString text = line.timestamp.toUTC().toString(Qt::ISODateWithMs)
                   + (line.outgoing ? QStringLiteral(" > ") : QStringLiteral(" < ")) + line.link
                   + QStringLiteral("  ") + toSpacedHex(line.bytes);
    if (!line.summary.isEmpty())
        text += QStringLiteral(" | ") + line.summary;
    return text;
}

} // namespace ims::itemmodels
