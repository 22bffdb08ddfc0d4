#!/usr/bin/env python3
"""Check a page written by `cs-stats report`: it parses as HTML, is self-contained, and holds
every figure of the ministry's R3 reference page.

usage: check-report.py REPORT.html [--lang ja|en] [--maps N]

Checks, with Python's html.parser:
- every element is closed in order (void elements and SVG's self-closed ones apart);
- <!DOCTYPE html>, <html lang="ja"> (or en), <meta charset="utf-8">;
- nothing runs and nothing is fetched: no <script>, <link>, <iframe>, <object>, <embed>, <img>,
  no on* attribute, no src or href at all, no url( in styles but url(#…) to the page's own ids;
- a print stylesheet (@media print);
- real tables: the table by school type has header cells and, row for row, the seed's R3 table;
- every inline <svg> has a viewBox and a <title>; --maps N: N tile maps of 47 tiles each;
- every R3 figure of the seed (shared/seeds/000_a5f39c7b70e2fb71.txt), typed here from the
  seed by hand, appears in the page's text.
Prints each problem and exits 1 if there are any; prints "ok" and exits 0 otherwise.
"""
import re
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

# The seed's table by school type (lines 8–15), cell for cell.
SEED_TABLE_JA = [
    ["幼稚園", "276", "9.8%", "39", "553", "19.5%", "53"],
    ["小学校", "7,051", "37.5%", "1,167", "12,570", "66.9%", "793"],
    ["中学校", "3,339", "36.5%", "618", "5,625", "61.5%", "419"],
    ["義務教育学校", "95", "66.0%", "19", "101", "70.1%", "18"],
    ["高等学校", "805", "22.9%", "137", "435", "12.4%", "49"],
    ["中等教育学校", "4", "11.8%", "1", "2", "5.9%", "0"],
    ["特別支援学校", "286", "26.0%", "87", "185", "16.8%", "9"],
    ["合計", "11,856", "33.3%", "2,068", "19,471", "54.7%", "1,341"],
]
ENGLISH_TYPES = ["Kindergarten", "Elementary school", "Lower secondary school", "Compulsory education school",
                 "Upper secondary school", "Secondary education school", "Special needs school", "Total"]

# The seed's other figures, as its text prints them.
SEED_TEXT_JA = [
    "46都道府県内 11,856校", "（令和3年5月1日現在）",
    "（幼稚園276、小学校7,051、中学校3,339、義務教育学校95、高等学校805、中等教育学校4、特別支援学校286）",
    "全国の学校のうち、33.3%がコミュニティ・スクールを導入",
    "12.3倍", "13.6倍",
    "46都道府県内 1,041自治体", "（32道府県、998市区町村、11学校組合）",
    "全国の自治体※のうち、57.4%がコミュニティ・スクールを導入",
    "80%以上", "50%以上", "20%以上", "20%未満", "設置なし",
    "46都道府県内 19,471校", "（令和3年5月1日時点）",
    "（幼稚園553、小学校12,570、中学校5,625、義務教育学校101、高等学校435、中等教育学校2、特別支援学校185）",
    "全国の公立学校のうち、54.7%が地域学校協働本部にカバーされている",
    "コミュニティ・スクールを導入している公立学校数：11,856校（幼稚園：276、小学校：7,051、中学校：3,339、義務教育学校：95、高等学校：805、中等教育学校：4、特別支援学校：286）",
    "地域学校協働本部が整備されている公立学校数：19,471校（幼稚園：553、小学校：12,570、中学校：5,625、義務教育学校：101、高等学校：435、中等教育学校：2、特別支援学校：185）",
    # The seed lists both for six types (中等教育学校 left out; it is 0: Data/README.md).
    "いずれも整備されている公立学校数：8,528校（幼稚園：155、小学校：5,543、中学校：2,556、義務教育学校：70、高等学校：124、",
    "特別支援学校：80）",
    "学校運営協議会を設置している公立学校数：11,856校（幼稚園：276、小学校：7,051、中学校：3,339、義務教育学校：95、高等学校：805、中等教育学校：4、特別支援学校：286）",
    "いわゆる『類似の仕組み』を設置している公立学校数：6,859校（幼稚園：431、小学校：3,919、中学校：1,869、義務教育学校：16、高等学校：486、中等教育学校：7、特別支援学校：131）",
    "2021年5月1日現在（地域学校協働本部は年度内の予定を含む）",
    "第47条の5",
]
SEED_TEXT_EN = [
    "In 46 prefectures: 11,856 schools", "In 46 prefectures: 1,041 establishers", "In 46 prefectures: 19,471 schools",
    "(as of 1 May 2021)", "Of all schools, 33.3% are community schools", "Of all establishers, 57.4% have community schools",
    "(32 prefectures, 998 municipalities, 11 school unions)", "Of all public schools, 54.7% are covered by an HQ",
    "Kindergarten 276, Elementary school 7,051, Lower secondary school 3,339, Compulsory education school 95, "
    "Upper secondary school 805, Secondary education school 4, Special needs school 286",
    "8,528 schools", "6,859 schools", "12.3×", "13.6×",
]


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.stack = []
        self.doctype = None
        self.lang = None
        self.charset = False
        self.text = []
        self.style = []
        self.tables = []       # each: list of rows, each a list of (tag, text)
        self.row = None
        self.cell = None
        self.svgs = []         # each: [attrs, has_title]
        self.tiles = []        # per svg: number of tiles
        self.sections = []

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs, closed=False):
        a = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag}> has an event attribute {name}")
            if name in ("src", "href", "xlink:href", "srcset", "action", "data"):
                self.problems.append(f"<{tag}> refers elsewhere: {name}={value!r}")
            if value and "url(" in value and not re.fullmatch(r"url\(#[\w-]+\)", value):
                self.problems.append(f"<{tag}> {name} fetches: {value!r}")
        if tag in ("script", "link", "iframe", "object", "embed", "img", "base", "frame"):
            self.problems.append(f"<{tag}> found: the page must run and fetch nothing")
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta" and a.get("charset", "").lower() == "utf-8":
            self.charset = True
        if tag == "section":
            self.sections.append(a.get("id"))
        if tag == "table":
            self.tables.append([])
        if tag == "tr":
            self.row = []
        if tag in ("th", "td"):
            self.cell = [tag, ""]
        if tag == "svg":
            if "viewBox" not in attrs and "viewbox" not in a:
                self.problems.append("an <svg> has no viewBox")
            self.svgs.append(False)
            self.tiles.append(0)
        if tag == "title" and "svg" in self.stack and self.stack[-1] == "svg":
            self.svgs[-1] = True
        if tag == "g" and "tile" in a.get("class", "").split():
            self.tiles[-1] += 1
        if tag not in VOID and not closed:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs, closed=True)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        if tag in ("th", "td") and self.cell is not None and self.row is not None:
            self.row.append((self.cell[0], self.cell[1].strip()))
            self.cell = None
        if tag == "tr" and self.row is not None and self.tables:
            self.tables[-1].append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "style":
            self.style.append(data)
            return
        self.text.append(data)
        if self.cell is not None:
            self.cell[1] += data


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 64
    path = argv[1]
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else "ja"
    maps = int(argv[argv.index("--maps") + 1]) if "--maps" in argv else None
    with open(path, encoding="utf-8") as f:
        source = f.read()
    page = Page()
    page.feed(source)
    page.close()
    problems = page.problems
    if page.stack:
        problems.append(f"unclosed at the end: {page.stack}")
    if (page.doctype or "").lower() != "doctype html":
        problems.append(f"doctype is {page.doctype!r}, not 'DOCTYPE html'")
    if page.lang != lang:
        problems.append(f"<html lang={page.lang!r}>, expected {lang!r}")
    if not page.charset:
        problems.append('no <meta charset="utf-8">')
    if "@media print" not in "".join(page.style):
        problems.append("no print stylesheet (@media print)")
    if re.search(r"url\((?!#)", "".join(page.style)) or "@import" in "".join(page.style):
        problems.append("the stylesheet fetches something")
    if not page.tables or any(not any(tag == "th" for row in t for tag, _ in row) for t in page.tables):
        problems.append("a table without header cells, or no table")
    if not all(page.svgs):
        problems.append(f"{page.svgs.count(False)} inline <svg> without a <title>")
    if maps is not None:
        tile_maps = [n for n in page.tiles if n]
        if len(tile_maps) != maps or any(n != 47 for n in tile_maps):
            problems.append(f"tile maps: {tile_maps}, expected {maps} of 47 tiles")

    # The table by school type: the first table, its body rows against the seed's.
    body = [row for row in page.tables[0] if row and row[0][0] == "th" and len(row) > 1 and row[1][0] == "td"] if page.tables else []
    seed = SEED_TABLE_JA if lang == "ja" else [[name] + row[1:] for name, row in zip(ENGLISH_TYPES, SEED_TABLE_JA)]
    cells = [[text for _, text in row] for row in body]
    if cells != seed:
        problems.append(f"the table by school type is not the seed's:\n  found    {cells}\n  expected {seed}")

    text = re.sub(r"\s+", " ", "".join(page.text))
    for figure in (SEED_TEXT_JA if lang == "ja" else SEED_TEXT_EN):
        if figure not in text:
            problems.append(f"missing from the text: {figure}")

    for problem in problems:
        print(f"{path}: {problem}")
    if problems:
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
