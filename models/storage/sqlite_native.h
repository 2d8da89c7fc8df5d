#pragma once
// The only place that talks to the sqlite3 C API, through the handle of a
// Qt QSQLITE connection. Used only when the handle belongs to the very
// libsqlite3 we link (same source id), which is the case on Linux
// distributions where the Qt plugin links the system library.
#include "models/storage/statement.h"

namespace ims::storage::sqlite_native {

// The sqlite3* of a QSQLITE connection, or null when not usable.
void *handle(QSqlDatabase &db);

Result<std::unique_ptr<Statement>> prepare(void *handle, const QString &sql);

// Copies the whole database `sourcePath` into the live connection's main
// database with the online backup API (other connections see the restored
// content after the copy commits).
Status restoreFrom(void *handle, const QString &sourcePath);

} // namespace ims::storage::sqlite_native
