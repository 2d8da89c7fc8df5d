#include "app/cli/control_target.h"

#include "app/cli/cli_output.h"
#include "app/cli/cli_sync.h"
#include "app/common/login_name.h"
#include "models/fleet/fleet_store.h"
#include "models/storage/database.h"
#include "models/storage/ingestor.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace ims::cli {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

} // namespace

ControlTarget::ControlTarget(QCommandLineParser &parser)
    : m_parser(parser)
    , m_connection(parser)
    , m_dbOption(QStringLiteral("db"),
                 tr("Database file: take the meter's connection from it"
                    " and record the command."),
                 QStringLiteral("FILE"))
    , m_meterOption(QStringLiteral("meter"), tr("Serial number of the meter (with --db)."),
                    QStringLiteral("SERIAL"))
    , m_operatorOption(QStringLiteral("operator"),
                       tr("Who gives the command, for the record (default: the login name)."),
                       QStringLiteral("NAME"))
    , m_yesOption(QStringLiteral("yes"), tr("Do not ask for confirmation (scripts)."))
    , m_jsonOption(QStringLiteral("json"), tr("One JSON object per line."))
    , m_traceOption(QStringLiteral("trace"), tr("Write every frame to stderr."))
{
    m_parser.addOptions(
        {m_dbOption, m_meterOption, m_operatorOption, m_yesOption, m_jsonOption, m_traceOption});
}

ControlTarget::~ControlTarget()
{
    m_client.reset();
    m_channel.reset();
    m_sql = QSqlDatabase();
}

bool ControlTarget::json() const
{
    return m_parser.isSet(m_jsonOption);
}

QString ControlTarget::serial() const
{
    return m_serial;
}

QString ControlTarget::describe() const
{
    return m_description;
}

QString ControlTarget::operatorName() const
{
    return m_parser.isSet(m_operatorOption) ? m_parser.value(m_operatorOption) : app::loginName();
}

Status ControlTarget::resolve()
{
    const bool direct = m_parser.isSet(QStringLiteral("tcp"))
                        || m_parser.isSet(QStringLiteral("serial"))
                        || m_parser.isSet(QStringLiteral("optical"));
    if (!m_parser.isSet(m_dbOption)) {
        if (m_parser.isSet(m_meterOption))
            return Error(ErrorKind::InvalidArgument, tr("--meter needs --db"));
        Result<client::ConnectionProfile> profile = m_connection.profile();
        if (!profile)
            return profile.error();
        m_profile = *profile;
        m_description = tr("the device at %1").arg(m_profile.link.describe());
        if (m_profile.physicalDevice)
            m_description += tr(" (physical address %1)").arg(*m_profile.physicalDevice);
        return {};
    }
    if (direct)
        return Error(ErrorKind::InvalidArgument,
                     tr("give either --db with --meter, or the connection options, not both"));
    if (!m_parser.isSet(m_meterOption))
        return Error(ErrorKind::InvalidArgument, tr("--db needs --meter SERIAL"));
    const QString path = m_parser.value(m_dbOption);
    if (!QFileInfo::exists(path))
        return Error(ErrorKind::NotFound, tr("no database at %1").arg(path));
    m_db = std::make_unique<storage::Database>(storage::DatabaseConfig{path});
    if (const Status s = m_db->openAndMigrate(); !s)
        return s;
    Result<QSqlDatabase> connection = m_db->connection();
    if (!connection)
        return connection.error();
    m_sql = *connection;
    fleet::FleetStore fleetStore(m_sql);
    Result<fleet::MeterEndpoint> endpoint = fleetStore.meterBySerial(m_parser.value(m_meterOption));
    if (!endpoint)
        return endpoint.error();
    m_profile = endpoint->profile;
    m_serial = endpoint->meter.serial;
    m_meterId = endpoint->meter.id;
    m_counterScope = endpoint->counterScope;
    m_description = tr("meter %1 (router %2)").arg(m_serial, endpoint->router.name);
    return {};
}

bool ControlTarget::confirm(const QString &what) const
{
    if (m_parser.isSet(m_yesOption))
        return true;
    if (!stdinIsTerminal()) {
        printError(tr("not confirmed, nothing sent (no terminal to ask on; pass --yes to confirm"
                      " in a script): %1")
                       .arg(what),
                   2);
        return false;
    }
    QTextStream err(stderr);
    err << tr("About to %1. Continue? [y/N] ").arg(what);
    err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y")
           || answer == tr("yes");
}

Status ControlTarget::connect()
{
    m_channel = client::makeChannel(m_factory, m_profile);
    m_client = std::make_unique<client::DlmsClient>(*m_channel, m_profile.association);
    if (m_parser.isSet(m_traceOption)) {
        QObject::connect(m_channel.get(), &client::ApduChannel::traced, m_channel.get(),
                         [](const link::TraceRecord &r) {
                             QTextStream(stderr) << link::formatTraceRecord(r) << '\n';
                         });
    }
    if (m_db && m_profile.association.needsSecurityContext()) {
        // A counter is never used twice: every step is stored as it happens.
        QObject::connect(
            m_client.get(), &client::DlmsClient::invocationCounterChanged, m_client.get(),
            [this](quint64 next) {
                fleet::FleetStore store(m_sql);
                if (const Status s = store.storeInvocationCounter(m_counterScope, next); !s)
                    printError(s.error());
            });
    }
    return await<Status>([this](auto done) { m_client->associate(done); });
}

void ControlTarget::release()
{
    if (m_client)
        (void)await<Status>([this](auto done) { m_client->release(done); });
}

Status ControlTarget::record(const control::ControlReport &report)
{
    if (!m_db)
        return {};
    engine::ReadingBatch batch;
    batch.commands.append(report.toCommandRecord({m_meterId, m_serial}, operatorName()));
    storage::Ingestor ingestor(m_sql);
    if (const Status s = ingestor.prepare(); !s)
        return s;
    Result<storage::IngestSummary> stored
        = ingestor.ingest(batch, QDateTime::currentMSecsSinceEpoch());
    if (!stored)
        return stored.error();
    return {};
}

int controlExitCode(const control::ControlReport &report)
{
    switch (report.outcome) {
    case control::Outcome::Applied:
        return 0;
    case control::Outcome::Unknown:
        return 4;
    case control::Outcome::NotApplied:
        return report.error.kind == ErrorKind::None ? 1 : exitCodeFor(report.error);
    }
    return 1;
}

} // namespace ims::cli
