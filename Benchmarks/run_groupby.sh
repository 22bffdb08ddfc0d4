#!/usr/bin/env bash
# Group-by benchmark: cs-stats aggregate vs DuckDB, polars, Miller, datamash.
#
# usage: Benchmarks/run_groupby.sh            (from anywhere)
# env:   SIZES="1M 10M"   row counts (K/M suffix allowed)
#        RUNS=5           runs per tool and size
#        CSSTATS=.build/release/cs-stats   (relative to the repo root)
#        TOOLS="cs-stats duckdb polars miller datamash"   subset to run
#        DATAMASH_CSV=1   also time datamash end to end on the CSV (mlr converts)
#        PYTHON=python3
# Data is generated once and cached in Benchmarks/data/ (git-ignored).
# Timings are with a warm page cache (the cat baseline reads the file first).
set -uo pipefail
. "$(dirname "$0")/lib.sh"

SIZES=${SIZES:-"1M 10M"}
TOOLS=${TOOLS:-"cs-stats duckdb polars miller datamash"}
CSSTATS=${CSSTATS:-.build/release/cs-stats}
case "$CSSTATS" in /*) ;; *) CSSTATS=$REPO_ROOT/$CSSTATS ;; esac
DATAMASH_CSV=${DATAMASH_CSV:-0}

ensure_time
has() { case " $TOOLS " in *" $1 "*) return 0 ;; esac; return 1; }
have_duckdb=0; have_polars=0; have_mlr=0; have_datamash=0; have_csstats=0
ensure_py numpy || { echo "error: numpy is needed by generate_schools.py" >&2; exit 1; }
ensure_py duckdb && have_duckdb=1
has polars && ensure_py polars && have_polars=1
has miller && ensure_cmd mlr miller && have_mlr=1
has datamash && ensure_cmd datamash datamash && have_datamash=1

rows_of() {  # 1M -> 1000000
  local s=$1
  case "$s" in
    *M) echo $(( ${s%M} * 1000000 )) ;;
    *K|*k) echo $(( ${s%[Kk]} * 1000 )) ;;
    *) echo "$s" ;;
  esac
}

# cs-stats: present and does it support `aggregate`? Try it on a small sample.
if has cs-stats; then
  if [ ! -x "$CSSTATS" ]; then
    note "cs-stats binary not found at $CSSTATS (build: swift build -c release); skipping cs-stats"
  else
    sample=$DATA/schools_2K.csv
    [ -f "$sample" ] || "$PY" "$BENCH_DIR/generate_schools.py" 2000 "$sample"
    if "$CSSTATS" aggregate "$sample" --by year,prefecture,school-type --format csv \
         >"$DATA/csstats_probe.out" 2>"$DATA/csstats_probe.err" \
       && [ "$(grep -c , "$DATA/csstats_probe.out")" -ge 2 ]; then
      have_csstats=1
    else
      note "cs-stats at $CSSTATS does not support 'aggregate' yet (probe printed: $(head -c 200 "$DATA/csstats_probe.out" "$DATA/csstats_probe.err" 2>/dev/null | grep -v '^==>' | grep . | head -1)); skipping cs-stats"
    fi
  fi
fi

ALL_ROWS=()
summary() { ALL_ROWS+=("$1"); echo "$1"; }

for size in $SIZES; do
  n=$(rows_of "$size")
  file=$DATA/schools_$size.csv
  tsv=$DATA/schools_$size.tsv
  if [ ! -f "$file" ]; then
    echo "generating $file ($n rows)..." >&2
    "$PY" "$BENCH_DIR/generate_schools.py" "$n" "$file" || exit 1
  fi
  if [ $have_datamash = 1 ] && [ ! -f "$tsv" -o "$tsv" -ot "$file" ]; then
    echo "converting to $tsv for datamash (not timed)..." >&2
    "$PY" "$BENCH_DIR/peers/to_tsv.py" "$file" "$tsv" || exit 1
  fi
  bytes=$(filesize "$file")
  echo
  echo "== group-by, $size rows: $file ($((bytes / 1000000)) MB), $RUNS runs, warm cache"
  table_header

  timed /dev/null /dev/null cat "$file" && summary "$(row 'cat >/dev/null' "$size" "$bytes")"
  timed "$DATA/wc.out" /dev/null wc -l "$file" && summary "$(row 'wc -l' "$size" "$bytes")"

  ref=$DATA/out_duckdb_$size.csv
  declare -A RESULT=()
  run_tool() {  # run_tool NAME INPUT_BYTES cmd...
    local name=$1 nbytes=$2; shift 2
    local out=$DATA/out_${name}_$size.csv err=$DATA/err_${name}_$size.txt
    if timed "$out" "$err" "$@"; then
      summary "$(row "$name" "$size" "$nbytes")"
      RESULT[$name]=$out
    else
      echo "$(printf '%-22s %-5s' "$name" "$size") FAILED (exit $TIMED_RC): $(head -c 300 "$err" | tr '\n' ' ')"
    fi
  }
  [ $have_csstats = 1 ] && run_tool cs-stats "$bytes" \
    "$CSSTATS" aggregate "$file" --by year,prefecture,school-type --format csv
  [ $have_duckdb = 1 ] && run_tool duckdb "$bytes" "$PY" "$BENCH_DIR/peers/duckdb_groupby.py" "$file"
  [ $have_polars = 1 ] && run_tool polars "$bytes" "$PY" "$BENCH_DIR/peers/polars_groupby.py" "$file"
  [ $have_mlr = 1 ] && run_tool miller "$bytes" bash "$BENCH_DIR/peers/miller_groupby.sh" "$file"
  [ $have_datamash = 1 ] && run_tool datamash-tsv "$(filesize "$tsv")" \
    bash "$BENCH_DIR/peers/datamash_groupby.sh" "$tsv"
  [ $have_datamash = 1 ] && [ $have_mlr = 1 ] && [ "$DATAMASH_CSV" = 1 ] && \
    run_tool datamash-csv-via-mlr "$bytes" bash "$BENCH_DIR/peers/datamash_groupby.sh" "$file"
  [ $have_datamash = 1 ] && echo "  (datamash-tsv reads the same records as TSV: datamash cannot parse quoted CSV fields with commas; MB/s uses the TSV's size)"

  echo "-- results vs DuckDB ($size):"
  if [ -z "${RESULT[duckdb]:-}" ]; then
    echo "  no DuckDB result to compare against"
  else
    for name in "${!RESULT[@]}"; do
      [ "$name" = duckdb ] && continue
      if msg=$("$PY" "$BENCH_DIR/compare_groupby.py" "${RESULT[duckdb]}" "${RESULT[$name]}" 2>&1); then
        echo "  $name: agree ($(echo "$msg" | tail -1))"
      else
        echo "  $name: DISAGREE"; echo "$msg" | sed 's/^/    /' | head -25
      fi
    done
  fi
  unset RESULT
done

echo
echo "== summary (median of $RUNS; MB = 10^6 bytes; peak = max RSS of the largest process, KB from /usr/bin/time %M)"
table_header
for r in "${ALL_ROWS[@]}"; do echo "$r"; done
