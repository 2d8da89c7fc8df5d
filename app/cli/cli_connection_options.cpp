#include "app/cli/cli_connection_options.h"

#include "protocol/core/bytes.h"
#include "protocol/iec62056_21/iec21_messages.h"

namespace ims::cli {

namespace {

QCommandLineOption valueOption(const QString &name, const QString &help, const QString &valueName,
                               const QString &defaultValue = {})
{
    return QCommandLineOption(name, help, valueName, defaultValue);
}

Result<quint32> number(const QCommandLineParser &p, const QCommandLineOption &o, quint32 max)
{
    bool ok = false;
    const QString text = p.value(o);
    const quint32 v = text.toUInt(&ok, 0);
    if (!ok || v > max)
        return Error(ErrorKind::InvalidArgument,
                     ConnectionOptions::tr("--%1: \"%2\" is not a number from 0 to %3")
                         .arg(o.names().first(), text)
                         .arg(max));
    return v;
}

Result<QByteArray> hexOption(const QCommandLineParser &p, const QCommandLineOption &o,
                             qsizetype size)
{
    const QByteArray bytes = fromHex(p.value(o));
    if (bytes.size() != size)
        return Error(
            ErrorKind::InvalidArgument,
            ConnectionOptions::tr("--%1 needs %2 hex bytes").arg(o.names().first()).arg(size));
    return bytes;
}

} // namespace

ConnectionOptions::ConnectionOptions(QCommandLineParser &parser)
    : m_parser(parser)
    , m_tcp(
          valueOption(QStringLiteral("tcp"), tr("Connect over TCP."), QStringLiteral("HOST:PORT")))
    , m_serial(valueOption(QStringLiteral("serial"), tr("Connect over a serial port."),
                           QStringLiteral("DEV")))
    , m_baud(valueOption(QStringLiteral("baud"), tr("Serial speed (default 9600)."),
                         QStringLiteral("N"), QStringLiteral("9600")))
    , m_parity(valueOption(QStringLiteral("parity"), tr("Serial parity: none, even or odd."),
                           QStringLiteral("P"), QStringLiteral("none")))
    , m_dataBits(valueOption(QStringLiteral("data-bits"), tr("Serial data bits: 7 or 8."),
                             QStringLiteral("N"), QStringLiteral("8")))
    , m_optical(valueOption(QStringLiteral("optical"),
                            tr("Optical probe: IEC 62056-21 sign-on with mode E, then HDLC on the "
                               "same port (--baud: the probe's highest speed)."),
                            QStringLiteral("DEV")))
    , m_opticalAddress(valueOption(QStringLiteral("optical-address"),
                                   tr("Device address for the optical sign-on (usually the "
                                      "serial number; default: any meter)."),
                                   QStringLiteral("A")))
    , m_wrapper(QStringLiteral("wrapper"),
                tr("Use the TCP wrapper (IEC 62056-47) instead of HDLC."))
    , m_client(valueOption(QStringLiteral("client"), tr("Client SAP (default 16)."),
                           QStringLiteral("SAP"), QStringLiteral("16")))
    , m_logical(valueOption(QStringLiteral("logical"), tr("Logical device (default 1)."),
                            QStringLiteral("N"), QStringLiteral("1")))
    , m_physical(valueOption(QStringLiteral("physical"),
                             tr("HDLC physical address of a meter behind a router."),
                             QStringLiteral("N")))
    , m_auth(valueOption(QStringLiteral("auth"), tr("Authentication: none, low or hls-gmac."),
                         QStringLiteral("MODE"), QStringLiteral("none")))
    , m_password(
          valueOption(QStringLiteral("password"), tr("LLS password."), QStringLiteral("TEXT")))
    , m_systemTitle(valueOption(QStringLiteral("system-title"),
                                tr("Client system title, 8 bytes hex."), QStringLiteral("HEX")))
    , m_authKey(valueOption(QStringLiteral("auth-key"), tr("Authentication key, 16 bytes hex."),
                            QStringLiteral("HEX")))
    , m_blockKey(valueOption(QStringLiteral("block-key"), tr("Block cipher key, 16 bytes hex."),
                             QStringLiteral("HEX")))
    , m_security(valueOption(QStringLiteral("security"),
                             tr("APDU protection: none, auth, enc or auth-enc."),
                             QStringLiteral("P"), QStringLiteral("none")))
    , m_invocationCounter(valueOption(QStringLiteral("invocation-counter"),
                                      tr("Next invocation counter to use (default 1)."),
                                      QStringLiteral("N"), QStringLiteral("1")))
    , m_timeout(valueOption(QStringLiteral("timeout"),
                            tr("Seconds to wait for an answer (default 30)."), QStringLiteral("S"),
                            QStringLiteral("30")))
{
    for (const auto &o :
         {m_tcp, m_serial, m_baud, m_parity, m_dataBits, m_optical, m_opticalAddress, m_wrapper,
          m_client, m_logical, m_physical, m_auth, m_password, m_systemTitle, m_authKey, m_blockKey,
          m_security, m_invocationCounter, m_timeout})
        m_parser.addOption(o);
}

Result<client::ConnectionProfile> ConnectionOptions::profile() const
{
    client::ConnectionProfile profile;
    const int links = int(m_parser.isSet(m_tcp)) + int(m_parser.isSet(m_serial))
                      + int(m_parser.isSet(m_optical));
    if (links != 1)
        return Error(ErrorKind::InvalidArgument,
                     tr("give exactly one of --tcp, --serial or --optical"));

    QString linkText;
    if (m_parser.isSet(m_tcp)) {
        linkText = QStringLiteral("tcp:") + m_parser.value(m_tcp);
    } else if (m_parser.isSet(m_serial)) {
        const QString parity = m_parser.value(m_parity);
        const QChar p = parity == QLatin1String("even")   ? QLatin1Char('E')
                        : parity == QLatin1String("odd")  ? QLatin1Char('O')
                        : parity == QLatin1String("none") ? QLatin1Char('N')
                                                          : QChar();
        if (p.isNull())
            return Error(ErrorKind::InvalidArgument, tr("--parity must be none, even or odd"));
        linkText
            = QStringLiteral("serial:%1:%2:%3%41")
                  .arg(m_parser.value(m_serial), m_parser.value(m_baud), m_parser.value(m_dataBits))
                  .arg(p);
    } else {
        if (m_parser.isSet(m_wrapper))
            return Error(ErrorKind::InvalidArgument,
                         tr("--optical carries HDLC (mode E); --wrapper is for TCP"));
        linkText = QStringLiteral("optical:%1:%2")
                       .arg(m_parser.value(m_optical), m_parser.value(m_baud));
        const QString address = m_parser.value(m_opticalAddress).trimmed();
        if (!address.isEmpty()) {
            // Validated as the sign-on will send it (a-z A-Z 0-9 space, up to 32).
            if (auto request = iec21::signOnRequest(address.toLatin1()); !request)
                return Error(ErrorKind::InvalidArgument,
                             tr("--optical-address: %1").arg(request.error().message));
            profile.opticalAddress = address.toLatin1();
        }
    }
    if (m_parser.isSet(m_opticalAddress) && !m_parser.isSet(m_optical))
        return Error(ErrorKind::InvalidArgument, tr("--optical-address needs --optical DEV"));
    Result<link::LinkSettings> link = link::LinkSettings::parse(linkText);
    if (!link)
        return link.error();
    profile.link = *link;
    profile.framing = m_parser.isSet(m_wrapper) ? client::Framing::Wrapper : client::Framing::Hdlc;

    Result<quint32> sap = number(m_parser, m_client, 0x7F);
    Result<quint32> logical = number(m_parser, m_logical, 0x3FFF);
    if (!sap)
        return sap.error();
    if (!logical)
        return logical.error();
    profile.clientSap = quint8(*sap);
    profile.logicalDevice = quint16(*logical);
    if (m_parser.isSet(m_physical)) {
        Result<quint32> physical = number(m_parser, m_physical, 0x3FFF);
        if (!physical)
            return physical.error();
        profile.physicalDevice = quint16(*physical);
    }

    client::AssociationSettings &a = profile.association;
    const auto auth = client::parseAuthentication(m_parser.value(m_auth));
    if (!auth)
        return Error(ErrorKind::InvalidArgument, tr("--auth must be none, low or hls-gmac"));
    a.authentication = *auth;
    const auto protection = client::parseProtection(m_parser.value(m_security));
    if (!protection)
        return Error(ErrorKind::InvalidArgument,
                     tr("--security must be none, auth, enc or auth-enc"));
    a.protection = *protection;
    a.password = m_parser.value(m_password).toUtf8();
    if (a.authentication == client::Authentication::Low && a.password.isEmpty())
        return Error(ErrorKind::InvalidArgument, tr("--auth low needs --password"));
    if (a.needsSecurityContext()) {
        Result<QByteArray> title = hexOption(m_parser, m_systemTitle, 8);
        Result<QByteArray> ak = hexOption(m_parser, m_authKey, 16);
        Result<QByteArray> ek = hexOption(m_parser, m_blockKey, 16);
        for (const auto *r : {&title, &ak, &ek}) {
            if (!*r)
                return r->error();
        }
        a.systemTitle = *title;
        a.keys.authenticationKey = *ak;
        a.keys.blockCipherKey = *ek;
        Result<quint32> ic = number(m_parser, m_invocationCounter, 0xFFFFFFFF);
        if (!ic)
            return ic.error();
        a.invocationCounter = *ic;
    }
    Result<quint32> timeout = number(m_parser, m_timeout, 3600);
    if (!timeout)
        return timeout.error();
    a.responseTimeoutMs = int(*timeout) * 1000;
    return profile;
}

} // namespace ims::cli
