#include "app/cli/cli_database.h"

#include "app/cli/cli_output.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ims::cli {

namespace {
class CliDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CliDatabase)
};
} // namespace

const QCommandLineOption &databaseOption()
{
    static const QCommandLineOption o(QStringLiteral("db"), CliDatabase::tr("Database file."),
                                      QStringLiteral("FILE"));
    return o;
}

const QCommandLineOption &jsonOption()
{
    static const QCommandLineOption o(QStringLiteral("json"), CliDatabase::tr("Print JSON."));
    return o;
}

std::unique_ptr<storage::Database> openCliDatabase(const QCommandLineParser &parser, OpenMode mode)
{
    const QString path = parser.value(databaseOption());
    if (path.isEmpty()) {
        printError(CliDatabase::tr("--db FILE is required"), 2);
        return nullptr;
    }
    if (mode == OpenMode::MustExist && !QFileInfo::exists(path)) {
        printError(CliDatabase::tr("no database at %1").arg(path), 2);
        return nullptr;
    }
    auto db = std::make_unique<storage::Database>(storage::DatabaseConfig{path});
    if (const Status s = db->openAndMigrate(); !s) {
        printError(s.error());
        return nullptr;
    }
    return db;
}

} // namespace ims::cli
