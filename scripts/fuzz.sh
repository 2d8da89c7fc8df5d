#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for N seconds
# (default 60) on its seed corpus. `scripts/fuzz.sh 600` is the long run
# expected before a parser change lands.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
build="${IMSDESK_FUZZ_BUILD_DIR:-$here/build-fuzz}"
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true
"$here/scripts/setup-deps.sh" clang libclang-rt-14-dev
CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DIMSDESK_BUILD_FUZZ=ON -DIMSDESK_BUILD_GUI=OFF -DIMSDESK_BUILD_BENCH=OFF >/dev/null
targets=$(cd "$here/tests/fuzz" && ls fuzz_*.cpp 2>/dev/null | sed -e 's/^fuzz_/fuzz-/' -e 's/\.cpp$//' -e 's/_/-/g')
[ -n "$targets" ] || { echo "no fuzz targets"; exit 0; }
cmake --build "$build" -j"$(nproc)" --target $targets
for t in $targets; do
  corpus_src="$here/tests/fuzz/corpus/${t#fuzz-}"
  work="$build/corpus/${t#fuzz-}"
  mkdir -p "$work"
  [ -d "$corpus_src" ] && cp -n "$corpus_src"/* "$work"/ 2>/dev/null || true
  echo "--- $t for ${seconds}s"
  log="$build/$t.log"
  set +e
  "$build/bin/$t" -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 \
    "$work" >"$log" 2>&1
  rc=$?
  set -e
  grep -E "^stat::(number_of_executed_units|new_units_added|peak_rss_mb)" "$log" || true
  if [ $rc -ne 0 ]; then
    echo "$t: finding (exit $rc)"; tail -60 "$log"; exit 1
  fi
done
