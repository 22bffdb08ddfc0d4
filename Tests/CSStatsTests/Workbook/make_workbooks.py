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
"""
import sys, zipfile, openpyxl

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
