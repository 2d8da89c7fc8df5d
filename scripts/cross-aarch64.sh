#!/usr/bin/env bash
# Cross-builds ImsDesk for aarch64 and runs the unit tests under qemu-user.
# Operator workstations are often ARM machines; this keeps them working.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${IMSDESK_AARCH64_BUILD_DIR:-$here/build-aarch64}"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

arm_packages=(crossbuild-essential-arm64 qemu-user-static
  qt6-base-dev:arm64 qt6-charts-dev:arm64 qt6-serialport-dev:arm64
  libqt6sql6-sqlite:arm64 libqt6opengl6-dev:arm64 libgl-dev:arm64
  pkgconf:arm64 libssl-dev:arm64 libsqlite3-dev:arm64)
need=0
for p in "${arm_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need=1
done
if [ $need -eq 1 ]; then
  $SUDO dpkg --add-architecture arm64
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  # Pulling arm64 Qt upgrades some amd64 packages to the current point release.
  $SUDO apt-get install -y -q --no-install-recommends "${arm_packages[@]}"
fi
"$here/scripts/setup-deps.sh"
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true

cmake -S "$here" -B "$build" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$here/cmake/toolchain-aarch64.cmake" \
  -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS=-O1 -DIMSDESK_WERROR=ON -DIMSDESK_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$(nproc)"
file "$build/bin/imsdesk-cli"
cd "$build"
# qemu is ~10x slower: run the unit tests, with a per-test bound; tests that
# start host programs cannot run under the emulator (tests/CMakeLists.txt).
QEMU_LD_PREFIX=/ ctest -L unit -LE host-tools --output-on-failure -j"$(nproc)" --timeout 900
