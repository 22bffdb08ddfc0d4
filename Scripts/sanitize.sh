#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer and under ThreadSanitizer (the parallel
# aggregator, its confirming pass and its single-worker fallback above all), each in its own
# build folder. usage: Scripts/sanitize.sh [address|thread]...   (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
kinds=${*:-address thread}
status=0
for kind in $kinds; do
  echo "== swift test --sanitize=$kind" >&2
  mkdir -p ".build-$kind"
  # Leaks: the Swift runtime's caches live for the process; ASan's leak report is about them.
  if ASAN_OPTIONS=detect_leaks=0 TSAN_OPTIONS=halt_on_error=1 \
     swift test --sanitize="$kind" --scratch-path ".build-$kind" 2>&1 | tee ".build-$kind/sanitize.log" | tail -3; then
    grep -q "Test run with .* passed" ".build-$kind/sanitize.log" || status=1
  else
    status=1
  fi
  if grep -qE "ThreadSanitizer|AddressSanitizer" ".build-$kind/sanitize.log"; then
    echo "$kind: the sanitizer reported (see .build-$kind/sanitize.log)" >&2
    status=1
  fi
done
exit $status
