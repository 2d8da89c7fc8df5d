#!/usr/bin/env bash
# README command 1: install what is missing, build, and start the workstation
# on its built-in demo network. Arguments replace the default `--demo`
# (for example `--db FILE` for a real workstation database).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/build.sh"
build="${IMSDESK_BUILD_DIR:-$here/build}"
if [ "$#" -eq 0 ]; then
  set -- --demo
fi
exec "$build/bin/imsdesk" "$@"
