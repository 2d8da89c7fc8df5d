#pragma once
// The poll schedules the workstation runs unattended, from the command line:
//   imsdesk-cli schedule list --db FILE [--json]
//   imsdesk-cli schedule add --db FILE --name TEXT (--site ID | --router ID | --meter SERIAL
//       | --group ID) --what daily,... --every 30m|1h|1d [--at HH:MM]
//   imsdesk-cli schedule set --db FILE --id N [--every ...] [--at HH:MM] [--enable|--disable]
#include "app/cli/cli_registry.h"

namespace ims::cli {

CliCommand scheduleCommand();

} // namespace ims::cli
