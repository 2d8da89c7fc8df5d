#include "app/cli/db_commands.h"

#include "models/analytics/database_stats.h"
#include "models/storage/backup.h"
#include "models/storage/database.h"
#include "models/storage/integrity_verifier.h"
#include "models/storage/storage_writer.h"
#include "models/storage/synthetic_installation.h"
#include "protocol/engine/readings.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace ims::cli {

namespace {

class DbCommands
{
    Q_DECLARE_TR_FUNCTIONS(DbCommands)
public:
    static int run(const QStringList &args);

private:
    static int stats(storage::Database &db, bool json);
    static int verify(storage::Database &db, bool json);
    static int backup(storage::Database &db, const QString &target, bool json);
    static int restore(storage::Database &db, const QString &source, bool json);
    static int ingestSynthetic(storage::Database &db, int meters, int days, qint64 firstDay);
    static int fail(const QString &message);
};

int DbCommands::fail(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

void printJson(const QJsonObject &object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

int DbCommands::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Local database maintenance."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database file."), tr("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Backup file to write."),
                                      tr("FILE"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Backup file to restore."),
                                        tr("FILE"));
    const QCommandLineOption metersOption(QStringLiteral("meters"), tr("Synthetic meters."),
                                          tr("N"), QStringLiteral("200"));
    const QCommandLineOption daysOption(QStringLiteral("days"), tr("Synthetic days (batches)."),
                                        tr("N"), QStringLiteral("100"));
    const QCommandLineOption firstDayOption(QStringLiteral("first-day"),
                                            tr("First synthetic day, days since 1970-01-01."),
                                            tr("DAY"), QStringLiteral("19723"));
    parser.addOptions(
        {dbOption, jsonOption, toOption, fromOption, metersOption, daysOption, firstDayOption});
    parser.addPositionalArgument(QStringLiteral("verb"), tr("stats, verify, backup or restore"));
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli db")} + args)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const QString path = parser.value(dbOption);
    const bool json = parser.isSet(jsonOption);
    if (verb.isEmpty() || path.isEmpty()) {
        QTextStream(stderr) << tr("usage: imsdesk-cli db stats|verify|backup|restore --db FILE"
                                  " [--to FILE | --from FILE] [--json]")
                            << '\n';
        return 2;
    }
    const bool creates = verb == QLatin1String("ingest-synthetic");
    if (!creates && !QFileInfo::exists(path))
        return fail(tr("no database at %1").arg(path));
    storage::Database db({path});
    if (const Status s = db.openAndMigrate(); !s)
        return fail(s.error().message);
    if (verb == QLatin1String("stats"))
        return stats(db, json);
    if (verb == QLatin1String("verify"))
        return verify(db, json);
    if (verb == QLatin1String("backup")) {
        const QString target
            = parser.isSet(toOption) ? parser.value(toOption) : positional.value(1);
        if (target.isEmpty())
            return fail(tr("backup needs --to FILE"));
        return backup(db, target, json);
    }
    if (verb == QLatin1String("restore")) {
        const QString source
            = parser.isSet(fromOption) ? parser.value(fromOption) : positional.value(1);
        if (source.isEmpty())
            return fail(tr("restore needs --from FILE"));
        return restore(db, source, json);
    }
    if (creates)
        return ingestSynthetic(db, parser.value(metersOption).toInt(),
                               parser.value(daysOption).toInt(),
                               parser.value(firstDayOption).toLongLong());
    QTextStream(stderr) << tr("unknown db command \"%1\"").arg(verb) << '\n';
    return 2;
}

int DbCommands::stats(storage::Database &db, bool json)
{
    QSqlDatabase connection = *db.connection();
    auto stats = analytics::databaseStats(connection);
    if (!stats)
        return fail(stats.error().message);
    const std::pair<QString, qint64> figures[] = {
        {QStringLiteral("schemaVersion"), stats->schemaVersion},
        {QStringLiteral("sites"), stats->sites},
        {QStringLiteral("substations"), stats->substations},
        {QStringLiteral("routers"), stats->routers},
        {QStringLiteral("meters"), stats->meters},
        {QStringLiteral("intervals"), stats->intervals},
        {QStringLiteral("registers"), stats->registers},
        {QStringLiteral("events"), stats->events},
        {QStringLiteral("alarms"), stats->alarms},
        {QStringLiteral("openAlarms"), stats->openAlarms},
        {QStringLiteral("conflicts"), stats->conflicts},
        {QStringLiteral("seals"), stats->seals},
        {QStringLiteral("bytes"), stats->fileBytes},
    };
    if (json) {
        QJsonObject o;
        for (const auto &[key, value] : figures)
            o.insert(key, value);
        printJson(o);
        return 0;
    }
    const QString labels[] = {
        tr("schema version"), tr("sites"),           tr("substations"),        tr("routers"),
        tr("meters"),         tr("interval values"), tr("register snapshots"), tr("events"),
        tr("alarms"),         tr("open alarms"),     tr("conflicts"),          tr("sealed blocks"),
        tr("size, bytes")};
    QTextStream out(stdout);
    for (size_t i = 0; i < std::size(figures); ++i)
        out << labels[i].leftJustified(20) << ' ' << figures[i].second << '\n';
    return 0;
}

int DbCommands::verify(storage::Database &db, bool json)
{
    auto report = storage::IntegrityVerifier(*db.connection()).verify();
    if (!report)
        return fail(report.error().message);
    if (json) {
        QJsonArray issues;
        for (const storage::IntegrityIssue &issue : report->issues) {
            const bool intervals = issue.table == storage::SealKind::Intervals;
            QJsonObject o{
                {QStringLiteral("kind"), storage::IntegrityIssue::kindToken(issue.kind)},
                {QStringLiteral("table"),
                 intervals ? storage::intervalTable().table : storage::registerTable().table},
                {QStringLiteral("meter"), issue.meterSerial},
                {QStringLiteral("time"),
                 QDateTime::fromSecsSinceEpoch(issue.time, Qt::UTC).toString(Qt::ISODate)},
                {QStringLiteral("timeEpoch"), issue.time},
                {QStringLiteral("text"), issue.describe()}};
            if (intervals)
                o.insert(QStringLiteral("channel"),
                         engine::channelCode(engine::EnergyChannel(issue.subkey)));
            issues.append(o);
        }
        printJson({{QStringLiteral("ok"), report->ok()},
                   {QStringLiteral("blocks"), report->blocks},
                   {QStringLiteral("rows"), report->rows},
                   {QStringLiteral("truncated"), report->truncated},
                   {QStringLiteral("issues"), issues}});
    } else {
        QTextStream out(stdout);
        for (const storage::IntegrityIssue &issue : report->issues)
            out << issue.describe() << '\n';
        out << (report->ok()
                    ? tr("verified: %1 rows in %2 blocks, no changes found")
                          .arg(report->rows)
                          .arg(report->blocks)
                    : tr("NOT VERIFIED: %n problem(s) found", nullptr, int(report->issues.size())))
            << '\n';
    }
    return report->ok() ? 0 : 1;
}

int DbCommands::backup(storage::Database &db, const QString &target, bool json)
{
    QSqlDatabase connection = *db.connection();
    if (const Status s = storage::Backup::backup(connection, db.dialect(), target); !s)
        return fail(s.error().message);
    if (json)
        printJson({{QStringLiteral("backup"), QFileInfo(target).absoluteFilePath()},
                   {QStringLiteral("bytes"), QFileInfo(target).size()}});
    else
        QTextStream(stdout) << tr("backup written to %1").arg(QFileInfo(target).absoluteFilePath())
                            << '\n';
    return 0;
}

int DbCommands::restore(storage::Database &db, const QString &source, bool json)
{
    QSqlDatabase connection = *db.connection();
    if (const Status s = storage::Backup::restore(connection, source); !s)
        return fail(s.error().message);
    if (json)
        printJson({{QStringLiteral("restored"), QFileInfo(source).absoluteFilePath()}});
    else
        QTextStream(stdout) << tr("restored from %1").arg(QFileInfo(source).absoluteFilePath())
                            << '\n';
    return 0;
}

// Writes one synthetic day per batch through the writer thread and prints
// "committed N" after each commit, flushed, so that a test can kill the
// process at any moment and know which batches must be there.
int DbCommands::ingestSynthetic(storage::Database &db, int meters, int days, qint64 firstDay)
{
    if (meters < 2 || days < 1)
        return fail(tr("need at least 2 meters and 1 day"));
    QSqlDatabase connection = *db.connection();
    auto site = storage::createSyntheticInstallation(connection, {1, meters, QStringLiteral("K")});
    if (!site)
        return fail(site.error().message);
    storage::StorageWriter writer(db);
    writer.setMergeLimit(0); // one batch per transaction
    writer.start();
    for (int day = 0; day < days; ++day) {
        writer.submit(storage::syntheticDay(*site, firstDay + day));
        if (const Status s = writer.flush(); !s)
            return fail(s.error().message);
        std::printf("committed %d\n", day);
        std::fflush(stdout);
    }
    writer.stop();
    return 0;
}

} // namespace

CliCommand dbCommand()
{
    return {QStringLiteral("db"), DbCommands::tr("database: stats, verify, backup, restore"),
            &DbCommands::run};
}

} // namespace ims::cli
