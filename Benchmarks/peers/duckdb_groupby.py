#!/usr/bin/env python3
"""Group-by of a school file with DuckDB (Python API).

usage: duckdb_groupby.py FILE.csv
Prints year,prefecture,school_type,total_schools,cs_schools,hq_schools,both_schools,similar_schools
sorted by year, prefecture, school_type (binary string order). Exit 3 if duckdb is missing.
"""
import sys

try:
    import duckdb
except ImportError:
    sys.stderr.write("note: duckdb Python package missing (pip install duckdb); skipping\n")
    sys.exit(3)

path = sys.argv[1]
con = duckdb.connect()
rel = con.execute(
    """
    SELECT year, prefecture, school_type,
           count(*)          AS total_schools,
           sum(cs)           AS cs_schools,
           sum(hq)           AS hq_schools,
           sum(cs * hq)      AS both_schools,
           sum("similar")    AS similar_schools
    FROM read_csv(?, header = true, delim = ',', quote = '"', escape = '"',
                  columns = {'year': 'INTEGER', 'prefecture': 'VARCHAR',
                             'municipality': 'VARCHAR', 'school_type': 'VARCHAR',
                             'school_id': 'VARCHAR', 'cs': 'INTEGER',
                             'hq': 'INTEGER', 'similar': 'INTEGER'})
    GROUP BY year, prefecture, school_type
    ORDER BY year, prefecture, school_type
    """,
    [path],
)
out = ["year,prefecture,school_type,total_schools,cs_schools,hq_schools,both_schools,similar_schools"]
for row in rel.fetchall():
    out.append(",".join(str(v) for v in row))
sys.stdout.write("\n".join(out) + "\n")
