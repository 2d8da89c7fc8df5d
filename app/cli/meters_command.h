#pragma once
// `imsdesk-cli meters --db FILE [--json]`: one line (or JSON object) per meter.
#include "app/cli/cli_registry.h"

namespace ims::cli {

CliCommand metersCommand();

} // namespace ims::cli
