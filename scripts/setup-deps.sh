#!/usr/bin/env bash
# Installs the Debian packages ImsDesk needs to build, run and test, when they
# are missing. Idempotent: a second run checks and returns at once.
# Works on Debian 12 and on Ubuntu 22.04+/Astra/ALT where the same packages exist.
set -euo pipefail

# The build and run dependencies (README.md lists them).
IMSDESK_PACKAGES=(
  build-essential cmake ninja-build ccache pkgconf
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-serialport-dev
  libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libssl-dev libsqlite3-dev sqlite3 fonts-dejavu-core tzdata
)
# Extra packages asked for by the caller (e.g. clang for the fuzzers).
IMSDESK_PACKAGES+=("$@")

missing=()
for p in "${IMSDESK_PACKAGES[@]}"; do
  # ${p%%:*} keeps an explicit architecture suffix out of the status query name.
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
