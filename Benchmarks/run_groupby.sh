#!/usr/bin/env bash
# Group-by benchmark: cs-stats aggregate vs DuckDB, polars, Miller, datamash.
#
# usage: Benchmarks/run_groupby.sh            (from anywhere)
# env:   SIZES="1M 10M"   row counts (K/M suffix allowed)
#        SHAPES="sequential mext random text"   school_id shapes (generate_schools.py --ids)
#        RUNS=5           rounds per shape and size (each round runs every tool once, in turn)
#        CSSTATS=.build/release/cs-stats   (relative to the repo root)
#        TOOLS="cs-stats duckdb polars"   tools to run; add miller and/or datamash for those
#        DATAMASH_CSV=1   also time datamash end to end on the CSV (mlr converts)
#        PYTHON=python3
# Data is generated once per shape and size and cached in Benchmarks/data/ (git-ignored)
# as schools_SHAPE_SIZE.csv; schools_SIZE.csv (the name before shapes) is a symlink to
# schools_sequential_SIZE.csv, and an old regular file of that name is renamed to it.
# Timings are with a warm page cache (the cat baseline reads the file first).
# Ends with one line per shape and size: cs-stats' median over the fastest of DuckDB's
# and polars' medians, its peak MB, and whether the bar (ratio <= 0.5, peak <= 64 MB) is met.
set -uo pipefail
. "$(dirname "$0")/lib.sh"

SIZES=${SIZES:-"1M 10M"}
SHAPES=${SHAPES:-"sequential mext random text"}
TOOLS=${TOOLS:-"cs-stats duckdb polars"}
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

for shape in $SHAPES; do
  case "$shape" in sequential|mext|random|text) ;;
    *) echo "error: unknown shape '$shape' in SHAPES (sequential, mext, random, text)" >&2; exit 1 ;;
  esac
done

# dataset SHAPE SIZE: makes sure Benchmarks/data/schools_SHAPE_SIZE.csv exists (generating
# it once) and prints its path. For sequential the old name schools_SIZE.csv is kept working:
# an existing regular file of that name is renamed (same arguments, same bytes) and the old
# name becomes a symlink to the new one.
dataset() {
  local shape=$1 size=$2 n file old
  n=$(rows_of "$size")
  file=$DATA/schools_${shape}_$size.csv
  if [ "$shape" = sequential ]; then
    old=$DATA/schools_$size.csv
    if [ ! -f "$file" ] && [ -f "$old" ] && [ ! -L "$old" ]; then
      echo "renaming $old to $file (cached sequential data)" >&2
      mv "$old" "$file" || return 1
    fi
  fi
  if [ ! -f "$file" ]; then
    echo "generating $file ($n rows, --ids $shape)..." >&2
    "$PY" "$BENCH_DIR/generate_schools.py" "$n" "$file" --ids "$shape" >&2 || return 1
  fi
  if [ "$shape" = sequential ] && [ ! -e "$old" ]; then
    ln -sfn "$(basename "$file")" "$old"
  fi
  echo "$file"
}

# cs-stats: present and does it support `aggregate`? Try it on a small sample.
if has cs-stats; then
  if [ ! -x "$CSSTATS" ]; then
    note "cs-stats binary not found at $CSSTATS (build: swift build -c release); skipping cs-stats"
  else
    sample=$(dataset sequential 2K) || exit 1
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
# srow LABEL SIZE BYTES: a table row (lib.sh's row) with the shape in front
srow() { printf '%-10s ' "$shape"; row "$@"; }
sheader() { printf '%-10s ' shape; table_header; }
declare -A MEDIAN=() PEAK=()   # key "shape size tool": median s, peak MB

# The tools are timed in rounds: each round runs every tool once, in turn, so a slow phase of
# the shared host falls on every tool alike rather than on one tool's runs (the ratios are
# what the bar reads). ROUND_NAMES lists the tools of a shape and size; CMD_<k> (k its
# index) is its command; TOOL_BYTES[name] the bytes it reads (for MB/s).
declare -A TOOL_TIMES=() TOOL_RSS=() TOOL_RC=() TOOL_BYTES=()
ROUND_NAMES=()
add_tool() {  # add_tool NAME INPUT_BYTES cmd...
  local name=$1 nbytes=$2; shift 2
  local k=${#ROUND_NAMES[@]}
  ROUND_NAMES+=("$name")
  TOOL_BYTES[$name]=$nbytes
  TOOL_TIMES[$name]=""; TOOL_RSS[$name]=""; TOOL_RC[$name]=0
  eval "CMD_$k=(\"\$@\")"
}

run_rounds() {  # times every added tool RUNS times, interleaved; prints one row per tool
  local i k name out err rc t0 t1 m tf line
  tf=$(mktemp)
  for ((i = 1; i <= RUNS; i++)); do
    for k in "${!ROUND_NAMES[@]}"; do
      name=${ROUND_NAMES[$k]}
      [ "${TOOL_RC[$name]}" = 0 ] || continue
      out=$DATA/out_${name}_${shape}_$size.csv err=$DATA/err_${name}_${shape}_$size.txt
      local -n cmd="CMD_$k"
      t0=$(date +%s%N)
      /usr/bin/time -f '%e %M' -o "$tf" "${cmd[@]}" >"$out" 2>"$err"
      rc=$?
      t1=$(date +%s%N)
      unset -n cmd
      if [ $rc -ne 0 ]; then TOOL_RC[$name]=$rc; continue; fi
      read -r _ m <"$tf"
      # wall time from date(1) in ns: /usr/bin/time's %e has only 10 ms resolution
      TOOL_TIMES[$name]="${TOOL_TIMES[$name]} $(( (t1 - t0) / 1000000000 )).$(printf "%03d" $(( (t1 - t0) / 1000000 % 1000 )))"
      TOOL_RSS[$name]="${TOOL_RSS[$name]} $m"
    done
  done
  rm -f "$tf"
  for name in "${ROUND_NAMES[@]}"; do
    out=$DATA/out_${name}_${shape}_$size.csv err=$DATA/err_${name}_${shape}_$size.txt
    if [ "${TOOL_RC[$name]}" != 0 ]; then
      echo "$(printf '%-10s %-22s %-5s' "$shape" "$name" "$size") FAILED (exit ${TOOL_RC[$name]}): $(head -c 300 "$err" | tr '\n' ' ')"
      continue
    fi
    TIMES=${TOOL_TIMES[$name]} RSS_KB=${TOOL_RSS[$name]}
    line=$(srow "$name" "$size" "${TOOL_BYTES[$name]}")
    summary "$line"
    # fields: shape tool size median MB/s peak runs...
    read -r _ _ _ MEDIAN["$shape $size $name"] _ PEAK["$shape $size $name"] _ <<<"$line"
    RESULT[$name]=$out
  done
  ROUND_NAMES=()
}

for size in $SIZES; do
  for shape in $SHAPES; do
    file=$(dataset "$shape" "$size") || exit 1
    tsv=${file%.csv}.tsv
    if [ $have_datamash = 1 ] && [ ! -f "$tsv" -o "$tsv" -ot "$file" ]; then
      echo "converting to $tsv for datamash (not timed)..." >&2
      "$PY" "$BENCH_DIR/peers/to_tsv.py" "$file" "$tsv" || exit 1
    fi
    bytes=$(filesize "$file")
    echo
    echo "== group-by, $size rows, ids $shape: $file ($((bytes / 1000000)) MB), $RUNS rounds (every tool once a round, in turn), warm cache"
    sheader

    timed /dev/null /dev/null cat "$file" && summary "$(srow 'cat >/dev/null' "$size" "$bytes")"
    timed "$DATA/wc.out" /dev/null wc -l "$file" && summary "$(srow 'wc -l' "$size" "$bytes")"

    declare -A RESULT=()
    [ $have_csstats = 1 ] && add_tool cs-stats "$bytes" \
      "$CSSTATS" aggregate "$file" --by year,prefecture,school-type --format csv
    [ $have_duckdb = 1 ] && add_tool duckdb "$bytes" "$PY" "$BENCH_DIR/peers/duckdb_groupby.py" "$file"
    [ $have_polars = 1 ] && add_tool polars "$bytes" "$PY" "$BENCH_DIR/peers/polars_groupby.py" "$file"
    [ $have_mlr = 1 ] && add_tool miller "$bytes" bash "$BENCH_DIR/peers/miller_groupby.sh" "$file"
    [ $have_datamash = 1 ] && add_tool datamash-tsv "$(filesize "$tsv")" \
      bash "$BENCH_DIR/peers/datamash_groupby.sh" "$tsv"
    [ $have_datamash = 1 ] && [ $have_mlr = 1 ] && [ "$DATAMASH_CSV" = 1 ] && \
      add_tool datamash-csv-via-mlr "$bytes" bash "$BENCH_DIR/peers/datamash_groupby.sh" "$file"
    run_rounds
    [ $have_datamash = 1 ] && echo "  (datamash-tsv reads the same records as TSV: datamash cannot parse quoted CSV fields with commas; MB/s uses the TSV's size)"

    echo "-- results vs DuckDB ($shape, $size):"
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
done

echo
echo "== summary (median of $RUNS; MB = 10^6 bytes; peak = max RSS of the largest process, KB from /usr/bin/time %M)"
sheader
for r in "${ALL_ROWS[@]}"; do echo "$r"; done

echo
echo "== bar: cs-stats median / fastest of DuckDB's and polars' medians <= 0.5, and cs-stats peak <= 64 MB"
for shape in $SHAPES; do
  for size in $SIZES; do
    cs=${MEDIAN["$shape $size cs-stats"]:-} cspeak=${PEAK["$shape $size cs-stats"]:-}
    best="" bestname=""
    for peer in duckdb polars; do
      m=${MEDIAN["$shape $size $peer"]:-}
      [ -n "$m" ] || continue
      if [ -z "$best" ] || awk -v a="$m" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$m; bestname=$peer; fi
    done
    if [ -z "$cs" ] || [ -z "$best" ]; then
      printf '%-10s %-5s n/a (%s)\n' "$shape" "$size" \
        "$([ -z "$cs" ] && echo "no cs-stats time" || echo "no DuckDB or polars time")"
      continue
    fi
    awk -v shape="$shape" -v size="$size" -v cs="$cs" -v best="$best" -v peer="$bestname" -v peak="$cspeak" 'BEGIN {
      r = (best > 0) ? cs / best : 1e9
      met = (r <= 0.5 && peak <= 64) ? "met" : "NOT met"
      printf "%-10s %-5s cs-stats %.3f s / %s %.3f s = %.2f; peak %.1f MB; bar %s\n", shape, size, cs, peer, best, r, peak, met
    }'
  done
done
