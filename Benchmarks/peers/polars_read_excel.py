#!/usr/bin/env python3
"""Read a school-level workbook with polars' read_excel (engine calamine, the default).

usage: polars_read_excel.py read|groupby BOOK.xlsx
read:    pl.read_excel(BOOK) alone; prints the frame's shape (rows, columns).
groupby: read_excel, then the group-by of polars_groupby.py; prints
         year,prefecture,school_type,total_schools,cs_schools,hq_schools,both_schools,similar_schools
         sorted by year, prefecture, school_type.
Exit 3 if polars or fastexcel (calamine's binding) is missing.
"""
import sys

try:
    import polars as pl
    import fastexcel  # noqa: F401  (read_excel's calamine engine)
except ImportError as e:
    sys.stderr.write("note: %s (pip install polars fastexcel); skipping\n" % e)
    sys.exit(3)

mode, path = sys.argv[1], sys.argv[2]
df = pl.read_excel(path)
if mode == "read":
    print("%d,%d" % df.shape)
    sys.exit(0)
out = (
    df.lazy()
    .group_by(["year", "prefecture", "school_type"])
    .agg(
        pl.len().alias("total_schools"),
        pl.col("cs").sum().alias("cs_schools"),
        pl.col("hq").sum().alias("hq_schools"),
        (pl.col("cs") * pl.col("hq")).sum().alias("both_schools"),
        pl.col("similar").sum().alias("similar_schools"),
    )
    .sort(["year", "prefecture", "school_type"])
    .collect()
)
sys.stdout.write(out.write_csv())
