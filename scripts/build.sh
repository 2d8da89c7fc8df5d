#!/usr/bin/env bash
# Configures and builds ImsDesk into build/ (or $IMSDESK_BUILD_DIR).
# Extra arguments go to CMake's configure step.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${IMSDESK_BUILD_DIR:-$here/build}"
# ccache keyed on paths relative to the checkout: a fresh clone reuses it.
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true
"$here/scripts/setup-deps.sh"
cmake -S "$here" -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE="${IMSDESK_BUILD_TYPE:-RelWithDebInfo}" \
  -DIMSDESK_WERROR=ON "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
