#pragma once
// What the database commands of imsdesk-cli share: the --db and --json
// options and opening the file (printing why not).
#include "models/storage/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace ims::cli {

const QCommandLineOption &databaseOption();
const QCommandLineOption &jsonOption();

enum class OpenMode { CreateWhenMissing, MustExist };

// The database of --db, migrated; null after printing the reason
// (a missing --db is a usage error).
std::unique_ptr<storage::Database> openCliDatabase(const QCommandLineParser &parser, OpenMode mode);

} // namespace ims::cli
