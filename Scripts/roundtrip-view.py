#!/usr/bin/env python3
"""Round-trip test of `cs-stats view FILE --format csv` against Python's csv module.

Generates random CSV files with `csv.writer` (UTF-8, UTF-8 with BOM, or CP932; CRLF or LF line
ends), runs

    cs-stats view FILE --raw --format csv
    cs-stats view FILE --format csv
    cs-stats view FILE --explain --format json

reads the output back with `csv.reader` and compares it with the records Python wrote:

* `--raw` must give back exactly the written records, whatever the file.
* plain `--format csv` must give back exactly the written records when `--explain` says the
  file's kind is "other"; for any other kind (a survey table or school-level records), the first
  output record is the header and the rest must be exactly the records `--explain` gives role
  "data", in order; every other record (title, note, blank, unit) must be counted in the stderr
  note ("note: N title lines, N notes, N blank lines, N unit rows are not written in CSV ..."),
  and the text of a group row must survive in the header names ("group name"). A survey table
  that --explain reports as refused (its "refusal" is set) may instead be written record for
  record, exactly.
* every run must exit 0; a refusal (non-zero exit) must name its reason on stderr
  (`FILE:LINE: error: ...`). Refusals are reported by reason, separately from failures.

Zero-field records: Python writes `[]` as an empty line, which the tool (like most readers)
skips. This script never generates a zero-field record: every record has 1-8 fields, so every
written record must come back. A record of one empty field is written as `""` by both sides.

Python 3.11's csv.writer does not quote a field holding a bare CR when lineterminator is "\\n"
(its own reader then splits the record). Every generated file is first read back with Python's
csv.reader; when Python cannot read back what it wrote, the file is written again with "\\r\\n"
(which makes the writer quote CR), and the number of such files is printed.

Usage:
    python3 Scripts/roundtrip-view.py [--seed S] [--count N] [--binary PATH] [--only I]
                                      [--keep DIR] [--no-shrink]

Deterministic: file I of a run is generated from random.Random(f"{seed}:{I}") alone, so
`--only I` regenerates one file exactly. Python standard library only.
"""

import argparse
import collections
import csv
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# --------------------------------------------------------------------------------------------
# Vocabulary

EMPTY = [""]
SPACES = [" ", "  ", "   ", "\u3000", " \u3000 "]
ASCII_WORDS = ["alpha", "beta", "school", "total", "N/A", "x", "foo bar", "id", "note", "Tokyo",
               "a-b", "O'Brien", "n", "rate", "yes", "no"]
NUMBERS = ["0", "1", "7", "39", "276", "7,051", "11,856", "12,570", "1,167", "35,564", "9.8%",
           "37.5%", "100.0%", "0.0%", "66.9", "-3", "△12", "▲5", "1.5", "1,000,000", "３７．５％"]
JAPANESE = ["学校種", "小学校", "中学校", "幼稚園", "義務教育学校", "高等学校", "中等教育学校",
            "特別支援学校", "導入校数", "導入率", "整備校数", "整備率", "増加校数", "合計", "計",
            "※注", "※ 幼稚園には幼稚園型認定こども園を含む。", "注1) 公立学校のみ",
            "資料：文部科学省", "コミュニティ・スクール", "地域学校協働本部", "学校運営協議会",
            "東京都", "北海道", "大阪府", "令和3年度", "区分", "－", "…", "～", "（校）", "（％）",
            "ｺﾐｭﾆﾃｨ･ｽｸｰﾙ", "ﾅｼ", "①", "髙等学校"]
# Half-width katakana, as legacy systems export it: some CP932 files use these instead of
# JAPANESE (a few of them, such as ﾅｼ = C5 BC, are also valid UTF-8 byte sequences).
HALFWIDTH = ["ﾅｼ", "ｱﾘ", "ﾏｽ", "ｺﾐｭﾆﾃｨ･ｽｸｰﾙ", "ｼｮｳｶﾞｯｺｳ", "ﾃｽﾄ", "ｺﾞｳｹｲ"]
# Not encodable in CP932: used in UTF-8 files only.
UTF8_ONLY = ["café", "𠮷野家", "naïve", "½", "€100", "😀"]
COMMAS = ["a,b", "7,051,000", "学校,数", ",", ",,", "x, y", "導入校数,合計"]
QUOTES = ['say "hi"', '"', '""', '"quoted"', 'a"b', '"7,051"', '小学校"']
BREAKS = ["line1\nline2", "a\rb", "x\r\ny", "\n", "\r\n", "\r", "導入率\n（％）", "end\n",
          "\nstart", "a\n\nb", "a\r\rb", 'q"\n"q', "a,\nb"]
PADDED = [" lead", "trail ", "  both  ", " 小学校 ", "\u3000合計", "7,051 ", " 9.8%", "\t tab"]

FIELD_KINDS = [
    (EMPTY, 14), (SPACES, 6), (ASCII_WORDS, 14), (NUMBERS, 16), (JAPANESE, 18), (COMMAS, 7),
    (QUOTES, 6), (BREAKS, 7), (PADDED, 7), (UTF8_ONLY, 3),
]

SCHOOL_TYPES = ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校"]
PREFECTURES = ["北海道", "青森県", "東京都", "大阪府", "沖縄県"]
TITLES = ["コミュニティ・スクールの導入状況（令和3年度）", "学校種別の導入状況", "令和5年5月1日現在",
          "表1 地域学校協働本部の整備状況", "Community schools by type"]
NOTES = ["※ 幼稚園には幼稚園型認定こども園を含む。", "注1) 公立学校のみ", "資料：文部科学省",
         "※注", "備考：速報値", "* provisional"]
LABEL_HEADERS = ["学校種", "区分", "都道府県", "", "school_type", "校種"]
MEASURE_HEADERS = ["導入校数", "導入率", "増加校数", "整備校数", "整備率", "導入率（％）", "学校数",
                   "いずれも整備", "類似の仕組み", "cs_schools", "hq_rate_pct", "total"]
GROUPS = ["コミュニティ・スクール", "地域学校協働本部"]
UNITS = ["（校）", "（％）", "(校)", "単位：校"]


def cp932_ok(text):
    try:
        return text.encode("cp932").decode("cp932") == text
    except UnicodeError:
        return False


for _word in sum((words for words, _ in FIELD_KINDS if words is not UTF8_ONLY), []) + SCHOOL_TYPES \
        + HALFWIDTH + PREFECTURES + TITLES + NOTES + LABEL_HEADERS + MEASURE_HEADERS + GROUPS + UNITS:
    assert cp932_ok(_word), f"not CP932-encodable: {_word!r}"


# --------------------------------------------------------------------------------------------
# Generation


class Case:
    """One generated file: its records and how they are written."""

    def __init__(self, index, records, encoding, bom, terminator, shape):
        self.index = index
        self.records = records
        self.encoding = encoding  # "utf-8" or "cp932"
        self.bom = bom
        self.terminator = terminator
        self.shape = shape  # "random" or "survey"
        self.fallback = False  # rewritten with CRLF because Python could not read its own LF file

    def with_records(self, records):
        case = Case(self.index, records, self.encoding, self.bom, self.terminator, self.shape)
        return case

    def text(self):
        """The CSV text as csv.writer writes it (falling back to CRLF, see the module doc)."""
        for terminator in (self.terminator, "\r\n"):
            buffer = io.StringIO(newline="")
            csv.writer(buffer, lineterminator=terminator).writerows(self.records)
            text = buffer.getvalue()
            if list(csv.reader(io.StringIO(text, newline=""))) == self.records:
                self.fallback = terminator != self.terminator
                return text
        raise AssertionError(f"Python cannot read back its own CSV: {self.records!r}")

    def bytes(self):
        data = self.text().encode(self.encoding)
        return (b"\xef\xbb\xbf" + data) if self.bom else data

    def describe(self):
        return (f"file #{self.index}: {self.shape}, {len(self.records)} records, {self.encoding}"
                f"{' with BOM' if self.bom else ''}, "
                f"{'CRLF' if self.terminator == chr(13) + chr(10) else 'LF'}"
                f"{' (rewritten CRLF)' if self.fallback else ''}")


def field(rng, cp932):
    kinds = [(words, weight) for words, weight in FIELD_KINDS if not (cp932 and words is UTF8_ONLY)]
    if cp932 == "halfwidth":
        # ASCII and half-width katakana only, as a legacy system's export.
        kinds = [(HALFWIDTH if words is JAPANESE else [w for w in words if w.isascii()], weight)
                 for words, weight in kinds]
        kinds = [(words, weight) for words, weight in kinds if words]
    words = rng.choices([w for w, _ in kinds], [n for _, n in kinds])[0]
    return rng.choice(words)


def value(rng, cp932):
    """A non-empty word or number."""
    words = ASCII_WORDS + (HALFWIDTH if cp932 == "halfwidth" else JAPANESE) + NUMBERS
    return rng.choice([w for w in words if cp932 != "halfwidth" or w.isascii() or w in HALFWIDTH])


def random_row(rng, width, cp932):
    shape = rng.choices(["random", "empty", "first", "last", "one", "header", "ragged"],
                        [60, 8, 7, 7, 5, 5, 8])[0]
    if shape == "empty":
        return [""] * width
    if shape == "first":
        return [value(rng, cp932)] + [""] * (width - 1)
    if shape == "last":
        return [""] * (width - 1) + [value(rng, cp932)]
    if shape == "one":
        return [field(rng, cp932)]
    if shape == "header":
        return [rng.choice(LABEL_HEADERS)] + [rng.choice(MEASURE_HEADERS) for _ in range(width - 1)]
    if shape == "ragged":
        return [field(rng, cp932) for _ in range(rng.randint(1, 8))]
    return [field(rng, cp932) for _ in range(width)]


def random_records(rng, width, count, cp932):
    records = [random_row(rng, width, cp932) for _ in range(count)]
    if records and rng.random() < 0.3:
        # Trailing one-value rows, as a note under a table.
        for _ in range(rng.randint(1, 3)):
            if len(records) < 30:
                records.append([rng.choice((NOTES if cp932 != "halfwidth" else []) + ASCII_WORDS + [""])])
    return records


def survey_records(rng, width, count, cp932):
    """A table shaped like a published one: titles, group and header, units, data, notes;
    then mutated, so some of them are still recognised and some not."""
    width = max(width, 2)
    records = []

    def pad(cells):
        return cells + [""] * (width - len(cells)) if rng.random() < 0.6 else cells

    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        records.append(pad([rng.choice(TITLES)]))
    if records and rng.random() < 0.4:
        records.append(pad([""]))
    grouped = rng.random() < 0.3
    if grouped:
        group = [""]
        for i in range(1, width):
            group.append(rng.choice(GROUPS) if i == 1 or rng.random() < 0.3 else "")
        records.append(group)
        measures = ["導入校数", "導入率", "増加校数", "学校数", "率", "前年度比"]
    else:
        measures = MEASURE_HEADERS
    label = rng.choice(LABEL_HEADERS)
    header = [label] + rng.sample(measures, min(width - 1, len(measures)))
    header += [rng.choice(measures) for _ in range(width - len(header))]
    if rng.random() < 0.15:
        header = [rng.choice(PADDED[:3]) + h if h and rng.random() < 0.3 else h for h in header]
    records.append(header)
    if rng.random() < 0.2:
        records.append([""] + [rng.choice(UNITS) for _ in range(width - 1)])
    labels = PREFECTURES if label == "都道府県" else SCHOOL_TYPES
    for _ in range(rng.randint(0, max(0, count - len(records) - 2))):
        if rng.random() < 0.08:
            records.append([""] * width if rng.random() < 0.7 else [""])
            continue
        row = [rng.choice(labels + ["合計"] if rng.random() < 0.9 else [""] + labels)]
        row += [rng.choice(NUMBERS + ["", "－", "…"]) for _ in range(width - 1)]
        if rng.random() < 0.15:  # a stray value of any kind
            row[rng.randrange(width)] = field(rng, cp932)
        if rng.random() < 0.01:  # a ragged data row
            row = row[: rng.randint(1, width)] if rng.random() < 0.5 else row + [field(rng, cp932)]
        records.append(row)
    for _ in range(rng.choice([0, 0, 1, 2])):
        records.append(pad([rng.choice(NOTES)]))
    if rng.random() < 0.1:
        records.append(random_row(rng, width, cp932))
    return records[:30]


def generate(seed, index):
    rng = random.Random(f"{seed}:{index}")
    encoding = rng.choices(["utf-8", "utf-8-bom", "cp932"], [55, 20, 25])[0]
    cp932 = encoding == "cp932"
    if cp932 and rng.random() < 0.2:
        cp932 = "halfwidth"  # random fields use half-width katakana for kanji and kana
    terminator = rng.choice(["\r\n", "\n"])
    width = rng.randint(1, 8)
    count = rng.randint(0, 30)
    if rng.random() < 0.4 and width >= 2:
        shape, records = "survey", survey_records(rng, width, count, cp932)
    else:
        shape, records = "random", random_records(rng, width, count, cp932)
    assert all(len(r) >= 1 for r in records)  # no zero-field records (see the module doc)
    if cp932:
        assert all(cp932_ok(f) for r in records for f in r)
    if cp932 == "halfwidth":
        shape += ", half-width kana"
    return Case(index, records, "cp932" if cp932 else "utf-8", encoding == "utf-8-bom", terminator, shape)


# --------------------------------------------------------------------------------------------
# Running and checking


def run(binary, args):
    p = subprocess.run([binary] + args, capture_output=True, timeout=60)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def parse_csv(data):
    """The records of the tool's output, or raises ValueError."""
    text = data.decode("utf-8")  # strict: output must be UTF-8
    return list(csv.reader(io.StringIO(text, newline="")))


def trim(text):
    """As the tool's trimmingPublishedSpaces: ASCII space, tab, CR, LF, U+3000, U+00A0."""
    return text.strip(" \t\r\n\u3000\u00a0")


NOTE = re.compile(r"note: ((?:\d+ [a-z ]+?, )*\d+ [a-z ]+?) are not written in CSV")
NOTE_PART = re.compile(r"(\d+) (title line|note|blank line|unit row|group row)s?$")


def refusal_reason(err):
    """The refusal's message without file, line and numbers, for grouping; None when the
    message does not name a reason the way the tool's errors do."""
    m = re.search(r": error: (.*)", err)
    if not m:
        return None
    reason = m.group(1)
    reason = re.sub(r"'[^']*'", "'…'", reason)
    reason = re.sub(r"\d+", "N", reason)
    return reason


def diff(expected, got):
    """A short description of how two record lists differ (None when equal)."""
    if expected == got:
        return None
    for i, (e, g) in enumerate(zip(expected, got)):
        if e != g:
            if len(e) != len(g):
                return f"record {i + 1}: {len(g)} fields instead of {len(e)}: {g!r} for {e!r}", "field count changed"
            j = next(j for j in range(len(e)) if e[j] != g[j])
            kind = "value changed"
            if trim(e[j]) == trim(g[j]):
                kind = "value changed (spaces)"
            elif e[j].replace("\r\n", "\n").replace("\r", "\n") == g[j].replace("\r\n", "\n").replace("\r", "\n"):
                kind = "value changed (line breaks)"
            return f"record {i + 1} field {j + 1}: {g[j]!r} instead of {e[j]!r}", kind
    if len(got) < len(expected):
        return f"{len(expected) - len(got)} records missing at the end, from {expected[len(got)]!r}", "records lost"
    return f"{len(got) - len(expected)} extra records at the end, from {got[len(expected)]!r}", "records added"


def check(binary, case, path):
    """Runs the three commands on one file. Returns (failures, refusals, facts): failures and
    refusals are lists of (class, detail); facts a dict of what was seen."""
    failures, refusals, facts = [], [], {}
    with open(path, "wb") as f:
        f.write(case.bytes())
    records = case.records

    def exit_ok(mode, code, err, out):
        if code == 0:
            return True
        if out:
            failures.append((f"{mode}: refused but wrote to standard output", repr(out[:200])))
        if code < 0 or code not in (64, 65, 66, 73):
            failures.append((f"{mode}: crashed or unexpected exit {code}", err.strip()[:300]))
            return False
        reason = refusal_reason(err)
        if reason is None:
            failures.append((f"{mode}: refused without naming a reason (exit {code})", err.strip()[:300]))
        elif mode == "--raw" and case.records:
            # Every generated file is well-formed CSV that Python reads back: --raw ("every
            # record of any file as it is, with no recognition") has no reason to refuse one
            # that holds a record. (An empty file's refusal is a refusal like any other.)
            failures.append((f"--raw: refused a well-formed file (exit {code}): {reason}", err.strip()[:300]))
        else:
            refusals.append((f"{mode}: exit {code}: {reason}", err.strip()[:300]))
        return False

    # --raw: every record, exactly.
    code, out, err = run(binary, ["view", path, "--raw", "--format", "csv"])
    if exit_ok("--raw", code, err, out):
        try:
            got = parse_csv(out)
            d = diff(records, got)
            if d:
                failures.append((f"--raw: {d[1]}", d[0]))
        except (ValueError, csv.Error) as e:
            failures.append(("--raw: output is not readable CSV/UTF-8", str(e)))

    # --explain: kind, encoding, delimiter, and each record's role.
    code, out, err = run(binary, ["view", path, "--explain", "--format", "json"])
    roles = None
    kind = None
    if exit_ok("--explain", code, err, out):
        explain = json.loads(out)
        kind = explain["kind"]
        facts["kind"] = kind
        facts["refusal"] = explain.get("refusal")
        written = "shift_jis" if case.encoding == "cp932" else "utf-8"
        text = case.text()
        if explain["encoding"] != written and text.encode("utf-8") != text.encode(case.encoding):
            # (An all-ASCII CP932 file is the same bytes in UTF-8: not a misreading.)
            failures.append((f"--explain: {case.encoding} file read as {explain['encoding']}", repr(explain["encoding"])))
        if explain["delimiter"] != ",":
            failures.append(("--explain: delimiter sniffed as other than comma", repr(explain["delimiter"])))
        roles = [run_["role"] for run_ in explain["lines"] for _ in range(run_["records"])]
        if len(roles) != len(records):
            failures.append(("--explain: line roles do not cover the records",
                             f"{len(roles)} roles for {len(records)} records"))
            roles = None
        facts["line_counts"] = explain["line_counts"]
        facts["columns"] = explain["columns"]

    # Plain CSV.
    code, out, err = run(binary, ["view", path, "--format", "csv"])
    if not exit_ok("csv", code, err, out):
        return failures, refusals, facts
    try:
        got = parse_csv(out)
    except (ValueError, csv.Error) as e:
        failures.append(("csv: output is not readable CSV/UTF-8", str(e)))
        return failures, refusals, facts
    if kind is None:
        return failures, refusals, facts
    if kind == "other":
        d = diff(records, got)
        if d:
            failures.append((f"csv (kind other): {d[1]}", d[0]))
        return failures, refusals, facts
    if roles is None:
        return failures, refusals, facts
    if facts.get("refusal") and not diff(records, got):
        # A survey table refused as it stands, written record for record like any other file:
        # nothing is lost, which the survey rule below would call a difference.
        facts["refused table written record for record"] = True
        return failures, refusals, facts

    # A survey table (or school-level records): header, then the data records in order.
    facts["survey"] = True
    data = [r for r, role in zip(records, roles) if role == "data"]
    d = diff(data, got[1:])
    if d:
        failures.append((f"csv (kind {kind}): data {d[1]}", d[0]))
    header = records[roles.index("header")] if "header" in roles else None
    if header is not None and got:
        out_header = got[0]
        if len(out_header) != len(header):
            failures.append((f"csv (kind {kind}): header has a different number of fields",
                             f"{out_header!r} for {header!r}"))
        else:
            for written_cell, out_cell in zip(header, out_header):
                name = trim(written_cell)
                if name and out_cell != name and not out_cell.endswith(" " + name):
                    failures.append((f"csv (kind {kind}): header name changed",
                                     f"{out_cell!r} for {written_cell!r}"))
                    break
            if out_header != header:
                facts["header_rewritten"] = True
    # Every other record (title, note, blank, unit) counted in the note on stderr.
    counts = collections.Counter(roles)
    left_out = {role: counts[role] for role in ("title", "note", "blank", "unit") if counts[role]}
    m = NOTE.search(err)
    said = {}
    if m:
        for part in m.group(1).split(", "):
            p = NOTE_PART.match(part)
            if p is None:
                failures.append((f"csv (kind {kind}): note not understood", err.strip()))
                break
            if int(p.group(1)):
                said[p.group(2).split()[0]] = int(p.group(1))
    if not left_out and said:
        failures.append((f"csv (kind {kind}): note counts records that were not left out", err.strip()))
    elif left_out and not m:
        failures.append((f"csv (kind {kind}): records left out with no note", f"left out {left_out}; stderr {err.strip()!r}"))
    elif said != left_out:
        missing = sorted(set(left_out) - set(said))
        if missing:
            # e.g. unit rows: not data, not the header, and not counted.
            for role in missing:
                rows = [r for r, x in zip(records, roles) if x == role]
                failures.append((f"csv (kind {kind}): {role} row left out and not counted in the note",
                                 f"{rows!r}; stderr {err.strip()!r}"))
        else:
            failures.append((f"csv (kind {kind}): note miscounts", f"said {said}, left out {left_out}"))
    # Group rows: merged into the header names (as `group name`), not counted in the note.
    if counts["group"] and got:
        groups = [r for r, role in zip(records, roles) if role == "group"]
        lost = [trim(c) for g in groups for c in g if trim(c) and not any(trim(c) in h for h in got[0])]
        if lost:
            failures.append((f"csv (kind {kind}): group row text left out and not counted in the note",
                             f"{lost!r} of {groups!r}; header written {got[0]!r}"))
    return failures, refusals, facts


# --------------------------------------------------------------------------------------------
# Shrinking


def shrink(binary, case, klass, path, budget=400):
    """A smaller case that still shows `klass` (records, then fields, then values removed)."""
    def fails(candidate):
        nonlocal budget
        if budget <= 0 or not candidate.records:
            return False
        budget -= 1
        try:
            candidate.text()
        except AssertionError:
            return False
        failures, refusals, _ = check(binary, candidate, path)
        return klass in {k for k, _ in failures + refusals}

    best = case
    changed = True
    while changed and budget > 0:
        changed = False
        # Drop records.
        i = 0
        while i < len(best.records):
            candidate = best.with_records(best.records[:i] + best.records[i + 1:])
            if fails(candidate):
                best, changed = candidate, True
            else:
                i += 1
        # Drop a column from every record that has it.
        width = max((len(r) for r in best.records), default=0)
        j = 0
        while j < width:
            candidate = best.with_records([r[:j] + r[j + 1:] if len(r) > j and len(r) > 1 else r for r in best.records])
            if candidate.records != best.records and fails(candidate):
                best, changed = candidate, True
                width -= 1
            else:
                j += 1
        # Simplify values: to empty, else to "x".
        for r in range(len(best.records)):
            for j in range(len(best.records[r])):
                value = best.records[r][j]
                for simpler in ("", "x", "1"):
                    if value == simpler or len(simpler) >= len(value) and simpler != "":
                        continue
                    records = [list(x) for x in best.records]
                    records[r][j] = simpler
                    candidate = best.with_records(records)
                    if fails(candidate):
                        best, changed = candidate, True
                        break
        # The plainest writing: no BOM, LF.
        for attribute, plain in (("bom", False), ("terminator", "\n")):
            if getattr(best, attribute) != plain:
                candidate = best.with_records(best.records)
                setattr(candidate, attribute, plain)
                if fails(candidate):
                    best, changed = candidate, True
    best.text()  # sets best.fallback
    return best


# --------------------------------------------------------------------------------------------
# Main


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", default="20240501", help="generator seed (default 20240501)")
    parser.add_argument("--count", type=int, default=1000, help="number of files (default 1000)")
    parser.add_argument("--binary", default=os.path.join(REPO, ".build", "release", "cs-stats"),
                        help="the cs-stats binary (default .build/release/cs-stats, built if missing)")
    parser.add_argument("--only", type=int, action="append", help="run only file I (repeatable)")
    parser.add_argument("--keep", help="copy every failing or refused file into this directory")
    parser.add_argument("--no-shrink", action="store_true", help="report reproducers as generated")
    args = parser.parse_args()

    binary = args.binary
    if not os.path.exists(binary):
        print(f"{binary} is missing: swift build -c release", file=sys.stderr)
        subprocess.run(["swift", "build", "-c", "release"], cwd=REPO, check=True)
        if not os.path.exists(binary):
            sys.exit(f"{binary}: still missing after the build")

    indices = args.only if args.only else range(args.count)
    workdir = tempfile.mkdtemp(prefix="cs-stats-roundtrip-")
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
    failures = collections.defaultdict(list)   # class -> [(case, detail)]
    refusals = collections.defaultdict(list)
    stats = collections.Counter()
    failing_files = set()
    refused_files = set()
    try:
        for index in indices:
            case = generate(args.seed, index)
            path = os.path.join(workdir, f"file{index}.csv")
            f, r, facts = check(binary, case, path)
            stats["files"] += 1
            stats[f"encoding {case.encoding}{' + BOM' if case.bom else ''}"] += 1
            stats[f"shape {case.shape}"] += 1
            stats["records written"] += len(case.records)
            stats["fields written"] += sum(len(x) for x in case.records)
            if case.fallback:
                stats["rewritten with CRLF (Python 3.11 does not quote a bare CR with LF ends)"] += 1
            if "kind" in facts:
                stats[f"kind {facts['kind']}"] += 1
                if facts.get("refusal"):
                    stats["layout refusal noted by --explain (view goes on)"] += 1
            if facts.get("refused table written record for record"):
                stats["refused survey table written record for record"] += 1
            if facts.get("header_rewritten"):
                stats["survey header written normalised (trimmed / group-prefixed)"] += 1
            for klass, detail in f:
                failures[klass].append((case, detail))
            for klass, detail in r:
                refusals[klass].append((case, detail))
            if f:
                failing_files.add(index)
            if r:
                refused_files.add(index)
            if args.keep and (f or r):
                shutil.copy(path, os.path.join(args.keep, f"file{index}.csv"))

        print(f"cs-stats view round trip: seed {args.seed!r}, binary {binary}")
        print(f"files tested: {stats['files']}  (records {stats['records written']}, fields {stats['fields written']})")
        for key in sorted(k for k in stats if k not in ("files", "records written", "fields written")):
            print(f"  {key}: {stats[key]}")
        print(f"files with a failure: {len(failing_files)}; files refused (non-zero exit with a reason): {len(refused_files)}")
        print(f"files passing every check: {stats['files'] - len(failing_files | refused_files)}")

        print("\nfailures by kind (files):")
        for klass in sorted(failures, key=lambda k: -len(failures[k])):
            print(f"  {len(failures[klass]):5}  {klass}")
        print("refusals by reason (files):")
        for klass in sorted(refusals, key=lambda k: -len(refusals[k])):
            print(f"  {len(refusals[klass]):5}  {klass}")

        for title, table in (("FAILURES (data lost or changed, wrong counts, no reason)", failures),
                             ("REFUSALS (non-zero exit; reason named)", refusals)):
            print()
            print(f"{title}: {sum(len(v) for v in table.values())} in {len(table)} classes")
            for klass in sorted(table, key=lambda k: -len(table[k])):
                cases = table[klass]
                files = sorted({c.index for c, _ in cases})
                print(f"\n  [{len(cases)} files] {klass}")
                print(f"    files: {', '.join(map(str, files[:15]))}{' …' if len(files) > 15 else ''}")
                smallest, detail = min(cases, key=lambda cd: (len(cd[0].bytes()), cd[0].index))
                print(f"    smallest generated: {smallest.describe()}, {len(smallest.bytes())} bytes")
                print(f"      bytes:  {smallest.bytes()!r}")
                print(f"      detail: {detail}")
                if not args.no_shrink:
                    shrunk = shrink(binary, smallest, klass, os.path.join(workdir, "shrink.csv"))
                    _, shrunk_detail = next(((k, d) for k, d in sum(check(binary, shrunk, os.path.join(workdir, "shrink.csv"))[:2], []) if k == klass), (None, "?"))
                    print(f"    shrunk: {shrunk.describe()}, {len(shrunk.bytes())} bytes")
                    print(f"      bytes:   {shrunk.bytes()!r}")
                    print(f"      records: {shrunk.records!r}")
                    print(f"      detail:  {shrunk_detail}")
        return 1 if failures else 0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
