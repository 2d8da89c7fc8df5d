#pragma once
// imsdesk-cli commission --db FILE --csv FILE [--allow-unknown] [--dry-run] [--json]
// Binds meters already in the database to subscribers, plots, ratios and
// balance groups from a CSV (docs/commissioning.md); all lines or none.
// Reached through `imsdesk-cli commission` when --csv is given.
#include <QStringList>

namespace ims::cli {

bool isCommissionCsvInvocation(const QStringList &args);
int runCommissionCsv(const QStringList &args);

} // namespace ims::cli
