#!/usr/bin/env bash
# Group-by of a school file with Miller (mlr 6).
# usage: miller_groupby.sh FILE.csv
# Prints year,prefecture,school_type,total_schools,cs_schools,hq_schools,both_schools,similar_schools
# sorted by year, prefecture, school_type (lexical). Exit 3 if mlr is missing.
set -euo pipefail
if ! command -v mlr >/dev/null 2>&1; then
  echo "note: mlr (Miller) missing (apt-get install -y miller); skipping" >&2
  exit 3
fi
exec mlr --icsv --ocsv \
  put '$both = $cs * $hq' \
  then stats1 -a count,sum -f cs,hq,both,similar -g year,prefecture,school_type \
  then rename cs_count,total_schools,cs_sum,cs_schools,hq_sum,hq_schools,both_sum,both_schools,similar_sum,similar_schools \
  then cut -o -f year,prefecture,school_type,total_schools,cs_schools,hq_schools,both_schools,similar_schools \
  then sort -f year,prefecture,school_type \
  "$1"
