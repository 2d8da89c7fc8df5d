#pragma once
// `imsdesk-cli clock get|set|shift`: a meter's (or router's) clock by hand.
#include "app/cli/cli_registry.h"

namespace ims::cli {

CliCommand clockCommand();

} // namespace ims::cli
