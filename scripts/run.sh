#!/usr/bin/env bash
# README command 1: install what is missing, build, and start the workstation
# on its built-in demo network. Arguments are passed to imsdesk.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/build.sh"
build="${IMSDESK_BUILD_DIR:-$here/build}"
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--demo)
exec "$build/bin/imsdesk" "${args[@]}"
