#!/usr/bin/env bash
# Builds one fuzz target with libFuzzer and AddressSanitizer and runs it.
#
# usage: Scripts/fuzz.sh TARGET SECONDS     TARGET: reader | aggregate | workbook
# The target (Fuzz/<Target>Target.swift) is compiled into the library's module, so it can reach
# internal API. It starts from the committed corpus (Fuzz/corpus/TARGET); new inputs go to
# .build-fuzz/found/TARGET (not committed); a crash is written to .build-fuzz/crash-TARGET-*
# and the script exits non-zero. Leak detection is off: the Swift runtime keeps its metadata
# caches and the library its compiled patterns for the process, which LeakSanitizer reports.
# and the script exits non-zero. Keep a crash input as a regression test and in the corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
target=${1:?usage: Scripts/fuzz.sh reader|aggregate|workbook SECONDS}
seconds=${2:?usage: Scripts/fuzz.sh reader|aggregate|workbook SECONDS}
case "$target" in reader) file=Fuzz/ReaderTarget.swift ;; aggregate) file=Fuzz/AggregateTarget.swift ;;
  workbook) file=Fuzz/WorkbookTarget.swift ;; *) echo "error: unknown target '$target' (reader, aggregate, workbook)" >&2; exit 64 ;; esac
mkdir -p .build-fuzz/found/"$target"
binary=.build-fuzz/fuzz-$target
if [ ! -x "$binary" ] || [ -n "$(find Sources/CSStats "$file" -newer "$binary" -name '*.swift' | head -1)" ]; then
  echo "building $binary ..." >&2
  swiftc -swift-version 6 -sanitize=fuzzer,address -parse-as-library -O -g -module-name CSStats \
    $(find Sources/CSStats -name '*.swift' | sort) "$file" -o "$binary"
fi
echo "fuzzing $target for $seconds s (corpus Fuzz/corpus/$target)" >&2
ASAN_OPTIONS=detect_leaks=0 "$binary" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 -detect_leaks=0 \
  -artifact_prefix=.build-fuzz/crash-"$target"- .build-fuzz/found/"$target" Fuzz/corpus/"$target"
