#pragma once
// Getting a network into the database and polling it from the command line:
//   imsdesk-cli router add|list|meters ...
//   imsdesk-cli commission --db FILE --router NAME --all-discovered
//   imsdesk-cli commission --db FILE --csv FILE (see commission_csv_command.h)
//   imsdesk-cli poll --db FILE [--router ID | --meter SERIAL | --all] [--what ...]
#include "app/cli/cli_registry.h"

namespace ims::cli {

CliCommand routerCommand();
CliCommand commissionCommand();
CliCommand pollCommand();

} // namespace ims::cli
