#!/usr/bin/env python3
"""Generate a deterministic school-level Excel workbook (.xlsx) for the workbook benchmark.

usage: generate_workbook.py ROWS OUT.xlsx [--seed N] [--csv SOURCE.csv]

The records are generate_schools.py's with --ids random (same --seed: the same years,
prefectures, municipalities, school types and flags, so the same group-by result as
schools_random_SIZE.csv), written as Excel writes a sheet of them:

- one sheet, 学校別, header row then one row per school; columns
  year,prefecture,municipality,school_type,school_id,cs,hq,similar (A..H);
- text cells (t="s") index a shared-strings part (xl/sharedStrings.xml) in order of first
  use, with count and uniqueCount, as Excel does; prefecture, municipality and school_type
  are Japanese text (a municipality may hold a comma: 北区,東部);
- numbers are numbers: year, cs, hq, similar and most school_ids (9-digit, General format);
  one school_id in eight (those divisible by 8) is text with a leading zero (0123456784), as
  a column of ids typed in as text keeps them: those are shared strings too, each used once;
- a styles part (a General and a bold style; the header row is bold), a workbook part, the
  relationships, [Content_Types].xml and docProps, every cell with its r reference and every
  row with r and spans, as Excel writes them;
- every entry deflated at level 6 (zlib's default, what Excel's writer matches), in Excel's
  entry order (the sheet before sharedStrings.xml), with fixed timestamps, so the same
  arguments give a byte-identical file.

The sheet is streamed into the archive (never held whole); 1M rows take about 15-25 s and
under 200 MB. --csv reads the records from an existing generate_schools.py --ids random file
of the same ROWS and seed (the benchmark's cached one) instead of generating them again.
"""
import argparse
import csv
import os
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_schools  # noqa: E402

HEADER = ["year", "prefecture", "municipality", "school_type", "school_id", "cs", "hq", "similar"]
COLUMNS = "ABCDEFGH"
TEXT_COLUMNS = (1, 2, 3)  # prefecture, municipality, school_type
DATE = (2024, 4, 1, 9, 0, 0)  # fixed entry timestamps: byte-identical output

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>'
    '<workbookPr defaultThemeVersion="166925"/>'
    '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>'
    '<sheets><sheet name="学校別" sheetId="1" r:id="rId1"/></sheets>'
    '<calcPr calcId="191029"/></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '</Relationships>')
STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="游ゴシック"/><family val="2"/>'
    '<charset val="128"/><scheme val="minor"/></font>'
    '<font><b/><sz val="11"/><color theme="1"/><name val="游ゴシック"/><family val="3"/>'
    '<charset val="128"/><scheme val="minor"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment vertical="center"/></xf></cellXfs>'
    '<cellStyles count="1"><cellStyle name="標準" xfId="0" builtinId="0"/></cellStyles>'
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
    '</styleSheet>')
CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:creator>cs-stats benchmark</dc:creator>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-04-01T00:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-04-01T00:00:00Z</dcterms:modified>'
    '</cp:coreProperties>')
APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>ワークシート</vt:lpstr></vt:variant>'
    '<vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>'
    '<TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>学校別</vt:lpstr></vt:vector></TitlesOfParts>'
    '<AppVersion>16.0300</AppVersion></Properties>')


def xml_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Writer:
    """The archive, every entry deflated at level 6 with a fixed timestamp."""

    def __init__(self, path):
        self.zf = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6)

    def info(self, name):
        zi = zipfile.ZipInfo(name, date_time=DATE)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.create_system = 0
        return zi

    def write(self, name, text):
        self.zf.writestr(self.info(name), text.encode("utf-8"), compresslevel=6)

    def open(self, name):
        zi = self.info(name)
        zi._compresslevel = 6  # ZipFile.open(mode="w") takes the level from the ZipInfo
        return self.zf.open(zi, "w")

    def close(self):
        self.zf.close()


def records(args):
    """The CSV records (header first) of generate_schools.py --ids random."""
    if args.csv:
        with open(args.csv, encoding="utf-8", newline="") as f:
            yield from csv.reader(f)
        return
    fd, tmp = tempfile.mkstemp(suffix=".csv", dir=os.path.dirname(os.path.abspath(args.out)))
    os.close(fd)
    try:
        generate_schools.main([str(args.rows), tmp, "--ids", "random", "--seed", str(args.seed)])
        with open(tmp, encoding="utf-8", newline="") as f:
            yield from csv.reader(f)
    finally:
        os.unlink(tmp)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rows", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20210501)
    ap.add_argument("--csv", help="read the records from this generate_schools.py --ids random file")
    args = ap.parse_args(argv)

    strings = {}  # text -> index, in order of first use
    uses = 0

    def shared(text):
        nonlocal uses
        uses += 1
        i = strings.get(text)
        if i is None:
            i = strings[text] = len(strings)
        return i

    tmp = args.out + ".tmp"
    out = Writer(tmp)
    out.write("[Content_Types].xml", CONTENT_TYPES)
    out.write("_rels/.rels", ROOT_RELS)
    out.write("xl/workbook.xml", WORKBOOK)
    out.write("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)

    rows = args.rows + 1
    head = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" '
        'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
        '<dimension ref="A1:H%d"/>'
        '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
        'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
        '</sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="18.75" x14ac:dyDescent="0.4"/>'
        '<cols><col min="3" max="3" width="14.625" customWidth="1"/><col min="5" max="5" width="12.625" customWidth="1"/></cols>'
        '<sheetData>' % rows)
    tail = ('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            '<pageSetup paperSize="9" orientation="portrait"/></worksheet>')
    sheet = out.open("xl/worksheets/sheet1.xml")
    sheet.write(head.encode("utf-8"))
    it = records(args)
    header = next(it)
    assert header == HEADER, header
    sheet.write(('<row r="1" spans="1:8" x14ac:dyDescent="0.4">' + "".join(
        '<c r="%s1" s="1" t="s"><v>%d</v></c>' % (COLUMNS[j], shared(h)) for j, h in enumerate(header))
        + "</row>").encode("utf-8"))
    buf = []
    r = 1
    for rec in it:
        r += 1
        year, pref, muni, stype, sid, cs, hq, sim = rec
        if int(sid) % 8 == 0:
            sid_cell = '<c r="E%d" t="s"><v>%d</v></c>' % (r, shared("0" + sid))
        else:
            sid_cell = '<c r="E%d"><v>%s</v></c>' % (r, sid)
        buf.append(
            '<row r="%d" spans="1:8" x14ac:dyDescent="0.4"><c r="A%d"><v>%s</v></c>'
            '<c r="B%d" t="s"><v>%d</v></c><c r="C%d" t="s"><v>%d</v></c><c r="D%d" t="s"><v>%d</v></c>'
            '%s<c r="F%d"><v>%s</v></c><c r="G%d"><v>%s</v></c><c r="H%d"><v>%s</v></c></row>'
            % (r, r, year, r, shared(pref), r, shared(muni), r, shared(stype), sid_cell, r, cs, r, hq, r, sim))
        if len(buf) == 20000:
            sheet.write("".join(buf).encode("utf-8"))
            buf.clear()
    sheet.write(("".join(buf) + tail).encode("utf-8"))
    sheet.close()
    assert r == rows, (r, rows)

    out.write("xl/styles.xml", STYLES)
    ss = out.open("xl/sharedStrings.xml")
    ss.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
              % (uses, len(strings))).encode("utf-8"))
    buf = []
    for text in strings:  # dicts keep insertion order: the indices' order
        buf.append("<si><t>%s</t></si>" % xml_text(text))
        if len(buf) == 20000:
            ss.write("".join(buf).encode("utf-8"))
            buf.clear()
    ss.write(("".join(buf) + "</sst>").encode("utf-8"))
    ss.close()
    out.write("docProps/core.xml", CORE)
    out.write("docProps/app.xml", APP)
    out.close()
    os.replace(tmp, args.out)


if __name__ == "__main__":
    main()
