#pragma once
// `imsdesk-cli credit get|mode|thresholds|pay`: a meter's prepayment account
// (balance, payment mode, low-credit and disconnect thresholds, payments).
#include "app/cli/cli_registry.h"

namespace ims::cli {

CliCommand creditCommand();

} // namespace ims::cli
