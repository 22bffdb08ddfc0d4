#!/usr/bin/env python3
"""Generate a deterministic UTF-8 CSV of about SIZE_MB megabytes for raw read throughput.

usage: generate_wide_csv.py SIZE_MB OUT.csv [--seed N]

SIZE_MB is in units of 1,000,000 bytes; the file stops at the first record
boundary at or past that size. LF line ends, RFC 4180 quoting. 10 columns:

  id          integer, unquoted
  code        integer, always quoted ("004211")
  prefecture  Japanese text, unquoted
  name        Japanese text; 1 in 16 quoted with a comma inside
  amount      signed integer, 1 in 4 quoted
  ratio       decimal, unquoted
  note        text; 1 in 40 with doubled quotes, every 2,999th record holds an
              embedded newline (quoted), otherwise plain or empty
  date        ISO date
  flag        0/1
  memo        empty in half the records, else short Japanese text

Prints `records=N bytes=M` (header not counted as a record) when done.
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jis import PREFECTURE_NAMES, SCHOOL_TYPE_NAMES  # noqa: E402

HEADER = "id,code,prefecture,name,amount,ratio,note,date,flag,memo\n"
WORDS = ["学校運営協議会", "地域学校協働本部", "コミュニティ・スクール", "類似の仕組み",
         "教育委員会", "令和3年度", "導入校数", "整備率", "学校組合", "放課後子供教室"]
MEMOS = ["", "", "", "", "確認済", "要確認", "※注記あり", "再集計", "ー", "…"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("size_mb", type=float)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=4701)
    args = ap.parse_args(argv)

    rng = random.Random(args.seed)
    target = int(args.size_mb * 1_000_000)
    nwords, nprefs, ntypes = len(WORDS), len(PREFECTURE_NAMES), len(SCHOOL_TYPE_NAMES)
    written = 0
    records = 0
    tmp = args.out + ".tmp"
    with open(tmp, "wb") as f:
        head = HEADER.encode("utf-8")
        f.write(head)
        written += len(head)
        while written < target:
            parts = []
            for _ in range(10_000):
                i = records
                records += 1
                r = rng.getrandbits(32)
                code = '"%06d"' % (r % 1_000_000)
                pref = PREFECTURE_NAMES[r % nprefs]
                w1 = WORDS[(r >> 4) % nwords]
                stype = SCHOOL_TYPE_NAMES[(r >> 8) % ntypes]
                if i % 16 == 5:
                    name = '"%s,%s"' % (w1, stype)
                else:
                    name = w1 + stype
                amount = rng.randint(-50_000, 2_000_000)
                amount_s = '"%d"' % amount if (r >> 12) % 4 == 0 else str(amount)
                ratio = "%d.%03d" % ((r >> 14) % 100, (r >> 3) % 1000)
                if i % 2999 == 1000:
                    note = '"%s\n%s"' % (w1, WORDS[(r >> 16) % nwords])
                elif i % 40 == 7:
                    note = '"%s""%s""です"' % (stype, w1)
                elif (r >> 20) % 3 == 0:
                    note = ""
                else:
                    note = WORDS[(r >> 18) % nwords]
                date = "20%02d-%02d-%02d" % (12 + (r >> 22) % 12, 1 + (r >> 24) % 12, 1 + (r >> 26) % 28)
                flag = (r >> 30) & 1
                memo = MEMOS[(r >> 27) % len(MEMOS)]
                parts.append(f"{i},{code},{pref},{name},{amount_s},{ratio},{note},{date},{flag},{memo}\n")
            data = "".join(parts).encode("utf-8")
            if written + len(data) >= target:
                # trim to the first record boundary at or past target
                lines = parts
                chunks = []
                for j, line in enumerate(lines):
                    b = line.encode("utf-8")
                    chunks.append(b)
                    written += len(b)
                    if written >= target:
                        records -= len(lines) - j - 1
                        break
                data = b"".join(chunks)
                f.write(data)
                break
            f.write(data)
            written += len(data)
    os.replace(tmp, args.out)
    print("records=%d bytes=%d" % (records, written))


if __name__ == "__main__":
    main()
