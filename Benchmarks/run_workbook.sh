#!/usr/bin/env bash
# Workbook benchmark: cs-stats aggregate on a 1M-row school-level .xlsx against polars
# read_excel (calamine), polars read_excel + group_by, openpyxl (read-only) and DuckDB's excel
# extension, all in one run.
#
# usage: Benchmarks/run_workbook.sh            (from anywhere)
# env:   SIZE=1M          rows (K/M suffix allowed)
#        RUNS=5           runs per tool
#        CSSTATS=.build/release/cs-stats   (relative to the repo root)
#        TOOLS="cs-stats polars-read polars-groupby openpyxl duckdb"
#        PYTHON=python3
# The workbook is generated once (generate_workbook.py, from the cached
# schools_random_SIZE.csv when there is one) and cached in Benchmarks/data/ (git-ignored) as
# schools_workbook_SIZE.xlsx. Ends with the done-when line of the workbook issue:
# cs-stats' median over polars read_excel's median (the read alone) <= 1.0.
set -uo pipefail
. "$(dirname "$0")/lib.sh"

SIZE=${SIZE:-1M}
TOOLS=${TOOLS:-"cs-stats polars-read polars-groupby openpyxl duckdb"}
CSSTATS=${CSSTATS:-.build/release/cs-stats}
case "$CSSTATS" in /*) ;; *) CSSTATS=$REPO_ROOT/$CSSTATS ;; esac

ensure_time
has() { case " $TOOLS " in *" $1 "*) return 0 ;; esac; return 1; }
ensure_py numpy || { echo "error: numpy is needed by generate_schools.py" >&2; exit 1; }
have_polars=0; have_openpyxl=0; have_duckdb=0; have_csstats=0
if has polars-read || has polars-groupby; then
  ensure_py polars && ensure_py fastexcel && have_polars=1
fi
has openpyxl && ensure_py openpyxl && have_openpyxl=1
if has duckdb && ensure_py duckdb; then
  if "$PY" "$BENCH_DIR/peers/duckdb_xlsx_groupby.py" --probe 2>"$DATA/duckdb_probe.err"; then
    have_duckdb=1
  else
    note "DuckDB skipped: $(head -1 "$DATA/duckdb_probe.err" | sed 's/^note: //')"
  fi
fi

case "$SIZE" in
  *M) rows=$(( ${SIZE%M} * 1000000 )) ;;
  *K|*k) rows=$(( ${SIZE%[Kk]} * 1000 )) ;;
  *) rows=$SIZE ;;
esac
book=$DATA/schools_workbook_$SIZE.xlsx
if [ ! -f "$book" ]; then
  source_csv=$DATA/schools_random_$SIZE.csv
  echo "generating $book ($rows rows)..." >&2
  if [ -f "$source_csv" ]; then
    "$PY" "$BENCH_DIR/generate_workbook.py" "$rows" "$book" --csv "$source_csv" >&2 || exit 1
  else
    "$PY" "$BENCH_DIR/generate_workbook.py" "$rows" "$book" >&2 || exit 1
  fi
fi
bytes=$(filesize "$book")

if has cs-stats; then
  if [ -x "$CSSTATS" ]; then have_csstats=1
  else note "cs-stats binary not found at $CSSTATS (build: swift build -c release); skipping cs-stats"; fi
fi

ALL_ROWS=()
declare -A MEDIAN=() PEAK=() RESULT=()
run_tool() {  # run_tool NAME cmd...
  local name=$1; shift
  local out=$DATA/out_wb_${name}_$SIZE.csv err=$DATA/err_wb_${name}_$SIZE.txt line
  if timed "$out" "$err" "$@"; then
    line=$(row "$name" "$SIZE" "$bytes")
    ALL_ROWS+=("$line"); echo "$line"
    read -r _ _ MEDIAN[$name] _ PEAK[$name] _ <<<"$line"
    RESULT[$name]=$out
  else
    echo "$(printf '%-22s %-5s' "$name" "$SIZE") FAILED (exit $TIMED_RC): $(head -c 300 "$err" | tr '\n' ' ')"
  fi
}

echo
echo "== workbook, $SIZE rows: $book ($((bytes / 1000000)) MB), $RUNS runs, warm cache"
table_header
timed /dev/null /dev/null cat "$book" && { line=$(row 'cat >/dev/null' "$SIZE" "$bytes"); ALL_ROWS+=("$line"); echo "$line"; }
[ $have_csstats = 1 ] && run_tool cs-stats "$CSSTATS" aggregate "$book" --by year,prefecture,school-type --format csv
[ $have_polars = 1 ] && has polars-read && run_tool polars-read_excel "$PY" "$BENCH_DIR/peers/polars_read_excel.py" read "$book"
[ $have_polars = 1 ] && has polars-groupby && run_tool polars-groupby "$PY" "$BENCH_DIR/peers/polars_read_excel.py" groupby "$book"
[ $have_openpyxl = 1 ] && run_tool openpyxl-read_only "$PY" "$BENCH_DIR/peers/openpyxl_read.py" "$book"
[ $have_duckdb = 1 ] && run_tool duckdb-read_xlsx "$PY" "$BENCH_DIR/peers/duckdb_xlsx_groupby.py" "$book"
[ $have_duckdb = 1 ] || echo "  (DuckDB: its excel extension could not be had here; not timed)"

echo "-- counts vs polars' group-by:"
if [ -z "${RESULT[polars-groupby]:-}" ]; then
  echo "  no polars group-by result to compare against"
else
  for name in cs-stats duckdb-read_xlsx; do
    [ -n "${RESULT[$name]:-}" ] || continue
    if msg=$("$PY" "$BENCH_DIR/compare_groupby.py" "${RESULT[polars-groupby]}" "${RESULT[$name]}" 2>&1); then
      echo "  $name: agree ($(echo "$msg" | tail -1))"
    else
      echo "  $name: DISAGREE"; echo "$msg" | sed 's/^/    /' | head -25
    fi
  done
fi
if [ -n "${RESULT[openpyxl-read_only]:-}" ]; then
  echo "  openpyxl read (rows,cells): $(cat "${RESULT[openpyxl-read_only]}"); polars read_excel (rows,columns): $(cat "${RESULT[polars-read_excel]:-/dev/null}")"
fi

echo
echo "== summary (median of $RUNS; MB = 10^6 bytes of the .xlsx; peak = max RSS, KB from /usr/bin/time %M)"
table_header
for r in "${ALL_ROWS[@]}"; do echo "$r"; done

echo
echo "== done-when: cs-stats aggregate median / polars read_excel median <= 1.0"
cs=${MEDIAN[cs-stats]:-} pr=${MEDIAN[polars-read_excel]:-}
if [ -z "$cs" ] || [ -z "$pr" ]; then
  echo "n/a ($([ -z "$cs" ] && echo "no cs-stats time" || echo "no polars read_excel time"))"
else
  awk -v cs="$cs" -v pr="$pr" -v peak="${PEAK[cs-stats]}" 'BEGIN {
    r = (pr > 0) ? cs / pr : 1e9
    printf "cs-stats %.3f s / polars read_excel %.3f s = %.2f; cs-stats peak %.1f MB; %s\n", cs, pr, r, peak, (r <= 1.0) ? "met" : "NOT met"
  }'
fi
