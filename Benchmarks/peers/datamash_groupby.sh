#!/usr/bin/env bash
# Group-by of a school file with GNU datamash.
# usage: datamash_groupby.sh FILE.tsv|FILE.csv
#
# datamash splits on a single delimiter and does not understand CSV quoting, so
# the quoted municipality "北区,東部" breaks a comma-separated read. Two honest ways:
#   FILE.tsv  the same records as tab-separated values (made once by
#             to_tsv.py; no field contains a tab) - this is what run_groupby.sh
#             times; the conversion is not included in the timing.
#   FILE.csv  converted on the fly with `mlr --icsv --otsv cat` (conversion timed).
# datamash also has no per-row expressions, so awk adds the both = cs*hq column
# in the pipeline. Grouping: datamash -s (sort) under LC_ALL=C (byte order).
# Prints year,prefecture,school_type,total_schools,cs_schools,hq_schools,both_schools,similar_schools.
set -euo pipefail
if ! command -v datamash >/dev/null 2>&1; then
  echo "note: datamash missing (apt-get install -y datamash); skipping" >&2
  exit 3
fi
file=$1
case "$file" in
  *.tsv) src() { cat "$file"; }
         echo "note: datamash reads the TSV version of the data (same records; CSV->TSV conversion not timed)" >&2 ;;
  *)     if ! command -v mlr >/dev/null 2>&1; then
           echo "note: datamash needs mlr to convert quoted CSV to TSV; skipping" >&2; exit 3
         fi
         src() { mlr --icsv --otsv cat "$file"; }
         echo "note: datamash cannot parse quoted CSV; converting with mlr --icsv --otsv (timed)" >&2 ;;
esac
export LC_ALL=C
echo "year,prefecture,school_type,total_schools,cs_schools,hq_schools,both_schools,similar_schools"
# columns: 1 year 2 prefecture 3 municipality 4 school_type 5 school_id 6 cs 7 hq 8 similar 9 both
src | awk -F'\t' -v OFS='\t' 'NR > 1 { print $0, $6 * $7 }' \
  | datamash -t $'\t' -s -g 1,2,4 count 6 sum 6 sum 7 sum 9 sum 8 \
  | tr '\t' ','
