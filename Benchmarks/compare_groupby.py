#!/usr/bin/env python3
"""Compare two group-by result CSVs group by group.

usage: compare_groupby.py RESULT_A.csv RESULT_B.csv [--max-print N]

Each file has the key columns year, prefecture, school_type and the counts
total_schools, cs_schools, hq_schools, both_schools, similar_schools. Row order
does not matter. Accepted variations (so cs-stats' output can be compared with a
peer's):
- header names: '-' or ' ' for '_', any case; short names (total, cs, hq, both,
  similar, school-type); if no header is recognised, columns are taken by position
- prefecture: full name, name without suffix, or JIS code (1..47 / 01..47)
- school_type: Japanese label, 1..7 in survey order, or an English alias (jis.py)
- year: 2021, 令和3年度, R3, 平成30年度, H30
- counts: thousands separators and full-width digits are accepted
- a UTF-8 BOM, CRLF line ends; rows whose key is a total (合計, 計, total) are ignored

Prints each mismatch (missing group, extra group, differing count) and a summary.
Exit 0 if all groups agree, 1 on any mismatch, 2 on unreadable input.
"""
import argparse
import csv
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jis import prefecture_name, school_type_name  # noqa: E402

KEYS = ["year", "prefecture", "school_type"]
COUNTS = ["total_schools", "cs_schools", "hq_schools", "both_schools", "similar_schools"]
ALIASES = {
    "year": "year", "fiscal_year": "year", "survey_year": "year", "年度": "year",
    "prefecture": "prefecture", "pref": "prefecture", "prefecture_code": "prefecture",
    "都道府県": "prefecture",
    "school_type": "school_type", "type": "school_type", "schooltype": "school_type",
    "学校種": "school_type",
    "total_schools": "total_schools", "total": "total_schools", "schools": "total_schools",
    "count": "total_schools", "n": "total_schools", "母数": "total_schools",
    "cs_schools": "cs_schools", "cs": "cs_schools",
    "hq_schools": "hq_schools", "hq": "hq_schools",
    "both_schools": "both_schools", "both": "both_schools",
    "similar_schools": "similar_schools", "similar": "similar_schools",
}
TOTAL_LABELS = {"合計", "計", "total", "all", "*"}


def norm_year(v):
    v = unicodedata.normalize("NFKC", v).strip()
    m = re.fullmatch(r"(令和|R|平成|H)(\d+|元)年?度?", v, flags=re.IGNORECASE)
    if m:
        era, n = m.group(1).upper(), m.group(2)
        n = 1 if n == "元" else int(n)
        return str((2018 if era in ("令和", "R") else 1988) + n)
    m = re.fullmatch(r"(\d{4})年?度?", v)
    return m.group(1) if m else v


def norm_count(v):
    v = unicodedata.normalize("NFKC", v).strip().replace(",", "")
    if v in ("", "-", "－"):
        return 0
    return int(v)


def load(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    rows = [r for r in rows if r and any(x.strip() for x in r)]
    if not rows:
        raise ValueError("%s: empty" % path)
    header = [ALIASES.get(h.strip().lower().replace("-", "_").replace(" ", "_"), None)
              for h in rows[0]]
    wanted = KEYS + COUNTS
    if all(w in header for w in wanted):
        idx = {w: header.index(w) for w in wanted}
        body = rows[1:]
    elif len(rows[0]) >= 8 and not rows[0][3].strip().replace(",", "").isdigit():
        # unrecognised header: take columns by position
        idx = {w: i for i, w in enumerate(wanted)}
        body = rows[1:]
    else:
        idx = {w: i for i, w in enumerate(wanted)}
        body = rows
    out = {}
    dups = []
    for lineno, r in enumerate(body, start=2):
        try:
            year = norm_year(r[idx["year"]])
            pref = prefecture_name(r[idx["prefecture"]])
            stype = school_type_name(r[idx["school_type"]])
            if year in TOTAL_LABELS or pref in TOTAL_LABELS or stype in TOTAL_LABELS:
                continue
            counts = tuple(norm_count(r[idx[c]]) for c in COUNTS)
        except (IndexError, ValueError) as e:
            raise ValueError("%s line %d: %s (%r)" % (path, lineno, e, r))
        key = (year, pref, stype)
        if key in out:
            dups.append(key)
        out[key] = counts
    return out, dups


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--max-print", type=int, default=20)
    args = ap.parse_args(argv)
    try:
        a, dups_a = load(args.a)
        b, dups_b = load(args.b)
    except (OSError, ValueError) as e:
        print("compare_groupby: %s" % e, file=sys.stderr)
        return 2

    problems = []
    for k in dups_a:
        problems.append("duplicate group in A: %s" % ",".join(k))
    for k in dups_b:
        problems.append("duplicate group in B: %s" % ",".join(k))
    for k in sorted(set(a) | set(b)):
        if k not in b:
            problems.append("only in A: %s %s" % (",".join(k), a[k]))
        elif k not in a:
            problems.append("only in B: %s %s" % (",".join(k), b[k]))
        elif a[k] != b[k]:
            diffs = ["%s A=%d B=%d" % (c, x, y) for c, x, y in zip(COUNTS, a[k], b[k]) if x != y]
            problems.append("differs: %s: %s" % (",".join(k), "; ".join(diffs)))
    for p in problems[: args.max_print]:
        print(p)
    if len(problems) > args.max_print:
        print("... %d more" % (len(problems) - args.max_print))
    if problems:
        print("DISAGREE: %d problem(s); groups A=%d B=%d" % (len(problems), len(a), len(b)))
        return 1
    print("AGREE: %d groups" % len(a))
    return 0


if __name__ == "__main__":
    sys.exit(main())
