#!/usr/bin/env bash
# Peak memory of every command on the school-level benchmark files (1M and 10M rows) and on a
# 10M-row file that is not a survey file: what a user pointing cs-stats at a big file meets.
#
# usage: Benchmarks/run_memory.sh
# env:   SIZES="1M 10M"   CSSTATS=.build/release/cs-stats (relative to the repo root)
# Data: Benchmarks/data/schools_sequential_SIZE.csv (made by run_groupby.sh's generator) and
# other_SIZE.csv (the same records under a header that names no survey column).
# Prints one row per command and file: seconds, peak RSS in MB (/usr/bin/time %M), exit code.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
SIZES=${SIZES:-"1M 10M"}
CSSTATS=${CSSTATS:-.build/release/cs-stats}
case "$CSSTATS" in /*) ;; *) CSSTATS=$REPO_ROOT/$CSSTATS ;; esac
ensure_time
ensure_py numpy || { echo "error: numpy is needed by generate_schools.py" >&2; exit 1; }
[ -x "$CSSTATS" ] || { echo "error: no cs-stats at $CSSTATS (swift build -c release)" >&2; exit 1; }

commands=(
  "summary"
  "table --year 2021"
  "growth"
  "overlap --year 2021"
  "check"
  "denominators"
  "aggregate --by year,prefecture,school-type"
  "view"
  "view --format csv"
  "view --format tsv"
  "view --format json"
  "view --explain"
)
printf '%-6s %-8s %-44s %8s %8s %5s\n' size file command seconds peak_MB exit
for size in $SIZES; do
  n=$(( ${size%M} * 1000000 ))
  schools=$DATA/schools_sequential_$size.csv
  [ -f "$schools" ] || "$PY" "$BENCH_DIR/generate_schools.py" "$n" "$schools" --ids sequential >&2 || exit 1
  other=$DATA/other_$size.csv
  [ -f "$other" ] || { echo "a,b,c,d,e,f,g,h"; tail -n +2 "$schools"; } > "$other"
  for file in "$schools" "$other"; do
    kind=$([ "$file" = "$schools" ] && echo schools || echo other)
    for c in "${commands[@]}"; do
      # shellcheck disable=SC2086
      /usr/bin/time -f "%e %M %x" -o "$DATA/mem.time" "$CSSTATS" $c "$file" >/dev/null 2>"$DATA/mem.err"
      read -r secs kb code < <(tail -1 "$DATA/mem.time" | sed 's/Command exited with non-zero status [0-9]*//')
      printf '%-6s %-8s %-44s %8s %8.1f %5s\n' "$size" "$kind" "$c" "$secs" "$(awk -v k="$kb" 'BEGIN { print k * 1024 / 1e6 }')" "$code"
    done
  done
done
