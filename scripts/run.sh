#!/usr/bin/env bash
# README command 1: install what is missing, build, and start the workstation
# on its built-in demo network. Arguments are passed to imsdesk.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/build.sh"
build="${IMSDESK_BUILD_DIR:-$here/build}"
# The demo network arrives with the operator views (issue "Operator
# workstation"); until then the main window opens as it is.
exec "$build/bin/imsdesk" "$@"
