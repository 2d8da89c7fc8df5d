#include "app/cli/dlms_command.h"

#include "app/cli/cli_connection_options.h"
#include "app/cli/cli_output.h"
#include "app/cli/cli_sync.h"
#include "app/cli/cosem_reference.h"
#include "protocol/axdr/value_json.h"
#include "protocol/client/dlms_client.h"
#include "protocol/cosem/capture_object.h"
#include "protocol/cosem/object_list.h"
#include "protocol/cosem/profile_generic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace ims::cli {

namespace {

class DlmsText
{
    Q_DECLARE_TR_FUNCTIONS(DlmsCommand)
};

using ValueResult = Result<axdr::Value>;

// One open association for the duration of a command.
class DlmsSession
{
public:
    DlmsSession(const client::ConnectionProfile &profile, bool trace)
        : m_channel(client::makeChannel(m_factory, profile))
        , m_client(*m_channel, profile.association)
    {
        if (trace) {
            QObject::connect(m_channel.get(), &client::ApduChannel::traced, m_channel.get(),
                             [](const link::TraceRecord &r) {
                                 QTextStream(stderr) << link::formatTraceRecord(r) << '\n';
                             });
        }
    }

    Status associate()
    {
        return await<Status>([this](auto done) { m_client.associate(done); });
    }
    void release()
    {
        (void)await<Status>([this](auto done) { m_client.release(done); });
    }
    ValueResult get(quint16 classId, const cosem::Obis &obis, qint8 attribute,
                    std::optional<dlms::SelectiveAccess> access = std::nullopt)
    {
        return await<ValueResult>([&](auto done) {
            m_client.get({classId, obis, attribute}, done, access);
        });
    }
    Status set(quint16 classId, const cosem::Obis &obis, qint8 attribute, const axdr::Value &value)
    {
        return await<Status>([&](auto done) {
            m_client.set({classId, obis, attribute}, value, done);
        });
    }
    ValueResult action(quint16 classId, const cosem::Obis &obis, qint8 method,
                       std::optional<axdr::Value> parameters)
    {
        return await<ValueResult>([&](auto done) {
            m_client.action({classId, obis, method}, parameters, done);
        });
    }

    // The class of an object: from the reference, the SPODES table, or the
    // association's object list (read once).
    Result<quint16> classOf(const CosemReference &ref)
    {
        if (ref.classId)
            return *ref.classId;
        if (auto known = wellKnownClassId(ref.obis))
            return *known;
        if (!m_objects) {
            Result<QList<cosem::ObjectListElement>> list = objectList();
            if (!list)
                return list.error();
            m_objects = *list;
        }
        for (const auto &o : *m_objects) {
            if (o.logicalName == ref.obis)
                return o.classId;
        }
        return Error(
            ErrorKind::NotFound,
            DlmsText::tr("%1 is not in the device's object list").arg(ref.obis.toString()));
    }

    Result<QList<cosem::ObjectListElement>> objectList()
    {
        ValueResult list = get(15, cosem::Obis(0, 0, 40, 0, 0, 255), 2);
        if (!list)
            return list.error();
        return cosem::ObjectListElement::listFromValue(*list);
    }

private:
    link::LinkFactory m_factory;
    std::unique_ptr<client::ApduChannel> m_channel;
    client::DlmsClient m_client;
    std::optional<QList<cosem::ObjectListElement>> m_objects;
};

QJsonObject valueLine(const cosem::Obis &obis, qint8 index, const char *indexKey,
                      const axdr::Value &value)
{
    return {{QStringLiteral("obis"), obis.toString()},
            {QLatin1String(indexKey), index},
            {QStringLiteral("type"), axdr::displayTypeName(value)},
            {QStringLiteral("value"), axdr::toPlainJson(value)}};
}

void printValue(bool json, const cosem::Obis &obis, qint8 index, const axdr::Value &value)
{
    if (json)
        printJsonLine(valueLine(obis, index, "attr", value));
    else
        printLine(QStringLiteral("%1:%2 %3 %4")
                      .arg(obis.toString())
                      .arg(index)
                      .arg(axdr::displayTypeName(value), axdr::toPlainJson(value).isString()
                                                             ? axdr::toPlainJson(value).toString()
                                                             : value.toDisplayString()));
}

Result<axdr::Value> valueFromJsonText(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (doc.isNull() || !doc.isObject())
        return Error(
            ErrorKind::InvalidArgument,
            DlmsText::tr(
                "the value must be typed JSON such as {\"type\":\"long-unsigned\",\"value\":15}"));
    return axdr::fromJson(doc.object());
}

Result<QDateTime> isoTime(const QString &text, const QString &option)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return Error(ErrorKind::InvalidArgument,
                     DlmsText::tr("--%1: \"%2\" is not an ISO 8601 time").arg(option, text));
    return t;
}

int runGet(DlmsSession &session, const QStringList &refs, bool json)
{
    if (refs.isEmpty())
        return printError(DlmsText::tr("get needs at least one OBIS:ATTR"), 2);
    int exit = 0;
    for (const QString &text : refs) {
        Result<CosemReference> ref = CosemReferenceText::parse(text);
        if (!ref)
            return printError(ref.error());
        Result<quint16> classId = session.classOf(*ref);
        if (!classId)
            return printError(classId.error());
        ValueResult value = session.get(*classId, ref->obis, ref->index);
        if (!value) {
            exit = printError(Error(value.error().kind,
                                    QStringLiteral("%1: %2").arg(text, value.error().message)));
            continue;
        }
        printValue(json, ref->obis, ref->index, *value);
    }
    return exit;
}

int runProfile(DlmsSession &session, const QStringList &positional, const QCommandLineParser &p,
               const QCommandLineOption &from, const QCommandLineOption &to,
               const QCommandLineOption &columns)
{
    if (positional.size() != 1)
        return printError(DlmsText::tr("profile needs one OBIS, e.g. 1.0.99.1.0.255"), 2);
    Result<cosem::Obis> obis = cosem::Obis::parse(positional.first());
    if (!obis)
        return printError(Error(ErrorKind::InvalidArgument, obis.error().message));
    ValueResult captureValue = session.get(7, *obis, 3);
    if (!captureValue)
        return printError(captureValue.error());
    Result<QList<cosem::CaptureObject>> captured
        = cosem::CaptureObject::listFromValue(*captureValue);
    if (!captured)
        return printError(captured.error());

    QList<cosem::CaptureObject> selected;
    if (p.isSet(columns)) {
        const qsizetype clock = cosem::ProfileGeneric::clockColumn(*captured);
        if (clock >= 0)
            selected.append(captured->at(clock));
        for (const QString &c : p.value(columns).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Result<cosem::Obis> column = cosem::Obis::parse(c.trimmed());
            if (!column)
                return printError(Error(ErrorKind::InvalidArgument, column.error().message));
            auto it = std::find_if(
                captured->begin(), captured->end(),
                [&](const cosem::CaptureObject &o) { return o.logicalName == *column; });
            if (it == captured->end())
                return printError(
                    Error(ErrorKind::NotFound,
                          DlmsText::tr("%1 is not a column of %2").arg(c, obis->toString())));
            selected.append(*it);
        }
    }

    std::optional<dlms::SelectiveAccess> access;
    if (p.isSet(from) || p.isSet(to)) {
        Result<QDateTime> start
            = isoTime(p.isSet(from) ? p.value(from) : QStringLiteral("2000-01-01T00:00:00Z"),
                      QStringLiteral("from"));
        Result<QDateTime> end
            = isoTime(p.isSet(to) ? p.value(to) : QStringLiteral("2099-12-31T23:59:59Z"),
                      QStringLiteral("to"));
        if (!start)
            return printError(start.error());
        if (!end)
            return printError(end.error());
        access = cosem::ProfileGeneric::byRange(
            axdr::CosemDateTime::fromQDateTime(*start, start->offsetFromUtc()),
            axdr::CosemDateTime::fromQDateTime(*end, end->offsetFromUtc()),
            p.isSet(columns) ? selected : QList<cosem::CaptureObject>{});
    } else if (p.isSet(columns)) {
        return printError(DlmsText::tr("--columns needs --from or --to (a range read)"), 2);
    }

    ValueResult buffer = session.get(7, *obis, 2, access);
    if (!buffer)
        return printError(buffer.error());
    const QList<cosem::CaptureObject> &layout = p.isSet(columns) ? selected : *captured;
    Result<QList<cosem::ProfileRow>> rows = cosem::ProfileGeneric::decodeBuffer(*buffer, layout);
    if (!rows)
        return printError(rows.error());
    const qsizetype clockColumn = cosem::ProfileGeneric::clockColumn(layout);
    for (const cosem::ProfileRow &row : *rows) {
        QJsonObject line;
        line.insert(QStringLiteral("time"),
                    row.time.isValid() ? QJsonValue(row.time.toString(Qt::ISODate)) : QJsonValue());
        for (qsizetype i = 0; i < row.values.size() && i < layout.size(); ++i) {
            if (i == clockColumn)
                continue;
            line.insert(QStringLiteral("%1:%2")
                            .arg(layout[i].logicalName.toString())
                            .arg(layout[i].attributeIndex),
                        axdr::toPlainJson(row.values[i]));
        }
        printJsonLine(line);
    }
    return 0;
}

int runObjects(DlmsSession &session, bool json)
{
    Result<QList<cosem::ObjectListElement>> list = session.objectList();
    if (!list)
        return printError(list.error());
    for (const cosem::ObjectListElement &o : *list) {
        if (!json) {
            printLine(QStringLiteral("%1 class %2 v%3")
                          .arg(o.logicalName.toString())
                          .arg(o.classId)
                          .arg(o.version));
            continue;
        }
        QJsonArray attributes;
        for (const auto &a : o.attributeAccess)
            attributes.append(QJsonObject{
                {QStringLiteral("id"), a.attributeId},
                {QStringLiteral("access"),
                 cosem::ObjectListElement::attributeAccessModeName(a.accessMode, o.version)}});
        QJsonArray methods;
        for (const auto &m : o.methodAccess)
            methods.append(QJsonObject{
                {QStringLiteral("id"), m.methodId},
                {QStringLiteral("access"),
                 cosem::ObjectListElement::methodAccessModeName(m.accessMode, o.version)}});
        printJsonLine({{QStringLiteral("obis"), o.logicalName.toString()},
                       {QStringLiteral("class"), o.classId},
                       {QStringLiteral("version"), o.version},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("methods"), methods}});
    }
    return 0;
}

int runSetOrAction(DlmsSession &session, const QString &verb, const QStringList &positional,
                   bool json)
{
    const bool isSet = verb == QLatin1String("set");
    if (positional.isEmpty() || (isSet && positional.size() != 2) || positional.size() > 2)
        return printError(isSet ? DlmsText::tr("usage: set OBIS:ATTR JSON-VALUE")
                                : DlmsText::tr("usage: action OBIS:METHOD [JSON-PARAM]"),
                          2);
    Result<CosemReference> ref = CosemReferenceText::parse(positional[0]);
    if (!ref)
        return printError(ref.error());
    std::optional<axdr::Value> parameter;
    if (positional.size() == 2) {
        Result<axdr::Value> v = valueFromJsonText(positional[1]);
        if (!v)
            return printError(v.error());
        parameter = *v;
    }
    Result<quint16> classId = session.classOf(*ref);
    if (!classId)
        return printError(classId.error());
    if (isSet) {
        const Status written = session.set(*classId, ref->obis, ref->index, *parameter);
        if (!written)
            return printError(written.error());
        if (json)
            printJsonLine({{QStringLiteral("obis"), ref->obis.toString()},
                           {QStringLiteral("attr"), ref->index},
                           {QStringLiteral("result"), QStringLiteral("success")}});
        else
            printLine(DlmsText::tr("%1:%2 written").arg(ref->obis.toString()).arg(ref->index));
        return 0;
    }
    ValueResult returned = session.action(*classId, ref->obis, ref->index, parameter);
    if (!returned)
        return printError(returned.error());
    if (json) {
        QJsonObject line = valueLine(ref->obis, ref->index, "method", *returned);
        line.insert(QStringLiteral("result"), QStringLiteral("success"));
        printJsonLine(line);
    } else {
        printLine(DlmsText::tr("%1 method %2 done").arg(ref->obis.toString()).arg(ref->index));
    }
    return 0;
}

} // namespace

int runDlmsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    ConnectionOptions connection(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  DlmsText::tr("One JSON object per line."));
    const QCommandLineOption trace(QStringLiteral("trace"),
                                   DlmsText::tr("Write every frame to stderr."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  DlmsText::tr("Profile range start (ISO 8601)."),
                                  QStringLiteral("TIME"));
    const QCommandLineOption to(QStringLiteral("to"), DlmsText::tr("Profile range end (ISO 8601)."),
                                QStringLiteral("TIME"));
    const QCommandLineOption columns(
        QStringLiteral("columns"),
        DlmsText::tr("Profile columns to read, comma-separated OBIS codes."),
        QStringLiteral("LIST"));
    parser.addOptions({json, trace, from, to, columns});
    parser.addPositionalArgument(QStringLiteral("verb"),
                                 DlmsText::tr("get, set, action, profile or objects"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  DlmsText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli dlms")} + args))
        return printError(parser.errorText(), 2);
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    const QStringList verbs{QStringLiteral("get"), QStringLiteral("set"), QStringLiteral("action"),
                            QStringLiteral("profile"), QStringLiteral("objects")};
    if (positional.isEmpty() || !verbs.contains(positional.first()))
        return printError(
            DlmsText::tr("usage: imsdesk-cli dlms get|set|action|profile|objects [options]; "
                         "see imsdesk-cli dlms --help"),
            2);
    const QString verb = positional.takeFirst();
    Result<client::ConnectionProfile> profile = connection.profile();
    if (!profile)
        return printError(profile.error());

    DlmsSession session(*profile, parser.isSet(trace));
    if (const Status associated = session.associate(); !associated)
        return printError(associated.error());
    int exit = 0;
    if (verb == QLatin1String("get"))
        exit = runGet(session, positional, parser.isSet(json));
    else if (verb == QLatin1String("profile"))
        exit = runProfile(session, positional, parser, from, to, columns);
    else if (verb == QLatin1String("objects"))
        exit = runObjects(session, parser.isSet(json));
    else
        exit = runSetOrAction(session, verb, positional, parser.isSet(json));
    session.release();
    return exit;
}

} // namespace ims::cli
