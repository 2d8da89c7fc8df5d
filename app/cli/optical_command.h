#pragma once
// `imsdesk-cli optical read|export|ports`: manual readout through an optical
// probe (IEC 62056-21), its storage as manual readings, and the day's export.
#include "app/cli/cli_registry.h"

namespace ims::cli {

CliCommand opticalCommand();

} // namespace ims::cli
