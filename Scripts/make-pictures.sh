#!/usr/bin/env bash
# Regenerates the README's pictures in docs/images/ from the built-in data, Data/'s series and a
# synthetic prefecture table (the benchmark generator's schools, aggregated by prefecture).
# A test (PicturesTests) keeps the committed SVGs equal to what cs-stats draws from the same input.
#
# usage: Scripts/make-pictures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift build -q
bin=.build/debug/cs-stats
out=docs/images

"$bin" chart -o "$out/r3-rates.svg"
"$bin" chart Data/cs_series.csv --source "Data/cs_series.csv (各年度の出典は Data/README.md)" -o "$out/series-2005-2024.svg"

# No 47-prefecture table has been published: the map is of synthetic schools, and says so.
schools="$(mktemp -d)/schools.csv"
python3 Benchmarks/generate_schools.py 12000 "$schools" >/dev/null
"$bin" aggregate "$schools" --by year,prefecture --year 2021 --format csv -o "$out/synthetic-prefectures-2021.csv"
rm -r "$(dirname "$schools")"
"$bin" table "$out/synthetic-prefectures-2021.csv" --by prefecture -o "$out/map-synthetic.svg" \
    --title "合成データ: CS導入率 (都道府県別)" \
    --source "合成データ (Benchmarks/generate_schools.py 12000 → cs-stats aggregate --by year,prefecture --year 2021)。実在の数値ではない"
ls -l "$out"
