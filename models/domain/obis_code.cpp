#include "models/domain/obis_code.h"

#include <QStringList>

namespace ims::domain {

std::optional<qint64> packObis(const QString &text)
{
    // Six decimal groups 0..255 between any of . : * - (both "1.0.1.8.0.255"
    // and "1-0:1.8.0*255"). Parsed by hand: every stored register passes here.
    const QStringView view = QStringView(text).trimmed();
    qint64 packed = 0;
    int groups = 0;
    qsizetype at = 0;
    while (at <= view.size()) {
        uint value = 0;
        int digits = 0;
        while (at < view.size() && view[at] >= u'0' && view[at] <= u'9' && digits < 4) {
            value = value * 10 + uint(view[at].unicode() - u'0');
            ++digits;
            ++at;
        }
        if (digits == 0 || value > 255 || ++groups > 6)
            return std::nullopt;
        packed = (packed << 8) | value;
        if (at == view.size())
            break;
        const QChar separator = view[at++];
        if (separator != u'.' && separator != u':' && separator != u'*' && separator != u'-')
            return std::nullopt;
    }
    return groups == 6 ? std::optional(packed) : std::nullopt;
}

QString unpackObis(qint64 packed)
{
    QStringList parts;
    for (int shift = 40; shift >= 0; shift -= 8)
        parts << QString::number((packed >> shift) & 0xff);
    return parts.join(QLatin1Char('.'));
}

} // namespace ims::domain
