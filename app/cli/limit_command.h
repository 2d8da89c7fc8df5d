#pragma once
// `imsdesk-cli limit get|set`: a meter's limiter thresholds.
#include "app/cli/cli_registry.h"

namespace ims::cli {

CliCommand limitCommand();

} // namespace ims::cli
