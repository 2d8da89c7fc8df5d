#pragma once
// Scheduled relay switching and street lighting from the command line:
//   imsdesk-cli switch-schedule add --db FILE --name NAME
//       (--meter SERIAL | --group ID | --feeder ID | --router ID)
//       --action off|on --at HH:MM|sunrise[±N]|sunset[±N] [--days mon-fri]
//   imsdesk-cli switch-schedule list --db FILE [--json]
//   imsdesk-cli switch-schedule remove --db FILE --id N
//   imsdesk-cli switch-schedule run-due --db FILE [--now ISO-UTC] [--operator NAME] [--json]
//   imsdesk-cli site coordinates --db FILE --site ID (--lat DEG --lon DEG | --clear)
#include "app/cli/cli_registry.h"

namespace ims::cli {

CliCommand switchScheduleCommand();
CliCommand siteCommand();

} // namespace ims::cli
