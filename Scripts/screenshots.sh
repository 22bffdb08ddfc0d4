#!/usr/bin/env bash
# Renders the report and the SVG pictures in headless Chromium to PNG, to look at them as a
# reader would: overlapping or clipped text, tofu for kanji, a map that is not Japan.
#
# usage: Scripts/screenshots.sh [OUT_DIR]   (default: .build/screenshots)
#
# Installs Debian's chromium and fonts-noto-cjk with apt-get when they are missing (as root).
# Builds the debug binary of this source and uses it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
out="${1:-.build/screenshots}"
mkdir -p "$out"

if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    if [ "$(id -u)" != 0 ]; then
        echo "Scripts/screenshots.sh: chromium or fonts-noto-cjk missing; run as root to install them" >&2
        exit 69
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
fi

# Built now, so the pictures are of this source (a release binary left from before could be stale).
swift build -q --product cs-stats
bin=.build/debug/cs-stats

# The pictures: the built-in R3 data, Data/'s series, and a synthetic prefecture table.
"$bin" chart -o "$out/r3-rates.svg"
"$bin" chart --lang en -o "$out/r3-rates-en.svg"
"$bin" chart Data/cs_series.csv -o "$out/series.svg"
"$bin" chart Data/cs_series.csv --lang en -o "$out/series-en.svg"
schools="$out/schools.csv"
python3 Benchmarks/generate_schools.py 12000 "$schools" >/dev/null
"$bin" aggregate "$schools" --by year,prefecture --year 2021 --format csv -o "$out/prefectures.csv"
"$bin" table "$out/prefectures.csv" --by prefecture -o "$out/map.svg" \
    --title "合成データ: CS導入率 (都道府県別)" --source "Benchmarks/generate_schools.py (合成データ、実在の数値ではない)"
"$bin" chart "$out/prefectures.csv" --by prefecture -o "$out/prefecture-bars.svg"
"$bin" report "$out/prefectures.csv" -o "$out/report.html"
"$bin" report --lang en -o "$out/report-en.html"

shot() { # FILE WIDTH HEIGHT
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size="$2,$3" --screenshot="${1%.*}.png" "file://$(realpath "$1")" 2>/dev/null
    echo "${1%.*}.png"
}
size() { # the width and height an SVG declares
    sed -n 's/.*<svg[^>]* width="\([0-9.]*\)" height="\([0-9.]*\)".*/\1 \2/p' "$1" | head -1 | awk '{printf "%d %d\n", $1 + 0.5, $2 + 0.5}'
}
for svg in "$out"/*.svg; do
    read -r w h < <(size "$svg")
    shot "$svg" "$w" "$h"
done
shot "$out/report.html" 1000 12000
shot "$out/report-en.html" 1000 7000
