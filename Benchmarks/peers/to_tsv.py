#!/usr/bin/env python3
"""Convert a school CSV (RFC 4180 quoting) to TSV with the same records, for datamash.

usage: to_tsv.py IN.csv OUT.tsv
Fails if any field contains a tab or newline (they would not survive TSV).
"""
import csv
import os
import sys

src, dst = sys.argv[1], sys.argv[2]
tmp = dst + ".tmp"
with open(src, newline="", encoding="utf-8") as fi, open(tmp, "w", encoding="utf-8", newline="") as fo:
    for row in csv.reader(fi):
        for field in row:
            if "\t" in field or "\n" in field or "\r" in field:
                sys.exit("to_tsv.py: field with tab/newline cannot go to TSV: %r" % field)
        fo.write("\t".join(row) + "\n")
os.replace(tmp, dst)
