#!/usr/bin/env python3
"""Group-by of a school file with polars (lazy scan_csv + collect).

usage: polars_groupby.py FILE.csv
Prints year,prefecture,school_type,total_schools,cs_schools,hq_schools,both_schools,similar_schools
sorted by year, prefecture, school_type. Exit 3 if polars is missing.
"""
import sys

try:
    import polars as pl
except ImportError:
    sys.stderr.write("note: polars Python package missing (pip install polars); skipping\n")
    sys.exit(3)

path = sys.argv[1]
schema = {
    "year": pl.Int32, "prefecture": pl.Utf8, "municipality": pl.Utf8,
    "school_type": pl.Utf8, "school_id": pl.Utf8,
    "cs": pl.Int64, "hq": pl.Int64, "similar": pl.Int64,
}
df = (
    pl.scan_csv(path, schema=schema, has_header=True)
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
sys.stdout.write(df.write_csv())
