#!/usr/bin/env python3
"""Generate deterministic synthetic school-level survey records.

usage: generate_schools.py ROWS OUT.csv [--encoding utf-8|cp932] [--seed N]

Header: year,prefecture,municipality,school_type,school_id,cs,hq,similar

Same arguments give a byte-identical file. Random draws come from numpy's
PCG64 generator seeded with --seed (numpy is used because a pure-Python
row loop is too slow for 10M rows); draws are made in fixed-size chunks and
mapped through explicit cumulative weights, so the output does not depend on
hash randomisation or on numpy's own choice() implementation.

Distributions:
- year 2012..2023, uniform (~1/12 each)
- prefecture: the 47 in JIS order, weighted by population (jis.py)
- municipality: a pool of 360 names; 1 in 18 is a quoted name with a comma
- school_type: 小学校 53%, 中学校 26%, 高等学校 10%, 幼稚園 8%, 特別支援学校 3%,
  義務教育学校 0.5%, 中等教育学校 0.1% (normalised)
- school_id: "S" + 2-digit year + 6-digit per-year counter (unique per year;
  the counter widens past 999999, still unique)
- cs ~ 0.4; hq: P(hq|cs)=0.8, P(hq|not cs)=0.467 (overall ~0.6);
  similar: 0 when cs=1, P(similar|not cs)=0.2
"""
import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jis import PREFECTURES, SCHOOL_TYPES  # noqa: E402

CHUNK = 200_000
YEARS = list(range(2012, 2024))

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


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rows", type=int)
    ap.add_argument("out")
    ap.add_argument("--encoding", choices=["utf-8", "cp932"], default="utf-8")
    ap.add_argument("--seed", type=int, default=20210501)
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

    tmp = args.out + ".tmp"
    with open(tmp, "wb") as f:
        f.write("year,prefecture,municipality,school_type,school_id,cs,hq,similar\n"
                .encode(args.encoding))
        remaining = args.rows
        while remaining > 0:
            n = min(CHUNK, remaining)
            remaining -= n
            # Fixed draw order per chunk: keep it stable, it defines the output.
            year_i = rng.integers(0, len(YEARS), size=n)
            pref_i = np.searchsorted(pref_cum, rng.random(n), side="right")
            muni_i = rng.integers(0, len(munis), size=n)
            type_i = np.searchsorted(type_cum, rng.random(n), side="right")
            u_cs, u_hq, u_sim = rng.random(n), rng.random(n), rng.random(n)
            np.minimum(pref_i, len(pref_names) - 1, out=pref_i)
            np.minimum(type_i, len(type_names) - 1, out=type_i)

            cs = u_cs < P_CS
            hq = np.where(cs, u_hq < P_HQ_GIVEN_CS, u_hq < P_HQ_GIVEN_NOT_CS)
            sim = (~cs) & (u_sim < P_SIMILAR_GIVEN_NOT_CS)
            flags = cs.astype(np.int64) * 4 + hq.astype(np.int64) * 2 + sim.astype(np.int64)

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
            f.write(text.encode(args.encoding))
    os.replace(tmp, args.out)


if __name__ == "__main__":
    main()
