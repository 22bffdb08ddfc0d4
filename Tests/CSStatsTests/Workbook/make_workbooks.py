#!/usr/bin/env python3
"""Workbooks for the .xlsx tests, made with openpyxl: usage: make_workbooks.py OUT_DIR

r3.xlsx: the R3 table by school type as ministry staff keep it: a title row, a group row whose
programme names are merged over their two columns, counts with thousands separators (#,##0)
and rates as fractions with a percent format (0.0%), a hidden row, a second sheet of notes
first in the workbook order (so the table's sheet must be found), a 合計 row of typed numbers,
and an error cell (#N/A) where the HQ rate of 中等教育学校 would be.

sheets.xlsx: four sheets for `view --sheets`: a cover of text (A1 and A3), a hidden sheet holding
a table (hidden: never the default), an empty sheet, and the R3 CS table by school type from row 2
(A2:C10: a header and 8 rows), so the default is the fourth sheet.

corrupt.xlsx, truncated.xlsx: r3.xlsx with its table sheet's XML broken (written back with
zipfile, stored): a bare '&' in the value of cell B7, or the part cut inside the start tag of
cell C9.

merged.xlsx: a group label (コミュニティ・スクール) merged over B2:C2 with D2 blank and not merged,
学校数 under it in D3: the workbook says 学校数 is under no group (母数); the CSV saved from it
cannot say so, and its lone label is read over the whole table.

mixed.xlsx: r3.xlsx with 地域学校協働本部 (D2) no longer merged: a label not merged keeps the
columns it is inferred to cover.

The formula workbooks: the R3 table by school type with its 母数 (学校数) and formulas, as a
table made in Excel is: rates =B3/$F3 filled down (saved as Excel saves a fill, one shared
formula), 合計 =SUM(B3:B9) in each count column and the rates of 合計 by the same fill. Each
formula's cached value is what Excel computes and saves (openpyxl writes none):
- sums_ok.xlsx: every formula right;
- sum_skips_row.xlsx: 合計 導入校数 =SUM(B3:B8), without 特別支援学校 (row 9);
- sum_includes_header.xlsx: 合計 整備校数 =SUM(D2:D9), from the header row;
- sum_wrong_column.xlsx: 合計 導入校数 =SUM(D3:D9), the 整備校数 column;
- typed_numbers.xlsx: 合計 導入校数 typed as 11856, and 義務教育学校's 整備率 typed as 0.701;
- not_audited.xlsx: 合計 学校数 =SUM('母数'!B2:B8), from another sheet.

cells.xlsx: what the fast sheet reader (SheetDataReader) must read as the general one does: a
first row with no cell (rows start at 2), gaps between columns, a blank row in the middle, rows
narrower than the widest, a hidden row and a hidden column, a merged range, text with a comma,
a quote, '&' and '<', an empty string, a boolean, plain integers (0, negative, 15 digits),
decimals and a number with leading zeros stored as text, '0.0%' and '#,##0' formats; and a
second sheet with a formula (the fast reader leaves that sheet to the general one).
"""
import re, sys, zipfile, openpyxl

out = sys.argv[1]
wb = openpyxl.Workbook()
notes = wb.active
notes.title = "注記"
notes.append(["※ 文部科学省 コミュニティ・スクール及び地域学校協働活動実施状況調査 (令和3年5月1日現在)"])
ws = wb.create_sheet("R3")
ws.append(["令和3年度 学校種別の導入状況"])
ws.append(["学校種", "コミュニティ・スクール", None, "地域学校協働本部", None])
ws.merge_cells("B2:C2")
ws.merge_cells("D2:E2")
ws.append([None, "導入校数", "導入率", "整備校数", "整備率"])
rows = [("幼稚園", 276, 0.098, 553, 0.195), ("小学校", 7051, 0.375, 12570, 0.669),
        ("中学校", 3339, 0.365, 5625, 0.615), ("義務教育学校", 95, 0.66, 101, 0.701),
        ("高等学校", 805, 0.229, 435, 0.124), ("中等教育学校", 4, 0.118, 2, "#N/A"),
        ("特別支援学校", 286, 0.26, 185, 0.168), ("合計", 11856, 0.333, 19471, 0.547)]
for r in rows:
    ws.append(list(r))
for row in ws.iter_rows(min_row=4, max_row=11):
    row[1].number_format = "#,##0"
    row[3].number_format = "#,##0"
    row[2].number_format = "0.0%"
    row[4].number_format = "0.0%"
ws["E9"].data_type = "e"
ws.row_dimensions[6].hidden = True
wb.save(f"{out}/r3.xlsx")

# sheets.xlsx
wb = openpyxl.Workbook()
cover = wb.active
cover.title = "表紙"
cover["A1"] = "コミュニティ・スクールの導入状況"
cover["A3"] = "文部科学省"
cs_rows = [("幼稚園", 276, "9.8%"), ("小学校", "7,051", "37.5%"), ("中学校", "3,339", "36.5%"),
           ("義務教育学校", 95, "66.0%"), ("高等学校", 805, "22.9%"), ("中等教育学校", 4, "11.8%"),
           ("特別支援学校", 286, "26.0%"), ("合計", "11,856", "33.3%")]
for title, state in (("旧R2", "hidden"), ("空", "visible"), ("学校種別", "visible")):
    ws = wb.create_sheet(title)
    ws.sheet_state = state
    if title == "空":
        continue
    ws.append([])
    ws.append(["学校種", "導入校数", "導入率"])
    for r in cs_rows:
        ws.append(list(r))
wb.save(f"{out}/sheets.xlsx")

# corrupt.xlsx and truncated.xlsx
def rewrite(name, change):
    with zipfile.ZipFile(f"{out}/r3.xlsx") as source, zipfile.ZipFile(f"{out}/{name}", "w", zipfile.ZIP_STORED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = change(data.decode("utf-8")).encode("utf-8")
            target.writestr(item.filename, data)

def bare_ampersand(xml):
    cell = xml.index('<c r="B7"')
    value = xml.index("<v>95</v>", cell)
    return xml[:value] + "<v>9&5</v>" + xml[value + len("<v>95</v>"):]

rewrite("corrupt.xlsx", bare_ampersand)
rewrite("truncated.xlsx", lambda xml: xml[:xml.index('<c r="C9"') + len('<c r="C9')])

# Damaged workbooks a reader must refuse, not read some way (sheet R3 of r3.xlsx changed):
# unclosed.xlsx without its </sheetData>; hugerow.xlsx with a row numbered 99,999,999,999 (past
# the last, 1,048,576); dupcell.xlsx with cell B5 written twice (7051, then 9999); badutf8.xlsx
# with byte FF inside a cell's value; damaged_zip_dupentry.xlsx with the sheet's part twice in
# the ZIP (the second with 9999 for 7051: programs differ on which they read).
rewrite("unclosed.xlsx", lambda xml: xml.replace("</sheetData>", ""))
rewrite("hugerow.xlsx", lambda xml: xml.replace("</sheetData>", '<row r="99999999999"><c r="A99999999999"><v>1</v></c></row></sheetData>'))
def twice(xml):
    cell = xml.index('<c r="B5"')
    end = xml.index("</c>", cell) + len("</c>")
    return xml[:end] + xml[cell:end].replace("7051", "9999") + xml[end:]
rewrite("dupcell.xlsx", twice)
# straycell.xlsx: r3.xlsx with a stray 1 in A1048576, Excel's last row, far below the table.
rewrite("straycell.xlsx", lambda xml: xml.replace("</sheetData>", '<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>'))
with zipfile.ZipFile(f"{out}/r3.xlsx") as source, zipfile.ZipFile(f"{out}/badutf8.xlsx", "w", zipfile.ZIP_STORED) as target:
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == "xl/worksheets/sheet2.xml":
            data = data.replace(b"<v>7051</v>", b"<v>70\xff51</v>")
        target.writestr(item.filename, data)
import warnings
warnings.simplefilter("ignore")  # zipfile warns of the duplicate name, which is the point
with zipfile.ZipFile(f"{out}/r3.xlsx") as source, zipfile.ZipFile(f"{out}/damaged_zip_dupentry.xlsx", "w", zipfile.ZIP_STORED) as target:
    for item in source.infolist():
        target.writestr(item.filename, source.read(item.filename))
    target.writestr("xl/worksheets/sheet2.xml", source.read("xl/worksheets/sheet2.xml").replace(b"7051", b"9999"))

# merged.xlsx
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "学校種別"
ws.append(["令和3年度 学校種別"])
ws.append(["学校種", "コミュニティ・スクール", None, None])
ws.merge_cells("B2:C2")
ws.append([None, "導入率", "増加校数", "学校数"])
for r in [("小学校", 0.375, 1167, 18805), ("中学校", 0.365, 503, 9148), ("合計", 0.372, 1670, 27953)]:
    ws.append(list(r))
for row in ws.iter_rows(min_row=4, max_row=6):
    row[1].number_format = "0.0%"
    row[2].number_format = "#,##0"
    row[3].number_format = "#,##0"
wb.save(f"{out}/merged.xlsx")

# mixed.xlsx: r3.xlsx with only コミュニティ・スクール merged (B2:C2); 地域学校協働本部 typed in D2,
# not merged: that label keeps the block it is inferred to sit in (D:E), as in the CSV.
wb = openpyxl.load_workbook(f"{out}/r3.xlsx")
wb["R3"].unmerge_cells("D2:E2")
wb.save(f"{out}/mixed.xlsx")

# The formula workbooks.
TYPES = [("幼稚園", 276, 553, 2830), ("小学校", 7051, 12570, 18790), ("中学校", 3339, 5625, 9145),
         ("義務教育学校", 95, 101, 144), ("高等学校", 805, 435, 3515), ("中等教育学校", 4, 2, 34),
         ("特別支援学校", 286, 185, 1100)]


def column_number(letters):
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - 64
    return n


def cached(ws, formula, given):
    """What Excel saves as a formula's value: SUM over ranges (text counts as nothing), cells, / and *."""
    def value(ref):
        ref = ref.replace("$", "")
        v = ws[ref].value
        if ref in given:
            return given[ref]
        if isinstance(v, str) and v.startswith("="):
            return cached(ws, v, given)
        return v if isinstance(v, (int, float)) else 0
    def total(m):
        c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
        return repr(sum(value(openpyxl.utils.get_column_letter(c) + str(r))
                        for c in range(column_number(c1), column_number(c2) + 1) for r in range(r1, r2 + 1)))
    text = re.sub(r"SUM\(\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)\)", total, formula[1:])
    return eval(re.sub(r"\$?([A-Z]+)\$?(\d+)", lambda m: repr(value(m.group(0))), text))


def formula_table(name, edit=None, values=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "R3"
    ws.append(["令和3年度 学校種別の導入状況"])
    ws.append(["学校種", "導入校数", "導入率", "整備校数", "整備率", "学校数"])
    for i, (label, cs, hq, schools) in enumerate(TYPES, start=3):
        ws.append([label, cs, f"=B{i}/$F{i}", hq, f"=D{i}/$F{i}", schools])
    ws.append(["合計", "=SUM(B3:B9)", "=B10/$F10", "=SUM(D3:D9)", "=D10/$F10", "=SUM(F3:F9)"])
    for row in ws.iter_rows(min_row=3, max_row=10):
        for cell in (row[1], row[3], row[5]):
            cell.number_format = "#,##0"
        for cell in (row[2], row[4]):
            cell.number_format = "0.0%"
    if edit:
        edit(ws)
    values = values or {}
    results = {c.coordinate: values.get(c.coordinate) or cached(ws, c.value, values) for row in ws.iter_rows() for c in row
               if isinstance(c.value, str) and c.value.startswith("=")}
    path = f"{out}/{name}"
    wb.save(path)
    # Cached values, and the rates' fills as Excel saves them: one shared formula a column.
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    def cell(m):
        ref, attributes, formula = m.group(1), m.group(2), m.group(3)
        column, row = re.match(r"([A-Z]+)(\d+)", ref).groups()
        f = f"<f>{formula}</f>"
        if column in "CE" and formula == f"{chr(ord(column) - 1)}{row}/$F{row}":
            f = f'<f t="shared" ref="{column}3:{column}10" si="{"CE".index(column)}">{formula}</f>' if row == "3" \
                else f'<f t="shared" si="{"CE".index(column)}"/>'
        return f'<c r="{ref}"{attributes}>{f}<v>{results[ref]!r}</v></c>'
    xml = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f><v\s*/></c>', cell, xml)
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def setter(**cells):
    def edit(ws):
        for ref, v in cells.items():
            ws[ref] = v
    return edit


formula_table("sums_ok.xlsx")
formula_table("sum_skips_row.xlsx", setter(B10="=SUM(B3:B8)"))
formula_table("sum_includes_header.xlsx", setter(D10="=SUM(D2:D9)"))
formula_table("sum_wrong_column.xlsx", setter(B10="=SUM(D3:D9)"))
formula_table("typed_numbers.xlsx", setter(B10=11856, E6=0.701))
def other_sheet(ws):
    ws["F10"] = "=SUM('母数'!B2:B8)"
    schools = ws.parent.create_sheet("母数")
    schools.append(["学校種", "学校数"])
    for label, _, _, n in TYPES:
        schools.append([label, n])


formula_table("not_audited.xlsx", other_sheet, values={"F10": 35558})

# cells.xlsx
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "cells"
ws["A2"] = "学校種"; ws["C2"] = "a,b"; ws["E2"] = 'say "hi" & <go>'
ws["A3"] = 0; ws["B3"] = -42; ws["C3"] = 123456789012345; ws["D3"] = 0.5; ws["E3"] = 1234567
ws["E3"].number_format = "#,##0"
ws["A4"] = 0.375; ws["A4"].number_format = "0.0%"; ws["B4"] = True; ws["C4"] = "0123"; ws["D4"] = ""
ws["B6"] = "after a blank row"
ws["G7"] = "widest"
ws["A8"] = 2.5e-7; ws["B8"] = -0.0; ws["C8"] = 10
ws.row_dimensions[3].hidden = True
ws.column_dimensions["D"].hidden = True
ws.merge_cells("A9:B9")
ws["A9"] = "merged"
f = wb.create_sheet("formula")
f["A1"] = 1; f["A2"] = "=A1+1"
wb.save(f"{out}/cells.xlsx")
