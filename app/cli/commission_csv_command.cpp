#include "app/cli/commission_csv_command.h"

#include "app/cli/cli_output.h"
#include "models/fleet/commissioning_csv_import.h"
#include "models/storage/database.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace ims::cli {

namespace {

using fleet::CommissioningPlan;
using fleet::RowAction;

class CommissionCsvCli
{
    Q_DECLARE_TR_FUNCTIONS(CommissionCsvCli)
public:
    static int run(const QStringList &args);
    static void printPlan(const CommissioningPlan &plan, bool json, bool applied);
};

QString actionToken(RowAction action)
{
    switch (action) {
    case RowAction::Bind:
        return QStringLiteral("bind");
    case RowAction::Unchanged:
        return QStringLiteral("unchanged");
    case RowAction::Skip:
        return QStringLiteral("skip");
    case RowAction::Refuse:
        return QStringLiteral("refuse");
    }
    return QString();
}

QJsonObject summaryJson(const CommissioningPlan &plan, bool dryRun, bool applied)
{
    QJsonArray errors;
    for (const fleet::CsvLineError &e : plan.errors)
        errors << QJsonObject{{QStringLiteral("line"), e.line},
                              {QStringLiteral("problem"), fleet::csvProblemToken(e.problem)},
                              {QStringLiteral("message"), e.message}};
    QJsonArray subscribers;
    for (const domain::Subscriber &s : plan.newSubscribers)
        subscribers << s.account;
    QJsonArray groups;
    for (const fleet::NewBalanceGroup &g : plan.newGroups)
        groups << g.name;
    return {{QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("applied"), applied},
            {QStringLiteral("bind"), plan.count(RowAction::Bind)},
            {QStringLiteral("unchanged"), plan.count(RowAction::Unchanged)},
            {QStringLiteral("skipped"), plan.count(RowAction::Skip)},
            {QStringLiteral("refused"), plan.count(RowAction::Refuse)},
            {QStringLiteral("newSubscribers"), subscribers},
            {QStringLiteral("newGroups"), groups},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
            {QStringLiteral("errors"), errors}};
}

void CommissionCsvCli::printPlan(const CommissioningPlan &plan, bool json, bool applied)
{
    for (const fleet::RowPlan &row : plan.rows) {
        if (json) {
            printJsonLine({{QStringLiteral("line"), row.line},
                           {QStringLiteral("serial"), row.serial},
                           {QStringLiteral("action"), actionToken(row.action)},
                           {QStringLiteral("changes"), QJsonArray::fromStringList(row.changes)},
                           {QStringLiteral("message"), row.message}});
            continue;
        }
        switch (row.action) {
        case RowAction::Bind:
            printLine(tr("line %1  %2  %3: %4")
                          .arg(row.line)
                          .arg(row.serial, applied ? tr("bound") : tr("will bind"),
                               row.changes.join(QStringLiteral("; "))));
            break;
        case RowAction::Unchanged:
            printLine(tr("line %1  %2  unchanged").arg(row.line).arg(row.serial));
            break;
        case RowAction::Skip:
            printLine(tr("line %1  %2  skipped: %3").arg(row.line).arg(row.serial, row.message));
            break;
        case RowAction::Refuse:
            break; // on stderr, with the other problems
        }
    }
}

int CommissionCsvCli::run(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("Database file."), tr("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("serial;subscriber;account;plot;ct;vt;group per meter."),
                                 tr("FILE"));
    const QCommandLineOption allowUnknown(QStringLiteral("allow-unknown"),
                                          tr("Skip lines naming meters the database does not"
                                             " have, instead of refusing the file."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check the file and print what would change; write"
                                       " nothing."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({db, csv, allowUnknown, dryRun, json});
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli commission")} + args)
        || parser.value(db).isEmpty() || parser.value(csv).isEmpty()
        || !parser.positionalArguments().isEmpty())
        return printError(tr("usage: imsdesk-cli commission --db FILE --csv FILE"
                             " [--allow-unknown] [--dry-run] [--json]"),
                          2);
    const QString path = parser.value(db);
    if (!QFileInfo::exists(path))
        return printError(tr("no database at %1").arg(path), 1);
    storage::Database database(storage::DatabaseConfig{path});
    if (const Status s = database.openAndMigrate(); !s)
        return printError(s.error());
    Result<QSqlDatabase> connection = database.connection();
    if (!connection)
        return printError(connection.error());

    const bool asJson = parser.isSet(json);
    const fleet::CommissioningCsv file
        = fleet::CommissioningCsvParser::parseFile(parser.value(csv));
    fleet::CommissioningCsvOptions options;
    options.allowUnknown = parser.isSet(allowUnknown);
    fleet::CommissioningCsvImport import(*connection);
    Result<CommissioningPlan> plan = import.preview(file, options);
    if (!plan)
        return printError(plan.error());
    if (!plan->canApply() || parser.isSet(dryRun)) {
        printPlan(*plan, asJson, false);
        if (asJson) {
            printJsonLine(summaryJson(*plan, parser.isSet(dryRun), false));
        } else {
            QTextStream err(stderr);
            for (const QString &w : plan->warnings)
                err << tr("warning: %1").arg(w) << '\n';
            for (const fleet::CsvLineError &e : plan->errors)
                err << (e.line > 0 ? tr("line %1: %2").arg(e.line).arg(e.message) : e.message)
                    << '\n';
        }
        if (!plan->canApply())
            return printError(tr("the file is refused, nothing was changed (%n problem(s))",
                                 nullptr, int(plan->errors.size())),
                              1);
        if (!asJson)
            printLine(tr("dry run: %1 meter(s) would be bound, %2 unchanged, %3 skipped;"
                         " %4 subscriber(s) and %5 balance group(s) would be created")
                          .arg(plan->count(RowAction::Bind))
                          .arg(plan->count(RowAction::Unchanged))
                          .arg(plan->count(RowAction::Skip))
                          .arg(plan->newSubscribers.size())
                          .arg(plan->newGroups.size()));
        return 0;
    }
    // Checked again inside the transaction: what is written is what passes.
    Result<CommissioningPlan> applied = import.apply(file, options);
    if (!applied)
        return printError(applied.error().message, 1);
    printPlan(*applied, asJson, true);
    if (asJson) {
        printJsonLine(summaryJson(*applied, false, true));
    } else {
        for (const QString &w : applied->warnings)
            QTextStream(stderr) << tr("warning: %1").arg(w) << '\n';
        printLine(tr("%1 meter(s) bound, %2 unchanged, %3 skipped; %4 subscriber(s) and %5"
                     " balance group(s) created")
                      .arg(applied->count(RowAction::Bind))
                      .arg(applied->count(RowAction::Unchanged))
                      .arg(applied->count(RowAction::Skip))
                      .arg(applied->newSubscribers.size())
                      .arg(applied->newGroups.size()));
    }
    return 0;
}

} // namespace

bool isCommissionCsvInvocation(const QStringList &args)
{
    for (const QString &a : args)
        if (a == u"--csv" || a.startsWith(u"--csv="))
            return true;
    return false;
}

int runCommissionCsv(const QStringList &args)
{
    return CommissionCsvCli::run(args);
}

} // namespace ims::cli
