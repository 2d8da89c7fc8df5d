#!/usr/bin/env bash
# README command 2: install what is missing, build, and run every test
# (unit, integration, gui) with CTest. Extra arguments go to ctest,
# e.g. `scripts/test.sh -L unit`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/build.sh"
build="${IMSDESK_BUILD_DIR:-$here/build}"
cd "$build"
ctest --output-on-failure -j"$(nproc)" --timeout 600 "$@"
