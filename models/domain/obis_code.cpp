#include "models/domain/obis_code.h"

#include <QRegularExpression>

namespace ims::domain {

std::optional<qint64> packObis(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[.:*\\-]"));
    const QStringList parts = text.trimmed().split(separators);
    if (parts.size() != 6)
        return std::nullopt;
    qint64 packed = 0;
    for (const QString &part : parts) {
        bool ok = false;
        const uint byte = part.toUInt(&ok);
        if (!ok || byte > 255)
            return std::nullopt;
        packed = (packed << 8) | byte;
    }
    return packed;
}

QString unpackObis(qint64 packed)
{
    QStringList parts;
    for (int shift = 40; shift >= 0; shift -= 8)
        parts << QString::number((packed >> shift) & 0xff);
    return parts.join(QLatin1Char('.'));
}

} // namespace ims::domain
