#include "protocol/link/link_settings.h"

#include <QRegularExpression>

namespace ims::link {

namespace {

constexpr qint32 kDefaultOpticalMaxBaud = 9600;

template<typename... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// clang 14 (the fuzzing compiler) has no aggregate deduction yet.
template<typename... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

Error invalid(const QString &message)
{
    return Error(ErrorKind::InvalidArgument, message);
}

QChar parityLetter(Parity p)
{
    switch (p) {
    case Parity::None:
        return u'N';
    case Parity::Even:
        return u'E';
    case Parity::Odd:
        return u'O';
    }
    return u'?';
}

QString hostForDisplay(const QString &host)
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

std::optional<qint32> parseBaud(const QString &token)
{
    bool ok = false;
    const qint64 v = token.toLongLong(&ok);
    if (!ok || v < kMinBaud || v > kMaxBaud)
        return std::nullopt;
    return qint32(v);
}

bool isNumber(const QString &token)
{
    return !token.isEmpty()
           && std::all_of(token.begin(), token.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

QString lineFormat(int dataBits, Parity parity, int stopBits)
{
    return QString::number(dataBits) + parityLetter(parity) + QString::number(stopBits);
}

QString LinkSettings::toString() const
{
    return std::visit(
        Overloaded{
            [](const TcpSettings &s) {
                return QStringLiteral("tcp:%1:%2").arg(hostForDisplay(s.host)).arg(s.port);
            },
            [](const SerialSettings &s) {
                QString out = QStringLiteral("serial:%1:%2:%3")
                                  .arg(s.device)
                                  .arg(s.baud)
                                  .arg(lineFormat(s.dataBits, s.parity, s.stopBits));
                if (s.flowControl == FlowControl::Hardware)
                    out += QStringLiteral(":rtscts");
                else if (s.flowControl == FlowControl::Software)
                    out += QStringLiteral(":xonxoff");
                if (s.rs485.interFrameGapMs > 0)
                    out += QStringLiteral(":gap=%1").arg(s.rs485.interFrameGapMs);
                if (s.rs485.suppressEcho)
                    out += QStringLiteral(":echo");
                return out;
            },
            [](const OpticalSettings &s) {
                QString out = QStringLiteral("optical:") + s.device;
                if (s.maxBaud != kDefaultOpticalMaxBaud)
                    out += u':' + QString::number(s.maxBaud);
                return out;
            },
            [](const MemorySettings &s) { return QStringLiteral("memory:") + s.name; },
        },
        m_value);
}

QString LinkSettings::describe() const
{
    return std::visit(
        Overloaded{
            [](const TcpSettings &s) {
                return QStringLiteral("tcp %1:%2").arg(hostForDisplay(s.host)).arg(s.port);
            },
            [](const SerialSettings &s) {
                QString out = QStringLiteral("serial %1 %2 %3")
                                  .arg(s.device)
                                  .arg(s.baud)
                                  .arg(lineFormat(s.dataBits, s.parity, s.stopBits));
                if (s.rs485.interFrameGapMs > 0 || s.rs485.suppressEcho)
                    out += QStringLiteral(" rs485");
                return out;
            },
            [](const OpticalSettings &s) { return QStringLiteral("optical ") + s.device; },
            [](const MemorySettings &s) { return QStringLiteral("memory ") + s.name; },
        },
        m_value);
}

namespace {

Result<LinkSettings> parseTcp(const QString &text, const QString &rest)
{
    QString host;
    QString portText;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0 || close + 1 >= rest.size() || rest.at(close + 1) != u':')
            return invalid(LinkSettings::tr("\"%1\": expected tcp:[IPv6]:PORT").arg(text));
        host = rest.mid(1, close - 1);
        portText = rest.mid(close + 2);
    } else {
        const qsizetype colon = rest.lastIndexOf(u':');
        if (colon < 0)
            return invalid(LinkSettings::tr("\"%1\": expected tcp:HOST:PORT").arg(text));
        host = rest.left(colon);
        portText = rest.mid(colon + 1);
        if (host.contains(u':'))
            return invalid(
                LinkSettings::tr("\"%1\": write an IPv6 address in brackets, tcp:[::1]:PORT")
                    .arg(text));
    }
    if (host.isEmpty())
        return invalid(LinkSettings::tr("\"%1\": the host name is empty").arg(text));
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!isNumber(portText) || !ok || port == 0 || port > 65535)
        return invalid(
            LinkSettings::tr("\"%1\": the port must be a number from 1 to 65535").arg(text));
    return LinkSettings(TcpSettings{host, quint16(port)});
}

Result<LinkSettings> parseSerial(const QString &text, const QString &rest)
{
    const QStringList tokens = rest.split(u':');
    SerialSettings s;
    s.device = tokens.value(0);
    if (s.device.isEmpty())
        return invalid(LinkSettings::tr("\"%1\": the serial device is empty").arg(text));

    static const QRegularExpression format(QStringLiteral("^([5-8])([NEO])([12])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression gap(QStringLiteral("^gap=(\\d{1,6})$"),
                                        QRegularExpression::CaseInsensitiveOption);
    bool haveBaud = false;
    bool haveFormat = false;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        const QString lower = token.toLower();
        if (isNumber(token) && !haveBaud && !haveFormat) {
            const auto baud = parseBaud(token);
            if (!baud)
                return invalid(LinkSettings::tr("\"%1\": baud rate %2 is outside %3..%4")
                                   .arg(text, token)
                                   .arg(kMinBaud)
                                   .arg(kMaxBaud));
            s.baud = *baud;
            haveBaud = true;
        } else if (const auto m = format.match(token); m.hasMatch() && !haveFormat) {
            s.dataBits = m.captured(1).toInt();
            if (s.dataBits != 7 && s.dataBits != 8)
                return invalid(
                    LinkSettings::tr("\"%1\": only 7 or 8 data bits are supported").arg(text));
            const QChar p = m.captured(2).at(0).toUpper();
            s.parity = p == u'E' ? Parity::Even : p == u'O' ? Parity::Odd : Parity::None;
            s.stopBits = m.captured(3).toInt();
            haveFormat = true;
        } else if (lower == u"rtscts" && s.flowControl == FlowControl::None) {
            s.flowControl = FlowControl::Hardware;
        } else if (lower == u"xonxoff" && s.flowControl == FlowControl::None) {
            s.flowControl = FlowControl::Software;
        } else if (const auto g = gap.match(token); g.hasMatch()) {
            const int ms = g.captured(1).toInt();
            if (ms > kMaxInterFrameGapMs)
                return invalid(LinkSettings::tr("\"%1\": the inter-frame gap may be at most %2 ms")
                                   .arg(text)
                                   .arg(kMaxInterFrameGapMs));
            s.rs485.interFrameGapMs = ms;
        } else if (lower == u"echo") {
            s.rs485.suppressEcho = true;
        } else {
            return invalid(LinkSettings::tr("\"%1\": unexpected \"%2\"; expected "
                                            "serial:DEV[:BAUD[:8N1]][:rtscts|xonxoff][:gap=MS]"
                                            "[:echo]")
                               .arg(text, token));
        }
    }
    return LinkSettings(std::move(s));
}

Result<LinkSettings> parseOptical(const QString &text, const QString &rest)
{
    const QStringList tokens = rest.split(u':');
    OpticalSettings s;
    s.device = tokens.value(0);
    if (s.device.isEmpty())
        return invalid(LinkSettings::tr("\"%1\": the optical probe device is empty").arg(text));
    if (tokens.size() > 2)
        return invalid(LinkSettings::tr("\"%1\": expected optical:DEV[:MAXBAUD]").arg(text));
    if (tokens.size() == 2) {
        const auto baud = isNumber(tokens.at(1)) ? parseBaud(tokens.at(1)) : std::nullopt;
        if (!baud || *baud < s.initialBaud)
            return invalid(
                LinkSettings::tr("\"%1\": the maximum baud rate must be a number from %2 to %3")
                    .arg(text)
                    .arg(s.initialBaud)
                    .arg(kMaxBaud));
        s.maxBaud = *baud;
    }
    return LinkSettings(std::move(s));
}

} // namespace

Result<LinkSettings> LinkSettings::parse(const QString &input)
{
    const QString text = input.trimmed();
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return invalid(tr("\"%1\": expected tcp:HOST:PORT, serial:DEV[:BAUD[:8N1]], "
                          "optical:DEV or memory:NAME")
                           .arg(text));
    const QString scheme = text.left(colon).toLower();
    const QString rest = text.mid(colon + 1);
    if (scheme == u"tcp")
        return parseTcp(text, rest);
    if (scheme == u"serial")
        return parseSerial(text, rest);
    if (scheme == u"optical")
        return parseOptical(text, rest);
    if (scheme == u"memory") {
        if (rest.isEmpty())
            return invalid(tr("\"%1\": the memory link name is empty").arg(text));
        return LinkSettings(MemorySettings{rest});
    }
    return invalid(tr("\"%1\": unknown link type \"%2\"; expected tcp, serial, optical or memory")
                       .arg(text, text.left(colon)));
}

} // namespace ims::link
