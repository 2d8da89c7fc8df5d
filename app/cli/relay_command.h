#pragma once
// `imsdesk-cli relay off|on|state`: the load relay of one meter.
#include "app/cli/cli_registry.h"

namespace ims::cli {

CliCommand relayCommand();

} // namespace ims::cli
