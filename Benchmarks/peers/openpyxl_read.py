#!/usr/bin/env python3
"""Iterate every row of a workbook's first sheet with openpyxl in read-only mode.

usage: openpyxl_read.py BOOK.xlsx
Prints the number of rows and of non-empty cells (values_only iteration, the fastest way
openpyxl reads). Exit 3 if openpyxl is missing.
"""
import sys

try:
    import openpyxl
except ImportError:
    sys.stderr.write("note: openpyxl missing (pip install openpyxl); skipping\n")
    sys.exit(3)

wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
ws = wb.worksheets[0]
rows = cells = 0
for row in ws.iter_rows(values_only=True):
    rows += 1
    cells += sum(1 for v in row if v is not None)
wb.close()
print("%d,%d" % (rows, cells))
