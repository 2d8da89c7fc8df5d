#include "protocol/iec62056_21/iec21_messages.h"

#include <QCoreApplication>

namespace ims::iec21 {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Iec21Messages)
};

constexpr qsizetype kMaxAddressLength = 32;
constexpr qsizetype kMaxIdentificationLength = 128;

bool isLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isPrintable(char c)
{
    return c >= 0x20 && c < 0x7F;
}
bool isAddressChar(char c)
{
    return isLetter(c) || isDigit(c) || c == ' ';
}

QByteArrayView withoutCrLf(QByteArrayView line)
{
    if (line.endsWith("\r\n"))
        return line.chopped(2);
    return line;
}

Error malformed(const QString &what)
{
    return Error(ErrorKind::Malformed, what);
}

} // namespace

int modeCBaud(char baudCharacter)
{
    switch (baudCharacter) {
    case '0':
        return 300;
    case '1':
        return 600;
    case '2':
        return 1200;
    case '3':
        return 2400;
    case '4':
        return 4800;
    case '5':
        return 9600;
    case '6':
        return 19200;
    default:
        return 0;
    }
}

int modeBBaud(char baudCharacter)
{
    switch (baudCharacter) {
    case 'A':
        return 600;
    case 'B':
        return 1200;
    case 'C':
        return 2400;
    case 'D':
        return 4800;
    case 'E':
        return 9600;
    case 'F':
        return 19200;
    default:
        return 0;
    }
}

char modeCBaudCharacter(int baud)
{
    for (char c = '0'; c <= '6'; ++c) {
        if (modeCBaud(c) == baud)
            return c;
    }
    return 0;
}

Result<Identification> parseIdentification(QByteArrayView line)
{
    const QByteArrayView body = withoutCrLf(line);
    if (body.size() < 5 || body.front() != '/')
        return malformed(Messages::tr("The identification message is too short or does not "
                                      "start with '/'."));
    if (body.size() > kMaxIdentificationLength)
        return Error(ErrorKind::TooLarge, Messages::tr("The identification message is too long."));
    for (const char c : body) {
        if (!isPrintable(c))
            return malformed(Messages::tr("The identification message contains control "
                                          "characters."));
    }
    Identification id;
    const QByteArrayView maker = body.sliced(1, 3);
    if (!isLetter(maker[0]) || !isLetter(maker[1]) || !isLetter(maker[2]))
        return malformed(Messages::tr("The manufacturer code \"%1\" is not three letters.")
                             .arg(QString::fromLatin1(maker)));
    id.manufacturer = QString::fromLatin1(maker);
    id.shortReactionTime = maker[2] >= 'a' && maker[2] <= 'z';

    id.baudCharacter = body[4];
    if (isDigit(id.baudCharacter)) {
        id.baudMode = BaudMode::C;
        id.maxBaud = modeCBaud(id.baudCharacter);
        if (id.maxBaud == 0) // '7'..'9' are reserved; stay at the opening speed
            id.maxBaud = 300;
    } else if (id.baudCharacter >= 'A' && id.baudCharacter <= 'I') {
        id.baudMode = BaudMode::B;
        id.maxBaud = modeBBaud(id.baudCharacter);
        if (id.maxBaud == 0)
            id.maxBaud = 300;
    } else if (id.baudCharacter == '/' || id.baudCharacter == '!' || id.baudCharacter == '\\') {
        return malformed(Messages::tr("The identification has no baud rate character."));
    } else {
        id.baudMode = BaudMode::A;
        id.maxBaud = 300;
    }

    qsizetype at = 5;
    while (at + 1 < body.size() && body[at] == '\\') {
        id.enhancedCapabilities.append(body[at + 1]);
        at += 2;
    }
    id.identification = QString::fromLatin1(body.sliced(at));
    return id;
}

QByteArray identificationMessage(const Identification &id)
{
    QByteArray out;
    out.append('/');
    out.append(id.manufacturer.toLatin1());
    out.append(id.baudCharacter);
    for (const char w : id.enhancedCapabilities) {
        out.append('\\');
        out.append(w);
    }
    out.append(id.identification.toLatin1());
    out.append("\r\n");
    return out;
}

Result<QByteArray> signOnRequest(QByteArrayView address)
{
    if (address.size() > kMaxAddressLength)
        return Error(ErrorKind::InvalidArgument,
                     Messages::tr("The device address is longer than 32 characters."));
    for (const char c : address) {
        if (!isAddressChar(c))
            return Error(ErrorKind::InvalidArgument,
                         Messages::tr("The device address may hold only letters, digits and "
                                      "spaces."));
    }
    QByteArray out("/?");
    out.append(address);
    out.append("!\r\n");
    return out;
}

QByteArray optionSelect(ProtocolControl protocol, char baudCharacter, ModeControl mode)
{
    QByteArray out;
    out.append(ctl::Ack);
    out.append(char(protocol));
    out.append(baudCharacter);
    out.append(char(mode));
    out.append("\r\n");
    return out;
}

QByteArray commandMessage(QByteArrayView command, std::optional<QByteArrayView> data, BccRule rule)
{
    QByteArray out;
    out.append(ctl::Soh);
    out.append(command);
    if (data) {
        out.append(ctl::Stx);
        out.append(*data);
    }
    out.append(ctl::Etx);
    return withBcc(std::move(out), rule);
}

QByteArray passwordMessage(QByteArrayView password, BccRule rule, QByteArrayView command)
{
    QByteArray data("(");
    data.append(password);
    data.append(')');
    return commandMessage(command, QByteArrayView(data), rule);
}

QByteArray readMessage(QByteArrayView address, QByteArrayView argument, BccRule rule,
                       QByteArrayView command)
{
    QByteArray data(address.toByteArray());
    data.append('(');
    data.append(argument);
    data.append(')');
    return commandMessage(command, QByteArrayView(data), rule);
}

QByteArray writeMessage(QByteArrayView address, QByteArrayView value, BccRule rule,
                        QByteArrayView command)
{
    return readMessage(address, value, rule, command);
}

QByteArray breakMessage(BccRule rule)
{
    return commandMessage("B0", std::nullopt, rule);
}

QByteArray dataMessage(QByteArrayView data, BccRule rule, bool lastBlock)
{
    QByteArray out;
    out.append(ctl::Stx);
    out.append(data);
    out.append(lastBlock ? ctl::Etx : ctl::Eot);
    return withBcc(std::move(out), rule);
}

Scan scanLine(QByteArrayView buffer, qsizetype maxLength)
{
    const qsizetype lf = buffer.indexOf('\n');
    if (lf < 0) {
        if (buffer.size() >= maxLength)
            return {ScanStatus::Invalid, buffer.size()}; // all of it is unusable
        return {ScanStatus::NeedMore, 0};
    }
    if (lf + 1 > maxLength || lf == 0 || buffer[lf - 1] != '\r')
        return {ScanStatus::Invalid, lf + 1};
    return {ScanStatus::Complete, lf + 1};
}

Scan scanBlock(QByteArrayView buffer, qsizetype maxLength)
{
    if (buffer.isEmpty())
        return {};
    const char first = buffer.front();
    if (first == ctl::Ack || first == ctl::Nak)
        return {ScanStatus::Complete, 1};
    if (first != ctl::Soh && first != ctl::Stx)
        return {ScanStatus::Invalid, 1};
    for (qsizetype i = 1; i < buffer.size(); ++i) {
        const char c = buffer[i];
        if (c == ctl::Etx || c == ctl::Eot) {
            if (i + 2 > maxLength)
                return {ScanStatus::Invalid, i + 1};
            if (i + 1 < buffer.size())
                return {ScanStatus::Complete, i + 2};
            return {};
        }
        if (i + 2 > maxLength)
            return {ScanStatus::Invalid, i + 1};
    }
    return {};
}

Result<Block> parseBlock(QByteArrayView bytes, BccRule rule)
{
    if (bytes.size() < 3)
        return malformed(Messages::tr("The block is too short."));
    const char end = bytes[bytes.size() - 2];
    if ((bytes.front() != ctl::Soh && bytes.front() != ctl::Stx)
        || (end != ctl::Etx && end != ctl::Eot))
        return malformed(Messages::tr("The block does not start with SOH/STX or does not end "
                                      "with ETX/EOT."));
    Block block;
    block.start = bytes.front();
    block.partial = end == ctl::Eot;
    const QByteArrayView inner = bytes.sliced(1, bytes.size() - 3);
    qsizetype stx = inner.indexOf(ctl::Stx);
    if (block.start == ctl::Stx) {
        if (stx >= 0)
            return malformed(Messages::tr("The block holds a second STX."));
        block.hasData = true;
        block.data = inner.toByteArray();
    } else {
        const QByteArrayView command = stx >= 0 ? inner.first(stx) : inner;
        if (command.size() != 2 || !isLetter(command[0]) || !isPrintable(command[1]))
            return malformed(Messages::tr("The command \"%1\" is not a letter and a character.")
                                 .arg(QString::fromLatin1(command)));
        block.command = command.toByteArray();
        if (stx >= 0) {
            block.hasData = true;
            block.data = inner.sliced(stx + 1).toByteArray();
            if (block.data.contains(ctl::Stx))
                return malformed(Messages::tr("The block holds a second STX."));
        }
    }
    for (const char c : block.data) {
        if (c == ctl::Soh || c == ctl::Etx || c == ctl::Eot)
            return malformed(Messages::tr("The block holds a control character inside its "
                                          "data."));
    }
    const quint8 expected = computeBcc(bytes.sliced(1, bytes.size() - 2), rule);
    const quint8 received = quint8(bytes.back());
    if (expected != received)
        return Error(ErrorKind::BadChecksum,
                     Messages::tr("Block check character mismatch: received 0x%1, computed 0x%2.")
                         .arg(received, 2, 16, QLatin1Char('0'))
                         .arg(expected, 2, 16, QLatin1Char('0')),
                     (int(expected) << 8) | received);
    return block;
}

Result<OptionSelect> parseOptionSelect(QByteArrayView line)
{
    const QByteArrayView body = withoutCrLf(line);
    if (body.size() != 4 || body.front() != ctl::Ack)
        return malformed(Messages::tr("The option select message is not ACK V Z Y CR LF."));
    OptionSelect option;
    const char v = body[1];
    const char y = body[3];
    if (v != '0' && v != '1' && v != '2')
        return malformed(
            Messages::tr("Unknown protocol control character '%1'.").arg(QLatin1Char(v)));
    option.protocol = ProtocolControl(v);
    option.baudCharacter = body[2];
    if (!isPrintable(option.baudCharacter))
        return malformed(Messages::tr("The option select has no baud rate character."));
    if (y < '0' || y > '9')
        return malformed(Messages::tr("Unknown mode control character."));
    option.mode = ModeControl(y);
    return option;
}

Result<QByteArray> parseSignOnRequest(QByteArrayView line)
{
    const QByteArrayView body = withoutCrLf(line);
    if (body.size() < 3 || !body.startsWith("/?") || body.back() != '!')
        return malformed(Messages::tr("The sign-on request is not /?ADDRESS!."));
    const QByteArrayView address = body.sliced(2, body.size() - 3);
    if (address.size() > kMaxAddressLength)
        return malformed(Messages::tr("The device address is longer than 32 characters."));
    for (const char c : address) {
        if (!isAddressChar(c))
            return malformed(Messages::tr("The device address holds a forbidden character."));
    }
    return address.toByteArray();
}

std::optional<QString> errorAnswerText(QByteArrayView data, bool meterRepeatsAddress)
{
    QByteArrayView body = data;
    while (!body.isEmpty() && (body.back() == '\r' || body.back() == '\n'))
        body.chop(1);
    if (body.size() < 2 || body.front() != '(' || body.back() != ')')
        return std::nullopt;
    const QByteArrayView inner = body.sliced(1, body.size() - 2);
    if (inner.contains('(') || inner.contains(')'))
        return std::nullopt;
    if (inner.startsWith("ER") || meterRepeatsAddress)
        return QString::fromLatin1(inner);
    return std::nullopt;
}

} // namespace ims::iec21
