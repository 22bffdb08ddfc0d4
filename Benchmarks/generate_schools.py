#!/usr/bin/env python3
"""Generate deterministic synthetic school-level survey records.

usage: generate_schools.py ROWS OUT.csv [--encoding utf-8|cp932] [--seed N]
                           [--ids sequential|mext|random|text]

Header: year,prefecture,municipality,school_type,school_id,cs,hq,similar

Same arguments give a byte-identical file. Random draws come from numpy's
PCG64 generator seeded with --seed (numpy is used because a pure-Python
row loop is too slow for 10M rows); draws are made in fixed-size chunks and
mapped through explicit cumulative weights, so the output does not depend on
hash randomisation or on numpy's own choice() implementation.

Distributions:
- year 2012..2023, uniform (~1/12 each), drawn per row (rows of all years mixed)
- prefecture: the 47 in JIS order, weighted by population (jis.py)
- municipality: a pool of 360 names; 1 in 18 is a quoted name with a comma
- school_type: 小学校 53%, 中学校 26%, 高等学校 10%, 幼稚園 8%, 特別支援学校 3%,
  義務教育学校 0.5%, 中等教育学校 0.1% (normalised)
- cs ~ 0.4; hq: P(hq|cs)=0.8, P(hq|not cs)=0.467 (overall ~0.6);
  similar: 0 when cs=1, P(similar|not cs)=0.2
- school_id, by --ids; unique within a year in every shape, also after
  upper-casing and trimming (a repeated (year, id) is invalid input for cs-stats):
  sequential (default): "S" + 2-digit year + 6-digit per-year counter (the
      counter widens past 999999, still unique). The original output, unchanged.
  mext: MEXT's 13-character 学校コード: type letter+digit (幼稚園 A1, 小学校 B1,
      中学校 C1, 義務教育学校 C2, 高等学校 D1, 中等教育学校 D2, 特別支援学校 E1),
      the 2-digit JIS prefecture code (01-47), 設置区分 (1 national 1%, 2 public
      96%, 3 private 3%), a 7-digit school number and a check digit. Rows are
      drawn from a population of schools that persists across years: the first
      year's schools are as many as its rows; between years 2% of the open
      schools close and as many open as that year's row count needs (at least
      1%; more close when a year has fewer rows than the last), and each
      year's rows are that year's open schools, each once, in random order. A
      school keeps its code, prefecture and type in every year, and the row's
      prefecture and school_type columns are its school's (so they agree with the
      code; drawn with the same weights as above). School numbers are distinct
      uniform draws from 0000001-9999999 within a (type, prefecture, 設置区分),
      given in ascending order to the schools in order of opening (sparse, with
      random gaps). Check digit (this benchmark's rule, not a claim about MEXT's):
      with the letter valued A=1 .. E=5 and the next 11 characters as digits,
      S = sum of the 12 values weighted 3,1,3,1,... from the left, and the check
      digit is (10 - S mod 10) mod 10 (EAN-style modulus 10, weights 3-1).
  random: a uniformly random 9-digit number (100000000-999999999) per row;
      collisions within a year are redrawn (the same number may recur in
      another year).
  text: 16 random characters from [0-9A-Za-z] per row; ids that would be equal
      within a year after upper-casing are redrawn.
  For the same --seed every shape has the same year, municipality and cs/hq/
  similar columns as sequential, and all but mext the same prefecture and
  school_type too (so the same group-by result): ids come from a second PCG64
  stream (seeded with (seed, shape)), after a first pass that replays the main
  stream to count each year's rows.
"""
import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jis import PREFECTURES, SCHOOL_TYPES  # noqa: E402

CHUNK = 200_000
YEARS = list(range(2012, 2024))
ID_SHAPES = ("sequential", "mext", "random", "text")

P_CS = 0.4
P_HQ_GIVEN_CS = 0.8
P_HQ_GIVEN_NOT_CS = (0.6 - P_CS * P_HQ_GIVEN_CS) / (1 - P_CS)
P_SIMILAR_GIVEN_NOT_CS = 0.2

_WARDS = ["千代田区", "中央区", "港区", "新宿区", "文京区", "台東区", "墨田区",
          "江東区", "品川区", "目黒区", "大田区", "世田谷区", "渋谷区", "中野区",
          "杉並区", "豊島区", "北区", "荒川区", "板橋区", "練馬区", "足立区",
          "葛飾区", "江戸川区", "青葉町", "桜村", "緑町", "旭市", "若葉区"]
_COMMA_NAMES = ["北区,東部", "中央区,西部", "港区,南部", "第1市,北部",
                "桜村,本郷", "緑町,新田", "旭市,駅前", "青葉町,山手",
                "若葉区,東口", "第2町,中央", "第3村,上", "南区,西",
                "東区,北", "西区,南", "第4市,北", "第5市,南",
                "第6町,東", "第7村,西", "第8市,中", "第9町,下"]


def municipality_pool(size=360):
    """Return the pool of CSV-encoded municipality fields (already quoted)."""
    pool = []
    comma_i = 0
    for i in range(size):
        if i % 18 == 0:
            name = _COMMA_NAMES[comma_i % len(_COMMA_NAMES)]
            if comma_i >= len(_COMMA_NAMES):
                name = name + str(comma_i // len(_COMMA_NAMES))
            comma_i += 1
            pool.append('"' + name + '"')
        elif i < len(_WARDS) * 2 and i % 2 == 1:
            pool.append(_WARDS[(i // 2) % len(_WARDS)])
        else:
            suffix = "市町村"[i % 3]
            pool.append("第%d%s" % (i, suffix))
    assert len(set(pool)) == len(pool)
    return pool


def cumulative(weights):
    w = np.asarray(weights, dtype=np.float64)
    c = np.cumsum(w / w.sum())
    c[-1] = 1.0
    return c


def draw_chunk(rng, n, pref_cum, type_cum, n_munis):
    """One chunk's draws from the main stream (also replayed by year_counts)."""
    # Fixed draw order per chunk: keep it stable, it defines the output.
    year_i = rng.integers(0, len(YEARS), size=n)
    pref_i = np.searchsorted(pref_cum, rng.random(n), side="right")
    muni_i = rng.integers(0, n_munis, size=n)
    type_i = np.searchsorted(type_cum, rng.random(n), side="right")
    u_cs, u_hq, u_sim = rng.random(n), rng.random(n), rng.random(n)
    np.minimum(pref_i, len(pref_cum) - 1, out=pref_i)
    np.minimum(type_i, len(type_cum) - 1, out=type_i)
    return year_i, pref_i, muni_i, type_i, u_cs, u_hq, u_sim


def year_counts(seed, rows, pref_cum, type_cum, n_munis):
    """Rows per year, by replaying the main stream's chunks exactly as main() draws them."""
    rng = np.random.Generator(np.random.PCG64(seed))
    counts = np.zeros(len(YEARS), dtype=np.int64)
    remaining = rows
    while remaining > 0:
        n = min(CHUNK, remaining)
        remaining -= n
        year_i = draw_chunk(rng, n, pref_cum, type_cum, n_munis)[0]
        counts += np.bincount(year_i, minlength=len(YEARS))
    return counts


def permutation(rng, n):
    """A random permutation of range(n) from rng.random() and a stable sort only."""
    return np.argsort(rng.random(n), kind="stable")


def unique_draws(rng, n, draw, key):
    """n values whose keys are distinct. draw(rng, idx) gives values for the positions idx,
    key(values, idx) their integer keys; every value whose key repeats an earlier one is
    redrawn until none does."""
    idx = np.arange(n, dtype=np.int64)
    vals = draw(rng, idx)
    keys = key(vals, idx)
    while True:
        _, first = np.unique(keys, return_index=True)  # first occurrence of each key
        if len(first) == n:
            return vals
        dup = np.ones(n, dtype=bool)
        dup[first] = False
        idx = np.flatnonzero(dup)
        new = draw(rng, idx)
        vals[idx] = new
        keys[idx] = key(new, idx)


# --ids random --------------------------------------------------------------

def random_pools(rng, counts):
    draw = lambda r, idx: r.integers(100_000_000, 1_000_000_000, size=len(idx), dtype=np.int64)  # noqa: E731
    return [unique_draws(rng, int(k), draw, lambda v, idx: v) for k in counts]


# --ids text ----------------------------------------------------------------

TEXT_ALPHABET = np.frombuffer(
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", dtype=np.uint8)
TEXT_LEN = 16
# value of each alphabet index after upper-casing, base 36
_TEXT_BASE36 = np.array([i if i < 36 else i - 26 for i in range(62)], dtype=np.uint64)


def _text_key(m, idx=None):
    """The upper-cased id read as a base-36 number, mod 2^64: equal upper-cased ids
    give equal keys, so distinct keys mean distinct ids after upper-casing."""
    key = np.zeros(len(m), dtype=np.uint64)
    for j in range(TEXT_LEN):
        key = key * np.uint64(36) + _TEXT_BASE36[m[:, j]]  # wraps mod 2^64
    return key


def text_pools(rng, counts):
    draw = lambda r, idx: r.integers(0, len(TEXT_ALPHABET), size=(len(idx), TEXT_LEN), dtype=np.uint8)  # noqa: E731
    pools = []
    for k in counts:
        m = unique_draws(rng, int(k), draw, _text_key)
        # kept as bytes (S16, 16 bytes an id; U16 would take 64), decoded a chunk at a time
        pools.append(np.ascontiguousarray(TEXT_ALPHABET[m]).view("S%d" % TEXT_LEN).ravel())
    return pools


# --ids mext ----------------------------------------------------------------

# 学校コード's first two characters, by school type.
MEXT_TYPE_PREFIX = {"幼稚園": "A1", "小学校": "B1", "中学校": "C1", "義務教育学校": "C2",
                    "高等学校": "D1", "中等教育学校": "D2", "特別支援学校": "E1"}
MEXT_SETTINGS = [(1, 1.0), (2, 96.0), (3, 3.0)]  # 設置区分: national, public, private (%)
MEXT_CLOSE_RATE = 0.02  # share of open schools that close between two years
MEXT_MIN_OPEN_RATE = 0.01  # at least this share opens (more close if the year has fewer rows)
MEXT_CHECK_WEIGHTS = np.array([3, 1] * 6, dtype=np.int64)


def mext_population(rng, counts, pref_cum, type_cum, type_names):
    """Schools that persist across years. Returns (pools, school_pref, school_type, codes):
    pools[y] are the indices of the schools open in year y (exactly counts[y] of them) in
    random order; the other three are per school."""
    s_pref, s_type, s_set = [], [], []
    total = 0

    def open_schools(k):
        nonlocal total
        pref = np.minimum(np.searchsorted(pref_cum, rng.random(k), side="right"), len(pref_cum) - 1)
        typ = np.minimum(np.searchsorted(type_cum, rng.random(k), side="right"), len(type_cum) - 1)
        set_cum = cumulative([w for _, w in MEXT_SETTINGS])
        st = np.minimum(np.searchsorted(set_cum, rng.random(k), side="right"), len(set_cum) - 1)
        s_pref.append(pref)
        s_type.append(typ)
        s_set.append(np.array([v for v, _ in MEXT_SETTINGS], dtype=np.int64)[st])
        idx = np.arange(total, total + k, dtype=np.int64)
        total += k
        return idx

    active = open_schools(int(counts[0]))
    pools = [active[permutation(rng, len(active))]]
    for y in range(1, len(YEARS)):
        close = int(round(MEXT_CLOSE_RATE * len(active)))
        opened = int(counts[y]) - (len(active) - close)
        least = min(int(round(MEXT_MIN_OPEN_RATE * len(active))), int(counts[y]))
        if opened < least:
            close, opened = close + least - opened, least
        keep = np.sort(permutation(rng, len(active))[close:])
        active = np.concatenate([active[keep], open_schools(opened)])
        pools.append(active[permutation(rng, len(active))])

    pref = np.concatenate(s_pref)
    typ = np.concatenate(s_type)
    setting = np.concatenate(s_set)

    # School numbers: distinct within (type, prefecture, 設置区分), uniform over 1..9999999,
    # handed out in ascending order to the group's schools in order of opening.
    group = (typ * len(pref_cum) + pref) * 10 + setting
    numbers = unique_draws(rng, total,
                           lambda r, idx: r.integers(1, 10_000_000, size=len(idx), dtype=np.int64),
                           lambda v, idx: group[idx] * 10_000_000 + v)
    by_school = np.lexsort((np.arange(total), group))
    by_number = np.lexsort((numbers, group))
    number = np.empty(total, dtype=np.int64)
    number[by_school] = numbers[by_number]

    # The code as bytes: 2 type + 2 prefecture + 1 設置区分 + 7 number + 1 check.
    prefixes = [MEXT_TYPE_PREFIX[t].encode("ascii") for t in type_names]
    m = np.empty((total, 13), dtype=np.uint8)
    m[:, 0] = np.array([p[0] for p in prefixes], dtype=np.uint8)[typ]
    m[:, 1] = np.array([p[1] for p in prefixes], dtype=np.uint8)[typ]
    code = pref + 1
    m[:, 2] = 48 + code // 10
    m[:, 3] = 48 + code % 10
    m[:, 4] = 48 + setting
    for j in range(7):
        m[:, 5 + j] = 48 + (number // 10 ** (6 - j)) % 10
    vals = m[:, :12].astype(np.int64) - 48
    vals[:, 0] = m[:, 0].astype(np.int64) - ord("A") + 1
    m[:, 12] = 48 + (10 - (vals @ MEXT_CHECK_WEIGHTS) % 10) % 10
    codes = m.view("S13").ravel()  # bytes; decoded a chunk at a time
    return pools, pref, typ, codes


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rows", type=int)
    ap.add_argument("out")
    ap.add_argument("--encoding", choices=["utf-8", "cp932"], default="utf-8")
    ap.add_argument("--seed", type=int, default=20210501)
    ap.add_argument("--ids", choices=ID_SHAPES, default="sequential")
    args = ap.parse_args(argv)

    rng = np.random.Generator(np.random.PCG64(args.seed))
    pref_cum = cumulative([w for _, w in PREFECTURES])
    type_cum = cumulative([s for _, s, _ in SCHOOL_TYPES])
    pref_names = [n for n, _ in PREFECTURES]
    type_names = [n for n, _, _ in SCHOOL_TYPES]
    munis = municipality_pool()
    year_str = [str(y) for y in YEARS]
    year_prefix = ["S%02d" % (y % 100) for y in YEARS]
    # flags string indexed by cs*4 + hq*2 + similar
    flag_str = ["%d,%d,%d" % (c, h, s) for c in (0, 1) for h in (0, 1) for s in (0, 1)]
    counters = np.zeros(len(YEARS), dtype=np.int64)

    # Non-sequential ids: per-year pools drawn up front from a second stream, so that the
    # main stream (and with it every other column) is the same as for sequential ids.
    pools = school_pref = school_type = codes = None
    if args.ids != "sequential":
        counts = year_counts(args.seed, args.rows, pref_cum, type_cum, len(munis))
        id_rng = np.random.Generator(np.random.PCG64(
            np.random.SeedSequence([args.seed, ID_SHAPES.index(args.ids)])))
        if args.ids == "random":
            pools = random_pools(id_rng, counts)
        elif args.ids == "text":
            pools = text_pools(id_rng, counts)
        else:
            pools, school_pref, school_type, codes = mext_population(
                id_rng, counts, pref_cum, type_cum, type_names)
        assert [len(p) for p in pools] == counts.tolist()

    tmp = args.out + ".tmp"
    with open(tmp, "wb") as f:
        f.write("year,prefecture,municipality,school_type,school_id,cs,hq,similar\n"
                .encode(args.encoding))
        remaining = args.rows
        while remaining > 0:
            n = min(CHUNK, remaining)
            remaining -= n
            year_i, pref_i, muni_i, type_i, u_cs, u_hq, u_sim = draw_chunk(
                rng, n, pref_cum, type_cum, len(munis))

            cs = u_cs < P_CS
            hq = np.where(cs, u_hq < P_HQ_GIVEN_CS, u_hq < P_HQ_GIVEN_NOT_CS)
            sim = (~cs) & (u_sim < P_SIMILAR_GIVEN_NOT_CS)
            flags = cs.astype(np.int64) * 4 + hq.astype(np.int64) * 2 + sim.astype(np.int64)

            if pools is None:
                ids = np.empty(n, dtype=np.int64)
                for y in range(len(YEARS)):
                    mask = year_i == y
                    k = int(mask.sum())
                    ids[mask] = counters[y] + np.arange(k, dtype=np.int64)
                    counters[y] += k

                text = "".join([
                    f"{year_str[y]},{pref_names[p]},{munis[m]},{type_names[t]},{year_prefix[y]}{i:06d},{flag_str[fl]}\n"
                    for y, p, m, t, i, fl in zip(year_i.tolist(), pref_i.tolist(), muni_i.tolist(),
                                                 type_i.tolist(), ids.tolist(), flags.tolist())
                ])
            else:
                # The next k entries of each year's pool, in row order.
                ids = np.empty(n, dtype=pools[0].dtype)
                for y in range(len(YEARS)):
                    mask = year_i == y
                    k = int(mask.sum())
                    ids[mask] = pools[y][counters[y]:counters[y] + k]
                    counters[y] += k
                if codes is not None:  # ids are school indices: the school says the rest
                    pref_i, type_i, ids = school_pref[ids], school_type[ids], codes[ids]
                if ids.dtype.kind == "S":
                    ids = ids.astype("U%d" % ids.dtype.itemsize)
                text = "".join([
                    f"{year_str[y]},{pref_names[p]},{munis[m]},{type_names[t]},{i},{flag_str[fl]}\n"
                    for y, p, m, t, i, fl in zip(year_i.tolist(), pref_i.tolist(), muni_i.tolist(),
                                                 type_i.tolist(), ids.tolist(), flags.tolist())
                ])
            f.write(text.encode(args.encoding))
    os.replace(tmp, args.out)


if __name__ == "__main__":
    main()
