#include "protocol/core/bytes.h"

namespace ims {

QByteArray fromHex(QStringView hex)
{
    QByteArray compact;
    compact.reserve(hex.size());
    for (QChar c : hex) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        const bool hexDigit
            = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hexDigit)
            return {};
        compact.append(char(c.unicode()));
    }
    if (compact.size() % 2 != 0)
        return {};
    return QByteArray::fromHex(compact);
}

QString toSpacedHex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(' ').toUpper());
}

} // namespace ims
