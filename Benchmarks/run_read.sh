#!/usr/bin/env bash
# Raw CSV read throughput: cs-stats-bench read vs cat and wc -l.
#
# usage: Benchmarks/run_read.sh            (from anywhere)
# env:   SIZE_MB=100   size of the generated wide CSV (cached in Benchmarks/data/)
#        RUNS=5
#        BENCH=.build/release/cs-stats-bench   (relative to the repo root)
# `$BENCH read FILE` must print one line `records=N bytes=M seconds=S`; the
# table shows its wall time (process start to exit) and, separately, the median
# of its own seconds=S. records= is checked against the count the generator printed.
set -uo pipefail
. "$(dirname "$0")/lib.sh"

SIZE_MB=${SIZE_MB:-100}
BENCH=${BENCH:-.build/release/cs-stats-bench}
case "$BENCH" in /*) ;; *) BENCH=$REPO_ROOT/$BENCH ;; esac
ensure_time

file=$DATA/wide_${SIZE_MB}MB.csv
meta=$file.meta
if [ ! -f "$file" ] || [ ! -f "$meta" ]; then
  echo "generating $file..." >&2
  "$PY" "$BENCH_DIR/generate_wide_csv.py" "$SIZE_MB" "$file" >"$meta" || exit 1
fi
bytes=$(filesize "$file")
expected_records=$(sed -n 's/.*records=\([0-9]*\).*/\1/p' "$meta")

echo "== read, $file ($bytes bytes, $expected_records records), $RUNS runs, warm cache"
table_header
timed /dev/null /dev/null cat "$file" && row 'cat >/dev/null' "${SIZE_MB}MB" "$bytes"
timed "$DATA/wc_read.out" /dev/null wc -l "$file" && row 'wc -l' "${SIZE_MB}MB" "$bytes"

if [ ! -x "$BENCH" ]; then
  note "cs-stats-bench not found at $BENCH (build: swift build -c release); skipping"
  exit 0
fi
out=$DATA/bench_read.out
err=$DATA/bench_read.err
if ! "$BENCH" read "$file" >"$out" 2>"$err" || ! grep -q 'records=[0-9]* bytes=[0-9]* seconds=' "$out"; then
  note "$BENCH read does not print 'records=N bytes=M seconds=S' yet ($(head -1 "$out" "$err" 2>/dev/null | grep -v '^==>' | grep . | head -1)); skipping"
  exit 0
fi
# Timed runs of each mode; keep each run's own line.
for mode in read read-whole; do
  selfs=""
  TIMES=""; RSS_KB=""
  tf=$(mktemp)
  for ((i = 1; i <= RUNS; i++)); do
    t0=$(date +%s%N)
    if ! /usr/bin/time -f '%e %M' -o "$tf" "$BENCH" "$mode" "$file" >"$out" 2>"$err"; then
      echo "cs-stats-bench $mode FAILED: $(head -c 300 "$err")"; rm -f "$tf"; exit 1
    fi
    t1=$(date +%s%N)
    read -r _ m <"$tf"; RSS_KB="$RSS_KB $m"
    TIMES="$TIMES $(( (t1 - t0) / 1000000000 )).$(printf "%03d" $(( (t1 - t0) / 1000000 % 1000 )))"
    selfs="$selfs $(sed -n 's/.*seconds=\([0-9.eE+-]*\).*/\1/p' "$out" | head -1)"
  done
  rm -f "$tf"
  row "cs-stats-bench $mode" "${SIZE_MB}MB" "$bytes"
  TIMES=$selfs row '  (its own seconds=)' "${SIZE_MB}MB" "$bytes"
  [ "$mode" = read-whole ] && echo "  last run's phases: $(sed -n 's/.*\(read=.*\)/\1/p' "$out")"
  # records= counts every CSV record, the header too; the generator counts data records.
  got=$(sed -n 's/.*records=\([0-9]*\).*/\1/p' "$out" | head -1)
  gotb=$(sed -n 's/.*bytes=\([0-9]*\).*/\1/p' "$out" | head -1)
  if [ "$got" = "$((expected_records + 1))" ]; then
    echo "  records: $got = $expected_records data records + the header (matches generator)"
  else
    echo "  records: $got, generator says $expected_records data records + 1 header: MISMATCH"
  fi
  [ "$gotb" = "$bytes" ] || echo "  bytes: $gotb reported, file has $bytes"
done
