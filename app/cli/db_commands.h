#pragma once
// `imsdesk-cli db stats|verify|backup|restore --db FILE [--json]`, and the
// hidden `db ingest-synthetic` used by the crash test and benchmarks.
#include "app/cli/cli_registry.h"

namespace ims::cli {

CliCommand dbCommand();

} // namespace ims::cli
