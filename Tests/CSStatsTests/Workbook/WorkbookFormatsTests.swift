import Foundation
import Testing
@testable import CSStats

/// Number formats as Excel shows them. Every expected value is worked out by hand: a date's
/// serial is its days since 1899-12-30 (1900 system, past 1900-02-28) or since 1904-01-01.
struct NumberFormatTests {
    func show(_ stored: String, _ format: String, date1904: Bool = false) -> String? {
        NumberFormat.Code(format).rendered(stored, date1904: date1904)
    }

    @Test func quotedAndEscapedLiteralsAreShownAndAQuotedPercentDoesNotScale() {
        #expect(show("9.8", #"0.0"%""#) == "9.8%")
        #expect(show("9.85", #"0.0"%""#) == "9.9%")  // half up, once
        #expect(show("9.84", #"0.0"%""#) == "9.8%")
        #expect(show("9.8", #"0.0\%"#) == "9.8%")
        #expect(show("7051", #"#,##0"校""#) == "7,051校")
        #expect(show("1234.5", #"\¥#,##0"#) == "¥1,235")
        #expect(show("1234.5", #"[$¥-411]#,##0"#) == "¥1,235")
        #expect(show("0.098", "0.0%") == "9.8%")
        #expect(show("9.8000000000000004E-2", "0.0%") == "9.8%")
        #expect(show("12", #"0"人""#) == "12人")
        #expect(show("0.5", "#.00") == ".50")
        #expect(show("5", "000") == "005")
        #expect(show("1234567", "#,##0,") == "1,235")  // a trailing comma: thousands
        #expect(show("1234", #"_(* #,##0_)"#) == " 1,234 ")
    }

    @Test func sectionsForPositiveNegativeAndZero() {
        #expect(show("-1234", ##"#,##0;"△"#,##0"##) == "△1,234")
        #expect(show("1234", ##"#,##0;"△"#,##0"##) == "1,234")
        #expect(show("-3", "0;(0)") == "(3)")
        #expect(show("-3", "0.0") == "-3.0")  // one section: the minus sign is Excel's
        #expect(show("0", #"0;-0;"-""#) == "-")
        #expect(show("0", "0;-0;") == "")
        #expect(show("0", "0;-0") == "0")
        #expect(show("-2.5", "[Red]0.0;[Blue]-0.0") == "-2.5")
    }

    @Test func scientific() {
        #expect(show("12345", "0.00E+00") == "1.23E+04")
        #expect(show("0.00012345", "0.00E+00") == "1.23E-04")
        #expect(show("99999", "0.00E+00") == "1.00E+05")  // 9.9999 rounds up to the next power
        #expect(show("0", "0.00E+00") == "0.00E+00")
        #expect(show("12345", "##0.0E+0") == "12.3E+3")
    }

    @Test func theDateSystems() {
        #expect(show("42855", "yyyy/m/d") == "2017/4/30")
        #expect(show("42855", "yyyy/m/d", date1904: true) == "2021/5/1")
        #expect(show("0", "yyyy/m/d", date1904: true) == "1904/1/1")
        #expect(show("60", "yyyy/m/d") == "1900/2/29")  // the leap day Excel counts
        #expect(show("61", "yyyy/m/d") == "1900/3/1")
        #expect(show("1", "yyyy/m/d") == "1900/1/1")
        #expect(show("-1", "yyyy/m/d") == nil)
    }

    @Test func datesAndTimes() {
        #expect(show("44317", #"yyyy"年"m"月"d"日""#) == "2021年5月1日")
        #expect(show("44317", "yyyy/mm/dd") == "2021/05/01")
        #expect(show("44317", "d-mmm-yy") == "1-May-21")
        #expect(show("44317", "dddd") == "Saturday")  // 2021-05-01 was a Saturday
        #expect(show("44317", "aaa") == "土")
        #expect(show("44317.5", "yyyy/m/d h:mm") == "2021/5/1 12:00")
        #expect(show("0.75", "h:mm AM/PM") == "6:00 PM")
        #expect(show("0.5", "h:mm:ss") == "12:00:00")
        // 0:00:59.6 rounds to 0:01:00 before minutes are cut: as Excel shows it.
        #expect(show("0.000689814814814815", "h:mm") == "0:01")
        #expect(show("0.0625", #"h"時"mm"分""#) == "1時30分")
    }

    @Test func japaneseEras() {
        let era = #"[$-ja-JP]ggge"年"m"月"d"日""#
        #expect(show("44317", era) == "令和3年5月1日")
        #expect(show("44317", #"[$-411]ggge"年"m"月"d"日""#) == "令和3年5月1日")
        #expect(show("43496", era) == "平成31年1月31日")
        #expect(show("43585", era) == "平成31年4月30日")
        // The first year of an era: 1年 as Excel shows it, 元年 with the gannen locale.
        #expect(show("43586", era) == "令和1年5月1日")
        #expect(show("43586", #"[$-ja-JP-x-gannen]ggge"年"m"月"d"日""#) == "令和元年5月1日")
        #expect(show("32515", era) == "昭和64年1月7日")
        #expect(show("32516", era) == "平成1年1月8日")
        #expect(show("9855", era) == "大正15年12月24日")
        #expect(show("9856", era) == "昭和1年12月25日")
        #expect(show("4594", era) == "明治45年7月29日")
        #expect(show("4595", era) == "大正1年7月30日")
        #expect(show("44317", "[$-411]ge.m.d") == "R3.5.1")
        #expect(show("44317", #"[$-411]gge"年""#) == "令3年")
        #expect(show("44317", #"[$-411]ggg ee"年""#) == "令和 03年")
        #expect(show("42855", era, date1904: true) == "令和3年5月1日")
    }

    @Test func builtInFormats() {
        func builtIn(_ id: Int) -> String { NumberFormat.builtIn[id]! }
        #expect(show("44317", builtIn(14)) == "2021/5/1")
        #expect(show("44317.5", builtIn(22)) == "2021/5/1 12:00")
        #expect(show("44317", builtIn(31)) == "2021年5月1日")
        #expect(show("44317", builtIn(57)) == "R3.5.1")
        #expect(show("44317", builtIn(58)) == "令和3年5月1日")
        #expect(show("12345", builtIn(11)) == "1.23E+04")
        #expect(show("-1234", builtIn(5)) == "¥-1,234")
    }

    @Test func whatCannotBeShownIsNil() {
        for format in ["[h]:mm", "# ?/?", "[>100]0;0", "[DBNum1]0", "[$-F800]dddd, mmmm dd, yyyy", "[$-x-sysdate]dddd",
                       NumberFormat.unknown(42), #"0.0"%"#] {
            #expect(show("1.5", format) == nil, "\(format)")
        }
        #expect(NumberFormat.display("1.5", format: "[h]:mm") == "1.5")
        #expect(show("7", "General") == "7")
        #expect(NumberFormat.isGeneral("General") && NumberFormat.isGeneral("@") && !NumberFormat.isGeneral(#"0"人""#))
    }

    @Test func isoDatesAsSerials() {
        #expect(NumberFormat.serial(iso: "2021-05-01", date1904: false)! == (Decimal(44317), false))
        #expect(NumberFormat.serial(iso: "2021-05-01T00:00:00", date1904: false)! == (Decimal(44317), false))
        #expect(NumberFormat.serial(iso: "2021-05-01", date1904: true)! == (Decimal(42855), false))
        #expect(NumberFormat.serial(iso: "2021-05-01T12:00:00Z", date1904: false)! == (Decimal(44317.5), true))
        #expect(NumberFormat.serial(iso: "1900-01-01", date1904: false)! == (Decimal(1), false))
        #expect(NumberFormat.serial(iso: "1900-03-01", date1904: false)! == (Decimal(61), false))
        #expect(NumberFormat.serial(iso: "2021-02-29", date1904: false) == nil)
        #expect(NumberFormat.serial(iso: "1899-12-31", date1904: false) == nil)
        #expect(NumberFormat.serial(iso: "2021", date1904: false) == nil)
    }
}

/// Workbooks written by hand (their XML zipped by Python's zipfile) read as the CSV Excel saves.
@Suite(.enabled(if: openpyxlIsAvailable, "python3 zips the workbooks"))
struct WorkbookFormatsTests {
    /// A workbook of one sheet: `workbookPr` in xl/workbook.xml, the custom formats and the
    /// cell styles' numFmtIds, and the sheet's rows.
    static func workbook(workbookPr: String = "", formats: [(Int, String)], styles: [Int], rows: String) throws -> Workbook {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
        }
        let ns = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
        let parts: [String: String] = [
            "[Content_Types].xml": "<Types/>",
            "xl/workbook.xml": "<workbook \(ns)>\(workbookPr)<sheets><sheet name=\"表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            "xl/_rels/workbook.xml.rels": #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
            "xl/styles.xml": "<styleSheet \(ns)><numFmts count=\"\(formats.count)\">"
                + formats.map { "<numFmt numFmtId=\"\($0.0)\" formatCode=\"\(escape($0.1))\"/>" }.joined()
                + "</numFmts><cellXfs count=\"\(styles.count)\">" + styles.map { "<xf numFmtId=\"\($0)\"/>" }.joined() + "</cellXfs></styleSheet>",
            "xl/worksheets/sheet1.xml": "<worksheet \(ns)><sheetData>\(rows)</sheetData></worksheet>",
        ]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("parts.json"), out = folder.appendingPathComponent("book.xlsx")
        try JSONSerialization.data(withJSONObject: parts).write(to: json)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import json, sys, zipfile
            parts = json.load(open(sys.argv[1], encoding='utf-8'))
            with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as z:
                for name in sorted(parts):
                    z.writestr(name, parts[name].encode('utf-8'))
            """, json.path, out.path]
        try process.run()
        process.waitUntilExit()
        return try Workbook(bytes: [UInt8](Data(contentsOf: out)))
    }

    func csv(_ book: Workbook, fast: Bool = true) throws -> (String, [String]) {
        let sheet = try book.sheet(book.sheets[0], fast: fast)
        return (String(decoding: Workbook.csv(sheet), as: UTF8.self), sheet.notes)
    }

    @Test func the1904DateSystem() throws {
        let rows = #"<row r="1"><c r="A1" s="1"><v>42855</v></c><c r="B1" s="2"><v>42855</v></c></row>"#
        let formats = [(176, #"[$-ja-JP]ggge"年"m"月"d"日""#)]
        for flag in ["1", "true"] {
            let book = try Self.workbook(workbookPr: "<workbookPr date1904=\"\(flag)\"/>", formats: formats, styles: [0, 14, 176], rows: rows)
            #expect(book.date1904)
            #expect(try csv(book).0 == "2021/5/1,令和3年5月1日\n")
            #expect(try csv(book, fast: false).0 == "2021/5/1,令和3年5月1日\n")
        }
        let book = try Self.workbook(workbookPr: #"<workbookPr defaultThemeVersion="124226"/>"#, formats: formats, styles: [0, 14, 176], rows: rows)
        #expect(!book.date1904)
        #expect(try csv(book).0 == "2017/4/30,平成29年4月30日\n")
    }

    @Test func isoDateCellsAreDates() throws {
        let rows = #"<row r="1"><c r="A1" t="d" s="1"><v>2021-05-01</v></c><c r="B1" t="d" s="1"><v>2021-05-01T00:00:00</v></c>"#
            + #"<c r="C1" t="d"><v>2021-05-01</v></c><c r="D1" t="d" s="2"><v>2019-05-01</v></c><c r="E1" t="d"><v>2021-05-01T10:30:00</v></c>"#
            + #"<c r="F1" t="d" s="3"><v>2021-05-01</v></c></row>"#
        let formats = [(176, #"[$-ja-JP-x-gannen]ggge"年"m"月"d"日""#), (177, #"yyyy"年"m"月"d"日""#)]
        for pr in ["", #"<workbookPr date1904="1"/>"#] {
            let book = try Self.workbook(workbookPr: pr, formats: formats, styles: [0, 14, 176, 177], rows: rows)
            let (text, notes) = try csv(book)
            #expect(text == "2021/5/1,2021/5/1,2021/5/1,令和元年5月1日,2021/5/1 10:30:00,2021年5月1日\n", "\(pr)")
            #expect(notes.isEmpty)
        }
    }

    @Test func literalsSectionsAndAFormatThatCannotBeShown() throws {
        let rows = #"<row r="1"><c r="A1" s="1"><v>9.8</v></c><c r="B1" s="2"><v>7051</v></c><c r="C1" s="3"><v>-1234</v></c><c r="D1" s="4"><v>9.8</v></c></row>"#
            + #"<row r="2"><c r="A2" s="5"><v>1.25</v></c><c r="B2" s="5"><v>2.5</v></c><c r="C2" s="6"><v>3.5</v></c><c r="D2" s="7"><v>0.5</v></c></row>"#
        let formats = [(176, #"0.0"%""#), (177, #"#,##0"校""#), (178, ##"#,##0;"△"#,##0"##), (179, #"0.0\%"#), (180, "[h]:mm"), (181, "# ?/?")]
        let book = try Self.workbook(formats: formats, styles: [0, 176, 177, 178, 179, 180, 181, 42], rows: rows)
        for fast in [true, false] {
            let (text, notes) = try csv(book, fast: fast)
            #expect(text == "9.8%,\"7,051校\",\"△1,234\",9.8%\n1.25,2.5,3.5,0.5\n")
            #expect(notes == [
                "表!A2 and 1 other cell: the number format [h]:mm (elapsed time [h]) is not one cs-stats shows as Excel would: read as the general number",
                "表!C2: the number format # ?/? (a fraction) is not one cs-stats shows as Excel would: read as the general number",
                "表!D2: the number format [numFmtId 42] ([numFmtId 42]) is not one cs-stats shows as Excel would: read as the general number",
            ])
        }
    }
}
