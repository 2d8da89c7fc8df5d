#pragma once
// `imsdesk-cli tariff write|read|verify`: a meter's tariff calendar.
#include "app/cli/cli_registry.h"

namespace ims::cli {

CliCommand tariffCommand();

} // namespace ims::cli
