#!/usr/bin/env python3
"""Group-by of a school-level workbook with DuckDB's excel extension (read_xlsx).

usage: duckdb_xlsx_groupby.py BOOK.xlsx      (or: duckdb_xlsx_groupby.py --probe)
Prints year,prefecture,school_type,total_schools,cs_schools,hq_schools,both_schools,similar_schools
sorted by year, prefecture, school_type. --probe only installs and loads the extension.
Exit 3 if duckdb or its excel extension cannot be had (it is downloaded on first use).
"""
import sys

try:
    import duckdb
except ImportError:
    sys.stderr.write("note: duckdb Python package missing (pip install duckdb); skipping\n")
    sys.exit(3)

con = duckdb.connect()
try:
    con.execute("INSTALL excel")
    con.execute("LOAD excel")
except Exception as e:  # no network, or no build of the extension for this version
    sys.stderr.write("note: DuckDB's excel extension cannot be had: %s\n" % str(e).splitlines()[0])
    sys.exit(3)
if sys.argv[1] == "--probe":
    sys.exit(0)
rel = con.execute(
    """
    SELECT CAST(year AS INTEGER) AS year, prefecture, school_type,
           count(*) AS total_schools,
           CAST(sum(cs) AS BIGINT) AS cs_schools,
           CAST(sum(hq) AS BIGINT) AS hq_schools,
           CAST(sum(cs * hq) AS BIGINT) AS both_schools,
           CAST(sum("similar") AS BIGINT) AS similar_schools
    FROM read_xlsx(?, header = true, all_varchar = false)
    GROUP BY ALL
    ORDER BY year, prefecture, school_type
    """,
    [sys.argv[1]],
)
out = ["year,prefecture,school_type,total_schools,cs_schools,hq_schools,both_schools,similar_schools"]
for row in rel.fetchall():
    out.append(",".join(str(v) for v in row))
sys.stdout.write("\n".join(out) + "\n")
